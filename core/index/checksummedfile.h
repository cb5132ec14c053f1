// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <QString>

#include "core/common/result.h"

namespace PageLens {

/**
 * An index file: a body followed by a trailer (magic, format version, dimension, body size, chunked
 * SHA-1 of the body), written atomically and read memory-mapped. Vector data reads back without
 * complaint when a byte flips, so the checksum is what tells a damaged file from a good one.
 */
class ChecksummedFile
{
public:
    using Magic = char[8];

    /** Streams a body into a temporary file; `path` changes only on commit(). */
    class Writer
    {
    public:
        explicit Writer(const QString &path);
        Result<void> open();
        /** False on a short write; commit() then fails with the reason. */
        bool write(const void *data, qint64 bytes);
        quint64 written() const { return m_written; }
        /** The error a failed write() or commit() returns: the file and the system's reason. */
        Error failure() const;
        /** Appends the trailer, then fsync, rename, fsync of the folder. */
        Result<void> commit(const Magic &magic, quint32 version, quint32 dim);

    private:
        void endChunk();

        QSaveFile m_file;
        QString m_reason;   // why the system refused a write, when it said
        QCryptographicHash m_chunk;
        QByteArray m_chunkDigests;
        quint64 m_written = 0;
    };

    ChecksummedFile(ChecksummedFile &&) noexcept = default;
    ChecksummedFile &operator=(ChecksummedFile &&) noexcept = default;
    ~ChecksummedFile();

    /**
     * Maps `path` and checks its trailer and checksum. Corrupt when missing, truncated, of another
     * kind (magic) or damaged; Io when it cannot be read. The version and dimension are the caller's.
     */
    static Result<ChecksummedFile> open(const QString &path, const Magic &magic);

    const uchar *body() const { return m_data; }
    qint64 bodySize() const { return m_bodySize; }
    quint32 version() const { return m_version; }
    quint32 dim() const { return m_dim; }

private:
    ChecksummedFile() = default;

    std::unique_ptr<QFile> m_file; // owns the mapping
    QByteArray m_copy;             // when the file system cannot map
    const uchar *m_data = nullptr;
    qint64 m_bodySize = 0;
    quint32 m_version = 0;
    quint32 m_dim = 0;
};

} // namespace PageLens
