// SPDX-License-Identifier: MIT
// The pagelens-cli library commands as other tools see them: arguments, JSON shapes, exit codes.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/clirunner.h"
#include "tests/support/testpaths.h"

using PageLens::Test::corpusPath;

class tst_CliLibrary : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    using Run = PageLens::Test::CliRunner::Run;

    Run cli(const QStringList &args) const
    {
        return PageLens::Test::CliRunner(m_dir.path() + QStringLiteral("/lib"))(args);
    }

    void hostileFolderRound(int round) const
    {
        // Every broken file: exit 2 (some inputs failed), never a crash or hang, also at process exit.
        const Run run = PageLens::Test::CliRunner(m_dir.path() + QStringLiteral("/broken-%1").arg(round))(
            {QStringLiteral("add"), corpusPath(QStringLiteral("broken"))}, 240000);   // 36 hostile files: ~60 s on a loaded 2-core machine
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.contains("terminate"), run.err.constData());
    }

private Q_SLOTS:
    void usageErrorsExitOne()
    {
        QCOMPARE(cli({}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("no-such-command")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("add")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("-k"), QStringLiteral("zero")}).exitCode, 1);
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("search"));
    }

    void versionPrintsTheVersionAndExitsZero()
    {
        const Run run = cli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^pagelens-cli \\d+\\.\\d+\\.\\d+\n$")).match(QString::fromUtf8(run.out)).hasMatch(),
                 run.out.constData());
    }

    void addIndexesAndReportsFailuresWithExitTwo()
    {
        const Run run = cli({QStringLiteral("add"), corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf")),
                             corpusPath(QStringLiteral("pdfs/pypdf-multicolumn.pdf")),
                             corpusPath(QStringLiteral("broken/qpdf-bad1.pdf"))});
        QCOMPARE(run.exitCode, 2);   // one input failed, the rest were processed
        QVERIFY2(run.err.contains("indexed"), run.err.constData());

        const Run status = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonArray docs = QJsonDocument::fromJson(status.out).object().value(QStringLiteral("documents")).toArray();
        QCOMPARE(docs.size(), 3);
        int indexed = 0;
        for (const QJsonValue &v : docs) {
            const QJsonObject doc = v.toObject();
            QVERIFY(doc.contains(QStringLiteral("path")) && doc.contains(QStringLiteral("pages")) && doc.contains(QStringLiteral("error")));
            const QString state = doc.value(QStringLiteral("status")).toString();
            QVERIFY(QStringList({QStringLiteral("pending"), QStringLiteral("indexing"), QStringLiteral("indexed"),
                                 QStringLiteral("partial"), QStringLiteral("needs-password"), QStringLiteral("failed")}).contains(state));
            if (state == QLatin1String("indexed"))
                ++indexed;
            else
                QVERIFY(!doc.value(QStringLiteral("error")).toString().isEmpty());
        }
        QCOMPARE(indexed, 2);

        // Nothing pending: index is a no-op that succeeds... except that the failed file stays failed.
        QCOMPARE(cli({QStringLiteral("index")}).exitCode, 0);
    }

    void removeTakesDocumentsOutAndRescansKeepThemOut()
    {
        QTemporaryDir files;
        QVERIFY(files.isValid());
        QVERIFY(QDir(files.path()).mkpath(QStringLiteral("docs/sub")));
        const QString scotus = files.filePath(QStringLiteral("docs/sub/scotus.pdf"));
        const QString multicolumn = files.filePath(QStringLiteral("docs/multicolumn.pdf"));
        QVERIFY(QFile::copy(corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf")), scotus));
        QVERIFY(QFile::copy(corpusPath(QStringLiteral("pdfs/pypdf-multicolumn.pdf")), multicolumn));
        const PageLens::Test::CliRunner lib(m_dir.path() + QStringLiteral("/remove-lib"));
        auto paths = [&lib] {
            QStringList listed;
            const Run status = lib({QStringLiteral("status"), QStringLiteral("--json")});
            for (const QJsonValue &v : QJsonDocument::fromJson(status.out).object().value(QStringLiteral("documents")).toArray())
                listed << QFileInfo(v.toObject().value(QStringLiteral("path")).toString()).fileName();
            listed.sort();
            return listed;
        };
        auto hits = [&lib](const QString &query) {
            return QJsonDocument::fromJson(lib({QStringLiteral("search"), query, QStringLiteral("--json")}).out).array().size();
        };

        QCOMPARE(lib({QStringLiteral("add"), files.filePath(QStringLiteral("docs"))}).exitCode, 0);
        QCOMPARE(paths(), (QStringList{QStringLiteral("multicolumn.pdf"), QStringLiteral("scotus.pdf")}));
        QVERIFY(hits(QStringLiteral("Knowles")) > 0);

        // A document inside a watched folder: out of the library and of search, the file untouched.
        const Run removed = lib({QStringLiteral("remove"), scotus});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QVERIFY2(removed.out.contains("Removed 1 document"), removed.out.constData());
        QVERIFY(QFile::exists(scotus));
        QCOMPARE(paths(), QStringList{QStringLiteral("multicolumn.pdf")});
        QCOMPARE(hits(QStringLiteral("Knowles")), 0);
        // A rescan of the watched folder does not bring it back.
        QCOMPARE(lib({QStringLiteral("index")}).exitCode, 0);
        QCOMPARE(paths(), QStringList{QStringLiteral("multicolumn.pdf")});

        // Something that is not in the library: exit 2, with the reason.
        const Run unknown = lib({QStringLiteral("remove"), files.filePath(QStringLiteral("nothing-here.pdf"))});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("not in the library"), unknown.err.constData());

        // Adding it again by hand brings it back.
        QCOMPARE(lib({QStringLiteral("add"), scotus}).exitCode, 0);
        QCOMPARE(paths(), (QStringList{QStringLiteral("multicolumn.pdf"), QStringLiteral("scotus.pdf")}));
        QVERIFY(hits(QStringLiteral("Knowles")) > 0);

        // The whole folder: every document below it, and it is no longer watched.
        const Run folder = lib({QStringLiteral("remove"), files.filePath(QStringLiteral("docs")), QStringLiteral("--json")});
        QCOMPARE(folder.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(folder.out).object();
        QCOMPARE(report.value(QStringLiteral("removed")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("folders")).toInt(), 1);
        QVERIFY(paths().isEmpty());
        QCOMPARE(lib({QStringLiteral("index")}).exitCode, 0);
        QVERIFY(paths().isEmpty());
        QCOMPARE(hits(QStringLiteral("Knowles")), 0);
    }

    // One function per round: QtTest's 300 s watchdog is per function, and a round took 90-130 s
    // at load average 18 (the documents are read in worker processes).
    void hostileFolderNeverCrashesRound1() { hostileFolderRound(1); }
    void hostileFolderNeverCrashesRound2() { hostileFolderRound(2); }
    void hostileFolderNeverCrashesRound3() { hostileFolderRound(3); }

    void searchTextAndJson()
    {
        const Run text = cli({QStringLiteral("search"), QStringLiteral("Mirzayance"), QStringLiteral("-k"), QStringLiteral("3")});
        QCOMPARE(text.exitCode, 0);
        const QList<QByteArray> lines = text.out.trimmed().split('\n');
        QVERIFY(!lines.isEmpty());
        const QList<QByteArray> fields = lines.first().split('\t');
        QCOMPARE(fields.size(), 3);
        QVERIFY(fields[0].endsWith("pdfplumber-scotus-transcript-p1.pdf#1"));
        // Why it matched, not a raw score.
        QCOMPARE(QString::fromUtf8(fields[1]), QStringLiteral("matched: mirzayance · signals: bm25"));
        QVERIFY(QString::fromUtf8(fields[2]).contains(QStringLiteral("[Mirzayance]"), Qt::CaseInsensitive));

        const Run json = cli({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("Mirzayance")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(json.out).array();
        QVERIFY(!hits.isEmpty());
        const QJsonObject hit = hits.first().toObject();
        QCOMPARE(hit.value(QStringLiteral("page")).toInt(), 1);
        QVERIFY(hit.value(QStringLiteral("score")).toDouble() > 0);
        QVERIFY(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("[Mirzayance]"), Qt::CaseInsensitive));
        const QJsonArray boxes = hit.value(QStringLiteral("boxes")).toArray();
        QVERIFY(!boxes.isEmpty());
        const QJsonArray box = boxes.first().toArray();
        QCOMPARE(box.size(), 4);
        // Page points of a US letter page.
        QVERIFY(box[0].toDouble() >= 0 && box[2].toDouble() <= 612.5 && box[0].toDouble() < box[2].toDouble());
        QVERIFY(box[1].toDouble() >= 0 && box[3].toDouble() <= 792.5 && box[1].toDouble() < box[3].toDouble());
    }

    void searchSyntaxHelpAndPartialMatches()
    {
        const Run help = cli({QStringLiteral("search"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *form : {"\"exact phrase\"", "-word", "OR", "know*"})
            QVERIFY2(help.out.contains(form), help.out.constData());

        // No page has both words: said once, then the pages with most of them, each with what it has.
        const Run text = cli({QStringLiteral("search"), QStringLiteral("Mirzayance zzyzxqq")});
        QCOMPARE(text.exitCode, 0);
        const QList<QByteArray> lines = text.out.trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("No page has all the words; pages with most of them:"));
        QVERIFY(lines.size() >= 2);
        QVERIFY(lines.at(1).contains("scotus-transcript-p1.pdf#1"));
        QCOMPARE(QString::fromUtf8(lines.at(1).split('\t').at(1)), QStringLiteral("has only: mirzayance · signals: bm25"));

        const Run json = cli({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("Mirzayance zzyzxqq")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(json.out).array();
        QVERIFY(!hits.isEmpty());
        for (const QJsonValue &value : hits) {
            QCOMPARE(value.toObject().value(QStringLiteral("partial")).toBool(), true);
            QCOMPARE(value.toObject().value(QStringLiteral("matched_terms")).toArray(), QJsonArray{QStringLiteral("mirzayance")});
        }
        const Run all = cli({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("Mirzayance -zzyzxqq")});
        const QJsonObject full = QJsonDocument::fromJson(all.out).array().first().toObject();
        QCOMPARE(full.value(QStringLiteral("partial")).toBool(), false);
        QCOMPARE(full.value(QStringLiteral("matched_terms")).toArray(), QJsonArray{QStringLiteral("mirzayance")});
        // Broken syntax is searched as words.
        QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("\"(( AND")}).exitCode, 0);
    }

    void renderPage()
    {
        const QString out = m_dir.path() + QStringLiteral("/page.png");
        const Run run = cli({QStringLiteral("render"), corpusPath(QStringLiteral("pdfs/pdfplumber-senate-expenditures.pdf")) + QStringLiteral("#1"),
                             QStringLiteral("-o"), out, QStringLiteral("--dpi"), QStringLiteral("72")});
        QCOMPARE(run.exitCode, 0);
        QImage image(out);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() > image.height(), "the page has /Rotate 90: landscape as displayed");
        QCOMPARE(cli({QStringLiteral("render"), corpusPath(QStringLiteral("pdfs/pypdf-multicolumn.pdf")) + QStringLiteral("#99"),
                      QStringLiteral("-o"), out}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("render"), corpusPath(QStringLiteral("broken/qpdf-bad1.pdf")) + QStringLiteral("#1"),
                      QStringLiteral("-o"), out}).exitCode, 2);
    }

    void passwordFromCommandLine()
    {
        const QString file = corpusPath(QStringLiteral("pdfs/docling-2206.01062_pg3-password-1234.pdf"));
        QCOMPARE(cli({QStringLiteral("add"), file}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("index"), QStringLiteral("--password"), QStringLiteral("1234")}).exitCode, 0);
        const Run status = cli({QStringLiteral("status"), QStringLiteral("--json")});
        bool found = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(status.out).object().value(QStringLiteral("documents")).toArray()) {
            if (v.toObject().value(QStringLiteral("path")).toString().endsWith(QLatin1String("password-1234.pdf"))) {
                QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("indexed"));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void evalPrintsMetrics()
    {
        const QString tsv = m_dir.path() + QStringLiteral("/q.tsv");
        QFile f(tsv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# query\trelevant\ttier\nKnowles v. Mirzayance oral argument\tpdfs/pdfplumber-scotus-transcript-p1.pdf#1\tkeyword\n"
                "two-column lorem ipsum document\tpdfs/pypdf-multicolumn.pdf#1\tkeyword\n");
        f.close();
        const Run run = cli({QStringLiteral("eval"), tsv, QStringLiteral("--root"), corpusPath(QString()), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("queries")).toInt(), 2);
        QCOMPARE(result.value(QStringLiteral("recall@5")).toDouble(), 1.0);
        QCOMPARE(result.value(QStringLiteral("mrr@10")).toDouble(), 1.0);
        QVERIFY(result.contains(QStringLiteral("ndcg@5")));
        QCOMPARE(result.value(QStringLiteral("per_query")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_CliLibrary)
#include "tst_clilibrary.moc"
