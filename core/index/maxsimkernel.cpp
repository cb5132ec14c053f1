// SPDX-License-Identifier: MIT
#include "core/index/maxsimkernel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>
#include <vector>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define PAGELENS_X86 1
#elif defined(__aarch64__)
#include <arm_neon.h>
#endif

namespace PageLens {

namespace {

constexpr int kLanes = MaxSimKernel::kLanes;
constexpr float kLowest = -std::numeric_limits<float>::infinity();

using GroupFn = void (*)(const float *query, int dim, const uchar *blocks, qint64 nBlocks, float *maxOut);

const qint8 *codesOf(const uchar *blocks, qint64 block, int dim)
{
    return reinterpret_cast<const qint8 *>(blocks + block * MaxSimKernel::blockBytes(dim));
}

const float *scalesOf(const uchar *blocks, qint64 block, int dim)
{
    return reinterpret_cast<const float *>(blocks + block * MaxSimKernel::blockBytes(dim) + qint64(dim) * kLanes);
}

void scalarGroup(const float *query, int tokens, int dim, const uchar *blocks, qint64 nBlocks, float *maxOut)
{
    for (int t = 0; t < tokens; ++t) {
        const float *q = query + qint64(t) * dim;
        float best = kLowest;
        for (qint64 b = 0; b < nBlocks; ++b) {
            const qint8 *codes = codesOf(blocks, b, dim);
            const float *scales = scalesOf(blocks, b, dim);
            float acc[kLanes] = {};
            for (int d = 0; d < dim; ++d)
                for (int l = 0; l < kLanes; ++l)
                    acc[l] += q[d] * float(codes[d * kLanes + l]);
            for (int l = 0; l < kLanes; ++l)
                best = std::max(best, acc[l] * scales[l]);
        }
        maxOut[t] = best;
    }
}

#if defined(PAGELENS_X86)

// G tokens at a time keep G accumulators in registers (32 zmm: up to 12 with the maxima nearby).
template <int G>
__attribute__((target("avx512f"))) void avx512Group(const float *query, int dim, const uchar *blocks, qint64 nBlocks,
                                                    float *maxOut)
{
    __m512 best[G];
#pragma GCC unroll 16
    for (int t = 0; t < G; ++t)
        best[t] = _mm512_set1_ps(kLowest);
    for (qint64 b = 0; b < nBlocks; ++b) {
        const qint8 *codes = codesOf(blocks, b, dim);
        __m512 acc[G];
#pragma GCC unroll 16
        for (int t = 0; t < G; ++t)
            acc[t] = _mm512_setzero_ps();
        for (int d = 0; d < dim; ++d) {
            const __m512 v = _mm512_cvtepi32_ps(
                _mm512_cvtepi8_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(codes + d * kLanes))));
#pragma GCC unroll 16
            for (int t = 0; t < G; ++t)
                acc[t] = _mm512_fmadd_ps(_mm512_set1_ps(query[t * dim + d]), v, acc[t]);
        }
        const __m512 scales = _mm512_loadu_ps(scalesOf(blocks, b, dim));
#pragma GCC unroll 16
        for (int t = 0; t < G; ++t)
            best[t] = _mm512_max_ps(best[t], _mm512_mul_ps(acc[t], scales));
    }
#pragma GCC unroll 16
    for (int t = 0; t < G; ++t)
        maxOut[t] = _mm512_reduce_max_ps(best[t]);
}

// 16 ymm: two halves of G accumulators plus the two converted halves.
template <int G>
__attribute__((target("avx2,fma"))) void avx2Group(const float *query, int dim, const uchar *blocks, qint64 nBlocks,
                                                   float *maxOut)
{
    __m256 best[2 * G];
#pragma GCC unroll 16
    for (int t = 0; t < 2 * G; ++t)
        best[t] = _mm256_set1_ps(kLowest);
    for (qint64 b = 0; b < nBlocks; ++b) {
        const qint8 *codes = codesOf(blocks, b, dim);
        __m256 acc[2 * G];
#pragma GCC unroll 16
        for (int t = 0; t < 2 * G; ++t)
            acc[t] = _mm256_setzero_ps();
        for (int d = 0; d < dim; ++d) {
            const auto *row = codes + d * kLanes;
            const __m256 lo = _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i *>(row))));
            const __m256 hi =
                _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i *>(row + 8))));
#pragma GCC unroll 16
            for (int t = 0; t < G; ++t) {
                const __m256 q = _mm256_broadcast_ss(query + t * dim + d);
                acc[2 * t] = _mm256_fmadd_ps(q, lo, acc[2 * t]);
                acc[2 * t + 1] = _mm256_fmadd_ps(q, hi, acc[2 * t + 1]);
            }
        }
        const float *scales = scalesOf(blocks, b, dim);
        const __m256 scaleLo = _mm256_loadu_ps(scales), scaleHi = _mm256_loadu_ps(scales + 8);
#pragma GCC unroll 16
        for (int t = 0; t < G; ++t) {
            best[2 * t] = _mm256_max_ps(best[2 * t], _mm256_mul_ps(acc[2 * t], scaleLo));
            best[2 * t + 1] = _mm256_max_ps(best[2 * t + 1], _mm256_mul_ps(acc[2 * t + 1], scaleHi));
        }
    }
    for (int t = 0; t < G; ++t) {
        alignas(32) float lanes[8];
        _mm256_store_ps(lanes, _mm256_max_ps(best[2 * t], best[2 * t + 1]));
        maxOut[t] = *std::max_element(lanes, lanes + 8);
    }
}

#endif

#if defined(__aarch64__)

// 32 q registers: four quarters of G accumulators plus the four converted quarters.
template <int G>
void neonGroup(const float *query, int dim, const uchar *blocks, qint64 nBlocks, float *maxOut)
{
    float32x4_t best[4 * G];
    for (int t = 0; t < 4 * G; ++t)
        best[t] = vdupq_n_f32(kLowest);
    for (qint64 b = 0; b < nBlocks; ++b) {
        const qint8 *codes = codesOf(blocks, b, dim);
        float32x4_t acc[4 * G];
        for (int t = 0; t < 4 * G; ++t)
            acc[t] = vdupq_n_f32(0);
        for (int d = 0; d < dim; ++d) {
            const int8x16_t c = vld1q_s8(codes + d * kLanes);
            const int16x8_t lo = vmovl_s8(vget_low_s8(c)), hi = vmovl_high_s8(c);
            const float32x4_t v[4] = {vcvtq_f32_s32(vmovl_s16(vget_low_s16(lo))), vcvtq_f32_s32(vmovl_high_s16(lo)),
                                      vcvtq_f32_s32(vmovl_s16(vget_low_s16(hi))), vcvtq_f32_s32(vmovl_high_s16(hi))};
            for (int t = 0; t < G; ++t) {
                const float q = query[t * dim + d];
                for (int i = 0; i < 4; ++i)
                    acc[4 * t + i] = vfmaq_n_f32(acc[4 * t + i], v[i], q);
            }
        }
        const float *scales = scalesOf(blocks, b, dim);
        for (int t = 0; t < G; ++t)
            for (int i = 0; i < 4; ++i)
                best[4 * t + i] = vmaxq_f32(best[4 * t + i], vmulq_f32(acc[4 * t + i], vld1q_f32(scales + 4 * i)));
    }
    for (int t = 0; t < G; ++t)
        maxOut[t] = vmaxvq_f32(vmaxq_f32(vmaxq_f32(best[4 * t], best[4 * t + 1]), vmaxq_f32(best[4 * t + 2], best[4 * t + 3])));
}

#endif

template <template <int> class Kernel, size_t... G>
constexpr std::array<GroupFn, sizeof...(G)> groupTable(std::index_sequence<G...>)
{
    return {Kernel<int(G) + 1>::fn...};
}

#if defined(PAGELENS_X86)
template <int G>
struct Avx512 {
    static constexpr GroupFn fn = &avx512Group<G>;
};
template <int G>
struct Avx2 {
    static constexpr GroupFn fn = &avx2Group<G>;
};
constexpr auto kAvx512 = groupTable<Avx512>(std::make_index_sequence<12>());
constexpr auto kAvx2 = groupTable<Avx2>(std::make_index_sequence<6>());
#endif
#if defined(__aarch64__)
template <int G>
struct Neon {
    static constexpr GroupFn fn = &neonGroup<G>;
};
constexpr auto kNeon = groupTable<Neon>(std::make_index_sequence<6>());
#endif

/** Splits the tokens into equal groups no larger than the table allows (20 → 10 + 10 on AVX-512). */
template <size_t N>
void byGroups(const std::array<GroupFn, N> &table, const float *query, int tokens, int dim, const uchar *blocks,
              qint64 nBlocks, float *maxOut)
{
    const int groups = (tokens + int(N) - 1) / int(N);
    for (int done = 0, g = 0; g < groups; ++g) {
        const int size = (tokens - done) / (groups - g);
        table[size_t(size) - 1](query + qint64(done) * dim, dim, blocks, nBlocks, maxOut + done);
        done += size;
    }
}

} // namespace

MaxSimKernel::Level MaxSimKernel::best()
{
#if defined(PAGELENS_X86)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f"))
        return Level::Avx512;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return Level::Avx2;
#elif defined(__aarch64__)
    return Level::Neon;
#endif
    return Level::Scalar;
}

QList<MaxSimKernel::Level> MaxSimKernel::available()
{
    QList<Level> levels{Level::Scalar};
#if defined(PAGELENS_X86)
    if (best() == Level::Avx512 || best() == Level::Avx2) {
        if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
            levels << Level::Avx2;
        if (best() == Level::Avx512)
            levels << Level::Avx512;
    }
#elif defined(__aarch64__)
    levels << Level::Neon;
#endif
    return levels;
}

QString MaxSimKernel::name(Level level)
{
    switch (level) {
    case Level::Avx512:
        return QStringLiteral("avx512");
    case Level::Avx2:
        return QStringLiteral("avx2+fma");
    case Level::Neon:
        return QStringLiteral("neon");
    case Level::Scalar:
        break;
    }
    return QStringLiteral("scalar");
}

void MaxSimKernel::encode(const float *vectors, qint64 count, int dim, uchar *out)
{
    for (qint64 b = 0; b < blockCount(count); ++b) {
        auto *codes = reinterpret_cast<qint8 *>(out + b * blockBytes(dim));
        float scales[kLanes];
        for (int l = 0; l < kLanes; ++l) {
            // Padding lanes repeat the last vector: a copy cannot change a max.
            const float *v = vectors + std::min(b * kLanes + l, count - 1) * dim;
            float largest = 0;
            for (int d = 0; d < dim; ++d)
                largest = std::max(largest, std::abs(v[d]));
            // Symmetric, per vector: the error of every code is at most half a step of its own vector.
            scales[l] = largest / 127.f;
            const float inverse = largest > 0 ? 127.f / largest : 0.f;
            for (int d = 0; d < dim; ++d)
                codes[d * kLanes + l] = qint8(std::clamp(std::lrint(v[d] * inverse), -127L, 127L));
        }
        std::memcpy(codes + qint64(dim) * kLanes, scales, sizeof scales);
    }
}

float MaxSimKernel::score(Level level, const float *query, int tokens, int dim, const uchar *blocks, qint64 nBlocks,
                          float *perToken)
{
    if (tokens <= 0 || nBlocks <= 0)
        return 0;
    float local[64];
    std::vector<float> heap;
    float *maxOut = perToken;
    if (!maxOut) {
        if (tokens > 64)
            heap.resize(size_t(tokens));
        maxOut = tokens > 64 ? heap.data() : local;
    }
    switch (level) {
#if defined(PAGELENS_X86)
    case Level::Avx512:
        byGroups(kAvx512, query, tokens, dim, blocks, nBlocks, maxOut);
        break;
    case Level::Avx2:
        byGroups(kAvx2, query, tokens, dim, blocks, nBlocks, maxOut);
        break;
#endif
#if defined(__aarch64__)
    case Level::Neon:
        byGroups(kNeon, query, tokens, dim, blocks, nBlocks, maxOut);
        break;
#endif
    default:
        scalarGroup(query, tokens, dim, blocks, nBlocks, maxOut);
        break;
    }
    float sum = 0;
    for (int t = 0; t < tokens; ++t)
        sum += maxOut[t];
    return sum;
}

} // namespace PageLens
