// SPDX-License-Identifier: MIT
// `add`, `index`, `search` and `eval` with a model service, as other tools drive them, against the fake Gemini server.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "tests/fakes/fakegeminiserver.h"
#include "tests/support/clirunner.h"
#include "tests/support/testpaths.h"

using PageLens::Test::FakeGeminiServer;
using PageLens::Test::corpusPath;

class tst_CliProvider : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FakeGeminiServer m_fake;

    using Run = PageLens::Test::CliRunner::Run;

    Run cli(const QStringList &args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAGELENS_GEMINI_BASE_URL"), m_fake.url().toString());
        env.insert(QStringLiteral("GOOGLE_API_KEY"), QStringLiteral("fake-key-for-tests"));
        return PageLens::Test::CliRunner(m_dir.path(), env)(args);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fake.startOnOwnThread()); }

    void previewSendsNothingWithoutConsent()
    {
        const Run run = cli({QStringLiteral("add"), corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf")),
                             corpusPath(QStringLiteral("pdfs/pypdf-multicolumn.pdf")),
                             corpusPath(QStringLiteral("seed/course-ai-agents-l11/images/image_2.jpeg")),
                             QStringLiteral("--provider"), QStringLiteral("gemini")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("5 page image"), run.err.constData());
        QVERIFY(run.err.contains("--yes"));
        QCOMPARE(m_fake.count(), 0);

        // The control for evalWithAProvider: without captions, page text (and OCR) cannot find the photo.
        const Run search = cli({QStringLiteral("search"), QStringLiteral("dark square"), QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        for (const QJsonValue &hit : QJsonDocument::fromJson(search.out).array())
            QVERIFY2(!hit[QStringLiteral("path")].toString().endsWith(QLatin1String("image_2.jpeg")), search.out.constData());
    }

    void neverSendMakesZeroRequests()
    {
        const Run run = cli({QStringLiteral("index"), QStringLiteral("--provider"), QStringLiteral("gemini"),
                             QStringLiteral("--privacy"), QStringLiteral("never"), QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(m_fake.count(), 0);
    }

    void consentCaptionsAndEmbeds()
    {
        const Run run = cli({QStringLiteral("index"), QStringLiteral("--provider"), QStringLiteral("gemini"),
                             QStringLiteral("--yes"), QStringLiteral("--rpm"), QStringLiteral("0")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(m_fake.count(QStringLiteral(":generateContent")), 5);
        QCOMPARE(m_fake.count(QStringLiteral(":batchEmbedContents")), 1);
        QVERIFY(run.err.contains("5 captioned, 5 embedded"));

        // Again: everything is committed, nothing is sent.
        m_fake.clearRequests();
        const Run again = cli({QStringLiteral("index"), QStringLiteral("--provider"), QStringLiteral("gemini"), QStringLiteral("--yes")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(m_fake.count(), 0);
    }

    void searchExplainsItsSignals()
    {
        const Run run = cli({QStringLiteral("search"), QStringLiteral("Knowles Mirzayance"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray hits = QJsonDocument::fromJson(run.out).array();
        QVERIFY(!hits.isEmpty());
        const QJsonObject top = hits.first().toObject();
        QVERIFY(top.value(QStringLiteral("path")).toString().endsWith(QLatin1String("scotus-transcript-p1.pdf")));
        const QJsonObject signalsJson = top.value(QStringLiteral("signals")).toObject();
        for (const char *name : {"bm25", "dense"}) {
            const QJsonObject signal = signalsJson.value(QLatin1String(name)).toObject();
            QVERIFY2(signal.contains(QStringLiteral("score")) && signal.contains(QStringLiteral("rank")), name);
        }
        QVERIFY(m_fake.lastRequest(QStringLiteral("mbedContent")).body.contains("RETRIEVAL_QUERY"));

        const Run bm25 = cli({QStringLiteral("search"), QStringLiteral("Knowles"), QStringLiteral("--json"),
                              QStringLiteral("--signals"), QStringLiteral("bm25")});
        QCOMPARE(bm25.exitCode, 0);
        const QJsonObject only = QJsonDocument::fromJson(bm25.out).array().first().toObject().value(QStringLiteral("signals")).toObject();
        QCOMPARE(only.keys(), QStringList{QStringLiteral("bm25")});
        QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--signals"), QStringLiteral("colour")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--weights"), QStringLiteral("bm25=lots")}).exitCode, 1);
        const Run weighted = cli({QStringLiteral("search"), QStringLiteral("Knowles Mirzayance"), QStringLiteral("--json"),
                                  QStringLiteral("--weights"), QStringLiteral("bm25=0,dense=1")});
        QCOMPARE(weighted.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(weighted.out).array().isEmpty());
    }

    void evalWithAProvider()
    {
        const QString tsv = m_dir.path() + QStringLiteral("/q.tsv");
        QFile f(tsv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Only the caption says what the photo looks like (the fake "sees" brightness and shape; the
        // control in previewSendsNothingWithoutConsent shows page text cannot find it): with captions
        // missing, MRR is 0.
        f.write("dark square\tseed/course-ai-agents-l11/images/image_2.jpeg#1\tcaption\n"
                "a square dark image\tseed/course-ai-agents-l11/images/image_2.jpeg#1\tcaption\n");
        f.close();
        const Run run = cli({QStringLiteral("eval"), tsv, QStringLiteral("--root"), corpusPath(QString()), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("queries")).toInt(), 2);
        QCOMPARE(result.value(QStringLiteral("mrr@10")).toDouble(), 1.0);
    }

    void mismatchedDimensionIsRefused()
    {
        const Run run = cli({QStringLiteral("index"), QStringLiteral("--provider"), QStringLiteral("gemini"), QStringLiteral("--yes"),
                             QStringLiteral("--dim"), QStringLiteral("3072")});
        QCOMPARE(run.exitCode, 0);   // nothing pending: nothing to embed, no mismatch to meet
        const Run add = cli({QStringLiteral("add"), corpusPath(QStringLiteral("pdfs/pypdf-annotated_pdf.pdf")), QStringLiteral("--provider"),
                             QStringLiteral("gemini"), QStringLiteral("--yes"), QStringLiteral("--dim"), QStringLiteral("3072")});
        QCOMPARE(add.exitCode, 1);
        QVERIFY2(add.err.contains("768"), add.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_CliProvider)
#include "tst_cliprovider.moc"
