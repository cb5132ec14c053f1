// SPDX-License-Identifier: MIT
// Runs the built pagelens-cli model commands against fake servers started in this process.
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/fakes/fakegeminiserver.h"
#include "tests/fakes/fakeopenaiserver.h"
#include "tests/support/testpaths.h"

using namespace PageLens::Test;

namespace {

const QString kSentinelKey = QStringLiteral("AIzaSENTINEL-cli-key-0123456789abcdefgh");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestModelCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void describeImage();
    void describeAsBase64();
    void describeAsUriUploads();
    void describePdfPage();
    void compareSendsTwoImages();
    void summarizePdf();
    void detectJsonAndDrawing();
    void embedJson();
    void openAiProvider();
    void keySentOnlyWithSendKey();
    void modelServiceErrorExitsThree();
    void usageAndInputErrors();

private:
    Run run(const QStringList &args, const QProcessEnvironment &extra = {});
    QJsonObject lastGenerate() const { return m_fake->lastRequest(QStringLiteral("enerateContent")).json(); }

    std::unique_ptr<FakeGeminiServer> m_fake;
    QTemporaryDir m_dir;
};

void TestModelCli::initTestCase()
{
    QVERIFY(QFileInfo::exists(cliPath()));
    QVERIFY(m_dir.isValid());
}

void TestModelCli::init()
{
    m_fake = std::make_unique<FakeGeminiServer>();
    QVERIFY(m_fake->start());
}

Run TestModelCli::run(const QStringList &args, const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PAGELENS_GEMINI_BASE_URL"), m_fake->url().toString());
    env.insert(QStringLiteral("GOOGLE_API_KEY"), kSentinelKey);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(cliPath(), args);
    // The fake serves from this thread: wait with an event loop, never a blocking wait.
    if (!finished.wait(30000))   // the slowest command here takes about a second
        process.kill();
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    // The key must never reach the user's screen.
    if (result.out.contains(kSentinelKey) || result.err.contains(kSentinelKey))
        result.exitCode = -2;
    return result;
}

void TestModelCli::describeImage()
{
    const Run r = run({QStringLiteral("describe"), corpusPath(QStringLiteral("images/pypdf-geotopo-torus.png"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Fake caption of 1 media part(s) (image/webp)")));
    const QJsonObject part = lastGenerate().value(QLatin1String("contents"))[0][QLatin1String("parts")][0].toObject();
    QCOMPARE(part[QLatin1String("inlineData")][QLatin1String("mimeType")].toString(), QStringLiteral("image/webp"));
    const QImage sent = QImage::fromData(QByteArray::fromBase64(part[QLatin1String("inlineData")][QLatin1String("data")].toString().toLatin1()));
    QVERIFY(!sent.isNull());
    QCOMPARE(sent.width(), 600);
    QCOMPARE(m_fake->count(QStringLiteral(":streamGenerateContent")), 1);   // text is streamed to the terminal
    QVERIFY(m_fake->lastRequest().header("x-goog-api-key").isEmpty());   // 127.0.0.1 gets no key without --send-key
    QVERIFY(!m_fake->lastRequest().query.contains(QStringLiteral("key=")));
}

void TestModelCli::describeAsBase64()
{
    const Run r = run({QStringLiteral("--json"), QStringLiteral("describe"), corpusPath(QStringLiteral("images/pypdf-geotopo-torus.png")),
                       QStringLiteral("--as"), QStringLiteral("base64"), QStringLiteral("--max-width"), QStringLiteral("300"),
                       QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--prompt"), QStringLiteral("What is it?")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(json.value(QLatin1String("text")).toString().contains(QStringLiteral("What is it?")));
    QVERIFY(json.value(QLatin1String("usage"))[QLatin1String("totalTokens")].toInt() > 0);
    const QJsonObject inlineData = lastGenerate().value(QLatin1String("contents"))[0][QLatin1String("parts")][0][QLatin1String("inlineData")].toObject();
    QCOMPARE(inlineData.value(QLatin1String("mimeType")).toString(), QStringLiteral("image/png"));
    QCOMPARE(QImage::fromData(QByteArray::fromBase64(inlineData.value(QLatin1String("data")).toString().toLatin1())).width(), 300);
}

void TestModelCli::describeAsUriUploads()
{
    const Run r = run({QStringLiteral("--json"), QStringLiteral("describe"), corpusPath(QStringLiteral("images/pypdf-coati-photo.jpg")),
                       QStringLiteral("--as"), QStringLiteral("uri")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(m_fake->count(QStringLiteral("/upload/v1beta/files")), 2);   // start, then upload + finalize
    QCOMPARE(m_fake->count(QStringLiteral("/v1beta/files/")), 2);         // PROCESSING, then ACTIVE
    const QJsonObject fileData = lastGenerate().value(QLatin1String("contents"))[0][QLatin1String("parts")][0][QLatin1String("fileData")].toObject();
    QVERIFY(fileData.value(QLatin1String("fileUri")).toString().startsWith(m_fake->url().toString() + QStringLiteral("/v1beta/files/")));
    QCOMPARE(fileData.value(QLatin1String("mimeType")).toString(), QStringLiteral("image/webp"));
}

void TestModelCli::describePdfPage()
{
    const Run r = run({QStringLiteral("describe"), corpusPath(QStringLiteral("pdfs/docling-normal_4pages.pdf")) + QStringLiteral("#2")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("image/webp")));
}

void TestModelCli::compareSendsTwoImages()
{
    const Run r = run({QStringLiteral("--json"), QStringLiteral("compare"), corpusPath(QStringLiteral("images/pypdf-coati-photo.jpg")),
                       corpusPath(QStringLiteral("images/docling-qr_bill_example.jpg"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray parts = lastGenerate().value(QLatin1String("contents"))[0][QLatin1String("parts")].toArray();
    QCOMPARE(parts.size(), 3);
    QVERIFY(parts.at(0).toObject().contains(QLatin1String("inlineData")));
    QVERIFY(parts.at(1).toObject().contains(QLatin1String("inlineData")));
    QVERIFY(parts.at(2)[QLatin1String("text")].toString().contains(QStringLiteral("difference")));
}

void TestModelCli::summarizePdf()
{
    const QString pdf = corpusPath(QStringLiteral("pdfs/docling-normal_4pages.pdf"));
    Run r = run({QStringLiteral("--json"), QStringLiteral("summarize"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(lastGenerate().value(QLatin1String("contents"))[0][QLatin1String("parts")][0][QLatin1String("inlineData")][QLatin1String("mimeType")].toString(),
             QStringLiteral("application/pdf"));
    r = run({QStringLiteral("--json"), QStringLiteral("summarize"), pdf, QStringLiteral("--as"), QStringLiteral("uri")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(m_fake->lastRequest(QStringLiteral("upload_id")).body.size(), QFileInfo(pdf).size());
}

void TestModelCli::detectJsonAndDrawing()
{
    const QString out = m_dir.filePath(QStringLiteral("boxes.png"));
    const Run r = run({QStringLiteral("--json"), QStringLiteral("detect"), corpusPath(QStringLiteral("images/pypdf-coati-photo.jpg")),
                       QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const int width = json.value(QLatin1String("width")).toInt();
    const int height = json.value(QLatin1String("height")).toInt();
    QVERIFY(width > 0 && width <= 600);
    const QJsonObject first = json.value(QLatin1String("detections"))[0].toObject();
    // The fake answers box_2d [100, 200, 300, 400]: y first, in 0-1000.
    QCOMPARE(first.value(QLatin1String("box_2d")).toArray(), (QJsonArray{100, 200, 300, 400}));
    QCOMPARE(first.value(QLatin1String("box")).toArray(), (QJsonArray{200 * width / 1000, 100 * height / 1000, 400 * width / 1000, 300 * height / 1000}));
    const QJsonObject config = lastGenerate().value(QLatin1String("generationConfig")).toObject();
    QCOMPARE(config.value(QLatin1String("responseMimeType")).toString(), QStringLiteral("application/json"));
    const QImage drawn(out);
    QCOMPARE(drawn.size(), QSize(width, height));
    QCOMPARE(QColor(drawn.pixel(200 * width / 1000, 200 * height / 1000)), QColor(220, 30, 30));   // on the box's left edge
}

void TestModelCli::embedJson()
{
    const Run r = run({QStringLiteral("--json"), QStringLiteral("embed"), QStringLiteral("invoice total"), QStringLiteral("the invoice total"),
                       QStringLiteral("--task"), QStringLiteral("query"), QStringLiteral("--dim"), QStringLiteral("64")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("dimensions")).toInt(), 64);
    const QJsonArray vectors = json.value(QLatin1String("vectors")).toArray();
    QCOMPARE(vectors.size(), 2);
    double norm = 0;
    for (const QJsonValue &v : vectors.at(0).toArray())
        norm += v.toDouble() * v.toDouble();
    QVERIFY(std::abs(norm - 1.0) < 1e-4);   // the fake, like the service, sends reduced vectors that are not unit length
    const QJsonObject request = m_fake->lastRequest(QStringLiteral(":batchEmbedContents")).json().value(QLatin1String("requests"))[0].toObject();
    QCOMPARE(request.value(QLatin1String("taskType")).toString(), QStringLiteral("RETRIEVAL_QUERY"));
    QCOMPARE(request.value(QLatin1String("outputDimensionality")).toInt(), 64);
    QCOMPARE(request.value(QLatin1String("model")).toString(), QStringLiteral("models/gemini-embedding-001"));
}

void TestModelCli::openAiProvider()
{
    FakeOpenAiServer openai;
    QVERIFY(openai.start());
    QProcessEnvironment env;
    env.insert(QStringLiteral("PAGELENS_OPENAI_BASE_URL"), openai.url().toString() + QStringLiteral("/v1"));
    const Run r = run({QStringLiteral("describe"), corpusPath(QStringLiteral("images/pypdf-coati-photo.jpg")),
                       QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--model"), QStringLiteral("llava")}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("image/webp")));
    const QJsonObject body = openai.lastRequest(QStringLiteral("/chat/completions")).json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("llava"));
    QVERIFY(body.value(QLatin1String("messages"))[0][QLatin1String("content")][0][QLatin1String("image_url")][QLatin1String("url")]
                .toString().startsWith(QStringLiteral("data:image/webp;base64,")));
    QVERIFY(openai.lastRequest().header("authorization").isEmpty());   // local server, no key
}

void TestModelCli::keySentOnlyWithSendKey()
{
    // Both fakes listen on 127.0.0.1: a private address, so the key in the environment stays home...
    const QStringList embed = {QStringLiteral("embed"), QStringLiteral("hello")};
    QCOMPARE(run(embed).exitCode, 0);
    QVERIFY(m_fake->lastRequest().header("x-goog-api-key").isEmpty());
    // ...unless the user asks for it.
    QCOMPARE(run(embed + QStringList{QStringLiteral("--send-key")}).exitCode, 0);
    QCOMPARE(m_fake->lastRequest().header("x-goog-api-key"), kSentinelKey.toUtf8());

    FakeOpenAiServer openai;
    QVERIFY(openai.start());
    QProcessEnvironment env;
    env.insert(QStringLiteral("PAGELENS_OPENAI_BASE_URL"), openai.url().toString() + QStringLiteral("/v1"));
    env.insert(QStringLiteral("OPENAI_API_KEY"), kSentinelKey);
    const QStringList openAiEmbed = embed + QStringList{QStringLiteral("--provider"), QStringLiteral("openai")};
    QCOMPARE(run(openAiEmbed, env).exitCode, 0);
    QCOMPARE(openai.count(QStringLiteral("/embeddings")), 1);
    QVERIFY(openai.lastRequest().header("authorization").isEmpty());
    QCOMPARE(run(openAiEmbed + QStringList{QStringLiteral("--send-key")}, env).exitCode, 0);
    QCOMPARE(openai.lastRequest().header("authorization"), "Bearer " + kSentinelKey.toUtf8());
    for (const FakeRequest &request : openai.requests())
        QVERIFY(!request.query.contains(kSentinelKey) && !request.body.contains(kSentinelKey.toUtf8()));
}

void TestModelCli::modelServiceErrorExitsThree()
{
    m_fake->enqueue(QStringLiteral(":"), FakeGeminiServer::error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("models/nope is not found")));
    Run r = run({QStringLiteral("describe"), corpusPath(QStringLiteral("images/pypdf-coati-photo.jpg")), QStringLiteral("--model"), QStringLiteral("nope")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QStringLiteral("does not know this model")));

    m_fake->setRequiredKey("another-key");
    r = run({QStringLiteral("embed"), QStringLiteral("hello"), QStringLiteral("--send-key")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QStringLiteral("API key is not valid")));
    QCOMPARE(m_fake->count(QStringLiteral(":batchEmbedContents")), 1);   // never retried
}

void TestModelCli::usageAndInputErrors()
{
    QCOMPARE(run({QStringLiteral("describe")}).exitCode, 1);
    QCOMPARE(run({QStringLiteral("embed"), QStringLiteral("x"), QStringLiteral("--task"), QStringLiteral("sideways")}).exitCode, 1);
    // A readable image, so only the provider's name can be what is wrong.
    const Run unknownProvider = run({QStringLiteral("describe"), corpusPath(QStringLiteral("images/pypdf-coati-photo.jpg")),
                                     QStringLiteral("--provider"), QStringLiteral("nope")});
    QCOMPARE(unknownProvider.exitCode, 1);
    QVERIFY2(unknownProvider.err.contains(QStringLiteral("Unknown provider \"nope\"")), qPrintable(unknownProvider.err));
    const Run missing = run({QStringLiteral("describe"), m_dir.filePath(QStringLiteral("missing.png"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("Cannot read")));
    QCOMPARE(run({QStringLiteral("summarize"), corpusPath(QStringLiteral("images/pypdf-coati-photo.jpg"))}).exitCode, 1);
    QCOMPARE(m_fake->count(), 0);   // nothing reached the network
}

QTEST_GUILESS_MAIN(TestModelCli)
#include "tst_modelcli.moc"
