// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cmath>
#include <random>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/index/maxsimbenchmark.h"
#include "core/index/maxsimengine.h"
#include "core/index/maxsimkernel.h"
#include "core/index/patchstore.h"
#include "core/index/patchstorewriter.h"
#include "tests/support/testpaths.h"

using namespace PageLens;

Q_DECLARE_METATYPE(MaxSimKernel::Level)

namespace {

/** Row-major vectors with lengths between 0.5 and 2, so every vector gets its own scale. */
std::vector<float> randomVectors(qint64 n, int dim, quint32 seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal;
    std::uniform_real_distribution<float> length(0.5f, 2.f);
    std::vector<float> x(size_t(n) * size_t(dim));
    for (qint64 i = 0; i < n; ++i) {
        const float scale = length(rng) / std::sqrt(float(dim));
        for (int d = 0; d < dim; ++d)
            x[size_t(i * dim + d)] = normal(rng) * scale;
    }
    return x;
}

/** A page's vectors around a few of `topics` shared centres, and a query about one page's centres. */
struct Clustered {
    int dim;
    std::vector<float> centres;
    std::vector<std::vector<int>> pageTopics;
    std::vector<std::vector<float>> pages;

    Clustered(int pages_, int patches, int dim_, int topics, quint32 seed) : dim(dim_)
    {
        std::mt19937 rng(seed);
        std::normal_distribution<float> normal;
        centres.resize(size_t(topics) * size_t(dim));
        for (float &v : centres)
            v = normal(rng);
        for (int p = 0; p < pages_; ++p) {
            std::vector<int> mine;
            for (int j = 0; j < 4; ++j)
                mine.push_back(int(rng() % quint32(topics)));
            std::vector<float> x(size_t(patches) * size_t(dim));
            for (int i = 0; i < patches; ++i)
                for (int d = 0; d < dim; ++d)
                    x[size_t(i * dim + d)] = centres[size_t(mine[size_t(i % 4)] * dim + d)] + 0.7f * normal(rng);
            pageTopics.push_back(mine);
            pages.push_back(std::move(x));
        }
    }

    std::vector<float> query(int page, int tokens, quint32 seed) const
    {
        std::mt19937 rng(seed);
        std::normal_distribution<float> normal;
        std::vector<float> q(size_t(tokens) * size_t(dim));
        for (int t = 0; t < tokens; ++t)
            for (int d = 0; d < dim; ++d)
                q[size_t(t * dim + d)] = centres[size_t(pageTopics[size_t(page)][size_t(t % 2)] * dim + d)] + normal(rng);
        return q;
    }
};

/** The definition, in double: Σ over tokens of the max over vectors of the dot product. */
std::vector<double> referenceMaxima(const float *query, int tokens, const float *vectors, qint64 count, int dim)
{
    std::vector<double> maxima(static_cast<size_t>(tokens), -INFINITY);
    for (int t = 0; t < tokens; ++t)
        for (qint64 p = 0; p < count; ++p) {
            double dot = 0;
            for (int d = 0; d < dim; ++d)
                dot += double(query[t * dim + d]) * double(vectors[p * dim + d]);
            maxima[size_t(t)] = std::max(maxima[size_t(t)], dot);
        }
    return maxima;
}

double referenceScore(const std::vector<float> &query, const std::vector<float> &vectors, int dim)
{
    const auto maxima = referenceMaxima(query.data(), int(query.size()) / dim, vectors.data(),
                                        qint64(vectors.size()) / dim, dim);
    double sum = 0;
    for (double m : maxima)
        sum += m;
    return sum;
}

/**
 * How far int8 codes can move a token's max: each component of vector p is off by at most half its
 * step (max |x_p| / 254), so a dot product by at most Σ|q| · that. With `quantizedQuery` (VNNI) the
 * query's components are off by at most max |q| / 254 too, which moves a dot product by at most that
 * times Σ|x̂_p|. Plus float rounding.
 */
double tokenTolerance(const float *q, const float *vectors, qint64 count, int dim, bool quantizedQuery = true)
{
    double largestStep = 0, largestDot = 0, qAbs = 0, qLargest = 0, largestCodedAbs = 0;
    for (int d = 0; d < dim; ++d) {
        qAbs += std::abs(double(q[d]));
        qLargest = std::max(qLargest, std::abs(double(q[d])));
    }
    for (qint64 p = 0; p < count; ++p) {
        double largest = 0, xAbs = 0;
        for (int d = 0; d < dim; ++d) {
            largest = std::max(largest, std::abs(double(vectors[p * dim + d])));
            xAbs += std::abs(double(vectors[p * dim + d]));
        }
        largestStep = std::max(largestStep, largest / 127);
        largestDot = std::max(largestDot, qAbs * largest);
        largestCodedAbs = std::max(largestCodedAbs, xAbs + dim * largest / 254);
    }
    const double queryError = quantizedQuery ? qLargest / 254 * largestCodedAbs : 0;
    return qAbs * largestStep / 2 + queryError + 1e-5 * largestDot + 1e-6;
}

double scoreTolerance(const std::vector<float> &query, const std::vector<float> &vectors, int dim, bool quantizedQuery = true)
{
    double sum = 0;
    for (size_t t = 0; t < query.size() / size_t(dim); ++t)
        sum += tokenTolerance(query.data() + t * size_t(dim), vectors.data(), qint64(vectors.size()) / dim, dim, quantizedQuery);
    return sum;
}

QByteArray encoded(const std::vector<float> &vectors, int dim)
{
    const qint64 count = qint64(vectors.size()) / dim;
    QByteArray blocks(MaxSimKernel::blockCount(count) * MaxSimKernel::blockBytes(dim), Qt::Uninitialized);
    MaxSimKernel::encode(vectors.data(), count, dim, reinterpret_cast<uchar *>(blocks.data()));
    return blocks;
}

Result<void> writeStore(const QString &path, const std::vector<std::vector<float>> &pages, int dim, int poolFactor,
                        qint64 firstId = 100)
{
    PatchStoreWriter writer(path, dim, poolFactor);
    if (auto opened = writer.open(); !opened)
        return opened;
    for (size_t p = 0; p < pages.size(); ++p) {
        const qint64 count = qint64(pages[p].size()) / dim;
        const auto page = PatchStoreWriter::encode(firstId + qint64(p) * 3, int(p % 7) + 1, int(p % 5) + 2,
                                                   pages[p].data(), count, dim, poolFactor);
        if (auto appended = writer.append(page); !appended)
            return appended;
    }
    return writer.commit();
}

QList<qint64> ids(const QList<MaxSimEngine::Hit> &hits)
{
    QList<qint64> result;
    for (const auto &hit : hits)
        result << hit.id;
    return result;
}

} // namespace

class tst_MaxSim : public QObject
{
    Q_OBJECT

private slots:
    void kernelMatchesTheDefinition_data()
    {
        QTest::addColumn<MaxSimKernel::Level>("level");
        QTest::addColumn<int>("dim");
        QTest::addColumn<int>("patches");
        QTest::addColumn<int>("tokens");
        const auto levels = MaxSimKernel::available();
        QVERIFY(levels.contains(MaxSimKernel::Level::Scalar));
        QVERIFY(levels.contains(MaxSimKernel::best()));
        for (const auto level : levels) {
            const QByteArray name = MaxSimKernel::name(level).toUtf8();
            QTest::newRow(name + " colpali") << level << 128 << 1030 << 20;
            QTest::newRow(name + " dim 100") << level << 100 << 37 << 13;
            QTest::newRow(name + " dim 7, one vector") << level << 7 << 1 << 1;
            QTest::newRow(name + " dim 33, 16 vectors, 31 tokens") << level << 33 << 16 << 31;
            QTest::newRow(name + " 70 tokens") << level << 64 << 50 << 70;
        }
    }

    void kernelMatchesTheDefinition()
    {
        QFETCH(MaxSimKernel::Level, level);
        QFETCH(int, dim);
        QFETCH(int, patches);
        QFETCH(int, tokens);
        const auto vectors = randomVectors(patches, dim, 7);
        const auto query = randomVectors(tokens, dim, 8);
        const QByteArray blocks = encoded(vectors, dim);
        const bool vnni = level == MaxSimKernel::Level::Avx512Vnni;
        std::vector<float> perToken(static_cast<size_t>(tokens));
        const float score = MaxSimKernel::score(level, MaxSimKernel::Query(query.data(), tokens, dim),
                                                reinterpret_cast<const uchar *>(blocks.constData()),
                                                MaxSimKernel::blockCount(patches), perToken.data());
        const auto maxima = referenceMaxima(query.data(), tokens, vectors.data(), patches, dim);
        double sum = 0;
        for (int t = 0; t < tokens; ++t) {
            const double tolerance = tokenTolerance(query.data() + t * dim, vectors.data(), patches, dim, vnni);
            QVERIFY2(std::abs(perToken[size_t(t)] - maxima[size_t(t)]) <= tolerance,
                     qPrintable(QStringLiteral("token %1: %2 vs %3 ± %4").arg(t).arg(perToken[size_t(t)]).arg(maxima[size_t(t)]).arg(tolerance)));
            sum += maxima[size_t(t)];
        }
        const double tolerance = scoreTolerance(query, vectors, dim, vnni);
        QVERIFY2(std::abs(score - sum) <= tolerance, qPrintable(QStringLiteral("%1 vs %2 ± %3").arg(score).arg(sum).arg(tolerance)));
    }

    void storeRoundTripKeepsPagesAndScores()
    {
        QTemporaryDir dir;
        const int dim = 100;
        std::vector<std::vector<float>> pages;
        for (int p = 0; p < 40; ++p)
            pages.push_back(randomVectors(1 + (p * 37) % 90, dim, quint32(p)));
        const QString path = dir.filePath(PatchStore::fileName(3));
        QVERIFY(writeStore(path, pages, dim, 4));
        auto store = PatchStore::open(path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().toLogString()));
        QCOMPARE(store->pageCount(), 40);
        QCOMPARE(store->dim(), dim);
        QVERIFY(store->hasPooled());
        const auto query = randomVectors(9, dim, 99);
        const MaxSimEngine engine(*store);
        for (int p = 0; p < 40; ++p) {
            const PatchStore::Page &page = store->page(p);
            QCOMPARE(page.id, 100 + p * 3);
            QCOMPARE(int(page.columns), p % 7 + 1);
            QCOMPARE(int(page.rows), p % 5 + 2);
            QCOMPARE(qint64(page.patches), qint64(pages[size_t(p)].size()) / dim);
            QVERIFY(page.pooled > 0 && page.pooled <= page.patches);
            const double truth = referenceScore(query, pages[size_t(p)], dim);
            QVERIFY2(std::abs(engine.score(p, query) - truth) <= scoreTolerance(query, pages[size_t(p)], dim),
                     qPrintable(QStringLiteral("page %1: %2 vs %3").arg(p).arg(engine.score(p, query)).arg(truth)));
        }

        // exact() ranks like the definition wherever the gap exceeds the quantization error.
        std::vector<std::pair<double, qint64>> truth;
        for (int p = 0; p < 40; ++p)
            truth.emplace_back(referenceScore(query, pages[size_t(p)], dim), 100 + p * 3);
        std::sort(truth.begin(), truth.end(), std::greater<>());
        const auto hits = engine.exact(query, 5);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 5);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(std::abs(hits->at(i).score - truth[size_t(i)].first) <= 0.5);
            if (truth[size_t(i)].first - truth[size_t(i) + 1].first > 0.5 && (i == 0 || truth[size_t(i) - 1].first - truth[size_t(i)].first > 0.5))
                QCOMPARE(hits->at(i).id, truth[size_t(i)].second);
        }
    }

    void twoStageFindsTheExactTopTen()
    {
        QTemporaryDir dir;
        const int dim = 48, tokens = 12;
        const Clustered set(1500, 120, dim, 60, 5);
        const QString path = dir.filePath(PatchStore::fileName(1));
        QVERIFY(writeStore(path, set.pages, dim, 8, 0));
        auto store = PatchStore::open(path);
        QVERIFY(store);
        MaxSimEngine::Options options;
        options.candidates = 100;
        const MaxSimEngine engine(*store, options);
        double agreed = 0, referenceAgreed = 0;
        const int queries = 20;
        for (int q = 0; q < queries; ++q) {
            const auto query = set.query(q * 71 % 1500, tokens, quint32(q));
            const auto exact = engine.exact(query, 10);
            const auto fast = engine.twoStage(query, 10);
            QVERIFY(exact && fast);
            QCOMPARE(fast->size(), 10);
            for (qint64 id : ids(*fast))
                agreed += ids(*exact).contains(id);
            // The exact engine against the definition in double, on the original float vectors.
            std::vector<std::pair<double, qint64>> truth;
            for (qint64 p = 0; p < 1500; ++p)
                truth.emplace_back(referenceScore(query, set.pages[size_t(p)], dim), p * 3); // writeStore ids
            std::partial_sort(truth.begin(), truth.begin() + 10, truth.end(), std::greater<>());
            for (int i = 0; i < 10; ++i)
                referenceAgreed += ids(*exact).contains(truth[size_t(i)].second);
        }
        QVERIFY2(agreed / (queries * 10) >= 0.95, qPrintable(QString::number(agreed / (queries * 10))));
        QVERIFY2(referenceAgreed / (queries * 10) >= 0.95, qPrintable(QString::number(referenceAgreed / (queries * 10))));
    }

    void damagedFilesAreRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<double>("where");
        QTest::newRow("truncated by one byte") << QStringLiteral("truncate") << 1.0;
        QTest::newRow("truncated to half") << QStringLiteral("truncate") << 0.5;
        QTest::newRow("truncated to 10 bytes") << QStringLiteral("truncate") << 0.0;
        QTest::newRow("byte flipped in the vectors") << QStringLiteral("flip") << 0.1;
        QTest::newRow("byte flipped in the pooled vectors") << QStringLiteral("flip") << 0.9;
        // Negative: bytes from the end (trailer 48, footer 64, then the page table).
        QTest::newRow("byte flipped in the page table") << QStringLiteral("flip") << -212.0;
        QTest::newRow("byte flipped in the footer") << QStringLiteral("flip") << -58.0;
        QTest::newRow("byte flipped in the trailer's checksum") << QStringLiteral("flip") << -10.0;
        QTest::newRow("missing") << QStringLiteral("remove") << 0.0;
    }

    void damagedFilesAreRefused()
    {
        QFETCH(QString, damage);
        QFETCH(double, where);
        QTemporaryDir dir;
        const int dim = 32;
        std::vector<std::vector<float>> pages;
        for (int p = 0; p < 20; ++p)
            pages.push_back(randomVectors(30, dim, quint32(p)));
        const QString path = dir.filePath(PatchStore::fileName(1));
        QVERIFY(writeStore(path, pages, dim, 3));
        QVERIFY(PatchStore::open(path));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        if (damage == QLatin1String("truncate")) {
            QVERIFY(file.resize(where == 1.0 ? size - 1 : where == 0.0 ? 10 : qint64(double(size) * where)));
        } else if (damage == QLatin1String("flip")) {
            const qint64 at = where < 0 ? size + qint64(where) : qint64(double(size) * where);
            QVERIFY(file.seek(at));
            char byte;
            QVERIFY(file.getChar(&byte));
            QVERIFY(file.seek(at));
            QVERIFY(file.putChar(char(byte ^ 0x10)));
        } else {
            QVERIFY(file.remove());
        }
        file.close();
        const auto store = PatchStore::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().code, Error::Code::Corrupt);
        QVERIFY(!store.error().message.isEmpty());
    }

    void emptyStoreAndOnePage()
    {
        QTemporaryDir dir;
        const int dim = 20;
        QVERIFY(writeStore(dir.filePath(QStringLiteral("empty.plp")), {}, dim, 3));
        auto empty = PatchStore::open(dir.filePath(QStringLiteral("empty.plp")));
        QVERIFY2(empty, empty ? "" : qPrintable(empty.error().toLogString()));
        QCOMPARE(empty->pageCount(), 0);
        const auto query = randomVectors(4, dim, 1);
        const MaxSimEngine none(*empty);
        QVERIFY(none.exact(query, 10)->isEmpty());
        QVERIFY(none.twoStage(query, 10)->isEmpty());

        const std::vector<std::vector<float>> one{randomVectors(5, dim, 2)};
        QVERIFY(writeStore(dir.filePath(QStringLiteral("one.plp")), one, dim, 0, 42));
        auto store = PatchStore::open(dir.filePath(QStringLiteral("one.plp")));
        QVERIFY(store);
        QVERIFY(!store->hasPooled());
        const MaxSimEngine engine(*store);
        for (const auto &hits : {engine.exact(query, 10), engine.twoStage(query, 10)}) {
            QVERIFY(hits);
            QCOMPARE(hits->size(), 1);
            QCOMPARE(hits->first().id, 42);
            QVERIFY(std::abs(hits->first().score - referenceScore(query, one[0], dim)) <= scoreTolerance(query, one[0], dim));
        }
        // A query of another dimension is refused, not read past its end.
        const auto wrong = engine.exact(randomVectors(1, dim + 1, 3), 10);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, Error::Code::InvalidArgument);
    }

    void cliPrintsTheBenchJson()
    {
        QProcess cli;
        cli.start(Test::cliPath(), {QStringLiteral("--json"), QStringLiteral("bench"), QStringLiteral("maxsim"),
                                    QStringLiteral("--pages"), QStringLiteral("300"), QStringLiteral("--patches"),
                                    QStringLiteral("40"), QStringLiteral("--dim"), QStringLiteral("24"),
                                    QStringLiteral("--query-tokens"), QStringLiteral("5"), QStringLiteral("--queries"),
                                    QStringLiteral("5"), QStringLiteral("--threads"), QStringLiteral("2")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        for (const char *key : {"pages", "patches", "dim", "query_tokens", "exact_p50_ms", "exact_p99_ms", "two_stage_p50_ms",
                                "two_stage_p99_ms", "recall@10", "roofline_ms", "bytes_per_page", "resident_bytes_per_page"})
            QVERIFY2(json.value(QLatin1String(key)).isDouble(), key);
        QCOMPARE(json.value(QLatin1String("pages")).toInt(), 300);
        QCOMPARE(json.value(QLatin1String("patches")).toInt(), 40);
        // 40 vectors are 3 blocks of 16 × (24 codes + a 4-byte scale).
        QCOMPARE(json.value(QLatin1String("bytes_per_page")).toInt(), 3 * 16 * (24 + 4));
        QVERIFY(json.value(QLatin1String("exact_p99_ms")).toDouble() >= json.value(QLatin1String("exact_p50_ms")).toDouble());

        cli.start(Test::cliPath(), {QStringLiteral("bench"), QStringLiteral("maxsim"), QStringLiteral("--pages"), QStringLiteral("0")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_MaxSim)
#include "tst_maxsim.moc"
