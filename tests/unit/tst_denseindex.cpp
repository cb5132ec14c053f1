// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <random>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>
#include <QtEndian>

#include "core/index/densebenchmark.h"
#include "core/index/denseindex.h"
#include "tests/support/testpaths.h"

using namespace PageLens;

namespace {

/** Vectors near `clusters` random centres, so nearest neighbours are well defined. */
std::vector<float> randomVectors(qsizetype n, int dim, quint32 seed, int clusters = 0)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal;
    std::vector<float> centres(size_t(std::max(clusters, 1)) * dim);
    std::mt19937 centreRng(4242); // the same centres for every call
    for (float &v : centres)
        v = normal(centreRng);
    std::vector<float> x(size_t(n) * dim);
    for (qsizetype i = 0; i < n; ++i) {
        const float *centre = centres.data() + size_t(clusters > 0 ? i % clusters : 0) * dim;
        for (int j = 0; j < dim; ++j)
            x[size_t(i) * dim + j] = (clusters > 0 ? centre[j] : 0.f) + normal(rng) * (clusters > 0 ? 0.3f : 1.f);
    }
    return x;
}

std::span<const float> row(const std::vector<float> &x, qsizetype i, int dim)
{
    return std::span<const float>(x.data() + size_t(i) * dim, size_t(dim));
}

std::vector<qint64> sequence(qint64 first, qsizetype n)
{
    std::vector<qint64> ids(static_cast<size_t>(n));
    std::iota(ids.begin(), ids.end(), first);
    return ids;
}

/** The reference: cosine similarity by a plain loop, best first, ties by id. */
QList<DenseHit> bruteForce(const std::vector<qint64> &ids, const std::vector<float> &x, std::span<const float> q, int k)
{
    const int dim = int(q.size());
    const auto norm = [dim](const float *v) {
        double s = 0;
        for (int j = 0; j < dim; ++j)
            s += double(v[j]) * v[j];
        return std::sqrt(s);
    };
    const double qn = norm(q.data());
    QList<DenseHit> all;
    for (size_t i = 0; i < ids.size(); ++i) {
        const float *v = x.data() + i * dim;
        double dot = 0;
        for (int j = 0; j < dim; ++j)
            dot += double(v[j]) * q[j];
        all.append({ids[i], float(dot / (norm(v) * qn))});
    }
    std::sort(all.begin(), all.end(), [](const DenseHit &a, const DenseHit &b) {
        return a.score > b.score || (a.score == b.score && a.id < b.id);
    });
    return all.mid(0, k);
}

QList<qint64> idsOf(const QList<DenseHit> &hits)
{
    QList<qint64> ids;
    for (const DenseHit &hit : hits)
        ids << hit.id;
    return ids;
}

DenseIndex::Options withMode(DenseIndex::Mode mode)
{
    DenseIndex::Options options;
    options.mode = mode;
    return options;
}

} // namespace

class tst_DenseIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exactSearchMatchesBruteForce()
    {
        constexpr int dim = 48;
        const auto x = randomVectors(700, dim, 1);
        const auto ids = sequence(1, 700);
        DenseIndex index(dim);
        QVERIFY(index.add(ids, x));
        QCOMPARE(index.count(), 700);
        QCOMPARE(index.kind(), DenseIndex::Kind::Flat);
        const auto queries = randomVectors(25, dim, 2);
        for (int q = 0; q < 25; ++q) {
            auto hits = index.search(row(queries, q, dim), 10);
            QVERIFY(hits);
            const auto expected = bruteForce(ids, x, row(queries, q, dim), 10);
            QCOMPARE(idsOf(*hits), idsOf(expected));
            for (int i = 0; i < 10; ++i)
                QVERIFY(std::abs(hits->at(i).score - expected.at(i).score) < 1e-5);
        }
    }

    void mapsArbitraryIds()
    {
        constexpr int dim = 16;
        const auto x = randomVectors(50, dim, 3);
        std::vector<qint64> ids;
        for (int i = 0; i < 50; ++i)
            ids.push_back(qint64(1) << 40 | qint64(i * 7919));
        DenseIndex index(dim);
        QVERIFY(index.add(ids, x));
        for (int i = 0; i < 50; ++i) {
            auto hits = index.search(row(x, i, dim), 1);
            QVERIFY(hits);
            QCOMPARE(hits->size(), 1);
            QCOMPARE(hits->first().id, ids[size_t(i)]);
            QVERIFY(std::abs(hits->first().score - 1.f) < 1e-5);
        }
        QVERIFY(index.contains(ids[3]));
        QVERIFY(!index.contains(3));
        auto all = index.search(row(x, 0, dim), 500);
        QVERIFY(all);
        QCOMPARE(all->size(), 50);
    }

    void replacesAnIdAlreadyPresent_data()
    {
        QTest::addColumn<DenseIndex::Mode>("mode");
        QTest::newRow("flat") << DenseIndex::Mode::Flat;
        QTest::newRow("hnsw") << DenseIndex::Mode::Hnsw;
    }

    void replacesAnIdAlreadyPresent()
    {
        QFETCH(DenseIndex::Mode, mode);
        constexpr int dim = 16;
        const auto x = randomVectors(40, dim, 4);
        DenseIndex index(dim, withMode(mode));
        QVERIFY(index.add(sequence(0, 30), std::span(x).first(30 * dim)));
        // Id 5 gets row 35's vector; in one batch the last row of an id wins.
        const std::vector<qint64> again{5, 6, 6};
        std::vector<float> rows;
        for (int r : {35, 36, 37})
            rows.insert(rows.end(), row(x, r, dim).begin(), row(x, r, dim).end());
        QVERIFY(index.add(again, rows));
        QCOMPARE(index.count(), 30);

        auto hit = index.search(row(x, 35, dim), 1);
        QVERIFY(hit);
        QCOMPARE(hit->first().id, 5);
        QVERIFY(std::abs(hit->first().score - 1.f) < 1e-5);
        hit = index.search(row(x, 37, dim), 1);
        QCOMPARE(hit->first().id, 6);
        // The old vector of id 5 is gone: nothing matches it exactly any more.
        auto old = index.search(row(x, 5, dim), 30);
        QVERIFY(old);
        QCOMPARE(old->size(), 30);
        QVERIFY(old->first().score < 0.999f);
        const QList<qint64> oldIds = idsOf(*old);
        QCOMPARE(QSet<qint64>(oldIds.begin(), oldIds.end()).size(), 30);
    }

    void removesPages_data() { replacesAnIdAlreadyPresent_data(); }

    void removesPages()
    {
        QFETCH(DenseIndex::Mode, mode);
        constexpr int dim = 24;
        const auto x = randomVectors(300, dim, 5, 10);
        const auto ids = sequence(100, 300);
        DenseIndex index(dim, withMode(mode));
        QVERIFY(index.add(ids, x));
        std::vector<qint64> gone;
        for (qint64 id = 100; id < 400; id += 3)
            gone.push_back(id);
        gone.push_back(99999); // never added
        auto removed = index.remove(gone);
        QVERIFY(removed);
        QCOMPARE(*removed, 100);
        QCOMPARE(index.count(), 200);
        QVERIFY(!index.contains(100));
        QVERIFY(index.contains(101));
        for (int q = 0; q < 300; q += 7) {
            auto hits = index.search(row(x, q, dim), 20);
            QVERIFY(hits);
            QCOMPARE(hits->size(), 20);
            for (const DenseHit &hit : std::as_const(*hits))
                QVERIFY2((hit.id - 100) % 3 != 0, qPrintable(QString::number(hit.id)));
        }
        QCOMPARE(*index.remove(gone), 0);
        // A removed page can come back.
        QVERIFY(index.add(std::vector<qint64>{100}, row(x, 0, dim)));
        QCOMPARE(index.search(row(x, 0, dim), 1)->first().id, 100);
        QCOMPARE(index.count(), 201);
    }

    void refusesAnotherDimension()
    {
        DenseIndex index(16);
        const auto x = randomVectors(2, 32, 6);
        auto added = index.add(sequence(0, 2), x);
        QVERIFY(!added);
        QCOMPARE(added.error().code, Error::Code::Mismatch);
        QVERIFY(added.error().message.contains(QLatin1String("32")));
        auto searched = index.search(row(x, 0, 32), 5);
        QVERIFY(!searched);
        QCOMPARE(searched.error().code, Error::Code::Mismatch);

        QTemporaryDir dir;
        DenseIndex other(32);
        QVERIFY(other.add(sequence(0, 2), x));
        auto generation = other.save(dir.path());
        QVERIFY(generation);
        auto loaded = index.load(dir.path(), *generation);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, Error::Code::Mismatch);
    }

    void refusesZeroVectorsAndBadIds()
    {
        DenseIndex index(4);
        const std::vector<float> zero(4, 0.f);
        QCOMPARE(index.add(std::vector<qint64>{1}, zero).error().code, Error::Code::InvalidArgument);
        QCOMPARE(index.search(zero, 3).error().code, Error::Code::InvalidArgument);
        const std::vector<float> one{1, 0, 0, 0};
        QCOMPARE(index.add(std::vector<qint64>{-1}, one).error().code, Error::Code::InvalidArgument);
        QCOMPARE(index.count(), 0);
        QVERIFY(index.search(one, 3)->isEmpty());
    }

    void savesAndLoads_data() { replacesAnIdAlreadyPresent_data(); }

    void savesAndLoads()
    {
        QFETCH(DenseIndex::Mode, mode);
        constexpr int dim = 32;
        const auto x = randomVectors(500, dim, 7, 20);
        const auto ids = sequence(1000, 500);
        DenseIndex index(dim, withMode(mode));
        QVERIFY(index.add(ids, x));
        QVERIFY(index.remove(std::vector<qint64>{1000, 1001, 1002}));
        QTemporaryDir dir;
        auto generation = index.save(dir.path());
        QVERIFY(generation);
        QCOMPARE(*generation, 1);
        QCOMPARE(index.generation(), 1);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("dense-1.faiss"))));

        DenseIndex loaded(dim, withMode(mode));
        QVERIFY(loaded.load(dir.path(), 1));
        QCOMPARE(loaded.count(), 497);
        QCOMPARE(loaded.kind(), index.kind());
        QCOMPARE(loaded.generation(), 1);
        QVERIFY(!loaded.contains(1001));
        for (int q = 0; q < 500; q += 25) {
            auto before = index.search(row(x, q, dim), 10);
            auto after = loaded.search(row(x, q, dim), 10);
            QVERIFY(before && after);
            QCOMPARE(idsOf(*after), idsOf(*before));
        }
    }

    void switchesGenerations()
    {
        constexpr int dim = 8;
        const auto x = randomVectors(20, dim, 8);
        QTemporaryDir dir;
        DenseIndex index(dim);
        QVERIFY(index.add(sequence(0, 10), std::span(x).first(10 * dim)));
        const qint64 first = *index.save(dir.path());
        QVERIFY(index.add(sequence(10, 10), std::span(x).subspan(10 * dim)));
        const qint64 second = *index.save(dir.path());
        QVERIFY(second > first);

        DenseIndex reader(dim);
        QVERIFY(reader.load(dir.path(), first));
        QCOMPARE(reader.count(), 10);
        QVERIFY(reader.load(dir.path(), second));
        QCOMPARE(reader.count(), 20);

        // A fresh index numbers after what is on disk, so it never overwrites a recorded generation.
        DenseIndex fresh(dim);
        QCOMPARE(*fresh.save(dir.path()), second + 1);

        QVERIFY(reader.removeOtherGenerations(dir.path()));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("dense-*")}, QDir::Files),
                 QStringList{DenseIndex::fileName(second)});
    }

    void reportsDamagedFilesAsCorrupt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("flipped byte") << QStringLiteral("flip");
        QTest::newRow("truncated") << QStringLiteral("truncate");
        QTest::newRow("missing") << QStringLiteral("delete");
        QTest::newRow("empty") << QStringLiteral("empty");
        QTest::newRow("valid checksum, bad FAISS body") << QStringLiteral("body");
    }

    void reportsDamagedFilesAsCorrupt()
    {
        QFETCH(QString, damage);
        constexpr int dim = 16;
        const auto x = randomVectors(200, dim, 9);
        QTemporaryDir dir;
        DenseIndex writer(dim);
        QVERIFY(writer.add(sequence(0, 200), x));
        const qint64 generation = *writer.save(dir.path());
        const QString path = dir.filePath(DenseIndex::fileName(generation));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        if (damage == QLatin1String("flip")) {
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40);
        } else if (damage == QLatin1String("truncate")) {
            bytes.chop(1000);
        } else if (damage == QLatin1String("empty")) {
            bytes.clear();
        } else if (damage == QLatin1String("body")) {
            // Garbage that passes the checksum must still be caught where FAISS throws.
            QByteArray body(4096, '\x7f');
            QByteArray trailer = bytes.right(48);
            const quint64 size = qToLittleEndian(quint64(body.size()));
            std::memcpy(trailer.data() + 16, &size, sizeof size);
            // The digest is the SHA-1 of the chunk SHA-1s; this body is one chunk.
            const QByteArray digest = QCryptographicHash::hash(QCryptographicHash::hash(body, QCryptographicHash::Sha1),
                                                               QCryptographicHash::Sha1);
            std::memcpy(trailer.data() + 24, digest.constData(), 20);
            bytes = body + trailer;
        }
        file.resize(0);
        file.write(bytes);
        file.close();
        if (damage == QLatin1String("delete"))
            QVERIFY(QFile::remove(path));

        DenseIndex reader(dim);
        QVERIFY(reader.add(sequence(7, 1), row(x, 0, dim)));
        auto loaded = reader.load(dir.path(), generation);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, Error::Code::Corrupt);
        QVERIFY(!loaded.error().message.isEmpty());
        QCOMPARE(reader.count(), 1); // unchanged
        QCOMPARE(reader.generation(), 0);
    }

    void checksumsFilesOfSeveralChunks()
    {
        // 70 MB: the checksum covers 64 MiB chunks hashed in parallel on load.
        constexpr int dim = 192;
        constexpr int n = 95000;
        const auto x = randomVectors(n, dim, 15);
        QTemporaryDir dir;
        DenseIndex writer(dim);
        QVERIFY(writer.add(sequence(0, n), x));
        const qint64 generation = *writer.save(dir.path());
        DenseIndex reader(dim);
        QVERIFY(reader.load(dir.path(), generation));
        QCOMPARE(reader.count(), n);
        QCOMPARE(reader.search(row(x, n - 1, dim), 1)->first().id, n - 1);

        QFile file(dir.filePath(DenseIndex::fileName(generation)));
        QVERIFY(file.size() > (qint64(64) << 20));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() - 100000)); // in the second chunk
        const QByteArray original = file.read(1);
        QVERIFY(file.seek(file.size() - 100000));
        file.write(QByteArray(1, char(original.at(0) ^ 1)));
        file.close();
        QCOMPARE(reader.load(dir.path(), generation).error().code, Error::Code::Corrupt);
    }

    void hnswRecallIsClose()
    {
        constexpr int dim = 32;
        const auto x = randomVectors(3000, dim, 10, 60);
        const auto ids = sequence(0, 3000);
        DenseIndex index(dim, withMode(DenseIndex::Mode::Hnsw));
        QVERIFY(index.add(ids, x));
        QCOMPARE(index.kind(), DenseIndex::Kind::Hnsw);
        const auto queries = randomVectors(50, dim, 11, 60);
        int agreed = 0;
        for (int q = 0; q < 50; ++q) {
            const auto expected = idsOf(bruteForce(ids, x, row(queries, q, dim), 10));
            for (qint64 id : idsOf(*index.search(row(queries, q, dim), 10)))
                agreed += expected.contains(id);
        }
        const double recall = agreed / 500.0;
        QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
    }

    void autoSwitchesAtTheThreshold()
    {
        constexpr int dim = 16;
        const auto x = randomVectors(400, dim, 12, 8);
        DenseIndex::Options options;
        options.hnswThreshold = 200;
        DenseIndex index(dim, options);
        QCOMPARE(index.hnswThreshold(), 200);
        QVERIFY(index.add(sequence(0, 150), std::span(x).first(150 * dim)));
        QCOMPARE(index.kind(), DenseIndex::Kind::Flat);
        QVERIFY(index.add(sequence(150, 250), std::span(x).subspan(150 * dim)));
        QCOMPARE(index.kind(), DenseIndex::Kind::Hnsw);
        QCOMPARE(index.count(), 400);
        QCOMPARE(index.search(row(x, 321, dim), 1)->first().id, 321);

        // Far below the threshold again, saving compacts back to an exact index.
        QVERIFY(index.remove(sequence(0, 320)));
        QTemporaryDir dir;
        QVERIFY(index.save(dir.path()));
        QCOMPARE(index.kind(), DenseIndex::Kind::Flat);
        QCOMPARE(index.count(), 80);
        QCOMPARE(index.search(row(x, 321, dim), 1)->first().id, 321);
        // The measured default: a 1 GiB flat scan (docs/benchmarks-dense.md).
        QCOMPARE(DenseIndex::defaultHnswThreshold(768), 349525);
        QCOMPARE(DenseIndex::defaultHnswThreshold(3072), 87381);
    }

    void rebuildsFromASource()
    {
        constexpr int dim = 16;
        const auto x = randomVectors(100, dim, 13);
        DenseIndex index(dim);
        QVERIFY(index.add(sequence(500, 3), std::span(x).first(3 * dim)));
        auto rebuilt = index.rebuild([&](const DenseIndex::Sink &sink) -> Result<void> {
            for (int start = 0; start < 100; start += 30) {
                const int n = std::min(30, 100 - start);
                if (auto r = sink(sequence(start, n), std::span(x).subspan(size_t(start) * dim, size_t(n) * dim)); !r)
                    return r;
            }
            return {};
        });
        QVERIFY(rebuilt);
        QCOMPARE(index.count(), 100);
        QVERIFY(!index.contains(500));

        // A failing source leaves the index as it was.
        auto failed = index.rebuild([&](const DenseIndex::Sink &sink) -> Result<void> {
            (void)sink(sequence(0, 1), row(x, 0, dim));
            return fail(Error::Code::Database, QStringLiteral("catalog gone"));
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, Error::Code::Database);
        QCOMPARE(index.count(), 100);
    }

    void readersRunWhileOneWriterAdds()
    {
        constexpr int dim = 32;
        const auto x = randomVectors(4000, dim, 14, 40);
        DenseIndex::Options options;
        options.hnswThreshold = 2000; // the switch to HNSW happens during the run
        DenseIndex index(dim, options);
        QVERIFY(index.add(sequence(0, 100), std::span(x).first(100 * dim)));
        QAtomicInt failures;
        auto readers = QtConcurrent::run([&] {
            for (int i = 0; i < 300; ++i) {
                auto hits = index.search(row(x, i % 100, dim), 5);
                if (!hits || hits->isEmpty())
                    failures.ref();
            }
        });
        for (int start = 100; start < 4000; start += 300) {
            const int n = std::min(300, 4000 - start);
            QVERIFY(index.add(sequence(start, n), std::span(x).subspan(size_t(start) * dim, size_t(n) * dim)));
            QVERIFY(index.remove(sequence(start, 10)));
        }
        readers.waitForFinished();
        QCOMPARE(failures.loadRelaxed(), 0);
        QCOMPARE(index.kind(), DenseIndex::Kind::Hnsw);
    }

    void benchmarkReportsTheContractKeys()
    {
        DenseBenchmark::Options options;
        options.pages = 3000;
        options.dim = 64;
        options.queries = 30;
        options.faissBaseline = true;
        auto report = DenseBenchmark::run(options);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toLogString()));
        const QJsonObject json = report->toJson();
        for (const char *key : {"pages", "dim", "build_ms", "load_ms", "query_p50_ms", "query_p99_ms", "recall@10", "kind"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QLatin1String("pages")).toInteger(), 3000);
        QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("flat"));
        QCOMPARE(report->recallAtK, 1.0); // exact scan
        QVERIFY(report->queryP99Ms >= report->queryP50Ms);
        QVERIFY(report->bandwidthGBps > 0);
        QVERIFY(report->faissP50Ms > 0);

        options.mode = DenseIndex::Mode::Hnsw;
        report = DenseBenchmark::run(options);
        QVERIFY(report);
        QCOMPARE(report->kind, QStringLiteral("hnsw"));
        QVERIFY2(report->recallAtK > 0.8, qPrintable(QString::number(report->recallAtK)));
    }

    void cliPrintsTheBenchJson()
    {
        QProcess cli;
        cli.start(Test::cliPath(), {QStringLiteral("--json"), QStringLiteral("bench"), QStringLiteral("dense"),
                                    QStringLiteral("--pages"), QStringLiteral("500"), QStringLiteral("--dim"),
                                    QStringLiteral("16"), QStringLiteral("--queries"), QStringLiteral("10"),
                                    QStringLiteral("--index"), QStringLiteral("hnsw"), QStringLiteral("--threads"),
                                    QStringLiteral("1")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        for (const char *key : {"pages", "dim", "build_ms", "load_ms", "query_p50_ms", "query_p99_ms"})
            QVERIFY2(json.value(QLatin1String(key)).isDouble(), key);
        QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("hnsw"));
        QCOMPARE(json.value(QLatin1String("threads")).toInt(), 1);

        cli.start(Test::cliPath(), {QStringLiteral("bench"), QStringLiteral("dense"), QStringLiteral("--index"),
                                    QStringLiteral("ivf")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        cli.start(Test::cliPath(), {QStringLiteral("bench"), QStringLiteral("nosuch")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_DenseIndex)
#include "tst_denseindex.moc"
