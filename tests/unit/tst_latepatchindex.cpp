// SPDX-License-Identifier: MIT
// LatePatchIndex: segments committed one by one survive a reopen, merge past kMaxSegments without
// losing a page, a damaged segment is dropped (its pages count as not embedded), reset forgets all,
// and search over segments ranks like a plain MaxSim written here.
#include <random>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "core/library/catalog.h"
#include "core/library/latepatchindex.h"

using namespace PageLens;

namespace {

constexpr int kDim = 16;
constexpr int kPatches = 40;

std::vector<float> randomVectors(int count, quint32 seed)
{
    std::mt19937 random(seed);
    std::normal_distribution<float> normal;
    std::vector<float> v(size_t(count) * kDim);
    for (float &x : v)
        x = normal(random);
    return v;
}

/** Σ over query rows of the max over patch rows of the dot product: the definition, nothing shared with the engine. */
float maxSim(const std::vector<float> &query, const std::vector<float> &patches)
{
    float total = 0;
    for (size_t q = 0; q < query.size() / kDim; ++q) {
        float best = -1e30f;
        for (size_t p = 0; p < patches.size() / kDim; ++p) {
            float dot = 0;
            for (int d = 0; d < kDim; ++d)
                dot += query[q * kDim + d] * patches[p * kDim + d];
            best = std::max(best, dot);
        }
        total += best;
    }
    return total;
}

} // namespace

class TestLatePatchIndex : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void segmentsMergeAndSearch();
    void damagedSegmentIsDropped();
    void resetForgets();

private:
    QVector<PatchStoreWriter::EncodedPage> pages(qint64 firstId, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Catalog> m_catalog;
    QHash<qint64, std::vector<float>> m_vectors;
};

void TestLatePatchIndex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto catalog = Catalog::open(m_dir->path());
    QVERIFY(catalog);
    m_catalog = *catalog;
    m_vectors.clear();
}

QVector<PatchStoreWriter::EncodedPage> TestLatePatchIndex::pages(qint64 firstId, int count)
{
    QVector<PatchStoreWriter::EncodedPage> encoded;
    for (qint64 id = firstId; id < firstId + count; ++id) {
        m_vectors[id] = randomVectors(kPatches, quint32(id));
        encoded << PatchStoreWriter::encode(id, 8, 5, m_vectors[id].data(), kPatches, kDim, LatePatchIndex::kPoolFactor);
    }
    return encoded;
}

void TestLatePatchIndex::segmentsMergeAndSearch()
{
    {
        LatePatchIndex index(m_catalog);
        QVERIFY(index.open());
        QVERIFY(index.reset(QStringLiteral("m"), kDim));
        for (int segment = 0; segment < LatePatchIndex::kMaxSegments + 2; ++segment)
            QVERIFY(index.addSegment(pages(1 + segment * 3, 3)));
        QCOMPARE(index.pageCount(), qint64(3 * (LatePatchIndex::kMaxSegments + 2)));
    }
    // Merged: fewer files than segments written, every page still there after a reopen.
    const QStringList files = QDir(m_dir->path()).entryList({QStringLiteral("patches-*.plp")});
    QVERIFY2(files.size() <= 2, qPrintable(files.join(QLatin1Char(' '))));
    LatePatchIndex reopened(m_catalog);
    QVERIFY(reopened.open());
    QCOMPARE(reopened.model(), QStringLiteral("m"));
    QCOMPARE(reopened.pageCount(), qint64(m_vectors.size()));
    for (qint64 id : m_vectors.keys())
        QVERIFY(reopened.contains(id));

    // The query is page 7's first three patches: page 7 must win, and the order follows plain MaxSim.
    std::vector<float> query(m_vectors[7].begin(), m_vectors[7].begin() + 3 * kDim);
    const auto hits = reopened.search(std::span<const float>(query), 5);
    QVERIFY(hits);
    QCOMPARE(hits->first().id, qint64(7));
    QVector<QPair<float, qint64>> reference;
    for (auto it = m_vectors.cbegin(); it != m_vectors.cend(); ++it)
        reference << qMakePair(maxSim(query, it.value()), it.key());
    std::sort(reference.begin(), reference.end(), std::greater<>());
    QCOMPARE(hits->at(1).id, reference.at(1).second);
    QVERIFY(std::abs(hits->first().score - reference.first().first) < 0.05f * reference.first().first);
}

void TestLatePatchIndex::damagedSegmentIsDropped()
{
    {
        LatePatchIndex index(m_catalog);
        QVERIFY(index.open());
        QVERIFY(index.reset(QStringLiteral("m"), kDim));
        QVERIFY(index.addSegment(pages(1, 2)));
        QVERIFY(index.addSegment(pages(3, 2)));
    }
    const QStringList files = QDir(m_dir->path()).entryList({QStringLiteral("patches-*.plp")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 2);
    QFile last(m_dir->filePath(files.last()));
    QVERIFY(last.open(QIODevice::ReadWrite));
    last.seek(100);
    last.write("damage");
    last.close();
    LatePatchIndex reopened(m_catalog);
    QVERIFY(reopened.open());
    QCOMPARE(reopened.dropped(), 1);
    QVERIFY(reopened.contains(1) && reopened.contains(2));
    QVERIFY(!reopened.contains(3) && !reopened.contains(4));   // embedded again by the next run
    QVERIFY(reopened.addSegment(pages(3, 2)));
    QCOMPARE(reopened.pageCount(), qint64(4));
}

void TestLatePatchIndex::resetForgets()
{
    LatePatchIndex index(m_catalog);
    QVERIFY(index.open());
    QVERIFY(index.reset(QStringLiteral("a"), kDim));
    QVERIFY(index.addSegment(pages(1, 2)));
    QVERIFY(index.reset(QStringLiteral("b"), kDim));
    QCOMPARE(index.pageCount(), qint64(0));
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("patches-*.plp")}).isEmpty());
    LatePatchIndex reopened(m_catalog);
    QVERIFY(reopened.open());
    QCOMPARE(reopened.model(), QStringLiteral("b"));
    QCOMPARE(reopened.pageCount(), qint64(0));
}

QTEST_GUILESS_MAIN(TestLatePatchIndex)
#include "tst_latepatchindex.moc"
