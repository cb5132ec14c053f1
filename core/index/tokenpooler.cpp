// SPDX-License-Identifier: MIT
#include "core/index/tokenpooler.h"

#include <algorithm>
#include <limits>

#include "core/index/blasruntime.h"
#include "core/index/maxsimkernel.h"

namespace PageLens {

qint64 TokenPooler::clusterCount(qint64 count, int factor)
{
    if (factor <= 0 || count <= 0)
        return 0;
    const qint64 lanes = MaxSimKernel::kLanes;
    // Lanes of a block are scored anyway, so a partial block gets clusters instead of padding.
    const qint64 wanted = (count + factor - 1) / factor;
    return std::min(count, (wanted + lanes - 1) / lanes * lanes);
}

std::vector<float> TokenPooler::pool(const float *vectors, qint64 count, int dim, qint64 clusters, int rounds)
{
    const qint64 k = std::clamp<qint64>(clusters, 0, count);
    std::vector<float> centres(size_t(k) * size_t(dim));
    if (k == 0)
        return centres;
    for (qint64 c = 0; c < k; ++c)
        std::copy_n(vectors + c * count / k * dim, dim, centres.begin() + c * dim);
    if (k == count)
        return centres;

    std::vector<float> dots(size_t(count) * size_t(k));
    std::vector<float> halfNorms(static_cast<size_t>(k));
    std::vector<qint64> members(static_cast<size_t>(k));
    std::vector<qint64> assigned(static_cast<size_t>(count));
    for (int round = 0; round < rounds; ++round) {
        // Nearest centre in L2: largest x·c − |c|²/2, with all dot products from one BLAS product.
        BlasRuntime::gemm(vectors, centres.data(), dots.data(), int(count), int(k), dim, true);
        for (qint64 c = 0; c < k; ++c) {
            float norm = 0;
            for (int d = 0; d < dim; ++d)
                norm += centres[size_t(c * dim + d)] * centres[size_t(c * dim + d)];
            halfNorms[size_t(c)] = norm / 2;
        }
        for (qint64 i = 0; i < count; ++i) {
            const float *row = dots.data() + i * k;
            qint64 nearest = 0;
            float best = -std::numeric_limits<float>::infinity();
            for (qint64 c = 0; c < k; ++c) {
                const float value = row[c] - halfNorms[size_t(c)];
                if (value > best) {
                    best = value;
                    nearest = c;
                }
            }
            assigned[size_t(i)] = nearest;
        }
        std::vector<float> sums(centres.size(), 0.f);
        std::fill(members.begin(), members.end(), 0);
        for (qint64 i = 0; i < count; ++i) {
            const qint64 c = assigned[size_t(i)];
            ++members[size_t(c)];
            for (int d = 0; d < dim; ++d)
                sums[size_t(c * dim + d)] += vectors[i * dim + d];
        }
        for (qint64 c = 0; c < k; ++c) {
            if (members[size_t(c)] == 0)
                continue; // an empty cluster keeps its centre
            for (int d = 0; d < dim; ++d)
                centres[size_t(c * dim + d)] = sums[size_t(c * dim + d)] / float(members[size_t(c)]);
        }
    }
    return centres;
}

} // namespace PageLens
