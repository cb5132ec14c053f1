// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <span>

#include <QList>
#include <QMutex>
#include <QReadWriteLock>
#include <QString>

#include "core/common/result.h"

namespace faiss {
struct Index;
}

namespace PageLens {

/** One dense search result: a page id and the cosine similarity of its embedding to the query. */
struct DenseHit {
    qint64 id = 0;
    float score = 0;
};

/**
 * Page embeddings in FAISS (`IndexIDMap2`, ids = page ids), cosine similarity as inner product of
 * L2-normalized vectors. Exact (`IndexFlatIP`) while small, HNSW (`IndexHNSWFlat`) above
 * `Options::hnswThreshold` (see docs/benchmarks-dense.md for the measurements behind the default).
 *
 * The index is a rebuildable cache of the vectors the catalog keeps: it is saved as a new generation
 * file `dense-<gen>.faiss` (checksummed), the catalog records the generation, and a missing, corrupt
 * or mismatching file is reported as `Error::Code::Corrupt` / `Mismatch` so the caller rebuilds.
 *
 * Thread-safety: one writer, many readers. `search`, `count`, `contains`, `kind` may run on any
 * number of threads while one thread calls the writing functions (add, remove, rebuild, save, load).
 */
class DenseIndex
{
public:
    enum class Kind { Flat, Hnsw };
    /** Which structure to use: Auto switches from flat to HNSW above the threshold. */
    enum class Mode { Auto, Flat, Hnsw };

    struct Options {
        Mode mode = Mode::Auto;
        /** Live vectors above which Auto uses HNSW; 0 = derive from the dimension (`defaultHnswThreshold`). */
        qint64 hnswThreshold = 0;
        int hnswM = 32;
        int efConstruction = 40;
        int efSearch = 128;
        /** An HNSW index is rebuilt on save once this fraction of its entries are removed or replaced. */
        double compactFraction = 0.2;
    };

    /** Adds or replaces vectors: `vectors` is row-major, ids.size() × dim(). */
    using Sink = std::function<Result<void>(std::span<const qint64> ids, std::span<const float> vectors)>;

    explicit DenseIndex(int dim);
    DenseIndex(int dim, Options options);
    ~DenseIndex();
    DenseIndex(const DenseIndex &) = delete;
    DenseIndex &operator=(const DenseIndex &) = delete;

    /**
     * The vector count above which the flat scan exceeds the dense stage's latency budget on the
     * reference machine: a flat scan reads 4·dim bytes per vector and runs near memory bandwidth,
     * so the threshold is a byte budget divided by the vector size.
     */
    static qint64 defaultHnswThreshold(int dim);
    /** `dense-<generation>.faiss` */
    static QString fileName(qint64 generation);

    int dim() const { return m_dim; }
    qint64 count() const;
    Kind kind() const;
    bool contains(qint64 id) const;
    /** The generation last saved or loaded; 0 before either. */
    qint64 generation() const { return m_generation.load(); }
    qint64 hnswThreshold() const { return m_threshold; }

    /** Adds vectors (normalized here); an id already present is replaced. */
    Result<void> add(std::span<const qint64> ids, std::span<const float> vectors);
    /** Removes ids that are present; returns how many were. */
    Result<qint64> remove(std::span<const qint64> ids);
    /** The k nearest pages to `query` (normalized here), best first. */
    Result<QList<DenseHit>> search(std::span<const float> query, int k) const;

    /**
     * Replaces the whole content with what `source` passes to the sink it is given (in batches),
     * e.g. every embedding in the catalog. The current index keeps serving searches until the new
     * one is complete; on error it stays unchanged.
     */
    Result<void> rebuild(const std::function<Result<void>(const Sink &sink)> &source);

    /**
     * Writes a new generation to `dir` atomically (temp file, fsync, rename, fsync of the folder)
     * and returns it. Old generations stay until `removeOtherGenerations`, called once the catalog
     * has recorded the new one.
     */
    Result<qint64> save(const QString &dir);
    /** Replaces the content with generation `generation` from `dir`; Corrupt if missing or damaged. */
    Result<void> load(const QString &dir, qint64 generation);
    /** Deletes every dense-*.faiss in `dir` except the current generation. */
    Result<void> removeOtherGenerations(const QString &dir) const;

private:
    struct Rows;
    Result<Rows> prepare(std::span<const qint64> ids, std::span<const float> vectors) const;
    Kind wantedKind(qint64 liveCount) const;
    std::unique_ptr<faiss::Index> makeIndex(Kind kind) const;
    std::unique_ptr<faiss::Index> copyLive(Kind kind) const;
    void swapIn(std::unique_ptr<faiss::Index> index, qint64 tombstones);

    const int m_dim;
    const Options m_options;
    const qint64 m_threshold;
    std::atomic<qint64> m_generation = 0;

    // m_index changes only under m_writer and m_lock for writing; writers read it under m_writer alone.
    mutable QMutex m_writer;
    mutable QReadWriteLock m_lock;
    std::unique_ptr<faiss::Index> m_index; // always a faiss::IndexIDMap2 over IndexFlatIP or IndexHNSWFlat
    qint64 m_tombstones = 0;               // HNSW slots whose id was removed or replaced (id_map entry -1)
};

} // namespace PageLens
