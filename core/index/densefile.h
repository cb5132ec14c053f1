// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QString>

#include "core/common/result.h"

namespace faiss {
struct Index;
}

namespace PageLens {

/**
 * One generation file of the dense index: FAISS's own serialization as the body of a
 * ChecksummedFile. FAISS reads a damaged vector block without complaint, so the file's checksum is
 * what tells a damaged file from a good one.
 */
class DenseFile
{
public:
    /** Writes atomically: temp file, fsync, rename, then fsync of the folder. */
    static Result<void> write(const faiss::Index &index, int dim, const QString &path);
    /** Corrupt when missing, truncated, damaged or unreadable by FAISS; Mismatch for another dimension. */
    static Result<std::unique_ptr<faiss::Index>> read(const QString &path, int dim);
};

} // namespace PageLens
