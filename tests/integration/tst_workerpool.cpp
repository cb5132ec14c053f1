// SPDX-License-Identifier: MIT
// Documents read in pagelens-docworker processes: a file that crashes, exhausts or hangs its worker
// fails alone with the reason, the worker is started again and the rest of the folder indexes.
// The faults come from the worker's test switch PAGELENS_WORKER_FAULT (read only by the worker).
#include <csignal>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QXmlStreamReader>

#include "core/ingest/memorycap.h"
#include "tests/support/clirunner.h"
#include "tests/support/testpaths.h"

using PageLens::Test::corpusPath;

namespace {

struct DocState {
    QString status;
    QString error;
    int pages = 0;
};

/** The pid's parent, from /proc/<pid>/stat (0 when the process is gone). */
qint64 parentOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // "pid (comm) state ppid ...": comm may hold spaces, so read after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() : 0;
}

/** Live pagelens-docworker processes started by `root` (directly or by a child of it). */
QList<qint64> workersOf(qint64 root)
{
    QList<qint64> found;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (!comm.open(QIODevice::ReadOnly) || !comm.readAll().startsWith("pagelens-docwor"))
            continue;
        const qint64 parent = parentOf(pid);
        if (parent == root || parentOf(parent) == root)
            found << pid;
    }
    return found;
}

/** The translation of `source` in a Qt Linguist file, read as XML (not through QTranslator). */
QString translationIn(const QString &tsFile, const QString &source)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source"))
            current = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") && current == source)
            return xml.readElementText();
    }
    return {};
}

QByteArray wchanOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/wchan").arg(pid));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** The "Max address space" soft and hard limits of a process, as the kernel shows them in /proc/<pid>/limits. */
QByteArrayList addressSpaceLimitsOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("Max address space"))
            return line.mid(int(qstrlen("Max address space"))).simplified().split(' ').mid(0, 2);
    }
    return {};
}

} // namespace

class tst_WorkerPool : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_round = 0;

    /**
     * A folder of three text-layer PDFs; the one named `a-victim.pdf` comes first, so with one
     * worker the others can only be read by a worker started after the victim's.
     */
    QString makeFolder(const QString &victimSource)
    {
        const QString folder = m_dir.filePath(QStringLiteral("docs-%1").arg(++m_round));
        QDir().mkpath(folder);
        QFile::copy(corpusPath(QStringLiteral("pdfs/") + victimSource), folder + QStringLiteral("/a-victim.pdf"));
        QFile::copy(corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf")), folder + QStringLiteral("/b-scotus.pdf"));
        QFile::copy(corpusPath(QStringLiteral("pdfs/docling-2305.03393v1-pg9.pdf")), folder + QStringLiteral("/c-paper.pdf"));
        return folder;
    }

    /**
     * Starts `add` on a folder whose victim's pages each take 1.5 s more in the one worker; returns
     * that worker once it is asleep inside a page (the kernel says where it waits), or 0 when none
     * was seen in 30 s. `library` (when given) receives the library's folder.
     */
    qint64 startSlowAdd(QProcess &cli, QString *library = nullptr)
    {
        const QString folder = makeFolder(QStringLiteral("docling-normal_4pages.pdf"));
        if (library)
            *library = folder + QStringLiteral("-lib");
        cli.setProcessEnvironment(faultEnvironment(QStringLiteral("slow:a-victim")));
        cli.start(PageLens::Test::cliPath(), {QStringLiteral("--library"), folder + QStringLiteral("-lib"), QStringLiteral("add"), folder,
                                              QStringLiteral("--workers"), QStringLiteral("1")});
        if (!cli.waitForStarted())
            return 0;
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && cli.state() == QProcess::Running) {
            for (qint64 pid : workersOf(cli.processId())) {
                if (wchanOf(pid).contains("nanosleep"))
                    return pid;
            }
            QThread::msleep(20);
        }
        return 0;
    }

    static QProcessEnvironment faultEnvironment(const QString &fault)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PAGELENS_WORKER_FAULT"), fault);
        return environment;
    }

    /** Each document's status by file name, from `status --json` (a fresh process, the catalog as stored). */
    QHash<QString, DocState> statuses(const QString &library)
    {
        const auto run = PageLens::Test::CliRunner(library)({QStringLiteral("status"), QStringLiteral("--json")});
        QHash<QString, DocState> states;
        if (run.exitCode != 0)
            return states;
        const QJsonArray docs = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("documents")).toArray();
        for (const QJsonValue &value : docs) {
            const QJsonObject doc = value.toObject();
            states.insert(QFileInfo(doc.value(QStringLiteral("path")).toString()).fileName(),
                          {doc.value(QStringLiteral("status")).toString(), doc.value(QStringLiteral("error")).toString(),
                           doc.value(QStringLiteral("pages")).toInt()});
        }
        return states;
    }

    void checkOnlyVictimFailed(const QString &fault, const QString &reason, const QStringList &extraArgs = {})
    {
        const QString folder = makeFolder(QStringLiteral("pypdf-multicolumn.pdf"));
        const QString library = folder + QStringLiteral("-lib");
        const auto run = PageLens::Test::CliRunner(library, faultEnvironment(fault))(
            QStringList{QStringLiteral("add"), folder, QStringLiteral("--workers"), QStringLiteral("1")} + extraArgs, 60000);
        QCOMPARE(run.exitCode, 2);   // one input failed; the process itself did not crash
        QVERIFY2(run.err.contains(reason.toUtf8()), run.err.constData());

        const QHash<QString, DocState> states = statuses(library);
        QCOMPARE(states.size(), 3);
        QCOMPARE(states.value(QStringLiteral("a-victim.pdf")).status, QStringLiteral("failed"));
        QCOMPARE(states.value(QStringLiteral("a-victim.pdf")).error, reason);
        // Read after the victim by the one (restarted) worker, whole.
        QCOMPARE(states.value(QStringLiteral("b-scotus.pdf")).status, QStringLiteral("indexed"));
        QCOMPARE(states.value(QStringLiteral("b-scotus.pdf")).pages, 1);
        QCOMPARE(states.value(QStringLiteral("c-paper.pdf")).status, QStringLiteral("indexed"));
        QCOMPARE(states.value(QStringLiteral("c-paper.pdf")).pages, 1);

        // Their text is searchable: a word printed on the transcript (pdftotext shows it).
        const auto search = PageLens::Test::CliRunner(library)({QStringLiteral("search"), QStringLiteral("Mirzayance")});
        QCOMPARE(search.exitCode, 0);
        QVERIFY2(search.out.contains("b-scotus.pdf#1"), search.out.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(PAGELENS_DOCWORKER_PATH)).isExecutable(), PAGELENS_DOCWORKER_PATH);
    }

    void crashFailsOnlyThatFile()
    {
        checkOnlyVictimFailed(QStringLiteral("crash:a-victim"), QStringLiteral("The PDF made the reader crash"));
    }

    void hangFailsOnlyThatFile()
    {
        checkOnlyVictimFailed(QStringLiteral("hang:a-victim"), QStringLiteral("Reading page 1 took longer than 2 s"),
                              {QStringLiteral("--page-timeout"), QStringLiteral("2")});
    }

    void memoryFailsOnlyThatFile()
    {
        if (!PageLens::MemoryCap::kEnforced)
            QSKIP("AddressSanitizer reserves terabytes of address space, so its workers run without a memory cap (MemoryCap)");
        checkOnlyVictimFailed(QStringLiteral("oom:a-victim"), QStringLiteral("The reader ran out of memory"));
    }

    /** The cap a hostile file runs into is really on the worker: the kernel's view of it, not the code's. */
    void workerMemoryIsCapped()
    {
        QProcess cli;
        const qint64 worker = startSlowAdd(cli);   // inside a page: past its start-up, where it caps itself
        QVERIFY2(worker, "no worker was seen inside a page");
        const QByteArrayList limits = addressSpaceLimitsOf(worker);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        // IndexOptions' default of 3072 MB, soft and hard; none at all under AddressSanitizer.
        const QByteArray expected = PageLens::MemoryCap::kEnforced ? QByteArray::number(3072LL * 1024 * 1024) : QByteArray("unlimited");
        QCOMPARE(limits, (QByteArrayList{expected, expected}));
    }

    void killedWorkerIsRecovered()
    {
        // The worker is killed with SIGKILL while it sleeps inside one of the victim's pages, as the
        // OOM killer or a person would.
        QProcess cli;
        QString library;
        const qint64 killed = startSlowAdd(cli, &library);
        QVERIFY2(killed, "no worker was seen inside a page");
        QVERIFY(::kill(pid_t(killed), SIGKILL) == 0);
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray err = cli.readAllStandardError();
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QVERIFY2(cli.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("the reader was killed"), err.constData());
        QVERIFY(!workersOf(cli.processId()).contains(killed));

        const QHash<QString, DocState> states = statuses(library);
        QCOMPARE(states.value(QStringLiteral("a-victim.pdf")).status, QStringLiteral("indexed"));
        QCOMPARE(states.value(QStringLiteral("a-victim.pdf")).pages, 4);
        QCOMPARE(states.value(QStringLiteral("b-scotus.pdf")).status, QStringLiteral("indexed"));
        QCOMPARE(states.value(QStringLiteral("c-paper.pdf")).status, QStringLiteral("indexed"));
    }

    void workerSpeaksTheAppLanguage()
    {
        // The reason is written inside the worker (it opens the file); the CLI runs in German, so
        // the worker must be told the language and load the translations too.
        const QString source = QStringLiteral("This file is neither a PDF nor a supported image (PNG, JPEG, WebP, TIFF, BMP, GIF).");
        const QString german = translationIn(QStringLiteral(PAGELENS_TRANSLATIONS_DIR "/pagelens_de.ts"), source);
        QVERIFY(!german.isEmpty() && german != source);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        const QString library = m_dir.filePath(QStringLiteral("german-lib"));
        const auto run = PageLens::Test::CliRunner(library, environment)(
            {QStringLiteral("add"), corpusPath(QStringLiteral("broken/qpdf-bad1.pdf"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.out + run.err).contains(german), (run.out + run.err).constData());
        QCOMPARE(statuses(library).value(QStringLiteral("qpdf-bad1.pdf")).error, german);
    }

    void brokenFolderIndexesThroughWorkers()
    {
        // Every hostile file of the corpus, read by the worker pool: exit 2, no crash, every file
        // settled. One of them is also made to crash its worker, which shows the pool read them.
        const QString library = m_dir.filePath(QStringLiteral("broken-lib"));
        const auto run = PageLens::Test::CliRunner(library, faultEnvironment(QStringLiteral("crash:qpdf-form-bad-fields-array")))(
            {QStringLiteral("add"), corpusPath(QStringLiteral("broken")), QStringLiteral("--workers"), QStringLiteral("2")}, 240000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.contains("terminate"), run.err.constData());

        const QHash<QString, DocState> states = statuses(library);
        QCOMPARE(states.size(), int(QDir(corpusPath(QStringLiteral("broken"))).entryList(QDir::Files).size()));
        for (auto it = states.cbegin(); it != states.cend(); ++it) {
            QVERIFY2(it->status != QLatin1String("pending") && it->status != QLatin1String("indexing"), qPrintable(it.key()));
            if (it->status != QLatin1String("indexed"))
                QVERIFY2(!it->error.isEmpty(), qPrintable(it.key()));
        }
        QCOMPARE(states.value(QStringLiteral("qpdf-form-bad-fields-array.pdf")).status, QStringLiteral("failed"));
        QCOMPARE(states.value(QStringLiteral("qpdf-form-bad-fields-array.pdf")).error, QStringLiteral("The PDF made the reader crash"));
    }
};

QTEST_GUILESS_MAIN(tst_WorkerPool)
#include "tst_workerpool.moc"
