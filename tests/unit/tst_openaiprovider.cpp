// SPDX-License-Identifier: MIT
// OpenAiProvider behaviour against the fake: dialects, refusals before the network, streaming,
// structured output and embeddings.
#include <QJsonArray>
#include <QtTest>

#include "core/llm/futureresult.h"
#include "core/llm/openaiprovider.h"
#include "tests/fakes/fakeopenaiserver.h"
#include "tests/support/providertesthelpers.h"

using namespace PageLens;
using namespace PageLens::Test;

class TestOpenAiProvider : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void streamsAndCountsUsage();
    void localServerDialect();
    void refusesBeforeNetwork();
    void structuredOutput();
    void embeddingsAreNormalizedAndBatched();
    void dimensionsFollowTheModel_data();
    void dimensionsFollowTheModel();

private:
    std::unique_ptr<FakeOpenAiServer> m_fake;
    std::unique_ptr<OpenAiProvider> m_provider;
};

void TestOpenAiProvider::init()
{
    m_fake = std::make_unique<FakeOpenAiServer>();
    QVERIFY(m_fake->start());
    ProviderConfig config;
    config.kind = ProviderConfig::Kind::OpenAi;
    config.baseUrl = m_fake->url().toString() + QStringLiteral("/v1/");
    config.model = QStringLiteral("llava");
    config.inlineLimitBytes = 2000;
    m_provider = std::make_unique<OpenAiProvider>(config);
}

void TestOpenAiProvider::cleanup()
{
    m_provider.reset();
    m_fake.reset();
}

void TestOpenAiProvider::streamsAndCountsUsage()
{
    GenerateRequest request = withParts({ContentPart::fromBytes("png", QStringLiteral("image/png")), ContentPart::fromText(QStringLiteral("Describe"))});
    request.stream = true;
    QString streamed;
    const auto result = awaitResult(m_provider->generate(request, StreamSink::textOnly([&](const QString &chunk) { streamed += chunk; })), std::chrono::seconds(30));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toLogString()));
    QCOMPARE(streamed, result->text);
    QVERIFY(result->text.contains(QStringLiteral("image/png")));
    QVERIFY(result->usage.totalTokens > 0);
    const QJsonObject body = m_fake->lastRequest().json();
    QVERIFY(body.value(QLatin1String("stream_options"))[QLatin1String("include_usage")].toBool());
    QCOMPARE(body.value(QLatin1String("messages"))[0][QLatin1String("content")][0][QLatin1String("image_url")][QLatin1String("url")].toString(),
             QStringLiteral("data:image/png;base64,") + QString::fromLatin1(QByteArray("png").toBase64()));
}

void TestOpenAiProvider::localServerDialect()
{
    GenerateRequest request = withParts({ContentPart::fromText(QStringLiteral("Hi"))});
    request.maxOutputTokens = 64;
    request.systemInstruction = QStringLiteral("You are PageLens.");
    QVERIFY(awaitResult(m_provider->generate(request), std::chrono::seconds(30)));
    const FakeRequest sent = m_fake->lastRequest();
    QCOMPARE(sent.path, QStringLiteral("/v1/chat/completions"));
    QVERIFY(sent.header("authorization").isEmpty());
    const QJsonObject body = sent.json();
    QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 64);
    QVERIFY(!body.contains(QLatin1String("max_completion_tokens")));
    QCOMPARE(body.value(QLatin1String("messages"))[0][QLatin1String("role")].toString(), QStringLiteral("system"));
    QCOMPARE(body.value(QLatin1String("messages"))[1][QLatin1String("content")].toString(), QStringLiteral("Hi"));
    QVERIFY(!m_provider->capabilities().pdf);
}

void TestOpenAiProvider::refusesBeforeNetwork()
{
    auto pdf = awaitResult(m_provider->generate(withParts({ContentPart::fromBytes("%PDF-1.7", QStringLiteral("application/pdf"))})), std::chrono::seconds(30));
    QVERIFY(!pdf);
    QCOMPARE(pdf.error().code, Error::Code::Unsupported);
    auto big = awaitResult(m_provider->generate(withParts({ContentPart::fromBytes(QByteArray(3000, 'x'), QStringLiteral("image/png"))})), std::chrono::seconds(30));
    QVERIFY(!big);
    QVERIFY(big.error().message.contains(QStringLiteral("too large")));
    ContentPart gs;
    gs.kind = ContentPart::Kind::Media;
    gs.uri = QStringLiteral("gs://bucket/a.png");
    gs.mimeType = QStringLiteral("image/png");
    auto link = awaitResult(m_provider->generate(withParts({gs})), std::chrono::seconds(30));
    QVERIFY(!link);
    QCOMPARE(link.error().code, Error::Code::Unsupported);
    QCOMPARE(m_fake->count(), 0);
}

void TestOpenAiProvider::structuredOutput()
{
    GenerateRequest request = withParts({ContentPart::fromText(QStringLiteral("City?"))});
    request.responseSchema = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                         {QStringLiteral("properties"), QJsonObject{{QStringLiteral("city"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
                                         {QStringLiteral("required"), QJsonArray{QStringLiteral("city")}}};
    const auto result = awaitResult(m_provider->generate(request), std::chrono::seconds(30));
    QVERIFY(result);
    QVERIFY(result->json[QLatin1String("city")].isString());
    QCOMPARE(m_fake->lastRequest().json().value(QLatin1String("response_format"))[QLatin1String("type")].toString(), QStringLiteral("json_schema"));
    m_fake->enqueue(QStringLiteral("/chat/completions"),
                    FakeResponse::json(200, QJsonObject{{QStringLiteral("choices"), QJsonArray{QJsonObject{
                                                            {QStringLiteral("message"), QJsonObject{{QStringLiteral("content"), QStringLiteral("partial")}}},
                                                            {QStringLiteral("finish_reason"), QStringLiteral("length")}}}}}));
    const auto cut = awaitResult(m_provider->generate(request), std::chrono::seconds(30));
    QVERIFY(!cut);
    QCOMPARE(cut.error().code, Error::Code::Truncated);
}

void TestOpenAiProvider::embeddingsAreNormalizedAndBatched()
{
    EmbedRequest request;
    for (int i = 0; i < 150; ++i)
        request.texts << QStringLiteral("text %1").arg(i);
    request.dimensions = 32;
    const auto result = awaitResult(m_provider->embed(request), std::chrono::seconds(30));
    QVERIFY(result);
    QCOMPARE(result->vectors.size(), 150);
    QCOMPARE(result->dimensions, 32);
    QCOMPARE(m_fake->count(QStringLiteral("/embeddings")), 2);
    QCOMPARE(m_fake->lastRequest().json().value(QLatin1String("encoding_format")).toString(), QStringLiteral("float"));
}

void TestOpenAiProvider::dimensionsFollowTheModel_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("asked");
    QTest::addColumn<int>("got");   // 0: the server refuses the request
    QTest::newRow("text-embedding-3-small shortens") << QStringLiteral("text-embedding-3-small") << 32 << 32;
    QTest::newRow("text-embedding-3-large default") << QStringLiteral("text-embedding-3-large") << 0 << 3072;
    QTest::newRow("ada-002 without dimensions") << QStringLiteral("text-embedding-ada-002") << 0 << 1536;
    QTest::newRow("ada-002 refuses dimensions") << QStringLiteral("text-embedding-ada-002") << 256 << 0;
    QTest::newRow("local server ignores dimensions") << QStringLiteral("nomic-embed-text") << 256 << 768;
}

void TestOpenAiProvider::dimensionsFollowTheModel()
{
    QFETCH(QString, model);
    QFETCH(int, asked);
    QFETCH(int, got);
    EmbedRequest request;
    request.model = model;
    request.texts = {QStringLiteral("invoice total"), QStringLiteral("delivery address")};
    request.dimensions = asked;
    const auto result = awaitResult(m_provider->embed(request), std::chrono::seconds(30));
    QCOMPARE(m_fake->lastRequest(QStringLiteral("/embeddings")).json().contains(QLatin1String("dimensions")), asked > 0);
    if (got == 0) {
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::InvalidArgument);
        QVERIFY2(result.error().toLogString().contains(QStringLiteral("does not support specifying dimensions")),
                 qPrintable(result.error().toLogString()));
        return;
    }
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toLogString()));
    QCOMPARE(result->dimensions, got);   // what the server sent, also when it ignored the request
    for (const auto &vector : result->vectors) {
        QCOMPARE(vector.size(), got);
        double sum = 0;
        for (float v : vector)
            sum += double(v) * v;
        QVERIFY(std::abs(sum - 1.0) < 1e-4);
    }
}

QTEST_GUILESS_MAIN(TestOpenAiProvider)
#include "tst_openaiprovider.moc"
