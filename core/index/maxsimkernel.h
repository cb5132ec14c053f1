// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace PageLens {

/**
 * The inner loop of late interaction: Σ over query tokens of the max over a page's patch vectors of
 * the dot product, on int8 codes with one scale per vector.
 *
 * Vectors are stored in blocks of kLanes: the codes dimension-major (dim rows of kLanes int8), then
 * kLanes float scales. One SIMD register then holds one dimension of kLanes patches, and each query
 * token needs one broadcast FMA per dimension, with no horizontal sums in the loop. A page whose
 * patch count is not a multiple of kLanes repeats its last patch, which leaves every max unchanged.
 *
 * The x86 kernels are compiled for their instruction sets function by function and chosen at run
 * time, so the binary runs on any x86-64.
 */
class MaxSimKernel
{
public:
    enum class Level { Scalar, Avx2, Avx512, Neon };
    static constexpr int kLanes = 16;

    /** The fastest level this CPU supports. */
    static Level best();
    /** Every level this CPU supports, Scalar first. */
    static QList<Level> available();
    static QString name(Level level);

    static qint64 blockBytes(int dim) { return qint64(dim) * kLanes + kLanes * qint64(sizeof(float)); }
    static qint64 blockCount(qint64 vectors) { return (vectors + kLanes - 1) / kLanes; }

    /** Quantizes `count` row-major float vectors into blockCount(count) blocks at `out`. */
    static void encode(const float *vectors, qint64 count, int dim, uchar *out);

    /**
     * MaxSim of `tokens` row-major float query vectors against `nBlocks` consecutive blocks. With
     * `perToken` (tokens floats) it also returns each token's max, for heatmaps and tests. `level`
     * must be one of available(): another would stop the process on an illegal instruction.
     */
    static float score(Level level, const float *query, int tokens, int dim, const uchar *blocks, qint64 nBlocks,
                       float *perToken = nullptr);
};

} // namespace PageLens
