// SPDX-License-Identifier: MIT
// A disk that fills up while a generation file is written: the write fails with one clear error
// that carries the system's reason, no partial file is left behind, the previous generation still
// loads, and the next save (with space again) succeeds.
//
// The kernel refuses the write for real: the test lowers its own RLIMIT_FSIZE around the save, so
// write() fails with EFBIG exactly as it fails with ENOSPC on a full disk (same short write, same
// code path in QSaveFile). SIGXFSZ is ignored so the process gets the error instead of the signal.
#include <numeric>
#include <random>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include "core/index/denseindex.h"
#include "core/library/catalog.h"
#include "core/library/latepatchindex.h"

#if defined(Q_OS_UNIX)
#include <csignal>
#include <cstring>
#include <sys/resource.h>
#endif

using namespace PageLens;

namespace {

#if defined(Q_OS_UNIX)
/** Files this process writes cannot grow past `bytes` while it lives. */
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = rlim_t(bytes);
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
    bool m_ok = false;
};
#endif

std::vector<float> randomVectors(qint64 count, int dim, quint32 seed)
{
    std::mt19937 random(seed);
    std::normal_distribution<float> normal;
    std::vector<float> v(size_t(count) * size_t(dim));
    for (float &x : v)
        x = normal(random);
    return v;
}

std::vector<qint64> ids(qint64 first, qint64 count)
{
    std::vector<qint64> out(static_cast<size_t>(count));
    std::iota(out.begin(), out.end(), first);
    return out;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT
private slots:
    void denseGenerationSurvives();
    void lateSegmentSurvives();
};

void TestDiskFull::denseGenerationSurvives()
{
#if !defined(Q_OS_UNIX)
    QSKIP("RLIMIT_FSIZE is POSIX");
#else
    constexpr int kDim = 128;
    QTemporaryDir dir;
    DenseIndex index(kDim, DenseIndex::Options{DenseIndex::Mode::Flat});
    QVERIFY(index.add(ids(1, 500), randomVectors(500, kDim, 1)));
    const auto first = index.save(dir.path());
    QVERIFY(first);
    const QStringList before = filesIn(dir.path());
    QCOMPARE(before, QStringList{DenseIndex::fileName(*first)});
    const qint64 firstSize = QFileInfo(dir.filePath(before.first())).size();

    // Ten times the vectors: the next generation needs about ten times the room.
    QVERIFY(index.add(ids(501, 4500), randomVectors(4500, kDim, 2)));
    {
        FileSizeLimit full(firstSize + 64 * 1024);
        QVERIFY(full.ok());
        const auto second = index.save(dir.path());
        QVERIFY(!second);
        QCOMPARE(second.error().code, Error::Code::Io);
        QVERIFY2(second.error().message.contains(QString::fromLocal8Bit(std::strerror(EFBIG))), qPrintable(second.error().message));
        QVERIFY2(second.error().message.contains(QStringLiteral("previous index")), qPrintable(second.error().message));
    }
    QCOMPARE(filesIn(dir.path()), before);   // nothing half-written left behind

    DenseIndex reloaded(kDim);
    QVERIFY(reloaded.load(dir.path(), *first));
    QCOMPARE(reloaded.count(), qint64(500));

    const auto third = index.save(dir.path());   // room again
    QVERIFY(third);
    QVERIFY(*third > *first);
    DenseIndex latest(kDim);
    QVERIFY(latest.load(dir.path(), *third));
    QCOMPARE(latest.count(), qint64(5000));
#endif
}

void TestDiskFull::lateSegmentSurvives()
{
#if !defined(Q_OS_UNIX)
    QSKIP("RLIMIT_FSIZE is POSIX");
#else
    // ColPali-sized pages (1030 patches × 128): a segment file is far larger than the catalog's
    // writes, so the limit stops the segment and lets SQLite record what it must.
    constexpr int kDim = 128;
    constexpr int kPatches = 1030;
    auto encode = [](qint64 first, int count) {
        QVector<PatchStoreWriter::EncodedPage> pages;
        for (qint64 id = first; id < first + count; ++id) {
            const std::vector<float> v = randomVectors(kPatches, kDim, quint32(id));
            pages << PatchStoreWriter::encode(id, 32, 32, v.data(), kPatches, kDim, LatePatchIndex::kPoolFactor);
        }
        return pages;
    };
    QTemporaryDir dir;
    auto catalog = Catalog::open(dir.path());
    QVERIFY(catalog);
    {
        LatePatchIndex index(*catalog);
        QVERIFY(index.open());
        QVERIFY(index.reset(QStringLiteral("vidore/colpali-v1.3"), kDim));
        QVERIFY(index.addSegment(encode(1, 3)));
        const QStringList segments = QDir(dir.path()).entryList({QStringLiteral("patches-*.plp")});
        QCOMPARE(segments.size(), 1);
        const qint64 segmentSize = QFileInfo(dir.filePath(segments.first())).size();
        const QStringList before = filesIn(dir.path());

        const auto big = encode(4, 12);
        {
            FileSizeLimit full(segmentSize + 64 * 1024);
            QVERIFY(full.ok());
            const auto added = index.addSegment(big);
            QVERIFY(!added);
            QCOMPARE(added.error().code, Error::Code::Io);
            QVERIFY2(added.error().message.contains(QString::fromLocal8Bit(std::strerror(EFBIG))), qPrintable(added.error().message));
        }
        QCOMPARE(filesIn(dir.path()), before);
        QCOMPARE(index.pageCount(), qint64(3));
        QVERIFY(!index.contains(4));
    }
    // The previous segment is what a reopened library finds; writing again works.
    LatePatchIndex reopened(*catalog);
    QVERIFY(reopened.open());
    QCOMPARE(reopened.dropped(), 0);
    QCOMPARE(reopened.pageCount(), qint64(3));
    for (qint64 id = 1; id <= 3; ++id)
        QVERIFY(reopened.contains(id));
    QVERIFY(reopened.addSegment(encode(4, 12)));
    QCOMPARE(reopened.pageCount(), qint64(15));
#endif
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
