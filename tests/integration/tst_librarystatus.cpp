// SPDX-License-Identifier: MIT
// Statuses and exit codes that tell the truth: documents with unreadable pages are "partial" with
// their pages and reasons, a file written while it is read is read again (never stored under the
// old hash), documents a killed run left "indexing" go back to pending, a damaged catalog is exit 2
// with a pointer to `repair`, `repair` rebuilds or re-creates, and a read-only library reads.
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "core/ingest/indexer.h"
#include "core/library/catalog.h"
#include "core/library/library.h"
#include "core/retrieval/textsearch.h"
#include "tests/support/clirunner.h"
#include "tests/support/handmadepdf.h"
#include "tests/support/testpaths.h"

using namespace PageLens;
using Run = Test::CliRunner::Run;
using Test::makePdf;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject jsonObject(const QByteArray &out)
{
    return QJsonDocument::fromJson(out).object();
}

const QString harbour = QStringLiteral("Harbour lights shine over the quiet northern water tonight");
const QString zeppelin = QStringLiteral("Zeppelin quartz engines hum above the southern desert plains");

} // namespace

class tst_LibraryStatus : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString newDir()
    {
        const QString path = m_dir.filePath(QStringLiteral("case-%1").arg(++m_count));
        QDir().mkpath(path);
        return path;
    }

    /** A library with the two text PDFs indexed, through the CLI. */
    QString indexedLibrary(QString *documentsDir = nullptr)
    {
        const QString base = newDir();
        const QString docs = base + QStringLiteral("/docs");
        QDir().mkpath(docs);
        writeFile(docs + QStringLiteral("/harbour.pdf"), makePdf({{612, 792, harbour}}));
        writeFile(docs + QStringLiteral("/zeppelin.pdf"), makePdf({{612, 792, zeppelin}}));
        const QString lib = base + QStringLiteral("/lib");
        const Run add = Test::CliRunner(lib)({QStringLiteral("add"), docs});
        if (add.exitCode != 0)
            qWarning("add: %s", add.err.constData());
        if (documentsDir)
            *documentsDir = docs;
        return lib;
    }

    static QStringList searchPaths(const QString &lib, const QString &query)
    {
        const Run run = Test::CliRunner(lib)({QStringLiteral("--json"), QStringLiteral("search"), query});
        QStringList paths;
        for (const QJsonValue &hit : QJsonDocument::fromJson(run.out).array())
            paths << QFileInfo(hit.toObject().value(QStringLiteral("path")).toString()).fileName();
        return paths;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void unreadablePagesMakeADocumentPartial()
    {
        // Page 2 is a 7 m strip with no text layer: wider than any image OCR can be given. Pages 1 and 3 read.
        const QString dir = newDir();
        const QString file = dir + QStringLiteral("/torn.pdf");
        QVERIFY(writeFile(file, makePdf({{612, 792, harbour}, {20000, 20, {}}, {612, 792, zeppelin}})));
        const Test::CliRunner cli(dir + QStringLiteral("/lib"));

        const Run add = cli({QStringLiteral("--json"), QStringLiteral("add"), file});
        QCOMPARE(add.exitCode, 2);   // indexed with errors is not success
        QVERIFY2(add.err.contains("partial") && add.err.contains("page 2:"), add.err.constData());
        const QJsonArray added = jsonObject(add.out).value(QStringLiteral("documents")).toArray();
        QCOMPARE(added.size(), 1);
        const QJsonObject doc = added.first().toObject();
        QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
        QCOMPARE(doc.value(QStringLiteral("pages")).toInt(), 3);
        const QJsonArray pageErrors = doc.value(QStringLiteral("page_errors")).toArray();
        QCOMPARE(pageErrors.size(), 1);
        QCOMPARE(pageErrors.first().toObject().value(QStringLiteral("page")).toInt(), 2);
        QVERIFY(!pageErrors.first().toObject().value(QStringLiteral("reason")).toString().isEmpty());

        // status says the same in JSON and in text; the readable pages are searchable.
        const Run status = cli({QStringLiteral("--json"), QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject listed = jsonObject(status.out).value(QStringLiteral("documents")).toArray().first().toObject();
        QCOMPARE(listed.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
        QCOMPARE(listed.value(QStringLiteral("page_errors")).toArray(), pageErrors);
        const Run text = cli({QStringLiteral("status")});
        QVERIFY2(text.out.startsWith("partial") && text.out.contains("page 2: "), text.out.constData());
        const Run search = cli({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("zeppelin")});
        const QJsonObject hit = QJsonDocument::fromJson(search.out).array().first().toObject();
        QCOMPARE(hit.value(QStringLiteral("page")).toInt(), 3);
        QCOMPARE(hit.value(QStringLiteral("document_status")).toString(), QStringLiteral("partial"));

        // index keeps saying so while nothing changed: nothing pending, exit 0.
        QCOMPARE(cli({QStringLiteral("index")}).exitCode, 0);
    }

    void aFileWrittenWhileReadIsReadAgain()
    {
        const QString dir = newDir();
        const QString file = dir + QStringLiteral("/report.pdf");
        const QByteArray before = makePdf({{612, 792, harbour}, {612, 792, harbour}});
        const QByteArray after = makePdf({{612, 792, zeppelin}});
        QVERIFY(writeFile(file, before));
        auto library = Library::open(dir + QStringLiteral("/lib"));
        QVERIFY(library);
        QVERIFY((*library)->add({file}));

        IndexOptions options;
        QStringList calls;
        options.afterRead = [&](const QString &path, int attempt) {
            calls << QStringLiteral("%1:%2").arg(QFileInfo(path).fileName()).arg(attempt);
            if (attempt == 0)
                QVERIFY(writeFile(path, after));   // a real overwrite, after the pages were read
        };
        auto summary = Indexer((*library)->catalog(), options).run();
        QVERIFY(summary);
        QCOMPARE(calls, QStringList({QStringLiteral("report.pdf:0"), QStringLiteral("report.pdf:1")}));
        QCOMPARE(summary->reread, 1);
        QCOMPARE(summary->indexed, 1);

        // Stored: the new content's hash, size and text; nothing of the old.
        const DocumentInfo doc = (*library)->documents()->first();
        QCOMPARE(toString(doc.status), QStringLiteral("indexed"));
        QCOMPARE(doc.hash, sha256(after));
        QCOMPARE(doc.size, qint64(after.size()));
        QCOMPARE(doc.pageCount, 1);
        const QVector<PageRecord> pages = *(*library)->pages(doc.id);
        QCOMPARE(pages.size(), 1);
        QVERIFY2(pages.first().text.text.contains(QLatin1String("Zeppelin")), qPrintable(pages.first().text.text));
        QVERIFY(TextSearch((*library)->catalog()).search(QStringLiteral("harbour"), 5)->isEmpty());
    }

    void aFileThatKeepsChangingIsLeftPending()
    {
        const QString dir = newDir();
        const QString file = dir + QStringLiteral("/live.pdf");
        QVERIFY(writeFile(file, makePdf({{612, 792, harbour}})));
        auto library = Library::open(dir + QStringLiteral("/lib"));
        QVERIFY(library);
        QVERIFY((*library)->add({file}));
        const QString scannedHash = (*library)->documents()->first().hash;

        IndexOptions options;
        int writes = 0;
        options.afterRead = [&](const QString &path, int) {
            // Another version each time: a file being written by someone else all along.
            QVERIFY(writeFile(path, makePdf({{612, 792, QStringLiteral("%1 version %2").arg(zeppelin).arg(++writes)}})));
        };
        auto summary = Indexer((*library)->catalog(), options).run();
        QVERIFY(summary);
        QCOMPARE(writes, 1 + options.maxRereads);
        QCOMPARE(summary->changed, 1);
        QCOMPARE(summary->indexed, 0);

        const DocumentInfo doc = (*library)->documents()->first();
        QCOMPARE(toString(doc.status), QStringLiteral("pending"));
        QVERIFY2(doc.error.contains(QLatin1String("changing")), qPrintable(doc.error));
        QCOMPARE(doc.hash, scannedHash);   // not claimed as any version it read
        QVERIFY((*library)->pages(doc.id)->isEmpty());
    }

    void aKilledRunsDocumentsGoBackToPending()
    {
        QString docs;
        const QString lib = indexedLibrary(&docs);
        {
            // What `kill -9` during indexing leaves: rows marked "indexing" and no writer.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("killed"));
            db.setDatabaseName(lib + QStringLiteral("/catalog.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE documents SET status = 'indexing'")));
            QCOMPARE(q.numRowsAffected(), 2);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("killed"));

        const Run json = Test::CliRunner(lib)({QStringLiteral("--json"), QStringLiteral("status")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject status = jsonObject(json.out);
        QCOMPARE(status.value(QStringLiteral("interrupted_reset")).toInt(), 2);
        for (const QJsonValue &doc : status.value(QStringLiteral("documents")).toArray())
            QCOMPARE(doc.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));

        // Reset once: the next look finds nothing to reset, and index reads them again.
        const Run text = Test::CliRunner(lib)({QStringLiteral("status")});
        QVERIFY(!text.out.contains("interrupted"));
        QCOMPARE(Test::CliRunner(lib)({QStringLiteral("index")}).exitCode, 0);
        QVERIFY(Test::CliRunner(lib)({QStringLiteral("status")}).out.startsWith("indexed"));
    }

    void aKilledRunIsReportedInStatusText()
    {
        const QString lib = indexedLibrary();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("killed2"));
            db.setDatabaseName(lib + QStringLiteral("/catalog.sqlite"));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE documents SET status = 'indexing' WHERE path LIKE '%harbour.pdf'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("killed2"));
        const Run text = Test::CliRunner(lib)({QStringLiteral("status")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("1 document left \"indexing\" by an interrupted run were reset to pending")
                     || text.out.contains("1 document left \"indexing\" by an interrupted run was reset to pending"),
                 text.out.constData());
    }

    void damagedCatalogsExitTwoAndPointToRepair_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("empty") << QStringLiteral("empty");
    }

    void damagedCatalogsExitTwoAndPointToRepair()
    {
        QFETCH(QString, damage);
        QString docs;
        const QString lib = indexedLibrary(&docs);
        const QString catalog = lib + QStringLiteral("/catalog.sqlite");
        const QByteArray whole = readFile(catalog);
        QVERIFY(whole.size() > 8192);
        QVERIFY(!QFileInfo::exists(catalog + QStringLiteral("-wal")) || QFileInfo(catalog + QStringLiteral("-wal")).size() == 0);
        QByteArray bytes;
        if (damage == QLatin1String("garbage")) {
            for (int i = 0; i < whole.size(); ++i)
                bytes += char((i * 131 + 7) % 251);
        } else if (damage == QLatin1String("truncated")) {
            bytes = whole.left(whole.size() / 2 + 100);
        }
        QVERIFY(writeFile(catalog, bytes));

        const Test::CliRunner cli(lib);
        for (const QStringList &args : {QStringList{QStringLiteral("search"), QStringLiteral("harbour")},
                                        QStringList{QStringLiteral("status")},
                                        QStringList{QStringLiteral("add"), docs}}) {
            const Run run = cli(args);
            QVERIFY2(run.exitCode == 2, qPrintable(args.first() + QStringLiteral(": exit %1 ").arg(run.exitCode) + QString::fromUtf8(run.err)));
            QVERIFY2(run.err.contains("The library catalog is damaged: ") && run.err.contains("Run `pagelens-cli repair`"),
                     run.err.constData());
        }
        // Nothing was written over the damaged file: an empty catalog did not become a new library.
        QCOMPARE(readFile(catalog), bytes);
    }

    void repairRebuildsIndexesFromTheRows()
    {
        const QString lib = indexedLibrary();
        QCOMPARE(searchPaths(lib, QStringLiteral("zeppelin")), QStringList{QStringLiteral("zeppelin.pdf")});
        {
            // The text indexes lose everything; a vector is stored with no dense file for it.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("emptied"));
            db.setDatabaseName(lib + QStringLiteral("/catalog.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO pages_fts(pages_fts) VALUES ('delete-all')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO pages_trigram(pages_trigram) VALUES ('delete-all')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO embeddings SELECT id, 'test-model', 3, x'0000803f0000000000000000' FROM pages")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings VALUES ('embedding.model', 'test-model/3')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("emptied"));
        QVERIFY(searchPaths(lib, QStringLiteral("zeppelin")).isEmpty());

        const Run repair = Test::CliRunner(lib)({QStringLiteral("--json"), QStringLiteral("repair")});
        QVERIFY2(repair.exitCode == 0, repair.err.constData());
        const QJsonObject report = jsonObject(repair.out);
        QCOMPARE(report.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        QCOMPARE(report.value(QStringLiteral("text_index_rebuilt")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("vectors_rebuilt")).toInt(), 2);
        QVERIFY(report.value(QStringLiteral("moved_aside")).isNull());
        QCOMPARE(searchPaths(lib, QStringLiteral("zeppelin")), QStringList{QStringLiteral("zeppelin.pdf")});
        QCOMPARE(searchPaths(lib, QStringLiteral("harbour")), QStringList{QStringLiteral("harbour.pdf")});
        const QStringList dense = QDir(lib).entryList({QStringLiteral("dense-*.faiss")});
        QCOMPARE(dense.size(), 1);

        const Run text = Test::CliRunner(lib)({QStringLiteral("repair")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Catalog check: ok") && text.out.contains("2 vectors"), text.out.constData());
    }

    void repairRemakesALostCatalogFromTheLibrarysFiles()
    {
        QString docs;
        const QString lib = indexedLibrary(&docs);
        const QString catalog = lib + QStringLiteral("/catalog.sqlite");
        const QByteArray garbage(40000, 'x');
        QVERIFY(writeFile(catalog, garbage));

        const Run repair = Test::CliRunner(lib)({QStringLiteral("--json"), QStringLiteral("repair")});
        QVERIFY2(repair.exitCode == 0, repair.err.constData());
        const QJsonObject report = jsonObject(repair.out);
        const QString aside = report.value(QStringLiteral("moved_aside")).toString();
        QVERIFY(!aside.isEmpty());
        QCOMPARE(readFile(aside), garbage);   // the damaged file is kept as it was
        QVERIFY(report.value(QStringLiteral("re_added")).toArray().contains(QFileInfo(docs).canonicalFilePath()));
        QCOMPARE(report.value(QStringLiteral("documents")).toArray().size(), 2);

        const Run status = Test::CliRunner(lib)({QStringLiteral("--json"), QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        const QJsonArray documents = jsonObject(status.out).value(QStringLiteral("documents")).toArray();
        QCOMPARE(documents.size(), 2);
        for (const QJsonValue &doc : documents)
            QCOMPARE(doc.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("indexed"));
        QCOMPARE(searchPaths(lib, QStringLiteral("harbour")), QStringList{QStringLiteral("harbour.pdf")});
    }

    void aReadOnlyLibraryReadsAndRefusesWrites()
    {
        QString docs;
        const QString lib = indexedLibrary(&docs);
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther | QFile::ReadOther));
        for (const QString &dir : {QFileInfo(lib).absolutePath(), lib, docs})
            QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                                   | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
        QVERIFY(QFile::setPermissions(lib, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
                                               | QFile::ReadGroup | QFile::ExeGroup));
        QDirIterator files(lib, QDir::Files);
        while (files.hasNext())
            QVERIFY(QFile::setPermissions(files.next(), QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup));
        const QString catalog = lib + QStringLiteral("/catalog.sqlite");
        const QByteArray before = readFile(catalog);
        const QStringList filesBefore = QDir(lib).entryList(QDir::Files, QDir::Name);

        // Root writes whatever the mode bits say: the CLI then runs as `nobody`, for whom they hold.
        QStringList prefix;
        if (::geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            QVERIFY2(!setpriv.isEmpty(), "running as root needs setpriv (util-linux) to test a read-only library as another user");
            prefix = {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")};
        }
        auto run = [&](const QStringList &args) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), m_dir.path());
            process.setProcessEnvironment(env);
            const QStringList command = prefix + QStringList{Test::cliPath(), QStringLiteral("--library"), lib} + args;
            process.start(command.first(), command.mid(1));
            Run result;
            if (!process.waitForFinished(120000))
                return result;
            result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
            result.out = process.readAllStandardOutput();
            result.err = process.readAllStandardError();
            return result;
        };
        // The check can fail: this user really cannot write the library folder.
        const Run probe = [&] {
            QProcess touch;
            touch.start(prefix.isEmpty() ? QStringLiteral("touch") : prefix.first(),
                        (prefix.isEmpty() ? QStringList() : prefix.mid(1) + QStringList{QStringLiteral("touch")})
                            + QStringList{lib + QStringLiteral("/probe")});
            touch.waitForFinished();
            return Run{touch.exitCode(), {}, {}};
        }();
        QVERIFY2(probe.exitCode != 0, "the library folder is writable by the user the CLI runs as");

        const Run status = run({QStringLiteral("--json"), QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        const QJsonObject listed = jsonObject(status.out);
        QCOMPARE(listed.value(QStringLiteral("read_only")).toBool(), true);
        QCOMPARE(listed.value(QStringLiteral("documents")).toArray().size(), 2);
        const Run search = run({QStringLiteral("search"), QStringLiteral("zeppelin")});
        QVERIFY2(search.exitCode == 0 && search.out.contains("zeppelin.pdf#1"), search.err.constData());
        const QString png = m_dir.filePath(QStringLiteral("render-%1.png").arg(m_count));
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::WriteOther));
        const Run render = run({QStringLiteral("render"), docs + QStringLiteral("/harbour.pdf#1"), QStringLiteral("-o"), png});
        QVERIFY2(render.exitCode == 0 && QFileInfo(png).size() > 0, render.err.constData());

        for (const QStringList &args : {QStringList{QStringLiteral("add"), docs}, QStringList{QStringLiteral("index")}}) {
            const Run write = run(args);
            QCOMPARE(write.exitCode, 2);
            QVERIFY2(write.err.contains("is read-only"), write.err.constData());
        }
        // Nothing was written: not the catalog, not a journal, lock or shared-memory file.
        QCOMPARE(readFile(catalog), before);
        QCOMPARE(QDir(lib).entryList(QDir::Files, QDir::Name), filesBefore);
    }
};

QTEST_GUILESS_MAIN(tst_LibraryStatus)
#include "tst_librarystatus.moc"
