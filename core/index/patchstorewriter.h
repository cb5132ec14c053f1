// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include "core/common/result.h"
#include "core/index/checksummedfile.h"

namespace PageLens {

/**
 * Writes a PatchStore generation: pages are encoded (quantized, pooled) on any thread with
 * encode(), appended in order, and the file replaces `path` only on commit() (temp file, fsync,
 * rename, fsync of the folder). Full vectors stream to the file as they come; the pooled vectors
 * and the page table are kept until commit, a few KB per page.
 */
class PatchStoreWriter
{
public:
    struct EncodedPage {
        qint64 id = 0;
        int columns = 0;
        int rows = 0;
        qint64 patches = 0;
        qint64 pooled = 0;
        QByteArray blocks;
        QByteArray pooledBlocks;
    };

    /**
     * Quantizes a page's `patches` row-major vectors (grid `columns` × `rows`, row by row; a model
     * may add a few vectors after the grid) and pools them by `poolFactor` (0: no pooled vectors).
     */
    static EncodedPage encode(qint64 id, int columns, int rows, const float *vectors, qint64 patches, int dim,
                              int poolFactor);

    PatchStoreWriter(const QString &path, int dim, int poolFactor);
    Result<void> open();
    /** InvalidArgument when the page does not match the store (dimension, pooling, no vectors). */
    Result<void> append(const EncodedPage &page);
    Result<void> commit();

private:
    ChecksummedFile::Writer m_file;
    QString m_path;
    int m_dim;
    int m_poolFactor;
    QByteArray m_pooled;
    QByteArray m_table;
    quint64 m_blocks = 0;
    quint64 m_pooledBlocks = 0;
};

} // namespace PageLens
