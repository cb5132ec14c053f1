// SPDX-License-Identifier: MIT
// What the window's reading and result features do, from the command line: `find` in one
// document (every hit with boxes, checked against poppler's pdftotext -bbox) and `search` with
// --offline, --folder, --type, --modified-after/-before and --sort.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/clirunner.h"
#include "tests/support/testpaths.h"

using PageLens::Test::corpusPath;

class tst_CliFind : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_multicolumn;
    QString m_transcript;

    using Run = PageLens::Test::CliRunner::Run;

    Run cli(const QStringList &args) const
    {
        return PageLens::Test::CliRunner(m_dir.path() + QStringLiteral("/lib"))(args);
    }

    QJsonArray searchJson(const QStringList &args) const
    {
        const Run run = cli(QStringList{QStringLiteral("--json"), QStringLiteral("search")} + args);
        if (run.exitCode != 0)
            qWarning() << run.err;
        return QJsonDocument::fromJson(run.out).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString docs = m_dir.filePath(QStringLiteral("docs"));
        QVERIFY(QDir().mkpath(docs + QStringLiteral("/court")));
        m_multicolumn = docs + QStringLiteral("/pypdf-multicolumn.pdf");
        m_transcript = docs + QStringLiteral("/court/pdfplumber-scotus-transcript-p1.pdf");
        QVERIFY(QFile::copy(corpusPath(QStringLiteral("pdfs/pypdf-multicolumn.pdf")), m_multicolumn));
        QVERIFY(QFile::copy(corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf")), m_transcript));
        QFile old(m_transcript);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime(QDate(2015, 3, 1), QTime(12, 0)), QFileDevice::FileModificationTime));
        old.close();
        QFile fresh(m_multicolumn);
        QVERIFY(fresh.open(QIODevice::ReadWrite));
        QVERIFY(fresh.setFileTime(QDateTime(QDate(2024, 6, 1), QTime(12, 0)), QFileDevice::FileModificationTime));
        fresh.close();
        const Run add = cli({QStringLiteral("add"), docs});
        QVERIFY2(add.exitCode == 0, add.err.constData());
    }

    void findListsEveryHitWithItsBoxes()
    {
        // pdftotext's words that start with "vitae", in page order, with their boxes.
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), m_multicolumn, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(20000));
        const QString html = QString::fromUtf8(p.readAllStandardOutput());
        QList<int> pages;
        QList<QRectF> boxes;
        int page = 0;
        static const QRegularExpression token(QStringLiteral(
            "<page |<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
        for (auto it = token.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(0).startsWith(QLatin1String("<page"))) {
                ++page;
            } else if (m.captured(5).startsWith(QLatin1String("vitae"), Qt::CaseInsensitive)) {
                pages << page;
                boxes << QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
            }
        }
        QVERIFY(pages.size() > 3);

        const Run run = cli({QStringLiteral("--json"), QStringLiteral("find"), QStringLiteral("vitae"), m_multicolumn});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("count")).toInt(), pages.size());
        const QJsonArray hits = result.value(QStringLiteral("hits")).toArray();
        QCOMPARE(hits.size(), pages.size());
        for (int i = 0; i < hits.size(); ++i) {
            const QJsonObject hit = hits[i].toObject();
            QCOMPARE(hit.value(QStringLiteral("page")).toInt(), pages[i]);
            QVERIFY(hit.value(QStringLiteral("text")).toString().startsWith(QLatin1String("vitae"), Qt::CaseInsensitive));
            const QJsonArray box = hit.value(QStringLiteral("boxes")).toArray().first().toArray();
            // Within a point of poppler's box.
            const QRectF mine(QPointF(box[0].toDouble(), box[1].toDouble()), QPointF(box[2].toDouble(), box[3].toDouble()));
            QVERIFY2(std::abs(mine.left() - boxes[i].left()) < 1.0 && std::abs(mine.top() - boxes[i].top()) < 1.0,
                     qPrintable(QStringLiteral("hit %1: %2,%3 vs %4,%5").arg(i).arg(mine.left()).arg(mine.top())
                                    .arg(boxes[i].left()).arg(boxes[i].top())));
        }

        // Plain text: one line per hit, PATH#PAGE and the words.
        const Run text = cli({QStringLiteral("find"), QStringLiteral("supreme court"), m_transcript});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(QString::fromUtf8(text.out).trimmed(),
                 m_transcript + QStringLiteral("#1\tSUPREME COURT\n") + m_transcript + QStringLiteral("#1\tSupreme Court"));
    }

    void findErrors()
    {
        QCOMPARE(cli({QStringLiteral("find"), QStringLiteral("vitae")}).exitCode, 1);
        const Run missing = cli({QStringLiteral("find"), QStringLiteral("vitae"), m_dir.filePath(QStringLiteral("nowhere.pdf"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("not in the library"));
        const Run none = cli({QStringLiteral("--json"), QStringLiteral("find"), QStringLiteral("zzyzxqq"), m_transcript});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(none.out).object().value(QStringLiteral("count")).toInt(), 0);
    }

    void searchFiltersAndSorts()
    {
        const QString query = QStringLiteral("knowles OR vitae");
        auto documents = [](const QJsonArray &hits) {
            QStringList paths;
            for (const QJsonValue &hit : hits) {
                const QString path = hit.toObject().value(QStringLiteral("path")).toString();
                if (!paths.contains(path))
                    paths << path;
            }
            return paths;
        };
        QCOMPARE(documents(searchJson({query})).size(), 2);
        QCOMPARE(documents(searchJson({query, QStringLiteral("--folder"), m_dir.filePath(QStringLiteral("docs/court"))})),
                 QStringList{m_transcript});
        QVERIFY(searchJson({query, QStringLiteral("--type"), QStringLiteral("image,scan")}).isEmpty());
        QCOMPARE(documents(searchJson({query, QStringLiteral("--type"), QStringLiteral("pdf")})).size(), 2);
        QCOMPARE(documents(searchJson({query, QStringLiteral("--modified-after"), QStringLiteral("2020-01-01")})),
                 QStringList{m_multicolumn});
        QCOMPARE(documents(searchJson({query, QStringLiteral("--modified-before"), QStringLiteral("2020-01-01")})),
                 QStringList{m_transcript});
        QCOMPARE(documents(searchJson({query, QStringLiteral("--sort"), QStringLiteral("name")})),
                 (QStringList{m_transcript, m_multicolumn}));
        QCOMPARE(documents(searchJson({query, QStringLiteral("--sort"), QStringLiteral("date")})),
                 (QStringList{m_multicolumn, m_transcript}));
        // Why each page matched, in a word, for chips.
        const QJsonArray knowles = searchJson({QStringLiteral("knowles"), QStringLiteral("--offline")});
        QCOMPARE(knowles.size(), 1);
        QCOMPARE(knowles.first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("knowles"));
        QCOMPARE(knowles.first().toObject().value(QStringLiteral("signals")).toObject().keys(), QStringList{QStringLiteral("bm25")});

        QCOMPARE(cli({QStringLiteral("search"), query, QStringLiteral("--type"), QStringLiteral("video")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("search"), query, QStringLiteral("--sort"), QStringLiteral("size")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("search"), query, QStringLiteral("--modified-after"), QStringLiteral("May 5")}).exitCode, 1);
    }
};

QTEST_MAIN(tst_CliFind)
#include "tst_clifind.moc"
