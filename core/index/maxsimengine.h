// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <span>

#include <QList>

#include "core/common/result.h"
#include "core/index/maxsimkernel.h"

namespace PageLens {

class PatchStore;

/**
 * Late-interaction search over a PatchStore: a page's score is Σ over query tokens of the max over
 * its patch vectors of the dot product (MaxSim). exact() scores every page; twoStage() scores the
 * pooled vectors of every page (resident, ~20× fewer), then reranks the best `candidates` pages
 * exactly. Pages are spread over `threads` threads in small chunks, so a core that other work
 * slows down takes fewer of them.
 */
class MaxSimEngine
{
public:
    struct Hit {
        qint64 id = 0;
        float score = 0;
    };

    struct Options {
        int threads = 0;       // 0 = one per core
        int candidates = 256;  // pages reranked exactly by twoStage()
        MaxSimKernel::Level level = MaxSimKernel::best();
    };

    explicit MaxSimEngine(const PatchStore &store);
    MaxSimEngine(const PatchStore &store, const Options &options);

    /** `query` holds row-major token vectors of the store's dimension; InvalidArgument otherwise. */
    Result<QList<Hit>> exact(std::span<const float> query, int k) const;
    /** Exact when the store has no pooled vectors. */
    Result<QList<Hit>> twoStage(std::span<const float> query, int k) const;
    /** The exact score of the page at `index`. */
    float score(qint64 index, std::span<const float> query) const;

private:
    struct Ranked {
        float score;
        qint64 index;
    };

    Result<int> tokens(std::span<const float> query) const;
    float score(qint64 index, const MaxSimKernel::Query &query) const;
    /** The k best of `count` items by `scoreOf(item)`, best first, ties by lower item. */
    std::vector<Ranked> best(qint64 count, int k, const std::function<float(qint64)> &scoreOf) const;
    QList<Hit> hits(const std::vector<Ranked> &ranked) const;

    const PatchStore &m_store;
    Options m_options;
};

} // namespace PageLens
