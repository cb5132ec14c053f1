// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QString>
#include <QVector>

namespace PageLens::Fuzz {

/**
 * What every fuzz target sets up once in LLVMFuzzerInitialize: a QCoreApplication (translations,
 * image plugins) and silent logs, since a log line per input would be most of the run time.
 */
class FuzzEnvironment
{
public:
    static void start();
    /** The input as a QByteArray without a copy; valid while `data` is. */
    static QByteArray bytes(const uint8_t *data, size_t size);
    /** Writes the input to this process's scratch file and returns its path, for parsers that open files. */
    static QString writeScratchFile(const uint8_t *data, size_t size);
    /** A file of the read-only shared folder ($PAGELENS_SHARED, else the build's PAGELENS_SHARED_DIR). */
    static QString sharedPath(const QString &relative);
    /**
     * Aborts when `holds` is false. The targets state what must be true of any input this way, so a
     * wrong answer is a finding even where no sanitizer sees it (the replay build has none).
     */
    static void require(bool holds, const char *what);
    /** What Embeddings promises of its vectors: finite values, L2 norm 1 (or an all-zero vector). */
    static void requireUnitVectors(const QVector<QVector<float>> &vectors);
};

} // namespace PageLens::Fuzz
