// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <shared_mutex>
#include <span>
#include <vector>

#include <QList>
#include <QSet>
#include <QString>

#include "core/common/result.h"
#include "core/index/maxsimengine.h"
#include "core/index/patchstore.h"
#include "core/index/patchstorewriter.h"

namespace PageLens {

class Catalog;

/**
 * A library's late-interaction page vectors: PatchStore generation files `patches-<gen>.plp` in
 * the library folder, one per committed batch of pages (a segment), named with the model in the
 * catalog's settings (`late.model`, `late.dim`, `late.segments`). Each batch is committed as it
 * arrives, so an interrupted run resumes where it stopped and no page is sent twice; when there are
 * more than kMaxSegments they are merged into one file.
 *
 * Why files and not catalog rows: a ColPali page is ~135 KB of codes; keeping them only in mapped,
 * checksummed files holds the catalog small and lets MaxSimEngine read them straight from the page
 * cache. A segment that is missing or damaged is dropped on open, so its pages are embedded again.
 *
 * Searches (reader threads) and commits (the writer) may overlap: segments are swapped under a
 * lock, and a search keeps the segments it started with.
 */
class LatePatchIndex
{
public:
    // Pooled vectors only pick candidates (reranked exactly), so a coarse factor rather than the
    // paper's 3, which would make the candidate stage a third of an exact scan. 65 pools a ColPali
    // page into 16 vectors (one kernel block, 2,144 bytes resident); with 512 pages reranked
    // bench maxsim measured recall@10 0.97 at 100k pages (0.92 with 256), two-stage p50 24–34 ms
    // on two cores (docs/benchmarks-maxsim.md). Segments written with another factor keep theirs.
    static constexpr int kPoolFactor = 65;
    static constexpr int kCandidates = 512;
    static constexpr int kMaxSegments = 8;

    explicit LatePatchIndex(std::shared_ptr<Catalog> catalog);

    /** Reads the settings and maps the segments; what cannot be read is dropped (and reported in `dropped`). */
    Result<void> open();
    QString model() const;
    int dim() const;
    qint64 pageCount() const;
    bool contains(qint64 pageId) const;
    /** Segments dropped by the last open() because they were missing or damaged. */
    int dropped() const;

    /** Forgets every segment and records `model` (first run, or a new model with --reembed). */
    Result<void> reset(const QString &model, int dim);
    /** Writes `pages` as a new segment and records it in the catalog. */
    Result<void> addSegment(const QVector<PatchStoreWriter::EncodedPage> &pages);
    /** The best k pages over every segment: pooled candidates, exact rerank (MaxSimEngine::twoStage). */
    Result<QList<MaxSimEngine::Hit>> search(std::span<const float> query, int k) const;

private:
    struct Segment {
        qint64 generation = 0;
        std::shared_ptr<const PatchStore> store;
    };
    using Segments = std::shared_ptr<const std::vector<Segment>>;

    Segments segments() const;
    Result<void> record(const std::vector<Segment> &segments, qint64 nextGeneration);
    Result<Segment> write(qint64 generation, const QVector<PatchStoreWriter::EncodedPage> &pages) const;
    Result<void> merge();
    QString pathOf(qint64 generation) const;

    std::shared_ptr<Catalog> m_catalog;
    mutable std::shared_mutex m_mutex;   // guards the fields below
    QString m_model;
    int m_dim = 0;
    int m_dropped = 0;
    qint64 m_nextGeneration = 1;
    Segments m_segments = std::make_shared<std::vector<Segment>>();
    QSet<qint64> m_ids;
};

} // namespace PageLens
