// SPDX-License-Identifier: MIT
// GeminiProvider behaviour against the fake: Files API path, refusals before any network call,
// structured output validation, tool calls with thought signatures, embedding batches and
// calls from other threads.
#include <QJsonArray>
#include <QTemporaryFile>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>
#include <QtTest>

#include "core/detect/objectdetector.h"
#include "core/llm/futureresult.h"
#include "core/llm/geminiprovider.h"
#include "core/llm/jsonschemavalidator.h"
#include "core/llm/providerfactory.h"
#include "tests/fakes/fakegeminiserver.h"
#include "tests/support/providertesthelpers.h"

using namespace PageLens;
using namespace PageLens::Test;

class TestGeminiProvider : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void largeMediaGoesThroughFilesApi();
    void gsUriIsSentAsGiven();
    void refusesBeforeNetwork();
    void structuredOutputIsValidated();
    void toolCallsKeepSignatures();
    void embeddingsSplitIntoBatches();
    void emptyCandidateIsAClearError();
    void callableFromWorkerThreads();
    void providerOnItsOwnThread();
    void detectorConvertsBoxes();

private:
    std::unique_ptr<FakeGeminiServer> m_fake;
    std::unique_ptr<GeminiProvider> m_provider;
};

void TestGeminiProvider::init()
{
    m_fake = std::make_unique<FakeGeminiServer>();
    QVERIFY(m_fake->start());
    ProviderConfig config;
    config.baseUrl = m_fake->url().toString();
    config.apiKey = QStringLiteral("provider-test-key");
    config.inlineLimitBytes = 4000;   // small, so "large" media is cheap to make
    m_provider = std::make_unique<GeminiProvider>(config);
    m_provider->http()->setScheduler([](std::chrono::milliseconds, QObject *context, std::function<void()> fire) {
        QTimer::singleShot(0, context, std::move(fire));
    });
}

void TestGeminiProvider::cleanup()
{
    m_provider.reset();
    m_fake.reset();
}

void TestGeminiProvider::largeMediaGoesThroughFilesApi()
{
    const QByteArray pdf(6000, 'x');
    const auto result = awaitResult(m_provider->generate(withParts({ContentPart::fromBytes(pdf, QStringLiteral("application/pdf")),
                                                             ContentPart::fromText(QStringLiteral("Summarize"))})), std::chrono::seconds(30));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toLogString()));
    const FakeRequest start = m_fake->requests().at(0);
    QCOMPARE(start.path, QStringLiteral("/upload/v1beta/files"));
    QCOMPARE(start.header("x-goog-upload-protocol"), QByteArray("resumable"));
    QCOMPARE(start.header("x-goog-upload-command"), QByteArray("start"));
    QCOMPARE(start.header("x-goog-upload-header-content-length"), QByteArray("6000"));
    QCOMPARE(start.header("x-goog-upload-header-content-type"), QByteArray("application/pdf"));
    const FakeRequest upload = m_fake->requests().at(1);
    QCOMPARE(upload.header("x-goog-upload-command"), QByteArray("upload, finalize"));
    QCOMPARE(upload.body, pdf);
    QVERIFY(upload.header("x-goog-api-key").isEmpty());   // the upload URL is the credential
    QCOMPARE(m_fake->count(QStringLiteral("/v1beta/files/")), 2);
    const QJsonObject part = m_fake->lastRequest(QStringLiteral(":generateContent")).json()
                                 .value(QLatin1String("contents"))[0][QLatin1String("parts")][0].toObject();
    QCOMPARE(part[QLatin1String("fileData")][QLatin1String("mimeType")].toString(), QStringLiteral("application/pdf"));
    QVERIFY(part[QLatin1String("fileData")][QLatin1String("fileUri")].toString().contains(QStringLiteral("/v1beta/files/fake-1")));

    // A file that fails processing is a clear error.
    m_fake->clearRequests();
    m_fake->enqueue(QStringLiteral("/v1beta/files/"), FakeResponse::json(200, QJsonObject{{QStringLiteral("name"), QStringLiteral("files/fake-2")},
                                                                                         {QStringLiteral("state"), QStringLiteral("FAILED")}}));
    const auto failed = awaitResult(m_provider->generate(withParts({ContentPart::fromBytes(pdf, QStringLiteral("application/pdf"))})), std::chrono::seconds(30));
    QVERIFY(!failed);
    QCOMPARE(m_fake->count(QStringLiteral(":generateContent")), 0);
}

void TestGeminiProvider::gsUriIsSentAsGiven()
{
    ContentPart part;
    part.kind = ContentPart::Kind::Media;
    part.uri = QStringLiteral("gs://gemini-images/image_1.jpeg");
    part.mimeType = QStringLiteral("image/jpeg");
    QVERIFY(awaitResult(m_provider->generate(withParts({part, ContentPart::fromText(QStringLiteral("Describe"))})), std::chrono::seconds(30)));
    QCOMPARE(m_fake->count(QStringLiteral("upload")), 0);
    QCOMPARE(m_fake->lastRequest().json().value(QLatin1String("contents"))[0][QLatin1String("parts")][0][QLatin1String("fileData")][QLatin1String("fileUri")].toString(),
             part.uri);
}

void TestGeminiProvider::refusesBeforeNetwork()
{
    auto gif = awaitResult(m_provider->generate(withParts({ContentPart::fromBytes("GIF89a", QStringLiteral("image/gif"))})), std::chrono::seconds(30));
    QVERIFY(!gif);
    QCOMPARE(gif.error().code, Error::Code::Unsupported);
    QVERIFY(gif.error().message.contains(QStringLiteral("image/gif")));

    ContentPart missing;
    missing.kind = ContentPart::Kind::Media;
    missing.uri = QStringLiteral("/nonexistent/scan.png");
    missing.mimeType = QStringLiteral("image/png");
    auto unreadable = awaitResult(m_provider->generate(withParts({missing})), std::chrono::seconds(30));
    QVERIFY(!unreadable);
    QCOMPARE(unreadable.error().code, Error::Code::Io);

    ContentPart noMime = ContentPart::fromBytes("x", QString());
    QVERIFY(!awaitResult(m_provider->generate(withParts({noMime})), std::chrono::seconds(30)));
    QCOMPARE(m_fake->count(), 0);
}

void TestGeminiProvider::structuredOutputIsValidated()
{
    const QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")},
                             {QStringLiteral("properties"), QJsonObject{{QStringLiteral("city"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
                             {QStringLiteral("required"), QJsonArray{QStringLiteral("city")}}};
    GenerateRequest request = withParts({ContentPart::fromText(QStringLiteral("Capital of Mexico?"))});
    request.responseSchema = schema;
    auto ok = awaitResult(m_provider->generate(request), std::chrono::seconds(30));
    QVERIFY(ok);
    QCOMPARE(ok->json[QLatin1String("city")].toString(), QStringLiteral("fake 1"));
    const QJsonObject config = m_fake->lastRequest().json().value(QLatin1String("generationConfig")).toObject();
    QCOMPARE(config.value(QLatin1String("responseMimeType")).toString(), QStringLiteral("application/json"));
    QCOMPARE(config.value(QLatin1String("responseJsonSchema")).toObject(), schema);

    m_fake->enqueue(QStringLiteral(":generateContent"),
                    FakeResponse::json(200, FakeGeminiServer::textAnswer(QStringLiteral("{\n  \"country\": \"Mexico\"\n}"))));
    auto invalid = awaitResult(m_provider->generate(request), std::chrono::seconds(30));
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code, Error::Code::BadResponse);
    QVERIFY(invalid.error().detail.contains(QStringLiteral("city")));

    m_fake->enqueue(QStringLiteral(":generateContent"), FakeResponse::json(200, FakeGeminiServer::textAnswer(QStringLiteral("Mexico City"))));
    QVERIFY(!awaitResult(m_provider->generate(request), std::chrono::seconds(30)));
    QVERIFY(JsonSchemaValidator::parseModelJson(QStringLiteral("```json\n[1, 2]\n```"))->isArray());
}

void TestGeminiProvider::toolCallsKeepSignatures()
{
    const QJsonObject answer{{QStringLiteral("candidates"), QJsonArray{QJsonObject{
        {QStringLiteral("content"), QJsonObject{{QStringLiteral("role"), QStringLiteral("model")},
                                                {QStringLiteral("parts"), QJsonArray{
            QJsonObject{{QStringLiteral("functionCall"), QJsonObject{{QStringLiteral("name"), QStringLiteral("lookup_page")},
                                                                     {QStringLiteral("args"), QJsonObject{{QStringLiteral("page"), 3}}}}},
                        {QStringLiteral("thoughtSignature"), QStringLiteral("EpwI+/abc_-=")}},
            QJsonObject{{QStringLiteral("functionCall"), QJsonObject{{QStringLiteral("name"), QStringLiteral("lookup_page")},
                                                                     {QStringLiteral("args"), QJsonObject{{QStringLiteral("page"), 4}}}}}}}}}},
        {QStringLiteral("finishReason"), QStringLiteral("STOP")}}}}};
    m_fake->enqueue(QStringLiteral(":generateContent"), FakeResponse::json(200, answer));
    GenerateRequest request = withParts({ContentPart::fromText(QStringLiteral("Fees on pages 3 and 4?"))});
    request.tools.append(ToolDeclaration{QStringLiteral("lookup_page"), QStringLiteral("Text of one page."),
                                         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                     {QStringLiteral("properties"), QJsonObject{{QStringLiteral("page"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}}}}}});
    request.toolMode = QStringLiteral("AUTO");
    auto first = awaitResult(m_provider->generate(request), std::chrono::seconds(30));
    QVERIFY(first);
    QCOMPARE(first->parts.size(), 2);
    QCOMPARE(first->parts.at(0).thoughtSignature, QByteArray("EpwI+/abc_-="));
    QCOMPARE(first->parts.at(1).args.value(QLatin1String("page")).toInt(), 4);
    const QJsonObject sentTools = m_fake->lastRequest().json();
    QCOMPARE(sentTools.value(QLatin1String("tools"))[0][QLatin1String("functionDeclarations")][0][QLatin1String("name")].toString(), QStringLiteral("lookup_page"));
    QCOMPARE(sentTools.value(QLatin1String("toolConfig"))[QLatin1String("functionCallingConfig")][QLatin1String("mode")].toString(), QStringLiteral("AUTO"));

    request.turns.append(ChatTurn{ChatTurn::Role::Model, first->parts});
    ChatTurn results{ChatTurn::Role::User, {}};
    for (int page : {3, 4}) {
        ContentPart result;
        result.kind = ContentPart::Kind::FunctionResponse;
        result.name = QStringLiteral("lookup_page");
        result.args = QJsonObject{{QStringLiteral("result"), QStringLiteral("Page %1: fees are 2%.").arg(page)}};
        results.parts.append(result);
    }
    request.turns.append(results);
    QVERIFY(awaitResult(m_provider->generate(request), std::chrono::seconds(30)));
    const QJsonArray contents = m_fake->lastRequest().json().value(QLatin1String("contents")).toArray();
    QCOMPARE(contents.size(), 3);
    QCOMPARE(contents.at(1)[QLatin1String("role")].toString(), QStringLiteral("model"));
    QCOMPARE(contents.at(1)[QLatin1String("parts")][0][QLatin1String("thoughtSignature")].toString(), QStringLiteral("EpwI+/abc_-="));
    QVERIFY(!contents.at(1)[QLatin1String("parts")][1].toObject().contains(QLatin1String("thoughtSignature")));
    QCOMPARE(contents.at(2)[QLatin1String("parts")].toArray().size(), 2);
    QVERIFY(contents.at(2)[QLatin1String("parts")][1][QLatin1String("functionResponse")][QLatin1String("response")].isObject());
}

void TestGeminiProvider::embeddingsSplitIntoBatches()
{
    EmbedRequest request;
    for (int i = 0; i < 250; ++i)
        request.texts << QStringLiteral("page %1 about invoices").arg(i);
    request.dimensions = 256;
    const auto result = awaitResult(m_provider->embed(request), std::chrono::seconds(30));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toLogString()));
    QCOMPARE(result->vectors.size(), 250);
    QCOMPARE(result->dimensions, 256);
    QCOMPARE(m_fake->count(QStringLiteral(":batchEmbedContents")), 3);
    QCOMPARE(m_fake->lastRequest().json().value(QLatin1String("requests")).toArray().size(), 50);
    // Similar texts get similar vectors (the fake hashes words).
    auto dot = [](const QVector<float> &a, const QVector<float> &b) { double s = 0; for (int i = 0; i < a.size(); ++i) s += a[i] * b[i]; return s; };
    QVERIFY(dot(result->vectors.at(1), result->vectors.at(2)) > 0.5);
}

void TestGeminiProvider::emptyCandidateIsAClearError()
{
    m_fake->enqueue(QStringLiteral(":generateContent"),
                    FakeResponse::json(200, QJsonObject{{QStringLiteral("candidates"), QJsonArray{QJsonObject{
                                                            {QStringLiteral("content"), QJsonObject{{QStringLiteral("role"), QStringLiteral("model")}}},
                                                            {QStringLiteral("finishReason"), QStringLiteral("MAX_TOKENS")}}}}}));
    auto truncated = awaitResult(m_provider->generate(withParts({ContentPart::fromText(QStringLiteral("x"))})), std::chrono::seconds(30));
    QVERIFY(!truncated);
    QCOMPARE(truncated.error().code, Error::Code::Truncated);
    m_fake->enqueue(QStringLiteral(":generateContent"), FakeResponse::json(200, QJsonObject{}));
    auto empty = awaitResult(m_provider->generate(withParts({ContentPart::fromText(QStringLiteral("x"))})), std::chrono::seconds(30));
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, Error::Code::BadResponse);
}

void TestGeminiProvider::callableFromWorkerThreads()
{
    // Workers block on futures while this (the provider's) thread runs its event loop.
    QList<QFuture<QString>> jobs;
    for (int i = 0; i < 8; ++i) {
        jobs << QtConcurrent::run([this, i] {
            auto generated = m_provider->generate(withParts({ContentPart::fromText(QStringLiteral("page %1").arg(i)),
                                                             ContentPart::fromBytes(QByteArray(10, 'x'), QStringLiteral("image/png"))}));
            auto embedded = m_provider->embed(EmbedRequest{{}, {QStringLiteral("page %1").arg(i)}, EmbedTask::Document, 0});
            generated.waitForFinished();
            embedded.waitForFinished();
            const auto g = takeResult(generated);
            return g && takeResult(embedded) ? g->text : QString();
        });
    }
    for (auto &job : jobs) {
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 20000);
        QVERIFY(job.result().contains(QStringLiteral("Fake caption of 1 media part(s) (image/png)")));
    }
}

void TestGeminiProvider::providerOnItsOwnThread()
{
    FakeGeminiServer fake;
    QVERIFY(fake.startOnOwnThread());
    ProviderConfig config;
    config.baseUrl = fake.url().toString();
    auto provider = ProviderFactory::createOnOwnThread(config);
    auto future = provider->generate(withParts({ContentPart::fromText(QStringLiteral("hello"))}));
    future.waitForFinished();   // blocking here is fine: nothing here serves the request
    QVERIFY(takeResult(future));
    QCOMPARE(fake.count(QStringLiteral(":generateContent")), 1);
}

void TestGeminiProvider::detectorConvertsBoxes()
{
    const auto boxes = ObjectDetector::fromJson(QJsonObject{{QStringLiteral("bounding_boxes"),
                                                             QJsonArray{QJsonObject{{QStringLiteral("box_2d"), QJsonArray{163, 21, 473, 321}},
                                                                                    {QStringLiteral("label"), QStringLiteral("kitten")}}}}});
    QVERIFY(boxes);
    // y first: [ymin, xmin, ymax, xmax] / 1000 becomes [left, top, right, bottom] of the page.
    QCOMPARE(boxes->detections.first().box, (NormalizedRect{0.021, 0.163, 0.321, 0.473}));
    QCOMPARE(boxes->detections.first().box2d, (std::array<int, 4>{163, 21, 473, 321}));
    // Pixels only at the edge, for an image of any size: 21/1000 * 600 = 12.6 -> 12.
    QCOMPARE(boxes->detections.first().pixelBox(QSize(600, 600)), QRect(12, 97, 180, 186));
    QCOMPARE(boxes->detections.first().pixelBox(QSize(1200, 1200)), QRect(25, 195, 360, 372));
    QVERIFY(!ObjectDetector::fromJson(QJsonObject{{QStringLiteral("bounding_boxes"), QJsonArray{QJsonObject{{QStringLiteral("box_2d"), QJsonArray{1, 2}}}}}}));
}

QTEST_GUILESS_MAIN(TestGeminiProvider)
#include "tst_geminiprovider.moc"
