// SPDX-License-Identifier: MIT
#include "core/index/denseindex.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>

#include <faiss/IndexFlat.h>
#include <faiss/IndexHNSW.h>
#include <faiss/IndexIDMap.h>
#include <faiss/impl/IDSelector.h>
#include <omp.h>

#include "core/common/log.h"
#include "core/index/blasruntime.h"
#include "core/index/densefile.h"

namespace PageLens {

using idx_t = faiss::Index::idx_t;

struct DenseIndex::Rows {
    std::vector<idx_t> ids;
    std::vector<float> vectors;
};

namespace {

// Flat while the vectors fit this byte budget: a single-query scan reads them all at ~35 GB/s on the
// reference machine, so 1 GiB is ~30 ms, the dense stage's share of the interactive query budget
// (performance.md §8); above it HNSW answers in ~2 ms. Measurements: docs/benchmarks-dense.md.
constexpr qint64 kFlatBudgetBytes = qint64(1) << 30;
constexpr idx_t kTombstone = -1;

QString tr(const char *text)
{
    return QCoreApplication::translate("PageLens", text);
}

/** FAISS reports errors as exceptions; they stop here. */
template <class F>
auto guarded(const QString &message, F &&f) -> decltype(f())
{
    try {
        return f();
    } catch (const std::bad_alloc &) {
        return fail(Error::Code::Unknown, PageLens::tr("Not enough memory for the vector index."), message);
    } catch (const std::exception &e) { // faiss::FaissException included
        return fail(Error::Code::Unknown, message, QString::fromLocal8Bit(e.what()));
    }
}

faiss::IndexIDMap2 &idMap(faiss::Index &index)
{
    return static_cast<faiss::IndexIDMap2 &>(index);
}

const faiss::IndexIDMap2 &idMap(const faiss::Index &index)
{
    return static_cast<const faiss::IndexIDMap2 &>(index);
}

const faiss::IndexHNSW *hnswOf(const faiss::Index &index)
{
    return dynamic_cast<const faiss::IndexHNSW *>(idMap(index).index);
}

/** The vectors in slot order, wherever the structure keeps them. */
const float *storage(const faiss::Index &index)
{
    const faiss::Index *inner = idMap(index).index;
    if (const auto *hnsw = dynamic_cast<const faiss::IndexHNSW *>(inner))
        inner = hnsw->storage;
    return static_cast<const faiss::IndexFlat *>(inner)->get_xb();
}

/**
 * HNSW cannot delete (`remove_ids` throws): a removed or replaced entry keeps its slot in the graph,
 * which stays navigable, with id -1 in the id map, and this selector keeps it out of results.
 */
struct LiveSlots : faiss::IDSelector {
    explicit LiveSlots(const std::vector<idx_t> &ids) : ids(ids) {}
    bool is_member(idx_t slot) const override { return ids[size_t(slot)] != kTombstone; }
    const std::vector<idx_t> &ids;
};

/** Removes ids known to be present: the flat index compacts, HNSW marks their slots. */
void removePresent(faiss::Index &index, const std::vector<idx_t> &present, qint64 &tombstones)
{
    if (present.empty())
        return;
    auto &map = idMap(index);
    if (hnswOf(index)) {
        for (idx_t id : present) {
            const auto it = map.rev_map.find(id);
            map.id_map[size_t(it->second)] = kTombstone;
            map.rev_map.erase(it);
        }
        tombstones += qint64(present.size());
    } else {
        const faiss::IDSelectorBatch selector(present.size(), present.data());
        map.remove_ids(selector);
    }
}

std::vector<idx_t> presentIds(const faiss::Index &index, std::span<const idx_t> ids)
{
    const auto &map = idMap(index);
    std::vector<idx_t> present;
    std::unordered_set<idx_t> seen;
    for (idx_t id : ids) {
        if (map.rev_map.count(id) && seen.insert(id).second)
            present.push_back(id);
    }
    return present;
}

qint64 highestGeneration(const QString &dir)
{
    static const QRegularExpression pattern(QStringLiteral("^dense-(\\d+)\\.faiss$"));
    qint64 highest = 0;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("dense-*.faiss")}, QDir::Files)) {
        if (const auto match = pattern.match(name); match.hasMatch())
            highest = std::max(highest, match.captured(1).toLongLong());
    }
    return highest;
}

QString mismatchMessage(qsizetype given, int dim)
{
    return PageLens::tr("The embedding has %1 dimensions but the library's vector index holds %2-dimensional embeddings.")
        .arg(given)
        .arg(dim);
}

/** Scales to unit length; false for a zero or non-finite vector. */
bool normalize(float *v, int dim)
{
    double sum = 0;
    for (int i = 0; i < dim; ++i)
        sum += double(v[i]) * v[i];
    if (!std::isfinite(sum) || sum <= 0)
        return false;
    const float scale = float(1.0 / std::sqrt(sum));
    for (int i = 0; i < dim; ++i)
        v[i] *= scale;
    return true;
}

} // namespace

DenseIndex::DenseIndex(int dim, Options options)
    : m_dim(dim)
    , m_options(options)
    , m_threshold(options.hnswThreshold > 0 ? options.hnswThreshold : defaultHnswThreshold(dim))
{
    Q_ASSERT(dim > 0);
    m_index = makeIndex(wantedKind(0));
}

DenseIndex::DenseIndex(int dim)
    : DenseIndex(dim, Options())
{
}

DenseIndex::~DenseIndex() = default;

qint64 DenseIndex::defaultHnswThreshold(int dim)
{
    return kFlatBudgetBytes / (qint64(sizeof(float)) * std::max(dim, 1));
}

QString DenseIndex::fileName(qint64 generation)
{
    return QStringLiteral("dense-%1.faiss").arg(generation);
}

qint64 DenseIndex::count() const
{
    QReadLocker lock(&m_lock);
    return m_index->ntotal - m_tombstones;
}

DenseIndex::Kind DenseIndex::kind() const
{
    QReadLocker lock(&m_lock);
    return hnswOf(*m_index) ? Kind::Hnsw : Kind::Flat;
}

bool DenseIndex::contains(qint64 id) const
{
    QReadLocker lock(&m_lock);
    return idMap(*m_index).rev_map.count(idx_t(id)) > 0;
}

DenseIndex::Kind DenseIndex::wantedKind(qint64 liveCount) const
{
    switch (m_options.mode) {
    case Mode::Flat:
        return Kind::Flat;
    case Mode::Hnsw:
        return Kind::Hnsw;
    case Mode::Auto:
        break;
    }
    return liveCount > m_threshold ? Kind::Hnsw : Kind::Flat;
}

std::unique_ptr<faiss::Index> DenseIndex::makeIndex(Kind kind) const
{
    faiss::Index *inner = nullptr;
    if (kind == Kind::Hnsw) {
        auto *hnsw = new faiss::IndexHNSWFlat(m_dim, m_options.hnswM, faiss::METRIC_INNER_PRODUCT);
        hnsw->hnsw.efConstruction = m_options.efConstruction;
        hnsw->hnsw.efSearch = m_options.efSearch;
        inner = hnsw;
    } else {
        inner = new faiss::IndexFlatIP(m_dim);
    }
    auto index = std::make_unique<faiss::IndexIDMap2>(inner);
    index->own_fields = true;
    return index;
}

std::unique_ptr<faiss::Index> DenseIndex::copyLive(Kind kind) const
{
    const auto &map = idMap(*m_index);
    const float *xb = storage(*m_index);
    auto next = makeIndex(kind);
    if (m_tombstones == 0) {
        idMap(*next).add_with_ids(map.ntotal, xb, map.id_map.data());
        return next;
    }
    std::vector<idx_t> ids;
    std::vector<float> rows;
    ids.reserve(size_t(map.ntotal - m_tombstones));
    rows.reserve(ids.capacity() * size_t(m_dim));
    for (size_t slot = 0; slot < map.id_map.size(); ++slot) {
        if (map.id_map[slot] == kTombstone)
            continue;
        ids.push_back(map.id_map[slot]);
        rows.insert(rows.end(), xb + slot * size_t(m_dim), xb + (slot + 1) * size_t(m_dim));
    }
    idMap(*next).add_with_ids(idx_t(ids.size()), rows.data(), ids.data());
    return next;
}

void DenseIndex::swapIn(std::unique_ptr<faiss::Index> index, qint64 tombstones)
{
    std::unique_ptr<faiss::Index> old;
    {
        QWriteLocker lock(&m_lock);
        old = std::exchange(m_index, std::move(index));
        m_tombstones = tombstones;
    }
    // `old` is freed here, outside the lock: releasing a large index takes a while.
}

Result<DenseIndex::Rows> DenseIndex::prepare(std::span<const qint64> ids, std::span<const float> vectors) const
{
    const size_t n = ids.size();
    if (vectors.size() != n * size_t(m_dim)) {
        if (n > 0 && vectors.size() % n == 0)
            return fail(Error::Code::Mismatch, mismatchMessage(qsizetype(vectors.size() / n), m_dim));
        return fail(Error::Code::InvalidArgument, PageLens::tr("Could not add to the vector index."),
                    QStringLiteral("%1 ids but %2 values").arg(n).arg(vectors.size()));
    }
    // The last vector given for an id wins, as if the rows had been added one by one.
    QHash<qint64, size_t> last;
    last.reserve(qsizetype(n));
    for (size_t i = 0; i < n; ++i)
        last.insert(ids[i], i);

    Rows rows;
    rows.ids.reserve(size_t(last.size()));
    rows.vectors.reserve(size_t(last.size()) * size_t(m_dim));
    for (size_t i = 0; i < n; ++i) {
        if (last.value(ids[i]) != i)
            continue;
        if (ids[i] < 0)
            return fail(Error::Code::InvalidArgument, PageLens::tr("Could not add to the vector index."),
                        QStringLiteral("negative page id %1").arg(ids[i]));
        const auto row = vectors.subspan(i * size_t(m_dim), size_t(m_dim));
        const size_t at = rows.vectors.size();
        rows.vectors.insert(rows.vectors.end(), row.begin(), row.end());
        if (!normalize(rows.vectors.data() + at, m_dim))
            return fail(Error::Code::InvalidArgument,
                        PageLens::tr("The embedding of page %1 is zero or not a number.").arg(ids[i]));
        rows.ids.push_back(idx_t(ids[i]));
    }
    return rows;
}

Result<void> DenseIndex::add(std::span<const qint64> ids, std::span<const float> vectors)
{
    auto rows = prepare(ids, vectors);
    if (!rows)
        return tl::unexpected(rows.error());
    if (rows->ids.empty())
        return {};
    QMutexLocker writer(&m_writer);
    return guarded(PageLens::tr("Could not add to the vector index."), [&]() -> Result<void> {
        const std::vector<idx_t> present = presentIds(*m_index, rows->ids);
        const qint64 live = m_index->ntotal - m_tombstones - qint64(present.size()) + qint64(rows->ids.size());
        if (!hnswOf(*m_index) && wantedKind(live) == Kind::Hnsw) {
            // Building the graph takes minutes at this size: readers keep the flat index meanwhile.
            QElapsedTimer timer;
            timer.start();
            auto next = copyLive(Kind::Hnsw);
            qint64 tombstones = 0;
            removePresent(*next, present, tombstones);
            idMap(*next).add_with_ids(idx_t(rows->ids.size()), rows->vectors.data(), rows->ids.data());
            swapIn(std::move(next), tombstones);
            log::index()->info("dense index: switched to HNSW at {} vectors ({} ms)", live, timer.elapsed());
            return {};
        }
        QWriteLocker lock(&m_lock);
        removePresent(*m_index, present, m_tombstones);
        idMap(*m_index).add_with_ids(idx_t(rows->ids.size()), rows->vectors.data(), rows->ids.data());
        return {};
    });
}

Result<qint64> DenseIndex::remove(std::span<const qint64> ids)
{
    QMutexLocker writer(&m_writer);
    return guarded(PageLens::tr("Could not remove pages from the vector index."), [&]() -> Result<qint64> {
        std::vector<idx_t> wanted(ids.begin(), ids.end());
        const std::vector<idx_t> present = presentIds(*m_index, wanted);
        QWriteLocker lock(&m_lock);
        removePresent(*m_index, present, m_tombstones);
        return qint64(present.size());
    });
}

Result<QList<DenseHit>> DenseIndex::search(std::span<const float> query, int k) const
{
    if (query.size() != size_t(m_dim))
        return fail(Error::Code::Mismatch, mismatchMessage(qsizetype(query.size()), m_dim));
    if (k <= 0)
        return QList<DenseHit>();
    std::vector<float> q(query.begin(), query.end());
    if (!normalize(q.data(), m_dim))
        return fail(Error::Code::InvalidArgument, PageLens::tr("The query embedding is zero or not a number."));

    return guarded(PageLens::tr("Could not search the vector index."), [&]() -> Result<QList<DenseHit>> {
        QReadLocker lock(&m_lock);
        const auto &map = idMap(*m_index);
        const idx_t wanted = std::min<idx_t>(k, map.ntotal - m_tombstones);
        QList<DenseHit> hits;
        if (wanted <= 0)
            return hits;
        hits.reserve(wanted);

        if (hnswOf(*m_index)) {
            faiss::SearchParametersHNSW params;
            params.efSearch = std::max<int>(m_options.efSearch, int(wanted));
            const LiveSlots live(map.id_map);
            if (m_tombstones > 0)
                params.sel = const_cast<LiveSlots *>(&live); // FAISS 1.7.3 takes a non-const pointer, reads only
            std::vector<float> scores(static_cast<size_t>(wanted));
            std::vector<idx_t> labels(static_cast<size_t>(wanted));
            // FAISS parallelizes over queries: for one query its OpenMP team only adds wake-up and
            // barrier time (and a long tail when cores are busy). The thread count is a per-thread
            // setting, so concurrent readers still spread over the cores.
            const int team = omp_get_max_threads();
            omp_set_num_threads(1);
            const auto restoreTeam = qScopeGuard([team] { omp_set_num_threads(team); });
            map.index->search(1, q.data(), wanted, scores.data(), labels.data(), &params);
            for (idx_t i = 0; i < wanted; ++i) {
                if (labels[size_t(i)] >= 0)
                    hits.append({qint64(map.id_map[size_t(labels[size_t(i)])]), scores[size_t(i)]});
            }
            return hits;
        }

        // FAISS's generic build scores one query with scalar loops (~8 GB/s); the BLAS gemv over the
        // same storage streams at memory bandwidth (docs/benchmarks-dense.md). Batches would go
        // through FAISS's sgemm path, but the API answers one query at a time.
        std::vector<float> scores(size_t(map.ntotal));
        BlasRuntime::gemv(storage(*m_index), map.ntotal, m_dim, q.data(), scores.data());
        using Entry = std::pair<float, idx_t>; // score, slot
        // Better = higher score, then lower id: the heap's front is the worst entry kept.
        const auto better = [&map](const Entry &a, const Entry &b) {
            return a.first > b.first
                || (a.first == b.first && map.id_map[size_t(a.second)] < map.id_map[size_t(b.second)]);
        };
        std::vector<Entry> heap;
        heap.reserve(size_t(wanted));
        for (idx_t slot = 0; slot < map.ntotal; ++slot) {
            const Entry entry{scores[size_t(slot)], slot};
            if (heap.size() < size_t(wanted)) {
                heap.push_back(entry);
                std::push_heap(heap.begin(), heap.end(), better);
            } else if (better(entry, heap.front())) {
                std::pop_heap(heap.begin(), heap.end(), better);
                heap.back() = entry;
                std::push_heap(heap.begin(), heap.end(), better);
            }
        }
        std::sort_heap(heap.begin(), heap.end(), better);
        for (const Entry &entry : heap)
            hits.append({qint64(map.id_map[size_t(entry.second)]), entry.first});
        return hits;
    });
}

Result<void> DenseIndex::rebuild(const std::function<Result<void>(const Sink &sink)> &source)
{
    QMutexLocker writer(&m_writer);
    // Collected flat (cheap to append), turned into HNSW once the size is known.
    auto next = makeIndex(Kind::Flat);
    qint64 tombstones = 0;
    const Sink sink = [&](std::span<const qint64> ids, std::span<const float> vectors) -> Result<void> {
        auto rows = prepare(ids, vectors);
        if (!rows)
            return tl::unexpected(rows.error());
        return guarded(PageLens::tr("Could not rebuild the vector index."), [&]() -> Result<void> {
            removePresent(*next, presentIds(*next, rows->ids), tombstones);
            idMap(*next).add_with_ids(idx_t(rows->ids.size()), rows->vectors.data(), rows->ids.data());
            return {};
        });
    };
    if (auto filled = source(sink); !filled)
        return filled;
    return guarded(PageLens::tr("Could not rebuild the vector index."), [&]() -> Result<void> {
        if (wantedKind(next->ntotal) == Kind::Hnsw) {
            auto graph = makeIndex(Kind::Hnsw);
            const auto &flat = idMap(*next);
            idMap(*graph).add_with_ids(flat.ntotal, storage(flat), flat.id_map.data());
            next = std::move(graph);
        }
        swapIn(std::move(next), 0);
        return {};
    });
}

Result<qint64> DenseIndex::save(const QString &dir)
{
    QMutexLocker writer(&m_writer);
    if (!QDir().mkpath(dir))
        return fail(Error::Code::Io, PageLens::tr("Could not create the folder %1.").arg(dir));

    auto compacted = guarded(PageLens::tr("Could not save the vector index."), [&]() -> Result<void> {
        if (!hnswOf(*m_index))
            return {};
        const qint64 live = m_index->ntotal - m_tombstones;
        // Back to flat only well below the threshold, so an index near it does not flip back and forth.
        const bool toFlat = m_options.mode == Mode::Flat || (m_options.mode == Mode::Auto && live * 2 <= m_threshold);
        const bool worn = double(m_tombstones) > m_options.compactFraction * double(m_index->ntotal);
        if (toFlat || worn) {
            QElapsedTimer timer;
            timer.start();
            swapIn(copyLive(toFlat ? Kind::Flat : Kind::Hnsw), 0);
            log::index()->info("dense index: compacted to {} vectors ({} ms)", live, timer.elapsed());
        }
        return {};
    });
    if (!compacted)
        return tl::unexpected(compacted.error());

    const qint64 generation = std::max(m_generation.load(), highestGeneration(dir)) + 1;
    {
        QReadLocker lock(&m_lock);
        if (auto written = DenseFile::write(*m_index, m_dim, QDir(dir).filePath(fileName(generation))); !written)
            return tl::unexpected(written.error());
    }
    m_generation = generation;
    return generation;
}

Result<void> DenseIndex::load(const QString &dir, qint64 generation)
{
    QMutexLocker writer(&m_writer);
    const QString path = QDir(dir).filePath(fileName(generation));
    auto read = DenseFile::read(path, m_dim);
    if (!read)
        return tl::unexpected(read.error());

    auto *map = dynamic_cast<faiss::IndexIDMap2 *>(read->get());
    const faiss::Index *inner = map ? map->index : nullptr;
    const auto *hnsw = dynamic_cast<const faiss::IndexHNSWFlat *>(inner);
    const bool known = dynamic_cast<const faiss::IndexFlat *>(inner)
        || (hnsw && dynamic_cast<const faiss::IndexFlat *>(hnsw->storage));
    if (!known)
        return fail(Error::Code::Corrupt, PageLens::tr("The vector index file %1 is damaged or missing; it will be rebuilt from the catalog.")
                                              .arg(fileName(generation)),
                    QStringLiteral("%1: not an id map over a flat or HNSW index").arg(path));
    if (map->d != m_dim)
        return fail(Error::Code::Mismatch, mismatchMessage(map->d, m_dim), path);
    if (map->metric_type != faiss::METRIC_INNER_PRODUCT || inner->metric_type != faiss::METRIC_INNER_PRODUCT)
        return fail(Error::Code::Mismatch, PageLens::tr("The vector index file uses another similarity measure; it will be rebuilt."), path);

    const qint64 tombstones = std::count(map->id_map.begin(), map->id_map.end(), kTombstone);
    map->rev_map.erase(kTombstone); // rebuilt by FAISS from id_map, tombstones included
    if (qint64(map->rev_map.size()) != map->ntotal - tombstones)
        return fail(Error::Code::Corrupt, PageLens::tr("The vector index file %1 is damaged or missing; it will be rebuilt from the catalog.")
                                              .arg(fileName(generation)),
                    QStringLiteral("%1: duplicate ids").arg(path));
    swapIn(std::move(*read), tombstones);
    m_generation = generation;
    return {};
}

Result<void> DenseIndex::removeOtherGenerations(const QString &dir) const
{
    QMutexLocker writer(&m_writer);
    const qint64 current = m_generation.load();
    if (current == 0)
        return {};
    QDir folder(dir);
    QStringList failed;
    // The pattern also catches temp files of an interrupted save.
    for (const QString &name : folder.entryList({QStringLiteral("dense-*.faiss*")}, QDir::Files)) {
        if (name != fileName(current) && !folder.remove(name))
            failed << name;
    }
    if (!failed.isEmpty())
        return fail(Error::Code::Io, PageLens::tr("Could not delete old vector index files in %1.").arg(dir), failed.join(QStringLiteral(", ")));
    return {};
}

} // namespace PageLens
