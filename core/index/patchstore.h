// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QString>

#include "core/common/result.h"
#include "core/index/checksummedfile.h"

namespace PageLens {

/**
 * The late-interaction vectors of a library: every page's patch vectors (int8 with a scale per
 * vector, in MaxSimKernel blocks), its id and patch grid, and optionally a few pooled vectors per
 * page (TokenPooler) for the candidate stage. One generation file `patches-<gen>.plp`, written by
 * PatchStoreWriter, checksummed (ChecksummedFile).
 *
 * Why int8 and not fp16: exact MaxSim reads every stored vector, so its time is the file size over
 * the memory bandwidth; int8 halves that (132 bytes per 128-d vector against 256) and lets 100k
 * ColPali pages (13.7 GB) stay in the page cache of a 24 GB machine. Symmetric per-vector scaling
 * errs by at most half a step (max |x| / 254) per component, far below the gaps between pages.
 *
 * Memory: the page table and the pooled vectors are copied to the heap (resident, a few KB per
 * page); the full vectors stay mapped and are read by the kernel straight from the page cache.
 */
class PatchStore
{
public:
    /** One row of the page table as stored. */
    struct Page {
        qint64 id;
        quint64 firstBlock;
        quint32 patches;
        quint16 columns;
        quint16 rows;
        quint32 firstPooledBlock;
        quint32 pooled;
    };
    static_assert(sizeof(Page) == 32);

    /** Stored after the page table, at the end of the body. */
    struct Footer {
        quint64 pages;
        quint64 blocks;
        quint64 pooledBlocks;
        quint32 dim;
        quint32 poolFactor;
        char reserved[32];
    };
    static_assert(sizeof(Footer) == 64);

    static constexpr ChecksummedFile::Magic kMagic = {'P', 'L', 'P', 'A', 'T', 'C', 'H', '1'};
    static constexpr quint32 kVersion = 1;

    /** `patches-<generation>.plp` */
    static QString fileName(qint64 generation);
    /** Corrupt when missing, truncated or damaged (checksum or an inconsistent table); Io when unreadable. */
    static Result<PatchStore> open(const QString &path);

    qint64 pageCount() const { return qint64(m_pages.size()); }
    int dim() const { return m_dim; }
    int poolFactor() const { return m_poolFactor; }
    bool hasPooled() const { return m_poolFactor > 0; }
    const Page &page(qint64 index) const { return m_pages[size_t(index)]; }

    /** The page's patch vectors: blockCount(patches) kernel blocks, mapped. */
    const uchar *blocks(qint64 index) const;
    /** The page's pooled vectors: blockCount(pooled) kernel blocks, resident. */
    const uchar *pooledBlocks(qint64 index) const;

    /** Bytes of the file, and of the heap copies (page table and pooled vectors). */
    qint64 fileBytes() const { return m_fileBytes; }
    qint64 residentBytes() const;

private:
    explicit PatchStore(ChecksummedFile file) : m_file(std::move(file)) {}

    ChecksummedFile m_file;
    std::vector<Page> m_pages;
    std::vector<uchar> m_pooled;
    qint64 m_fileBytes = 0;
    qint64 m_blockBytes = 0;
    int m_dim = 0;
    int m_poolFactor = 0;
};

} // namespace PageLens
