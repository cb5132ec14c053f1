// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QtGlobal>

namespace PageLens {

/**
 * Token pooling (ColPali paper, §"Token pooling"): cluster a page's patch vectors and keep the mean
 * of each cluster; pool factor 3 keeps ~97.8% of the retrieval quality. The paper clusters
 * hierarchically (Ward), which costs O(n²) distances per page (~1M for 1030 patches); Lloyd's
 * k-means from evenly spaced seeds costs n·k per round and serves the same purpose here: compact
 * vectors for the candidate stage, reranked exactly afterwards.
 */
class TokenPooler
{
public:
    /** ceil(count / factor) rounded up to whole kernel blocks, at most `count`; 0 when factor is 0. */
    static qint64 clusterCount(qint64 count, int factor);
    /** `clusters` row-major cluster means of `count` row-major vectors. */
    static std::vector<float> pool(const float *vectors, qint64 count, int dim, qint64 clusters, int rounds = 4);
};

} // namespace PageLens
