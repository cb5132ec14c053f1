// SPDX-License-Identifier: MIT
#include "core/index/checksummedfile.h"

#include <algorithm>
#include <cstring>

#include <QCoreApplication>
#include <QFileInfo>
#include <QtEndian>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace PageLens {

namespace {

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
        return fail(Error::Code::Io, PageLens::tr("Could not save the index file."),
                    QStringLiteral("fsync of %1: %2").arg(QString::fromLocal8Bit(dir), QString::fromLocal8Bit(strerror(saved))));
    }
    ::close(fd);
#else
    Q_UNUSED(path);
#endif
    return {};
}

tl::unexpected<Error> corrupt(const QString &path, const QString &detail)
{
    return fail(Error::Code::Corrupt, PageLens::tr("The index file %1 is damaged or missing.").arg(QFileInfo(path).fileName()),
                QStringLiteral("%1: %2").arg(path, detail));
}

} // namespace

ChecksummedFile::Writer::Writer(const QString &path) : m_file(path), m_chunk(kHash)
{
}

Result<void> ChecksummedFile::Writer::open()
{
    // Unbuffered: a refused write fails in write() with the system's reason (a buffered one fails
    // later, at commit, as "Unknown error"). Bodies are written in large pieces anyway.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return tl::unexpected(failure());
    return {};
}

Error ChecksummedFile::Writer::failure() const
{
    // The system's reason ("No space left on device") is what tells the user what to do.
    return Error(Error::Code::Io,
                 PageLens::tr("Could not save %1 (%2). The library keeps its previous index; free disk space and index again.")
                     .arg(QFileInfo(m_file.fileName()).fileName(), m_reason.isEmpty() ? m_file.errorString() : m_reason),
                 m_file.fileName());
}

bool ChecksummedFile::Writer::write(const void *data, qint64 bytes)
{
    const auto *bytesIn = static_cast<const char *>(data);
    if (const qint64 written = m_file.write(bytesIn, bytes); written != bytes) {
#if defined(Q_OS_UNIX)
        // A short write carries no reason (Qt reports "Unknown error"); the next byte makes the
        // kernel say it: no space, quota or file size limit. The file is abandoned anyway.
        if (written >= 0 && ::write(m_file.handle(), bytesIn + written, 1) < 0)
            m_reason = QString::fromLocal8Bit(strerror(errno));
#endif
        return false;
    }
    for (qint64 done = 0; done < bytes;) {
        const qint64 part = std::min(bytes - done, kChunk - qint64(m_written % kChunk));
        m_chunk.addData(QByteArrayView(bytesIn + done, part));
        done += part;
        m_written += quint64(part);
        if (m_written % kChunk == 0)
            endChunk();
    }
    return true;
}

void ChecksummedFile::Writer::endChunk()
{
    m_chunkDigests += m_chunk.result();
    m_chunk.reset();
}

Result<void> ChecksummedFile::Writer::commit(const Magic &magic, quint32 version, quint32 dim)
{
    if (m_written % kChunk != 0)
        endChunk();
    Trailer trailer{};
    std::memcpy(trailer.magic, magic, sizeof trailer.magic);
    trailer.version = qToLittleEndian(version);
    trailer.dim = qToLittleEndian(dim);
    trailer.bodySize = qToLittleEndian(m_written);
    std::memcpy(trailer.hash, QCryptographicHash::hash(m_chunkDigests, kHash).constData(), kHashSize);
    if (m_file.write(reinterpret_cast<const char *>(&trailer), sizeof trailer) != qint64(sizeof trailer) || !m_file.commit())
        return tl::unexpected(failure());
    return syncFolder(m_file.fileName());
}

ChecksummedFile::~ChecksummedFile() = default;

Result<ChecksummedFile> ChecksummedFile::open(const QString &path, const Magic &magic)
{
    ChecksummedFile result;
    result.m_file = std::make_unique<QFile>(path);
    QFile &file = *result.m_file;
    if (!file.exists())
        return corrupt(path, QStringLiteral("does not exist"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, PageLens::tr("Could not read the index file %1.").arg(QFileInfo(path).fileName()),
                    QStringLiteral("%1: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size < qint64(sizeof(Trailer)))
        return corrupt(path, QStringLiteral("%1 bytes, shorter than the trailer").arg(size));

    // Mapping avoids a second copy of a file that can be many gigabytes; read() is the fallback.
    const uchar *data = file.map(0, size);
    if (!data) {
        result.m_copy = file.readAll();
        if (result.m_copy.size() != size)
            return fail(Error::Code::Io, PageLens::tr("Could not read the index file %1.").arg(QFileInfo(path).fileName()),
                        QStringLiteral("%1: %2").arg(path, file.errorString()));
        data = reinterpret_cast<const uchar *>(result.m_copy.constData());
    }

    Trailer trailer;
    std::memcpy(&trailer, data + size - sizeof trailer, sizeof trailer);
    const quint64 bodySize = qFromLittleEndian(trailer.bodySize);
    if (std::memcmp(trailer.magic, magic, sizeof trailer.magic) != 0 || bodySize != quint64(size) - sizeof trailer)
        return corrupt(path, QStringLiteral("no valid trailer (truncated or another kind of file)"));
    const QByteArray digest = chunkedDigest(data, qint64(bodySize));
    if (std::memcmp(digest.constData(), trailer.hash, kHashSize) != 0)
        return corrupt(path, QStringLiteral("checksum mismatch"));

    result.m_data = data;
    result.m_bodySize = qint64(bodySize);
    result.m_version = qFromLittleEndian(trailer.version);
    result.m_dim = qFromLittleEndian(trailer.dim);
    return result;
}

} // namespace PageLens
