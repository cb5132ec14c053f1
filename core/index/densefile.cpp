// SPDX-License-Identifier: MIT
#include "core/index/densefile.h"

#include <algorithm>
#include <cstring>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <faiss/Index.h>
#include <faiss/impl/io.h>
#include <faiss/index_io.h>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace PageLens {

namespace {

constexpr char kMagic[8] = {'P', 'L', 'D', 'E', 'N', 'S', 'E', '1'};
constexpr quint32 kVersion = 1;
// SHA-1 guards against accidental damage, not tampering; it hashes ~1 GB/s with Qt's code
// (SHA-256 ~0.25 GB/s would dominate loading a large index). The file digest is the SHA-1 of the
// SHA-1s of 64 MiB chunks, so loading hashes the chunks on all cores.
constexpr auto kHash = QCryptographicHash::Sha1;
constexpr int kHashSize = 20;
constexpr qint64 kChunk = qint64(64) << 20;

struct Trailer {
    char magic[8];
    quint32 version;
    quint32 dim;
    quint64 bodySize;
    char hash[kHashSize];
    char reserved[4];
};
static_assert(sizeof(Trailer) == 48);

QString tr(const char *text)
{
    return QCoreApplication::translate("PageLens", text);
}

/** Feeds FAISS's writer into the save file and the checksum. */
struct HashingWriter : faiss::IOWriter {
    explicit HashingWriter(QSaveFile &file) : file(file) { name = file.fileName().toStdString(); }

    size_t operator()(const void *ptr, size_t size, size_t nitems) override
    {
        const auto *data = static_cast<const char *>(ptr);
        const qint64 bytes = qint64(size * nitems);
        if (file.write(data, bytes) != bytes)
            return 0; // FAISS turns a short write into an exception
        for (qint64 done = 0; done < bytes;) {
            const qint64 part = std::min(bytes - done, kChunk - qint64(written % kChunk));
            chunk.addData(QByteArrayView(data + done, part));
            done += part;
            written += quint64(part);
            if (written % kChunk == 0)
                endChunk();
        }
        return nitems;
    }

    QByteArray digest()
    {
        if (written % kChunk != 0)
            endChunk();
        return QCryptographicHash::hash(chunkDigests, kHash);
    }

    void endChunk()
    {
        chunkDigests += chunk.result();
        chunk.reset();
    }

    QSaveFile &file;
    QCryptographicHash chunk{kHash};
    QByteArray chunkDigests;
    quint64 written = 0;
};

QByteArray chunkedDigest(const uchar *data, qint64 size)
{
    const qint64 chunks = (size + kChunk - 1) / kChunk;
    QByteArray digests(chunks * kHashSize, Qt::Uninitialized);
    char *out = digests.data();
#pragma omp parallel for schedule(dynamic)
    for (qint64 i = 0; i < chunks; ++i) {
        const QByteArrayView part(data + i * kChunk, std::min(kChunk, size - i * kChunk));
        std::memcpy(out + i * kHashSize, QCryptographicHash::hash(part, kHash).constData(), kHashSize);
    }
    return QCryptographicHash::hash(digests, kHash);
}

/** Reads FAISS's serialization from memory (the mapped file). */
struct MemoryReader : faiss::IOReader {
    MemoryReader(const uchar *data, size_t size) : data(data), size(size) { name = "dense index"; }

    size_t operator()(void *ptr, size_t itemSize, size_t nitems) override
    {
        if (itemSize == 0)
            return 0;
        const size_t items = std::min(nitems, (size - pos) / itemSize);
        std::memcpy(ptr, data + pos, items * itemSize);
        pos += items * itemSize;
        return items;
    }

    const uchar *data;
    size_t size;
    size_t pos = 0;
};

Result<void> syncFolder(const QString &path)
{
#if defined(Q_OS_UNIX)
    // QSaveFile syncs the file but not the folder entry of the rename.
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int saved = errno;
        if (fd >= 0)
            ::close(fd);
        return fail(Error::Code::Io, tr("Could not save the vector index."),
                    QStringLiteral("fsync of %1: %2").arg(QString::fromLocal8Bit(dir), QString::fromLocal8Bit(strerror(saved))));
    }
    ::close(fd);
#else
    Q_UNUSED(path);
#endif
    return {};
}

Error corrupt(const QString &path, const QString &detail)
{
    return Error(Error::Code::Corrupt,
                 tr("The vector index file %1 is damaged or missing; it will be rebuilt from the catalog.")
                     .arg(QFileInfo(path).fileName()),
                 detail);
}

} // namespace

Result<void> DenseFile::write(const faiss::Index &index, int dim, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, tr("Could not save the vector index."), file.errorString());
    HashingWriter writer(file);
    try {
        faiss::write_index(&index, &writer);
    } catch (const std::exception &e) {
        return fail(Error::Code::Io, tr("Could not save the vector index."),
                    QStringLiteral("%1: %2 (%3)").arg(path, QString::fromLocal8Bit(e.what()), file.errorString()));
    }
    Trailer trailer{};
    std::memcpy(trailer.magic, kMagic, sizeof kMagic);
    trailer.version = qToLittleEndian(kVersion);
    trailer.dim = qToLittleEndian(quint32(dim));
    trailer.bodySize = qToLittleEndian(writer.written);
    const QByteArray digest = writer.digest();
    std::memcpy(trailer.hash, digest.constData(), kHashSize);
    if (file.write(reinterpret_cast<const char *>(&trailer), sizeof trailer) != qint64(sizeof trailer) || !file.commit())
        return fail(Error::Code::Io, tr("Could not save the vector index."), QStringLiteral("%1: %2").arg(path, file.errorString()));
    return syncFolder(path);
}

Result<std::unique_ptr<faiss::Index>> DenseFile::read(const QString &path, int dim)
{
    QFile file(path);
    if (!file.exists())
        return tl::unexpected(corrupt(path, QStringLiteral("%1 does not exist").arg(path)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, tr("Could not read the vector index %1.").arg(QFileInfo(path).fileName()),
                    file.errorString());
    const qint64 size = file.size();
    if (size < qint64(sizeof(Trailer)))
        return tl::unexpected(corrupt(path, QStringLiteral("%1: %2 bytes, shorter than the trailer").arg(path).arg(size)));

    // Mapping avoids a second copy of a file that can be a gigabyte; read() is the fallback.
    QByteArray copy;
    const uchar *data = file.map(0, size);
    if (!data) {
        copy = file.readAll();
        if (copy.size() != size)
            return fail(Error::Code::Io, tr("Could not read the vector index %1.").arg(QFileInfo(path).fileName()),
                        file.errorString());
        data = reinterpret_cast<const uchar *>(copy.constData());
    }

    Trailer trailer;
    std::memcpy(&trailer, data + size - sizeof trailer, sizeof trailer);
    const quint64 bodySize = qFromLittleEndian(trailer.bodySize);
    if (std::memcmp(trailer.magic, kMagic, sizeof kMagic) != 0 || bodySize != quint64(size) - sizeof trailer)
        return tl::unexpected(corrupt(path, QStringLiteral("%1: no valid trailer (truncated or not a PageLens index)").arg(path)));
    if (qFromLittleEndian(trailer.version) != kVersion)
        return tl::unexpected(corrupt(path, QStringLiteral("%1: format version %2").arg(path).arg(qFromLittleEndian(trailer.version))));
    const quint32 fileDim = qFromLittleEndian(trailer.dim);
    if (fileDim != quint32(dim))
        return fail(Error::Code::Mismatch,
                    tr("The vector index holds %1-dimensional embeddings but the library uses %2 dimensions; "
                       "it will be rebuilt.").arg(fileDim).arg(dim),
                    path);
    const QByteArray digest = chunkedDigest(data, qint64(bodySize));
    if (std::memcmp(digest.constData(), trailer.hash, kHashSize) != 0)
        return tl::unexpected(corrupt(path, QStringLiteral("%1: checksum mismatch").arg(path)));

    MemoryReader reader(data, bodySize);
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
