// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QList>
#include <QString>

namespace PageLens {

/**
 * The inner loop of late interaction: Σ over query tokens of the max over a page's patch vectors of
 * the dot product, on int8 codes with one scale per vector.
 *
 * Vectors are stored in blocks of kLanes: the codes in groups of four dimensions (for each group,
 * kLanes × 4 int8, the layout of VNNI's vpdpbusd; the dimension is padded to a multiple of four with
 * zeros), then kLanes float scales. One SIMD register holds a group of kLanes patches, so each query
 * token costs one broadcast multiply-add per group, with no horizontal sums in the loop. A page
 * whose patch count is not a multiple of kLanes repeats its last patch, which leaves every max
 * unchanged.
 *
 * Levels: AVX-512 VNNI multiplies int8 codes by the query quantized to 8 bits per token (64
 * products per instruction, four times AVX-512F's float FMA on converted codes); the others keep
 * the query in float. The x86 kernels are compiled for their instruction sets function by function
 * and chosen at run time, so the binary runs on any x86-64.
 */
class MaxSimKernel
{
public:
    enum class Level { Scalar, Avx2, Avx512, Avx512Vnni, Neon };
    static constexpr int kLanes = 16;

    /** Query tokens prepared once per search: padded floats, and 8-bit codes for VNNI. */
    class Query
    {
    public:
        Query(const float *values, int tokens, int dim);

    private:
        friend class MaxSimKernel;
        int m_tokens;
        int m_dim;
        std::vector<float> m_padded;  // tokens × groups·4
        std::vector<quint32> m_codes; // tokens × groups: four u8 (q / scale + 128)
        std::vector<float> m_scales;  // per token
    };

    /** The fastest level this CPU supports. */
    static Level best();
    /** Every level this CPU supports, Scalar first. */
    static QList<Level> available();
    static QString name(Level level);

    static int groups(int dim) { return (dim + 3) / 4; }
    static qint64 blockBytes(int dim) { return qint64(groups(dim)) * kLanes * 4 + kLanes * qint64(sizeof(float)); }
    static qint64 blockCount(qint64 vectors) { return (vectors + kLanes - 1) / kLanes; }

    /** Quantizes `count` row-major float vectors into blockCount(count) blocks at `out`. */
    static void encode(const float *vectors, qint64 count, int dim, uchar *out);

    /**
     * MaxSim of the query against `nBlocks` consecutive blocks. With `perToken` (tokens floats) it
     * also returns each token's max, for heatmaps and tests. `level` must be one of available():
     * another would stop the process on an illegal instruction.
     */
    static float score(Level level, const Query &query, const uchar *blocks, qint64 nBlocks, float *perToken = nullptr);
};

} // namespace PageLens
