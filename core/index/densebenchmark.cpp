// SPDX-License-Identifier: MIT
#include "core/index/densebenchmark.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>
#include <thread>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>

#include <faiss/IndexFlat.h>
#include <faiss/utils/distances.h>
#include <faiss/utils/random.h>
#include <faiss/utils/utils.h>

#include "core/index/blasruntime.h"

namespace PageLens {

namespace {

// Real embeddings concentrate on a few directions; pure noise would make every neighbour equally
// near and recall meaningless. Per component: latent part variance 1, noise variance 0.25.
constexpr int kRank = 32;
constexpr float kNoise = 0.5f;
constexpr int64_t kBaseSeed = 1000;
constexpr int64_t kQuerySeed = 1'000'000'000;
constexpr qint64 kBandwidthBytes = qint64(1) << 30;
constexpr int kFaissBaselineQueries = 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("PageLens", text);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/** Nearest-rank percentile of sorted values. */
double percentile(const std::vector<double> &sorted, double p)
{
    const size_t rank = size_t(std::ceil(p * double(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

/** Row-major n × dim unit vectors: latent·basis + noise, normalized; the seed makes runs repeatable. */
std::vector<float> makeVectors(qint64 n, int dim, const std::vector<float> &basis, int64_t seed)
{
    std::vector<float> latent(size_t(n) * kRank);
    faiss::float_randn(latent.data(), latent.size(), seed);
    std::vector<float> x(size_t(n) * size_t(dim));
    BlasRuntime::gemm(latent.data(), basis.data(), x.data(), int(n), dim, kRank);
    constexpr qint64 block = 4096;
    std::vector<float> noise;
    for (qint64 start = 0; start < n; start += block) {
        noise.resize(size_t(std::min(block, n - start)) * size_t(dim));
        faiss::float_randn(noise.data(), noise.size(), seed + 1 + start);
        float *out = x.data() + size_t(start) * size_t(dim);
        for (size_t i = 0; i < noise.size(); ++i)
            out[i] += kNoise * noise[i];
    }
    faiss::fvec_renorm_L2(size_t(dim), size_t(n), x.data());
    return x;
}

/** Exact top-k row indexes per query, from one BLAS product: the reference for recall. */
std::vector<std::vector<qint64>> exactTopK(const std::vector<float> &queries, const std::vector<float> &base, int nq,
                                           qint64 n, int dim, int k)
{
    std::vector<float> scores(size_t(nq) * size_t(n));
    BlasRuntime::gemm(queries.data(), base.data(), scores.data(), nq, int(n), dim, true);
    std::vector<std::vector<qint64>> top(static_cast<size_t>(nq));
    std::vector<qint64> order(static_cast<size_t>(n));
    for (int q = 0; q < nq; ++q) {
        const float *row = scores.data() + size_t(q) * size_t(n);
        std::iota(order.begin(), order.end(), 0);
        const auto better = [row](qint64 a, qint64 b) { return row[a] > row[b] || (row[a] == row[b] && a < b); };
        std::partial_sort(order.begin(), order.begin() + k, order.end(), better);
        top[size_t(q)].assign(order.begin(), order.begin() + k);
    }
    return top;
}

} // namespace

double DenseBenchmark::Report::scanGBps() const
{
    if (kind != QLatin1String("flat") || queryP50Ms <= 0)
        return 0;
    return double(pages) * dim * sizeof(float) / (queryP50Ms / 1e3) / 1e9;
}

QJsonObject DenseBenchmark::Report::toJson() const
{
    const auto round2 = [](double v) { return std::round(v * 100) / 100; };
    QJsonObject json{
        {QStringLiteral("pages"), pages},
        {QStringLiteral("dim"), dim},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("openmp_threads"), openMpThreads},
        {QStringLiteral("queries"), queries},
        {QStringLiteral("build_ms"), round2(buildMs)},
        {QStringLiteral("save_ms"), round2(saveMs)},
        {QStringLiteral("load_ms"), round2(loadMs)},
        {QStringLiteral("query_p50_ms"), round2(queryP50Ms)},
        {QStringLiteral("query_p99_ms"), round2(queryP99Ms)},
        {QStringLiteral("recall@%1").arg(k), std::round(recallAtK * 1000) / 1000},
        {QStringLiteral("bytes"), fileBytes},
        {QStringLiteral("hnsw_threshold"), hnswThreshold},
        {QStringLiteral("read_bandwidth_gbps"), round2(bandwidthGBps)},
        {QStringLiteral("blas"), blas},
        {QStringLiteral("faiss_build"), faissBuild},
    };
    if (const double scan = scanGBps(); scan > 0) {
        json.insert(QStringLiteral("scan_gbps"), round2(scan));
        // How far the exact scan is from reading the vectors at the measured bandwidth.
        json.insert(QStringLiteral("bandwidth_bound_ratio"), round2(bandwidthGBps / scan));
    }
    if (faissP50Ms >= 0)
        json.insert(QStringLiteral("faiss_flat_p50_ms"), round2(faissP50Ms));
    return json;
}

Result<DenseBenchmark::Report> DenseBenchmark::run(const Options &options)
{
    if (options.pages <= 0 || options.pages > std::numeric_limits<int>::max() || options.dim <= 0 || options.queries <= 0
        || options.k <= 0)
        return fail(Error::Code::InvalidArgument, PageLens::tr("The benchmark needs positive --pages, --dim and --queries."));

    const int previousThreads = BlasRuntime::threads();
    BlasRuntime::setThreads(options.threads);
    const auto restoreThreads = qScopeGuard([previousThreads] { BlasRuntime::setThreads(previousThreads); });

    std::optional<QTemporaryDir> temp;
    QString dir = options.workDir;
    if (dir.isEmpty()) {
        temp.emplace();
        if (!temp->isValid())
            return fail(Error::Code::Io, PageLens::tr("Could not create a temporary folder."), temp->errorString());
        dir = temp->path();
    }

    const qint64 n = options.pages;
    const int dim = options.dim;
    const int nq = options.queries;
    const int k = int(std::min<qint64>(options.k, n));
    std::vector<float> basis(size_t(kRank) * size_t(dim));
    faiss::float_randn(basis.data(), basis.size(), 1);
    for (float &v : basis)
        v /= std::sqrt(float(kRank));
    const std::vector<float> base = makeVectors(n, dim, basis, kBaseSeed);
    const std::vector<float> queries = makeVectors(nq, dim, basis, kQuerySeed);
    std::vector<qint64> ids(static_cast<size_t>(n));
    std::iota(ids.begin(), ids.end(), 0);

    Report report;
    report.pages = n;
    report.dim = dim;
    report.queries = nq;
    report.k = k;
    report.threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    report.openMpThreads = BlasRuntime::threads();
    report.blas = BlasRuntime::description();
    report.faissBuild = QString::fromStdString(faiss::get_compile_options());

    DenseIndex::Options indexOptions;
    indexOptions.mode = options.mode;
    qint64 generation = 0;
    {
        DenseIndex index(dim, indexOptions);
        QElapsedTimer timer;
        timer.start();
        if (auto added = index.add(ids, base); !added)
            return tl::unexpected(added.error());
        report.buildMs = elapsedMs(timer);
        report.kind = index.kind() == DenseIndex::Kind::Hnsw ? QStringLiteral("hnsw") : QStringLiteral("flat");
        report.hnswThreshold = index.hnswThreshold();
        timer.restart();
        auto saved = index.save(dir);
        if (!saved)
            return tl::unexpected(saved.error());
        report.saveMs = elapsedMs(timer);
        generation = *saved;
    }
    report.fileBytes = QFileInfo(QDir(dir).filePath(DenseIndex::fileName(generation))).size();

    DenseIndex index(dim, indexOptions);
    QElapsedTimer timer;
    timer.start();
    if (auto loaded = index.load(dir, generation); !loaded)
        return tl::unexpected(loaded.error());
    report.loadMs = elapsedMs(timer);

    // Measured next to the queries so both see the same machine load.
    report.bandwidthGBps = readBandwidth(report.threads, kBandwidthBytes);
    const auto query = [&](int q) { return std::span<const float>(queries.data() + size_t(q) * size_t(dim), size_t(dim)); };
    for (int q = 0; q < std::min(nq, 3); ++q) // warm-up: caches, BLAS thread pool
        (void)index.search(query(q), k);
    std::vector<double> latencies(static_cast<size_t>(nq));
    std::vector<QList<DenseHit>> found(static_cast<size_t>(nq));
    for (int q = 0; q < nq; ++q) {
        timer.restart();
        auto hits = index.search(query(q), k);
        latencies[size_t(q)] = elapsedMs(timer);
        if (!hits)
            return tl::unexpected(hits.error());
        found[size_t(q)] = std::move(*hits);
    }
    std::sort(latencies.begin(), latencies.end());
    report.queryP50Ms = percentile(latencies, 0.50);
    report.queryP99Ms = percentile(latencies, 0.99);

    const auto exact = exactTopK(queries, base, nq, n, dim, k);
    qint64 agreed = 0;
    for (int q = 0; q < nq; ++q) {
        const auto &truth = exact[size_t(q)];
        for (const DenseHit &hit : std::as_const(found[size_t(q)]))
            agreed += std::find(truth.begin(), truth.end(), hit.id) != truth.end();
    }
    report.recallAtK = double(agreed) / (double(nq) * k);

    if (options.faissBaseline) {
        try {
            faiss::IndexFlatIP flat(dim);
            flat.add(n, base.data());
            std::vector<float> scores(static_cast<size_t>(k));
            std::vector<faiss::Index::idx_t> labels(static_cast<size_t>(k));
            std::vector<double> faissLatencies;
            for (int q = 0; q < std::min(nq, kFaissBaselineQueries); ++q) {
                timer.restart();
                flat.search(1, query(q).data(), k, scores.data(), labels.data());
                faissLatencies.push_back(elapsedMs(timer));
            }
            std::sort(faissLatencies.begin(), faissLatencies.end());
            report.faissP50Ms = percentile(faissLatencies, 0.50);
        } catch (const std::exception &e) {
            return fail(Error::Code::Unknown, PageLens::tr("The FAISS baseline failed."), QString::fromLocal8Bit(e.what()));
        }
    }

    return report;
}

double DenseBenchmark::readBandwidth(int threads, qint64 bytes)
{
    const qint64 n = bytes / qint64(sizeof(quint64));
    const std::vector<quint64> buffer(size_t(n), 1);
    const int team = threads > 0 ? threads : QThread::idealThreadCount();
    // Plain threads, not OpenMP: OMP_THREAD_LIMIT must not cap the probe while BLAS runs unlimited.
    const auto sumSlice = [&buffer, n, team](int part) {
        const qint64 begin = n * part / team, end = n * (part + 1) / team;
        quint64 sum = 0;
        // simd: scalar 8-byte loads would make one core the limit (~28 GB/s here), not memory.
#pragma omp simd reduction(+ : sum)
        for (qint64 i = begin; i < end; ++i)
            sum += buffer[size_t(i)];
        return sum;
    };
    double best = 0;
    for (int pass = 0; pass < 3; ++pass) {
        std::vector<quint64> sums(static_cast<size_t>(team));
        QElapsedTimer timer;
        timer.start();
        {
            std::vector<std::jthread> workers;
            for (int part = 1; part < team; ++part)
                workers.emplace_back([&sums, &sumSlice, part] { sums[size_t(part)] = sumSlice(part); });
            sums[0] = sumSlice(0);
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (std::accumulate(sums.begin(), sums.end(), quint64(0)) != quint64(n)) // uses the sums: the loop stays
            return 0;
        best = std::max(best, double(n) * sizeof(quint64) / seconds / 1e9);
    }
    return best;
}

} // namespace PageLens
