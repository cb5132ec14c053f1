// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QMutex>
#include <QVector>

#include "core/common/result.h"

namespace PageLens {

class Catalog;
class DenseIndex;
struct DenseHit;

/**
 * The library's dense index: the FAISS file generation the catalog records, kept in step with the
 * vectors the catalog stores. A missing, corrupt or stale file is rebuilt from the catalog.
 */
class PageVectorIndex
{
public:
    explicit PageVectorIndex(std::shared_ptr<Catalog> catalog);
    ~PageVectorIndex();

    /**
     * Loads (or rebuilds) the index for `dim`; cheap when already open with that dimension.
     * `forceRebuild` rebuilds it from the catalog whatever the file holds (repair).
     */
    Result<void> open(int dim, bool forceRebuild = false);
    bool isOpen() const;
    qint64 count() const;

    /** After documents left or changed: drops stray vectors (rebuilds from the catalog when they differ). */
    Result<void> refresh();
    Result<void> add(const QVector<qint64> &pageIds, const QVector<QVector<float>> &vectors);
    Result<QVector<DenseHit>> search(const QVector<float> &query, int k) const;
    /** Writes a new generation, records it in the catalog, then drops the old files. */
    Result<void> save();

private:
    Result<void> rebuild(DenseIndex &index);

    std::shared_ptr<Catalog> m_catalog;
    mutable QMutex m_mutex;
    // The mutex guards the pointer only: DenseIndex itself takes many readers and one writer,
    // so searches never wait behind a save or a rebuild.
    std::shared_ptr<DenseIndex> current() const;
    std::shared_ptr<DenseIndex> m_index;
};

} // namespace PageLens
