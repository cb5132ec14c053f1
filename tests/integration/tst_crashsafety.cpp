// SPDX-License-Identifier: MIT
// Crash-safe indexing, proven: `pagelens-cli add` (offline indexing, then captions and embeddings
// from the fake Gemini server) is killed with SIGKILL at random moments. After every kill the
// catalog passes PRAGMA integrity_check, every page committed before is still there unchanged,
// no document is half there, the FTS indexes agree with the pages, and the vector file the catalog
// names loads and holds only vectors the catalog has; running `add` again finishes the rest.
// Rounds: PAGELENS_KILL_ROUNDS (default 20); seed: PAGELENS_KILL_SEED (printed, for replays).
// scripts/killtest.sh runs more rounds.
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/index/denseindex.h"
#include "tests/fakes/fakegeminiserver.h"
#include "tests/support/testpaths.h"

using namespace PageLens;
using PageLens::Test::FakeGeminiServer;
using PageLens::Test::corpusPath;

namespace {

struct Page {
    QString text;
    QString caption;
    bool embedded = false;
};

/** What a library holds, read with plain SQL (not through PageLens). */
struct Snapshot {
    QHash<QString, QString> status;              // document path -> status
    QHash<QString, int> pageRows;                // document path -> pages present
    QHash<QPair<QString, int>, Page> pages;      // (document path, page) -> content
    int embeddings = 0;
    int dim = 0;                                 // of the vectors, 0 without any
};

} // namespace

class tst_CrashSafety : public QObject
{
    Q_OBJECT
private:
    FakeGeminiServer m_fake;
    QTemporaryDir m_work;
    QStringList m_files;
    Snapshot m_reference;   // a library indexed without interruption
    qint64 m_fullRunMs = 0;
    int m_libraries = 0;

    QProcess *startAdd(const QString &library) const
    {
        auto *process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAGELENS_GEMINI_BASE_URL"), m_fake.url().toString());
        env.insert(QStringLiteral("GOOGLE_API_KEY"), QStringLiteral("fake-key-for-tests"));
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->setStandardOutputFile(QProcess::nullDevice());
        process->start(Test::cliPath(), QStringList{QStringLiteral("--library"), library, QStringLiteral("add")} + m_files
                                             + QStringList{QStringLiteral("--provider"), QStringLiteral("gemini"), QStringLiteral("--yes"),
                                                           QStringLiteral("--rpm"), QStringLiteral("0")});
        return process;
    }

    /** Runs `add` to the end; false (with the reason in `why`) if it did not exit 0 in time. */
    bool runToEnd(const QString &library, QString &why) const
    {
        std::unique_ptr<QProcess> process(startAdd(library));
        // Ten times the uninterrupted run (or two minutes for the reference run itself).
        if (!process->waitForFinished(m_fullRunMs > 0 ? int(10 * m_fullRunMs) + 5000 : 120000)) {
            process->kill();
            process->waitForFinished();
            why = QStringLiteral("add did not finish");
            return false;
        }
        why = QStringLiteral("exit %1").arg(process->exitCode());
        return process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
    }

    /** Reads the library and checks what must hold after any crash; fails the test if it does not. */
    Snapshot inspect(const QString &library, const QString &context)
    {
        Snapshot snapshot;
        const QString connection = QStringLiteral("crash-%1").arg(++m_libraries);
        const QString catalog = library + QStringLiteral("/catalog.sqlite");
        if (!QFile::exists(catalog))
            return snapshot;   // killed before the catalog existed
        {
            // Only an existing catalog is opened: SQLite would create an empty file for the next run to find.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(catalog);
            if (!db.open()) {
                QSqlDatabase::removeDatabase(connection);
                QTest::qFail(qPrintable(context + QStringLiteral(": catalog does not open")), __FILE__, __LINE__);
                return snapshot;
            }
            QSqlQuery q(db);
            const bool hasCatalog = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'pages'")) && q.next()
                                    && q.value(0).toInt() == 1;
            if (hasCatalog) {
                check(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next(), context, QStringLiteral("integrity_check ran"));
                check(q.value(0).toString() == QLatin1String("ok"), context, QStringLiteral("integrity_check: ") + q.value(0).toString());
                // FTS5's own check of its index (against the pages table for external content).
                for (const char *fts : {"pages_fts", "pages_trigram"})
                    check(q.exec(QStringLiteral("INSERT INTO %1(%1) VALUES('integrity-check')").arg(QLatin1String(fts))), context,
                          QStringLiteral("%1 integrity-check: %2").arg(QLatin1String(fts), q.lastError().text()));
                check(q.exec(QStringLiteral("SELECT path, status FROM documents")), context, QStringLiteral("documents"));
                while (q.next())
                    snapshot.status.insert(q.value(0).toString(), q.value(1).toString());
                check(q.exec(QStringLiteral("SELECT d.path, p.page, p.text, p.caption, p.id, e.page_id IS NOT NULL "
                                            "FROM pages p JOIN documents d ON d.id = p.document_id LEFT JOIN embeddings e ON e.page_id = p.id")),
                      context, QStringLiteral("pages"));
                QHash<qint64, QString> textById;
                QHash<qint64, QString> captionById;
                while (q.next()) {
                    Page page{q.value(2).toString(), q.value(3).toString(), q.value(5).toBool()};
                    snapshot.pages.insert({q.value(0).toString(), q.value(1).toInt()}, page);
                    snapshot.pageRows[q.value(0).toString()] += 1;
                    textById.insert(q.value(4).toLongLong(), page.text);
                    captionById.insert(q.value(4).toLongLong(), page.caption);
                }
                checkFts(db, textById, captionById, context);
                checkVectors(db, library, context, snapshot);
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return snapshot;
    }

    /** Every page's text is findable by one of its words; exactly the captioned pages match a caption word. */
    void checkFts(const QSqlDatabase &db, const QHash<qint64, QString> &textById, const QHash<qint64, QString> &captionById,
                  const QString &context)
    {
        static const QRegularExpression word(QStringLiteral("\\b([a-z]{6,})\\b"));
        QSqlQuery q(db);
        for (auto it = textById.begin(); it != textById.end(); ++it) {
            const QString probe = word.match(it.value()).captured(1);
            if (probe.isEmpty())
                continue;
            q.prepare(QStringLiteral("SELECT count(*) FROM pages_fts WHERE pages_fts MATCH ? AND rowid = ?"));
            q.addBindValue(QStringLiteral("text:\"%1\"").arg(probe));
            q.addBindValue(it.key());
            check(q.exec() && q.next() && q.value(0).toInt() == 1, context, QStringLiteral("page %1 not in the FTS index by \"%2\"").arg(it.key()).arg(probe));
        }
        int captioned = 0;
        for (const QString &caption : captionById)
            captioned += caption.contains(QLatin1String("Fake caption")) ? 1 : 0;
        check(q.exec(QStringLiteral("SELECT count(*) FROM pages_fts WHERE pages_fts MATCH 'caption:\"fake caption\"'")) && q.next(), context,
              QStringLiteral("caption query"));
        check(q.value(0).toInt() == captioned, context,
              QStringLiteral("FTS has %1 captioned pages, the catalog %2").arg(q.value(0).toInt()).arg(captioned));
    }

    /** The generation the catalog names loads (checksummed) and holds only vectors the catalog has. */
    void checkVectors(const QSqlDatabase &db, const QString &library, const QString &context, Snapshot &snapshot)
    {
        QSqlQuery q(db);
        check(q.exec(QStringLiteral("SELECT page_id, dim FROM embeddings")), context, QStringLiteral("embeddings"));
        QList<qint64> ids;
        int dim = 0;
        while (q.next()) {
            ids << q.value(0).toLongLong();
            dim = q.value(1).toInt();
        }
        snapshot.embeddings = int(ids.size());
        snapshot.dim = dim;
        check(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'dense.generation'")), context, QStringLiteral("settings"));
        if (!q.next() || q.value(0).toString().isEmpty())
            return;   // no generation written yet
        // Enrichment opens the vector index before the first vectors arrive: an empty generation
        // (of the dimension the uninterrupted run shows) is a valid state.
        DenseIndex index(dim > 0 ? dim : m_reference.dim);
        const auto loaded = index.load(library, q.value(0).toLongLong());
        check(bool(loaded), context, QStringLiteral("generation %1 does not load: %2").arg(q.value(0).toString(),
                                                                                           loaded ? QString() : loaded.error().toLogString()));
        if (!loaded)
            return;
        qint64 known = 0;
        for (qint64 id : ids)
            known += index.contains(id) ? 1 : 0;
        check(known == index.count(), context,
              QStringLiteral("the vector file has %1 vectors, only %2 of them in the catalog").arg(index.count()).arg(known));
    }

    void check(bool ok, const QString &context, const QString &what)
    {
        if (!ok)
            QTest::qFail(qPrintable(context + QStringLiteral(": ") + what), __FILE__, __LINE__);
    }

    /** Nothing committed before `after` was lost or changed, and no document is half there. */
    void checkKept(const Snapshot &before, const Snapshot &after, const QString &context)
    {
        for (auto it = before.pages.begin(); it != before.pages.end(); ++it) {
            const QString where = QStringLiteral("%1#%2").arg(it.key().first).arg(it.key().second);
            check(after.pages.contains(it.key()), context, where + QStringLiteral(" was lost"));
            const Page now = after.pages.value(it.key());
            check(now.text == it.value().text, context, where + QStringLiteral(" changed its text"));
            if (!it.value().caption.isEmpty())
                check(now.caption == it.value().caption, context, where + QStringLiteral(" lost its caption"));
            if (it.value().embedded)
                check(now.embedded, context, where + QStringLiteral(" lost its vector"));
        }
        for (auto it = after.pageRows.begin(); it != after.pageRows.end(); ++it)
            check(it.value() == m_reference.pageRows.value(it.key()), context,
                  QStringLiteral("%1 has %2 of %3 pages").arg(it.key()).arg(it.value()).arg(m_reference.pageRows.value(it.key())));
    }

    /** A finished library equals the uninterrupted one, and only the current vector file is left. */
    void checkComplete(const QString &library, const Snapshot &snapshot, const QString &context)
    {
        check(snapshot.status == m_reference.status, context, QStringLiteral("document states differ from the uninterrupted run"));
        check(snapshot.pages.size() == m_reference.pages.size(), context,
              QStringLiteral("%1 pages, the uninterrupted run has %2").arg(snapshot.pages.size()).arg(m_reference.pages.size()));
        for (auto it = m_reference.pages.begin(); it != m_reference.pages.end(); ++it) {
            const Page page = snapshot.pages.value(it.key());
            check(page.text == it.value().text && page.caption == it.value().caption && page.embedded == it.value().embedded, context,
                  QStringLiteral("%1#%2 differs from the uninterrupted run").arg(it.key().first).arg(it.key().second));
        }
        const QStringList vectorFiles = QDir(library).entryList({QStringLiteral("dense-*")}, QDir::Files);
        check(vectorFiles.size() == 1, context, QStringLiteral("vector files left: ") + vectorFiles.join(QLatin1Char(' ')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fake.startOnOwnThread());
        // Text layers, OCR and several pages per document, so a kill can land anywhere.
        for (const char *file : {"pdfs/pdfplumber-scotus-transcript-p1.pdf", "pdfs/pypdf-multicolumn.pdf",
                                 "pdfs/docling-code_and_formula.pdf", "pdfs/pypdf-annotated_pdf.pdf",
                                 "pdfs/docling-normal_4pages.pdf", "images/pypdf-coati-photo.jpg"})
            m_files << corpusPath(QString::fromLatin1(file));
        const QString reference = m_work.filePath(QStringLiteral("reference"));
        QElapsedTimer timer;
        timer.start();
        QString why;
        QVERIFY2(runToEnd(reference, why), qPrintable(why));
        m_fullRunMs = timer.elapsed();
        m_reference = inspect(reference, QStringLiteral("reference"));
        QVERIFY(m_reference.pages.size() >= 8);
        QVERIFY(m_reference.dim > 0);
        QCOMPARE(m_reference.embeddings, int(m_reference.pages.size()));
        qInfo("uninterrupted add: %lld ms, %lld pages", m_fullRunMs, qint64(m_reference.pages.size()));
    }

    void sigkillAtRandomMomentsLosesNothing()
    {
        const int rounds = qEnvironmentVariableIsSet("PAGELENS_KILL_ROUNDS") ? qEnvironmentVariableIntValue("PAGELENS_KILL_ROUNDS") : 20;
        const quint32 seed = qEnvironmentVariableIsSet("PAGELENS_KILL_SEED") ? qgetenv("PAGELENS_KILL_SEED").toUInt()   // seeds go past INT_MAX
                                                                            : QRandomGenerator::global()->generate();
        qInfo("kill rounds: %d, seed: %u (PAGELENS_KILL_SEED replays them)", rounds, seed);
        QRandomGenerator random(seed);

        QString library;
        Snapshot committed;
        int kills = 0;
        int completed = 0;
        for (int attempt = 0; kills < rounds && attempt < 3 * rounds; ++attempt) {
            if (library.isEmpty()) {   // a fresh library: the kills walk through one whole indexing
                library = m_work.filePath(QStringLiteral("library-%1").arg(attempt));
                committed = {};
            }
            const int delay = int(random.bounded(quint32(m_fullRunMs + 1)));
            const QString context = QStringLiteral("round %1 (kill after %2 ms, seed %3)").arg(kills + 1).arg(delay).arg(seed);
            std::unique_ptr<QProcess> process(startAdd(library));
            QVERIFY(process->waitForStarted(10000));
            bool finished = process->waitForFinished(delay);
            if (!finished) {
                process->kill();   // SIGKILL
                QVERIFY(process->waitForFinished(10000));
                // A run can end in the moment between the wait and the kill: then it was not killed.
                finished = process->exitStatus() == QProcess::NormalExit;
            }
            if (finished) {
                // It finished before the kill: the run ended the library; check it and start another.
                QCOMPARE(process->exitCode(), 0);
                const Snapshot finished = inspect(library, context + QStringLiteral(", finished"));
                checkKept(committed, finished, context);
                checkComplete(library, finished, context);
                ++completed;
                library.clear();
                continue;
            }
            ++kills;
            const Snapshot now = inspect(library, context);
            checkKept(committed, now, context);
            if (QTest::currentTestFailed())
                return;
            committed = now;
        }
        QCOMPARE(kills, rounds);
        qInfo("%d kills survived; %d runs finished between them", kills, completed);

        // Running again finishes the rest.
        if (library.isEmpty())
            return;   // the last run already finished a killed library (checked above)
        QString why;
        QVERIFY2(runToEnd(library, why), qPrintable(why));
        const Snapshot finished = inspect(library, QStringLiteral("final run"));
        checkKept(committed, finished, QStringLiteral("final run"));
        checkComplete(library, finished, QStringLiteral("final run"));
    }
};

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
