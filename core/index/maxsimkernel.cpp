// SPDX-License-Identifier: MIT
#include "core/index/maxsimkernel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <tuple>
#include <utility>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define PAGELENS_X86 1
#elif defined(__aarch64__)
#include <arm_neon.h>
#endif

namespace PageLens {

namespace {

constexpr int kLanes = MaxSimKernel::kLanes;
constexpr int kGroupBytes = kLanes * 4;
constexpr float kLowest = -std::numeric_limits<float>::infinity();

/** Float kernels: `query` token-major with a stride of groups·4 floats. */
using FloatFn = void (*)(const float *query, int groups, const uchar *blocks, qint64 nBlocks, float *maxOut);
/** VNNI kernels: `codes` token-major with a stride of `groups` words, `scales` one per token. */
using VnniFn = void (*)(const quint32 *codes, const float *scales, int groups, const uchar *blocks, qint64 nBlocks,
                        float *maxOut);

qint64 blockBytesOf(int groups)
{
    return qint64(groups) * kGroupBytes + kLanes * qint64(sizeof(float));
}

const float *scalesOf(const uchar *block, int groups)
{
    return reinterpret_cast<const float *>(block + qint64(groups) * kGroupBytes);
}

void scalarGroup(const float *query, int tokens, int groups, const uchar *blocks, qint64 nBlocks, float *maxOut)
{
    const int stride = groups * 4;
    for (int t = 0; t < tokens; ++t) {
        const float *q = query + qint64(t) * stride;
        float best = kLowest;
        for (qint64 b = 0; b < nBlocks; ++b) {
            const uchar *block = blocks + b * blockBytesOf(groups);
            const auto *codes = reinterpret_cast<const qint8 *>(block);
            float acc[kLanes] = {};
            for (int g = 0; g < groups; ++g)
                for (int l = 0; l < kLanes; ++l)
                    for (int j = 0; j < 4; ++j)
                        acc[l] += q[g * 4 + j] * float(codes[g * kGroupBytes + l * 4 + j]);
            const float *scales = scalesOf(block, groups);
            for (int l = 0; l < kLanes; ++l)
                best = std::max(best, acc[l] * scales[l]);
        }
        maxOut[t] = best;
    }
}

#if defined(PAGELENS_X86)

// GCC 12's AVX-512 intrinsics start from _mm512_undefined_*(), which its flow analysis reports.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

/** Byte J of every 32-bit lane, sign-extended, as floats. */
template <int J>
__attribute__((target("avx512f"))) inline __m512 byteAsFloat512(__m512i x)
{
    return _mm512_cvtepi32_ps(_mm512_srai_epi32(_mm512_slli_epi32(x, 24 - 8 * J), 24));
}

template <int J>
__attribute__((target("avx2"))) inline __m256 byteAsFloat256(__m256i x)
{
    return _mm256_cvtepi32_ps(_mm256_srai_epi32(_mm256_slli_epi32(x, 24 - 8 * J), 24));
}

// G tokens at a time keep G accumulators in registers (32 zmm: up to 12 with the maxima nearby).
template <int G>
__attribute__((target("avx512f"))) void avx512Group(const float *query, int groups, const uchar *blocks, qint64 nBlocks,
                                                    float *maxOut)
{
    const int stride = groups * 4;
    __m512 best[G];
#pragma GCC unroll 16
    for (int t = 0; t < G; ++t)
        best[t] = _mm512_set1_ps(kLowest);
    for (qint64 b = 0; b < nBlocks; ++b) {
        const uchar *block = blocks + b * blockBytesOf(groups);
        __m512 acc[G];
#pragma GCC unroll 16
        for (int t = 0; t < G; ++t)
            acc[t] = _mm512_setzero_ps();
        for (int g = 0; g < groups; ++g) {
            const __m512i x = _mm512_loadu_si512(block + g * kGroupBytes);
            const __m512 v[4] = {byteAsFloat512<0>(x), byteAsFloat512<1>(x), byteAsFloat512<2>(x), byteAsFloat512<3>(x)};
#pragma GCC unroll 4
            for (int j = 0; j < 4; ++j)
#pragma GCC unroll 16
                for (int t = 0; t < G; ++t)
                    acc[t] = _mm512_fmadd_ps(_mm512_set1_ps(query[t * stride + g * 4 + j]), v[j], acc[t]);
        }
        const __m512 scales = _mm512_loadu_ps(scalesOf(block, groups));
#pragma GCC unroll 16
        for (int t = 0; t < G; ++t)
            best[t] = _mm512_max_ps(best[t], _mm512_mul_ps(acc[t], scales));
    }
#pragma GCC unroll 16
    for (int t = 0; t < G; ++t)
        maxOut[t] = _mm512_reduce_max_ps(best[t]);
}

constexpr int kPrefetchAhead = 8192;

// Σ (q + 128) · x over u8 × s8, less 128 · Σ x, which one more vpdpbusd by ones gives per block.
template <int G>
__attribute__((target("avx512f,avx512vnni"))) void vnniGroup(const quint32 *codes, const float *tokenScales, int groups,
                                                              const uchar *blocks, qint64 nBlocks, float *maxOut)
{
    const __m512i ones = _mm512_set1_epi8(1);
    __m512 best[G];
#pragma GCC unroll 16
    for (int t = 0; t < G; ++t)
        best[t] = _mm512_set1_ps(kLowest);
    for (qint64 b = 0; b < nBlocks; ++b) {
        const uchar *block = blocks + b * blockBytesOf(groups);
        // Touching the data two 4 KiB pages ahead starts the address translation early: a 100k-page
        // file has 27 MB of page tables, so each new page's walk would otherwise stall the stream.
        _mm_prefetch(reinterpret_cast<const char *>(block) + kPrefetchAhead, _MM_HINT_T0);
        __m512i acc[G];
#pragma GCC unroll 16
        for (int t = 0; t < G; ++t)
            acc[t] = _mm512_setzero_si512();
        __m512i sum = _mm512_setzero_si512();
        for (int g = 0; g < groups; ++g) {
            const __m512i x = _mm512_loadu_si512(block + g * kGroupBytes);
            sum = _mm512_dpbusd_epi32(sum, ones, x);
#pragma GCC unroll 16
            for (int t = 0; t < G; ++t)
                acc[t] = _mm512_dpbusd_epi32(acc[t], _mm512_set1_epi32(int(codes[t * groups + g])), x);
        }
        const __m512i offset = _mm512_slli_epi32(sum, 7);
        const __m512 scales = _mm512_loadu_ps(scalesOf(block, groups));
#pragma GCC unroll 16
        for (int t = 0; t < G; ++t) {
            const __m512 dot = _mm512_cvtepi32_ps(_mm512_sub_epi32(acc[t], offset));
            best[t] = _mm512_max_ps(best[t], _mm512_mul_ps(dot, _mm512_mul_ps(scales, _mm512_set1_ps(tokenScales[t]))));
        }
    }
#pragma GCC unroll 16
    for (int t = 0; t < G; ++t)
        maxOut[t] = _mm512_reduce_max_ps(best[t]);
}

// 16 ymm: two halves of G accumulators plus the converted bytes.
template <int G>
__attribute__((target("avx2,fma"))) void avx2Group(const float *query, int groups, const uchar *blocks, qint64 nBlocks,
                                                   float *maxOut)
{
    const int stride = groups * 4;
    __m256 best[2 * G];
#pragma GCC unroll 16
    for (int t = 0; t < 2 * G; ++t)
        best[t] = _mm256_set1_ps(kLowest);
    for (qint64 b = 0; b < nBlocks; ++b) {
        const uchar *block = blocks + b * blockBytesOf(groups);
        __m256 acc[2 * G];
#pragma GCC unroll 16
        for (int t = 0; t < 2 * G; ++t)
            acc[t] = _mm256_setzero_ps();
        for (int g = 0; g < groups; ++g) {
            const auto *row = reinterpret_cast<const __m256i *>(block + g * kGroupBytes);
            const __m256i lo = _mm256_loadu_si256(row), hi = _mm256_loadu_si256(row + 1);
            const __m256 vlo[4] = {byteAsFloat256<0>(lo), byteAsFloat256<1>(lo), byteAsFloat256<2>(lo), byteAsFloat256<3>(lo)};
            const __m256 vhi[4] = {byteAsFloat256<0>(hi), byteAsFloat256<1>(hi), byteAsFloat256<2>(hi), byteAsFloat256<3>(hi)};
#pragma GCC unroll 4
            for (int j = 0; j < 4; ++j)
#pragma GCC unroll 16
                for (int t = 0; t < G; ++t) {
                    const __m256 q = _mm256_broadcast_ss(query + t * stride + g * 4 + j);
                    acc[2 * t] = _mm256_fmadd_ps(q, vlo[j], acc[2 * t]);
                    acc[2 * t + 1] = _mm256_fmadd_ps(q, vhi[j], acc[2 * t + 1]);
                }
        }
        const float *scales = scalesOf(block, groups);
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

#pragma GCC diagnostic pop

#endif

#if defined(__aarch64__)

// 32 q registers: four quarters of G accumulators; vld4q_s8 undoes the groups of four bytes.
template <int G>
void neonGroup(const float *query, int groups, const uchar *blocks, qint64 nBlocks, float *maxOut)
{
    const int stride = groups * 4;
    float32x4_t best[4 * G];
    for (int t = 0; t < 4 * G; ++t)
        best[t] = vdupq_n_f32(kLowest);
    for (qint64 b = 0; b < nBlocks; ++b) {
        const uchar *block = blocks + b * blockBytesOf(groups);
        float32x4_t acc[4 * G];
        for (int t = 0; t < 4 * G; ++t)
            acc[t] = vdupq_n_f32(0);
        for (int g = 0; g < groups; ++g) {
            const int8x16x4_t x = vld4q_s8(reinterpret_cast<const int8_t *>(block + g * kGroupBytes));
            for (int j = 0; j < 4; ++j) {
                const int16x8_t lo = vmovl_s8(vget_low_s8(x.val[j])), hi = vmovl_high_s8(x.val[j]);
                const float32x4_t v[4] = {vcvtq_f32_s32(vmovl_s16(vget_low_s16(lo))), vcvtq_f32_s32(vmovl_high_s16(lo)),
                                          vcvtq_f32_s32(vmovl_s16(vget_low_s16(hi))), vcvtq_f32_s32(vmovl_high_s16(hi))};
                for (int t = 0; t < G; ++t) {
                    const float q = query[t * stride + g * 4 + j];
                    for (int i = 0; i < 4; ++i)
                        acc[4 * t + i] = vfmaq_n_f32(acc[4 * t + i], v[i], q);
                }
            }
        }
        const float *scales = scalesOf(block, groups);
        for (int t = 0; t < G; ++t)
            for (int i = 0; i < 4; ++i)
                best[4 * t + i] = vmaxq_f32(best[4 * t + i], vmulq_f32(acc[4 * t + i], vld1q_f32(scales + 4 * i)));
    }
    for (int t = 0; t < G; ++t)
        maxOut[t] = vmaxvq_f32(vmaxq_f32(vmaxq_f32(best[4 * t], best[4 * t + 1]), vmaxq_f32(best[4 * t + 2], best[4 * t + 3])));
}

#endif

template <class Fn, template <int> class Kernel, size_t... G>
constexpr std::array<Fn, sizeof...(G)> table(std::index_sequence<G...>)
{
    return {Kernel<int(G) + 1>::fn...};
}

#if defined(PAGELENS_X86)
template <int G>
struct Avx512 {
    static constexpr FloatFn fn = &avx512Group<G>;
};
template <int G>
struct Vnni {
    static constexpr VnniFn fn = &vnniGroup<G>;
};
template <int G>
struct Avx2 {
    static constexpr FloatFn fn = &avx2Group<G>;
};
constexpr auto kAvx512 = table<FloatFn, Avx512>(std::make_index_sequence<12>());
constexpr auto kVnni = table<VnniFn, Vnni>(std::make_index_sequence<12>());
constexpr auto kAvx2 = table<FloatFn, Avx2>(std::make_index_sequence<6>());
#endif
#if defined(__aarch64__)
template <int G>
struct Neon {
    static constexpr FloatFn fn = &neonGroup<G>;
};
constexpr auto kNeon = table<FloatFn, Neon>(std::make_index_sequence<6>());
#endif

/** Splits the tokens into equal groups no larger than the table allows (20 → 10 + 10 on AVX-512). */
template <size_t N, class Call>
void byGroups(int tokens, const Call &call)
{
    const int groups = (tokens + int(N) - 1) / int(N);
    for (int done = 0, g = 0; g < groups; ++g) {
        const int size = (tokens - done) / (groups - g);
        call(done, size);
        done += size;
    }
}

} // namespace

MaxSimKernel::Query::Query(const float *values, int tokens, int dim)
    : m_tokens(tokens), m_dim(dim), m_padded(size_t(tokens) * size_t(groups(dim)) * 4, 0.f),
      m_codes(size_t(tokens) * size_t(groups(dim))), m_scales(static_cast<size_t>(tokens))
{
    const int stride = groups(dim) * 4;
    for (int t = 0; t < tokens; ++t) {
        const float *q = values + qint64(t) * dim;
        std::copy_n(q, dim, m_padded.begin() + qint64(t) * stride);
        float largest = 0;
        for (int d = 0; d < dim; ++d)
            largest = std::max(largest, std::abs(q[d]));
        m_scales[size_t(t)] = largest / 127.f;
        const float inverse = largest > 0 ? 127.f / largest : 0.f;
        for (int g = 0; g < groups(dim); ++g) {
            quint32 word = 0;
            for (int j = 0; j < 4; ++j) {
                const float v = m_padded[size_t(qint64(t) * stride + g * 4 + j)];
                word |= quint32(std::clamp(std::lrint(v * inverse), -127L, 127L) + 128) << (8 * j);
            }
            m_codes[size_t(qint64(t) * groups(dim) + g)] = word;
        }
    }
}

MaxSimKernel::Level MaxSimKernel::best()
{
#if defined(PAGELENS_X86)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vnni"))
        return Level::Avx512Vnni;
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
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        levels << Level::Avx2;
    if (__builtin_cpu_supports("avx512f"))
        levels << Level::Avx512;
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vnni"))
        levels << Level::Avx512Vnni;
#elif defined(__aarch64__)
    levels << Level::Neon;
#endif
    return levels;
}

QString MaxSimKernel::name(Level level)
{
    switch (level) {
    case Level::Avx512Vnni:
        return QStringLiteral("avx512-vnni");
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
    const int groupCount = groups(dim);
    for (qint64 b = 0; b < blockCount(count); ++b) {
        uchar *block = out + b * blockBytes(dim);
        auto *codes = reinterpret_cast<qint8 *>(block);
        std::memset(codes, 0, size_t(groupCount) * kGroupBytes);
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
                codes[(d / 4) * kGroupBytes + l * 4 + d % 4] = qint8(std::clamp(std::lrint(v[d] * inverse), -127L, 127L));
        }
        std::memcpy(block + qint64(groupCount) * kGroupBytes, scales, sizeof scales);
    }
}

float MaxSimKernel::score(Level level, const Query &query, const uchar *blocks, qint64 nBlocks, float *perToken)
{
    const int tokens = query.m_tokens;
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
    const int groupCount = groups(query.m_dim);
    const qint64 stride = qint64(groupCount) * 4;
    const auto floats = [&](const auto &kernels) {
        byGroups<std::tuple_size_v<std::decay_t<decltype(kernels)>>>(tokens, [&](int first, int size) {
            kernels[size_t(size) - 1](query.m_padded.data() + first * stride, groupCount, blocks, nBlocks, maxOut + first);
        });
    };
    switch (level) {
#if defined(PAGELENS_X86)
    case Level::Avx512Vnni:
        byGroups<kVnni.size()>(tokens, [&](int first, int size) {
            kVnni[size_t(size) - 1](query.m_codes.data() + qint64(first) * groupCount, query.m_scales.data() + first,
                                    groupCount, blocks, nBlocks, maxOut + first);
        });
        break;
    case Level::Avx512:
        floats(kAvx512);
        break;
    case Level::Avx2:
        floats(kAvx2);
        break;
#endif
#if defined(__aarch64__)
    case Level::Neon:
        floats(kNeon);
        break;
#endif
    default:
        scalarGroup(query.m_padded.data(), tokens, groupCount, blocks, nBlocks, maxOut);
        break;
    }
    float sum = 0;
    for (int t = 0; t < tokens; ++t)
        sum += maxOut[t];
    return sum;
}

} // namespace PageLens
