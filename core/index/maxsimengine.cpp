// SPDX-License-Identifier: MIT
#include "core/index/maxsimengine.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include <QCoreApplication>
#include <QThread>

#include "core/index/patchstore.h"

namespace PageLens {

namespace {

// Pages per grab from the shared counter: ~1 ms of exact work, small enough to balance two cores
// that other processes share, large enough that the counter is never contended.
constexpr qint64 kChunk = 32;

bool better(float scoreA, qint64 a, float scoreB, qint64 b)
{
    return scoreA > scoreB || (scoreA == scoreB && a < b);
}

} // namespace

MaxSimEngine::MaxSimEngine(const PatchStore &store) : MaxSimEngine(store, Options{})
{
}

MaxSimEngine::MaxSimEngine(const PatchStore &store, const Options &options) : m_store(store), m_options(options)
{
}

Result<int> MaxSimEngine::tokens(std::span<const float> query) const
{
    const int dim = m_store.dim();
    if (query.empty() || dim <= 0 || query.size() % size_t(dim) != 0)
        return fail(Error::Code::InvalidArgument,
                    QCoreApplication::translate("PageLens", "The query vectors do not have the %1 dimensions of the page vectors.").arg(dim));
    return int(query.size() / size_t(dim));
}

float MaxSimEngine::score(qint64 index, std::span<const float> query) const
{
    return score(index, MaxSimKernel::Query(query.data(), int(query.size() / size_t(m_store.dim())), m_store.dim()));
}

float MaxSimEngine::score(qint64 index, const MaxSimKernel::Query &query) const
{
    return MaxSimKernel::score(m_options.level, query, m_store.blocks(index), MaxSimKernel::blockCount(m_store.page(index).patches));
}

std::vector<MaxSimEngine::Ranked> MaxSimEngine::best(qint64 count, int k, const std::function<float(qint64)> &scoreOf) const
{
    const auto worse = [](const Ranked &a, const Ranked &b) { return better(a.score, a.index, b.score, b.index); };
    const int team = int(std::clamp<qint64>(m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount(), 1,
                                            (count + kChunk - 1) / kChunk));
    std::vector<std::vector<Ranked>> heaps(static_cast<size_t>(std::max(team, 1)));
    std::atomic<qint64> next{0};
    const auto work = [&](int part) {
        std::vector<Ranked> &heap = heaps[size_t(part)]; // a min-heap on "better": the worst kept on top
        for (qint64 start; (start = next.fetch_add(kChunk, std::memory_order_relaxed)) < count;) {
            for (qint64 i = start; i < std::min(count, start + kChunk); ++i) {
                const Ranked item{scoreOf(i), i};
                if (heap.size() < size_t(k)) {
                    heap.push_back(item);
                    std::push_heap(heap.begin(), heap.end(), worse);
                } else if (better(item.score, item.index, heap.front().score, heap.front().index)) {
                    std::pop_heap(heap.begin(), heap.end(), worse);
                    heap.back() = item;
                    std::push_heap(heap.begin(), heap.end(), worse);
                }
            }
        }
    };
    {
        std::vector<std::jthread> workers;
        for (int part = 1; part < team; ++part)
            workers.emplace_back(work, part);
        work(0);
    }
    std::vector<Ranked> all;
    for (const auto &heap : heaps)
        all.insert(all.end(), heap.begin(), heap.end());
    std::sort(all.begin(), all.end(), worse);
    if (all.size() > size_t(k))
        all.resize(size_t(k));
    return all;
}

QList<MaxSimEngine::Hit> MaxSimEngine::hits(const std::vector<Ranked> &ranked) const
{
    QList<Hit> result;
    result.reserve(qsizetype(ranked.size()));
    for (const Ranked &r : ranked)
        result.append(Hit{m_store.page(r.index).id, r.score});
    return result;
}

Result<QList<MaxSimEngine::Hit>> MaxSimEngine::exact(std::span<const float> query, int k) const
{
    const auto count = tokens(query);
    if (!count)
        return tl::unexpected(count.error());
    if (k <= 0 || m_store.pageCount() == 0)
        return QList<Hit>{};
    const MaxSimKernel::Query prepared(query.data(), *count, m_store.dim());
    return hits(best(m_store.pageCount(), k, [&](qint64 i) { return score(i, prepared); }));
}

Result<QList<MaxSimEngine::Hit>> MaxSimEngine::twoStage(std::span<const float> query, int k) const
{
    if (!m_store.hasPooled())
        return exact(query, k);
    const auto count = tokens(query);
    if (!count)
        return tl::unexpected(count.error());
    if (k <= 0 || m_store.pageCount() == 0)
        return QList<Hit>{};
    const MaxSimKernel::Query prepared(query.data(), *count, m_store.dim());
    const std::vector<Ranked> candidates = best(m_store.pageCount(), std::max(k, m_options.candidates), [&](qint64 i) {
        return MaxSimKernel::score(m_options.level, prepared, m_store.pooledBlocks(i),
                                   MaxSimKernel::blockCount(m_store.page(i).pooled));
    });
    std::vector<Ranked> reranked =
        best(qint64(candidates.size()), k, [&](qint64 c) { return score(candidates[size_t(c)].index, prepared); });
    for (Ranked &r : reranked)
        r.index = candidates[size_t(r.index)].index;
    return hits(reranked);
}

} // namespace PageLens
