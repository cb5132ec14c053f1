// SPDX-License-Identifier: MIT
#include "core/index/densefile.h"

#include <algorithm>
#include <cstring>

#include <QCoreApplication>
#include <QFileInfo>

#include <faiss/Index.h>
#include <faiss/impl/io.h>
#include <faiss/index_io.h>

#include "core/index/checksummedfile.h"

namespace PageLens {

namespace {

constexpr ChecksummedFile::Magic kMagic = {'P', 'L', 'D', 'E', 'N', 'S', 'E', '1'};
constexpr quint32 kVersion = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("PageLens", text);
}

/** Feeds FAISS's writer into the checksummed file. */
struct FaissWriter : faiss::IOWriter {
    explicit FaissWriter(ChecksummedFile::Writer &file) : file(file) { name = "dense index"; }

    size_t operator()(const void *ptr, size_t size, size_t nitems) override
    {
        // FAISS turns a short write into an exception
        return file.write(ptr, qint64(size * nitems)) ? nitems : 0;
    }

    ChecksummedFile::Writer &file;
};

/** Reads FAISS's serialization from memory (the mapped file). */
struct MemoryReader : faiss::IOReader {
    MemoryReader(const uchar *data, size_t size) : data(data), size(size) { name = "dense index"; }

    size_t operator()(void *ptr, size_t itemSize, size_t nitems) override
    {
        if (itemSize == 0)
            return 0;
        const size_t items = std::min(nitems, (size - pos) / itemSize);
        if (items == 0)   // FAISS reads empty vectors into a null pointer, which memcpy must never get
            return 0;
        std::memcpy(ptr, data + pos, items * itemSize);
        pos += items * itemSize;
        return items;
    }

    const uchar *data;
    size_t size;
    size_t pos = 0;
};

Error corrupt(const QString &path, const QString &detail)
{
    return Error(Error::Code::Corrupt,
                 PageLens::tr("The vector index file %1 is damaged or missing; it will be rebuilt from the catalog.")
                     .arg(QFileInfo(path).fileName()),
                 detail);
}

} // namespace

Result<void> DenseFile::write(const faiss::Index &index, int dim, const QString &path)
{
    ChecksummedFile::Writer file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    FaissWriter writer(file);
    try {
        faiss::write_index(&index, &writer);
    } catch (const std::exception &e) {
        // A refused write surfaces as FAISS's exception; the file knows the system's reason.
        Error error = file.failure();
        error.detail = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(e.what()));
        return tl::unexpected(error);
    }
    return file.commit(kMagic, kVersion, quint32(dim));
}

Result<std::unique_ptr<faiss::Index>> DenseFile::read(const QString &path, int dim)
{
    auto file = ChecksummedFile::open(path, kMagic);
    if (!file) {
        if (file.error().code == Error::Code::Corrupt)
            return tl::unexpected(corrupt(path, file.error().detail));
        return fail(file.error().code, PageLens::tr("Could not read the vector index %1.").arg(QFileInfo(path).fileName()),
                    file.error().detail);
    }
    if (file->version() != kVersion)
        return tl::unexpected(corrupt(path, QStringLiteral("%1: format version %2").arg(path).arg(file->version())));
    if (file->dim() != quint32(dim))
        return fail(Error::Code::Mismatch,
                    PageLens::tr("The vector index holds %1-dimensional embeddings but the library uses %2 dimensions; "
                       "it will be rebuilt.").arg(file->dim()).arg(dim),
                    path);

    const auto bodySize = size_t(file->bodySize());
    MemoryReader reader(file->body(), bodySize);
    try {
        std::unique_ptr<faiss::Index> index(faiss::read_index(&reader));
        if (reader.pos != bodySize)
            return tl::unexpected(corrupt(path, QStringLiteral("%1: %2 bytes after the index").arg(path).arg(bodySize - reader.pos)));
        return index;
    } catch (const std::exception &e) {
        // faiss::FaissException derives from std::exception; bad_alloc from a damaged size lands here too.
        return tl::unexpected(corrupt(path, QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(e.what()))));
    }
}

} // namespace PageLens
