// SPDX-License-Identifier: MIT
#include "core/index/maxsimbenchmark.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <optional>
#include <thread>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>

#include "core/index/blasruntime.h"
#include "core/index/densebenchmark.h"
#include "core/index/maxsimengine.h"
#include "core/index/patchstore.h"
#include "core/index/patchstorewriter.h"

namespace PageLens {

namespace {

// The clustering of the synthetic pages (see docs/benchmarks-maxsim.md). Random unit vectors would
// make every page score alike; real pages hold a few subjects, blank margins and layout tokens.
constexpr int kTopics = 256;          // subjects of the collection
constexpr int kConcepts = 8;          // distinct things said about a subject (words, figures)
constexpr float kConceptSpread = 1.0f; // how far a concept is from its subject
constexpr int kPageTopics = 6;        // per page, each in its own band of grid rows
constexpr int kPageConcepts = 3;      // of its subject's concepts a page shows, mixed within the band
constexpr float kPageTwist = 0.6f;    // how far a page's take on a concept is from the concept
constexpr float kBlankShare = 0.3f;   // patches that are blank paper, alike on every page
constexpr float kPatchNoise = 0.8f;   // noise norm relative to the unit centre
constexpr int kQueryTopics = 3;       // subjects of the target page a query asks about
constexpr int kFillerTokens = 4;      // query tokens alike in every query (ColPali's augmentation tokens)
constexpr float kQueryNoise = 1.0f;
constexpr int kGridColumns = 32;
constexpr qint64 kBandwidthBytes = qint64(1) << 30;
constexpr qint64 kBatch = 256;

QString tr(const char *text)
{
    return QCoreApplication::translate("PageLens", text);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::ceil(p * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

/** splitmix64 with a cheap near-normal (Irwin–Hall of 4 bytes): generation must keep up with 13 G values. */
struct Rng {
    quint64 state;

    quint64 next()
    {
        quint64 z = (state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    float uniform() { return float(next() >> 40) / float(1 << 24); }
    int below(int n) { return int(next() % quint64(n)); }
    /** Two values of mean 0, variance 1. */
    void normal2(float &a, float &b)
    {
        const quint64 r = next();
        constexpr float scale = 1.f / 147.8f; // sqrt(4 · (256² − 1) / 12)
        a = float(int(r & 0xff) + int((r >> 8) & 0xff) + int((r >> 16) & 0xff) + int((r >> 24) & 0xff) - 510) * scale;
        b = float(int((r >> 32) & 0xff) + int((r >> 40) & 0xff) + int((r >> 48) & 0xff) + int((r >> 56) & 0xff) - 510) * scale;
    }
};

void normalize(float *v, int dim)
{
    float norm = 0;
    for (int d = 0; d < dim; ++d)
        norm += v[d] * v[d];
    const float inverse = norm > 0 ? 1.f / std::sqrt(norm) : 0.f;
    for (int d = 0; d < dim; ++d)
        v[d] *= inverse;
}

/** centre + noise of norm ≈ `noise`, normalized. */
void noisy(const float *centre, float noise, int dim, Rng &rng, float *out)
{
    const float sigma = noise / std::sqrt(float(dim));
    for (int d = 0; d < dim; d += 2) {
        float a, b;
        rng.normal2(a, b);
        out[d] = centre[d] + sigma * a;
        if (d + 1 < dim)
            out[d + 1] = centre[d + 1] + sigma * b;
    }
    normalize(out, dim);
}

class Corpus
{
public:
    explicit Corpus(int dim) : m_dim(dim), m_centres(size_t(kTopics + 3) * size_t(dim))
    {
        Rng rng{42};
        for (float &v : m_centres) {
            float b;
            rng.normal2(v, b);
        }
        for (int c = 0; c < kTopics + 3; ++c)
            normalize(m_centres.data() + size_t(c) * size_t(dim), dim);
        m_concepts.resize(size_t(kTopics) * kConcepts * size_t(dim));
        for (int t = 0; t < kTopics; ++t) {
            for (int c = 0; c < kConcepts; ++c)
                noisy(centre(t), kConceptSpread, dim, rng, m_concepts.data() + (size_t(t) * kConcepts + size_t(c)) * size_t(dim));
        }
    }

    /** The page's own take on kPageConcepts concepts of each of its subjects ((kPageTopics × kPageConcepts) × dim). */
    std::vector<float> pageTopics(qint64 page) const
    {
        Rng rng{quint64(page) * 7919 + 1};
        std::vector<int> picked;
        while (int(picked.size()) < kPageTopics) {
            const int t = rng.below(kTopics);
            if (std::find(picked.begin(), picked.end(), t) == picked.end())
                picked.push_back(t);
        }
        std::vector<float> twisted(size_t(kPageTopics) * kPageConcepts * size_t(m_dim));
        for (int j = 0; j < kPageTopics; ++j) {
            std::vector<int> concepts;
            while (int(concepts.size()) < kPageConcepts) {
                const int c = rng.below(kConcepts);
                if (std::find(concepts.begin(), concepts.end(), c) == concepts.end())
                    concepts.push_back(c);
            }
            for (int c = 0; c < kPageConcepts; ++c)
                noisy(conceptOf(picked[size_t(j)], concepts[size_t(c)]), kPageTwist, m_dim, rng,
                      twisted.data() + (size_t(j) * kPageConcepts + size_t(c)) * size_t(m_dim));
        }
        return twisted;
    }

    void page(qint64 page, int patches, float *out) const
    {
        const std::vector<float> topics = pageTopics(page);
        Rng rng{quint64(page) * 104729 + 7};
        const int grid = std::min(patches, kGridColumns * kGridColumns);
        const int rows = (grid + kGridColumns - 1) / kGridColumns;
        for (int i = 0; i < patches; ++i) {
            const float *c;
            if (i >= grid)
                c = centre(kTopics + 1); // the model's extra vectors after the grid
            else if (rng.uniform() < kBlankShare)
                c = centre(kTopics); // blank paper
            else
                c = topics.data()
                    + (size_t((i / kGridColumns) * kPageTopics / std::max(rows, 1)) * kPageConcepts + size_t(rng.below(kPageConcepts)))
                        * size_t(m_dim);
            noisy(c, kPatchNoise, m_dim, rng, out + size_t(i) * size_t(m_dim));
        }
    }

    /** A question about `kQueryTopics` subjects of one page (each token one of the concepts the page shows), plus filler tokens. */
    std::vector<float> query(qint64 page, int tokens, quint64 seed) const
    {
        const std::vector<float> topics = pageTopics(page);
        Rng rng{seed};
        std::vector<int> asked;
        while (int(asked.size()) < std::min(kQueryTopics, kPageTopics)) {
            const int j = rng.below(kPageTopics);
            if (std::find(asked.begin(), asked.end(), j) == asked.end())
                asked.push_back(j);
        }
        std::vector<float> q(size_t(tokens) * size_t(m_dim));
        for (int t = 0; t < tokens; ++t) {
            const float *c = t < kFillerTokens
                ? centre(kTopics + 2)
                : topics.data() + (size_t(asked[size_t(t) % asked.size()]) * kPageConcepts + size_t(rng.below(kPageConcepts))) * size_t(m_dim);
            noisy(c, kQueryNoise, m_dim, rng, q.data() + size_t(t) * size_t(m_dim));
        }
        return q;
    }

private:
    const float *centre(int c) const { return m_centres.data() + size_t(c) * size_t(m_dim); }
    const float *conceptOf(int topic, int c) const { return m_concepts.data() + (size_t(topic) * kConcepts + size_t(c)) * size_t(m_dim); }

    int m_dim;
    std::vector<float> m_centres;
    std::vector<float> m_concepts; // kTopics × kConcepts vectors
};

Result<void> writeStore(const MaxSimBenchmark::Options &options, const Corpus &corpus, int team, const QString &path)
{
    PatchStoreWriter writer(path, options.dim, options.poolFactor);
    if (auto opened = writer.open(); !opened)
        return opened;
    const int gridRows = (std::min(options.patches, kGridColumns * kGridColumns) + kGridColumns - 1) / kGridColumns;
    std::vector<PatchStoreWriter::EncodedPage> batch;
    for (qint64 start = 0; start < options.pages; start += kBatch) {
        const qint64 count = std::min(kBatch, options.pages - start);
        batch.assign(size_t(count), {});
        std::atomic<qint64> next{0};
        const auto work = [&] {
            std::vector<float> vectors(size_t(options.patches) * size_t(options.dim));
            for (qint64 i; (i = next.fetch_add(1)) < count;) {
                corpus.page(start + i, options.patches, vectors.data());
                batch[size_t(i)] = PatchStoreWriter::encode(start + i, kGridColumns, gridRows, vectors.data(),
                                                            options.patches, options.dim, options.poolFactor);
            }
        };
        {
            std::vector<std::jthread> workers;
            for (int t = 1; t < team; ++t)
                workers.emplace_back(work);
            work();
        }
        for (const auto &page : batch) {
            if (auto appended = writer.append(page); !appended)
                return appended;
        }
    }
    return writer.commit();
}

} // namespace

double MaxSimBenchmark::Report::rooflineMs() const
{
    return bandwidthGBps > 0 ? double(pages) * double(bytesPerPage) / (bandwidthGBps * 1e9) * 1e3 : 0;
}

QJsonObject MaxSimBenchmark::Report::toJson() const
{
    const auto round2 = [](double v) { return std::round(v * 100) / 100; };
    return QJsonObject{
        {QStringLiteral("pages"), pages},
        {QStringLiteral("patches"), patches},
        {QStringLiteral("dim"), dim},
        {QStringLiteral("query_tokens"), queryTokens},
        {QStringLiteral("exact_p50_ms"), round2(exactP50Ms)},
        {QStringLiteral("exact_p99_ms"), round2(exactP99Ms)},
        {QStringLiteral("two_stage_p50_ms"), round2(twoStageP50Ms)},
        {QStringLiteral("two_stage_p99_ms"), round2(twoStageP99Ms)},
        {QStringLiteral("recall@%1").arg(k), std::round(recallAtK * 1000) / 1000},
        {QStringLiteral("first_stage_recall@%1").arg(k), std::round(firstStageRecallAtK * 1000) / 1000},
        {QStringLiteral("roofline_ms"), round2(rooflineMs())},
        {QStringLiteral("bytes_per_page"), bytesPerPage},
        {QStringLiteral("resident_bytes_per_page"), residentBytesPerPage},
        {QStringLiteral("queries"), queries},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("kernel"), kernel},
        {QStringLiteral("pool_factor"), poolFactor},
        {QStringLiteral("candidates"), candidates},
        {QStringLiteral("read_bandwidth_gbps"), round2(bandwidthGBps)},
        {QStringLiteral("exact_roofline_ratio"), rooflineMs() > 0 ? round2(exactP50Ms / rooflineMs()) : 0.0},
        {QStringLiteral("write_ms"), round2(writeMs)},
        {QStringLiteral("open_ms"), round2(openMs)},
        {QStringLiteral("file_bytes"), fileBytes},
        {QStringLiteral("reused_file"), reusedFile},
    };
}

Result<MaxSimBenchmark::Report> MaxSimBenchmark::run(const Options &options)
{
    if (options.pages <= 0 || options.patches <= 0 || options.dim <= 0 || options.queryTokens <= 0 || options.queries <= 0
        || options.k <= 0 || options.candidates <= 0 || options.poolFactor < 0)
        return fail(Error::Code::InvalidArgument,
                    PageLens::tr("The benchmark needs positive --pages, --patches, --dim, --query-tokens and --queries."));

    std::optional<QTemporaryDir> temp;
    QString dir = options.workDir;
    if (dir.isEmpty()) {
        temp.emplace();
        if (!temp->isValid())
            return fail(Error::Code::Io, PageLens::tr("Could not create a temporary folder."), temp->errorString());
        dir = temp->path();
    }
    const QString path = QDir(dir).filePath(PatchStore::fileName(1));
    const auto removeFile = qScopeGuard([&] {
        if (!options.keepFile)
            QFile::remove(path);
    });

    Report report;
    report.pages = options.pages;
    report.patches = options.patches;
    report.dim = options.dim;
    report.queryTokens = options.queryTokens;
    report.queries = options.queries;
    report.k = int(std::min<qint64>(options.k, options.pages));
    report.threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    report.poolFactor = options.poolFactor;
    report.candidates = options.candidates;
    report.kernel = MaxSimKernel::name(MaxSimKernel::best());

    const Corpus corpus(options.dim);
    QElapsedTimer timer;
    timer.start();
    // A kept file of the same shape is the same data (the generator is seeded): generating 100k
    // pages takes far longer than searching them, so runs that vary the search reuse it.
    std::optional<PatchStore> store;
    if (options.keepFile && QFile::exists(path)) {
        auto kept = PatchStore::open(path);
        if (kept && kept->pageCount() == options.pages && kept->dim() == options.dim && kept->poolFactor() == options.poolFactor
            && qint64(kept->page(0).patches) == options.patches) {
            report.openMs = elapsedMs(timer);
            report.reusedFile = true;
            store.emplace(std::move(*kept));
        }
    }
    if (!store) {
        timer.restart();
        {
            // Pooling calls BLAS from every generating thread: one BLAS thread each.
            const int previousThreads = BlasRuntime::threads();
            BlasRuntime::setThreads(1);
            const auto restoreThreads = qScopeGuard([&] { BlasRuntime::setThreads(previousThreads); });
            if (auto written = writeStore(options, corpus, report.threads, path); !written)
                return tl::unexpected(written.error());
        }
        report.writeMs = elapsedMs(timer);

        timer.restart();
        auto opened = PatchStore::open(path);
        if (!opened)
            return tl::unexpected(opened.error());
        report.openMs = elapsedMs(timer);
        store.emplace(std::move(*opened));
    }
    report.fileBytes = store->fileBytes();
    report.bytesPerPage = MaxSimKernel::blockCount(options.patches) * MaxSimKernel::blockBytes(options.dim);
    report.residentBytesPerPage = store->residentBytes() / options.pages;

    MaxSimEngine::Options engineOptions;
    engineOptions.threads = report.threads;
    engineOptions.candidates = options.candidates;
    const MaxSimEngine engine(*store, engineOptions);
    // The candidate stage alone (its own top k, no rerank): how much the rerank has to repair,
    // i.e. that the pooled vectors do not already separate the pages.
    MaxSimEngine::Options firstStageOptions = engineOptions;
    firstStageOptions.candidates = report.k;
    const MaxSimEngine firstStage(*store, firstStageOptions);

    // Measured next to the queries so both see the same machine load.
    report.bandwidthGBps = DenseBenchmark::readBandwidth(report.threads, kBandwidthBytes);
    std::vector<std::vector<float>> queries;
    Rng pick{2024};
    for (int q = 0; q < options.queries + 1; ++q)
        queries.push_back(corpus.query(pick.next() % quint64(options.pages), options.queryTokens, pick.next()));

    (void)engine.twoStage(queries.back(), report.k); // warm-up: threads, caches
    std::vector<double> exactMs, twoStageMs;
    double agreed = 0, firstAgreed = 0;
    const auto overlap = [](const QList<MaxSimEngine::Hit> &hits, const QList<MaxSimEngine::Hit> &reference) {
        double found = 0;
        for (const MaxSimEngine::Hit &hit : hits)
            found += std::any_of(reference.begin(), reference.end(), [&](const MaxSimEngine::Hit &e) { return e.id == hit.id; });
        return found;
    };
    for (int q = 0; q < options.queries; ++q) {
        timer.restart();
        const auto exact = engine.exact(queries[size_t(q)], report.k);
        exactMs.push_back(elapsedMs(timer));
        timer.restart();
        const auto fast = engine.twoStage(queries[size_t(q)], report.k);
        twoStageMs.push_back(elapsedMs(timer));
        const auto first = firstStage.twoStage(queries[size_t(q)], report.k);
        if (!exact || !fast || !first)
            return tl::unexpected(!exact ? exact.error() : !fast ? fast.error() : first.error());
        agreed += overlap(*fast, *exact);
        firstAgreed += overlap(*first, *exact);
    }
    report.exactP50Ms = percentile(exactMs, 0.50);
    report.exactP99Ms = percentile(exactMs, 0.99);
    report.twoStageP50Ms = percentile(twoStageMs, 0.50);
    report.twoStageP99Ms = percentile(twoStageMs, 0.99);
    report.recallAtK = agreed / (double(options.queries) * report.k);
    report.firstStageRecallAtK = firstAgreed / (double(options.queries) * report.k);
    return report;
}

} // namespace PageLens
