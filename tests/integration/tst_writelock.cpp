// SPDX-License-Identifier: MIT
// One writer per library across processes: concurrent `add` runs wait for each other and index
// every document exactly once while another process searches; a lock held too long makes a writer
// give up with exit 1; a lock left by a killed process is recovered.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/index/denseindex.h"
#include "core/library/librarywritelock.h"
#include "tests/fakes/fakegeminiserver.h"
#include "tests/support/clirunner.h"
#include "tests/support/testpaths.h"

using namespace PageLens;
using namespace PageLens::Test;

namespace {

/** Copies corpus files into `folder` (created), returning how many. */
int fill(const QString &folder, const QStringList &corpusFiles)
{
    QDir().mkpath(folder);
    int copied = 0;
    for (const QString &file : corpusFiles)
        copied += QFile::copy(corpusPath(file), folder + QLatin1Char('/') + QFileInfo(file).fileName()) ? 1 : 0;
    return copied;
}

QProcess *startCli(const QString &library, const QStringList &args, QObject *parent,
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    auto *process = new QProcess(parent);
    process->setProcessEnvironment(env);
    process->start(cliPath(), QStringList{QStringLiteral("--library"), library} + args);
    return process;
}

} // namespace

class tst_WriteLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writersInOneProcessTakeTurns()
    {
        QTemporaryDir dir;
        auto first = LibraryWriteLock::acquire(dir.path(), std::chrono::seconds(0));
        QVERIFY(first);
        int said = 0;
        QString message;
        auto second = LibraryWriteLock::acquire(dir.path(), std::chrono::seconds(1), [&](const QString &m) {
            ++said;
            message = m;
        });
        QVERIFY(!second);
        QCOMPARE(second.error().code, Error::Code::Locked);
        QCOMPARE(said, 1);
        QVERIFY(message.startsWith(QStringLiteral("Waiting for another PageLens to finish writing to")));
        first->reset();
        QVERIFY(LibraryWriteLock::acquire(dir.path(), std::chrono::seconds(0)));
    }

    void twoAddProcessesIndexEverythingOnceWhileAThirdSearches()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library"));
        const QString left = dir.filePath(QStringLiteral("left"));
        const QString right = dir.filePath(QStringLiteral("right"));
        const int leftCount = fill(left, {QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf"),
                                          QStringLiteral("pdfs/docling-redp5110_sampled.pdf"),
                                          QStringLiteral("pdfs/pdfplumber-federal-register-2020-17221.pdf"),
                                          QStringLiteral("pdfs/pypdf-annotated_pdf.pdf")});
        const int rightCount = fill(right, {QStringLiteral("pdfs/pypdf-multicolumn.pdf"),
                                            QStringLiteral("pdfs/docling-normal_4pages.pdf"),
                                            QStringLiteral("pdfs/pdfplumber-senate-expenditures.pdf"),
                                            QStringLiteral("pdfs/docling-2305.03393v1-pg9.pdf")});
        QCOMPARE(leftCount, 4);
        QCOMPARE(rightCount, 4);
        QCOMPARE(CliRunner(library)({QStringLiteral("status")}).exitCode, 0);   // the library exists before the race

        // Both also embed their pages (through a fake Gemini), so both write the dense index too.
        FakeGeminiServer fake;
        QVERIFY(fake.startOnOwnThread());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAGELENS_GEMINI_BASE_URL"), fake.url().toString());
        env.insert(QStringLiteral("GOOGLE_API_KEY"), QStringLiteral("fake-key-for-tests"));
        const QStringList enrich = {QStringLiteral("--provider"), QStringLiteral("gemini"), QStringLiteral("--yes"),
                                    QStringLiteral("--privacy"), QStringLiteral("text"), QStringLiteral("--rpm"), QStringLiteral("0")};
        QProcess *a = startCli(library, QStringList{QStringLiteral("add"), left} + enrich, this, env);
        QProcess *b = startCli(library, QStringList{QStringLiteral("add"), right} + enrich, this, env);
        int searches = 0;
        QStringList searchFailures;
        QElapsedTimer clock;
        clock.start();
        while ((a->state() != QProcess::NotRunning || b->state() != QProcess::NotRunning) && clock.elapsed() < 240000) {
            const CliRunner::Run run = CliRunner(library)({QStringLiteral("search"), QStringLiteral("the"), QStringLiteral("-k"), QStringLiteral("3")});
            ++searches;
            if (run.exitCode != 0)
                searchFailures << QString::fromUtf8(run.err);
            QTest::qWait(50);
        }
        for (QProcess *writer : {a, b})   // waitForFinished is false for one already finished
            QVERIFY(writer->state() == QProcess::NotRunning || writer->waitForFinished(60000));
        const QByteArray aErr = a->readAllStandardError(), bErr = b->readAllStandardError();
        QVERIFY2(a->exitStatus() == QProcess::NormalExit && a->exitCode() == 0, aErr.right(600).constData());
        QVERIFY2(b->exitStatus() == QProcess::NormalExit && b->exitCode() == 0, bErr.right(600).constData());
        QVERIFY2(searchFailures.isEmpty(), qPrintable(searchFailures.join(QLatin1Char('\n'))));
        QVERIFY(searches > 0);
        qInfo("%d searches ran during the two adds; waiting said: %s", searches,
              (aErr + bErr).contains("Waiting for another PageLens") ? "yes" : "no (one finished first)");

        // Every document once, indexed, with its pages; the catalog is sound.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(library + QStringLiteral("/catalog.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT path), sum(status = 'indexed') FROM documents")) && q.next());
            QCOMPARE(q.value(0).toInt(), leftCount + rightCount);
            QCOMPARE(q.value(1).toInt(), leftCount + rightCount);
            QCOMPARE(q.value(2).toInt(), leftCount + rightCount);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM documents d WHERE page_count != (SELECT count(*) FROM pages p WHERE p.document_id = d.id)")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO pages_fts(pages_fts, rank) VALUES ('integrity-check', 1)")));
            // The dense generation the catalog names holds exactly the catalog's vectors.
            QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'dense.generation'")) && q.next());
            const qint64 generation = q.value(0).toLongLong();
            QVERIFY(generation > 0);
            QVERIFY(q.exec(QStringLiteral("SELECT page_id FROM embeddings")));
            QSet<qint64> embedded;
            while (q.next())
                embedded.insert(q.value(0).toLongLong());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pages")) && q.next());
            QCOMPARE(qsizetype(q.value(0).toLongLong()), embedded.size());
            DenseIndex dense(768);
            auto loaded = dense.load(library, generation);
            QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toLogString()));
            QCOMPARE(dense.count(), qint64(embedded.size()));
            for (qint64 id : std::as_const(embedded))
                QVERIFY(dense.contains(id));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QVERIFY(!QFile::exists(LibraryWriteLock::lockPath(library)));
    }

    void aWriterGivesUpAfterWaitSeconds()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library"));
        QCOMPARE(CliRunner(library)({QStringLiteral("status")}).exitCode, 0);
        auto held = LibraryWriteLock::acquire(library, std::chrono::seconds(0));
        QVERIFY(held);
        QElapsedTimer clock;
        clock.start();
        const CliRunner::Run run = CliRunner(library)({QStringLiteral("add"), corpusPath(QStringLiteral("pdfs/pypdf-multicolumn.pdf")),
                                                       QStringLiteral("--wait"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Waiting for another PageLens to finish writing to"), run.err.constData());
        QVERIFY2(run.err.contains("still writing"), run.err.constData());
        // Readers do not wait for the writer.
        QCOMPARE(CliRunner(library)({QStringLiteral("status")}).exitCode, 0);
        QCOMPARE(CliRunner(library)({QStringLiteral("search"), QStringLiteral("x")}).exitCode, 0);
        held->reset();
        QCOMPARE(CliRunner(library)({QStringLiteral("add"), corpusPath(QStringLiteral("pdfs/pypdf-multicolumn.pdf")),
                                     QStringLiteral("--wait"), QStringLiteral("1")}).exitCode, 0);
    }

    void aLockLeftByAKilledProcessIsRecovered()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library"));
        const QString folder = dir.filePath(QStringLiteral("images"));
        QVERIFY(fill(folder, {QStringLiteral("pdfs/docling-ocr_test.pdf"), QStringLiteral("pdfs/docling-ocr_test_rotated_90.pdf"),
                              QStringLiteral("pdfs/pypdf-GeoTopo-komprimiert.pdf")}) == 3);
        QProcess *writer = startCli(library, {QStringLiteral("add"), folder}, this);
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(LibraryWriteLock::lockPath(library)); }, 30000));
        writer->kill();   // SIGKILL: no cleanup, the lock file stays
        QVERIFY(writer->waitForFinished(10000));
        QVERIFY(QFile::exists(LibraryWriteLock::lockPath(library)));
        auto recovered = LibraryWriteLock::acquire(library, std::chrono::seconds(5));
        QVERIFY2(recovered, recovered ? "" : qPrintable(recovered.error().message));
        recovered->reset();
        // The next run finishes what the killed one left.
        const CliRunner::Run rerun = CliRunner(library)({QStringLiteral("index")}, 240000);   // OCR of three PDFs, one of them long
        QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_WriteLock)
#include "tst_writelock.moc"
