// SPDX-License-Identifier: MIT
// Every recorded OpenAI-compatible exchange is replayed through OpenAiProvider against the fake
// server: responses must parse, and requests built from the recorded ones must have their shape.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include "core/llm/futureresult.h"
#include "core/llm/openaicodec.h"
#include "core/llm/openaiprovider.h"
#include "core/llm/streamdecoder.h"
#include "tests/fakes/fakeopenaiserver.h"
#include "tests/fakes/recordedfixture.h"
#include "tests/support/testpaths.h"

using namespace PageLens;
using namespace PageLens::Test;

namespace {

GenerateRequest requestFrom(const QJsonObject &body)
{
    GenerateRequest request;
    request.model = body.value(QLatin1String("model")).toString();
    request.stream = body.value(QLatin1String("stream")).toBool();
    request.temperature = body.value(QLatin1String("temperature")).toDouble(-1);
    request.responseSchema = body.value(QLatin1String("response_format"))[QLatin1String("json_schema")][QLatin1String("schema")].toObject();
    for (const QJsonValue &tool : body.value(QLatin1String("tools")).toArray())
        request.tools.append(ToolDeclaration{tool[QLatin1String("function")][QLatin1String("name")].toString(),
                                             tool[QLatin1String("function")][QLatin1String("description")].toString(),
                                             tool[QLatin1String("function")][QLatin1String("parameters")].toObject()});
    for (const QJsonValue &value : body.value(QLatin1String("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        const QString role = message.value(QLatin1String("role")).toString();
        if (role == QLatin1String("system")) {
            request.systemInstruction = message.value(QLatin1String("content")).toString();
            continue;
        }
        if (role == QLatin1String("tool")) {
            ContentPart part;
            part.kind = ContentPart::Kind::FunctionResponse;
            part.callId = message.value(QLatin1String("tool_call_id")).toString();
            part.args = QJsonObject{{QStringLiteral("result"), message.value(QLatin1String("content"))}};
            if (request.turns.isEmpty() || request.turns.last().role != ChatTurn::Role::User
                || request.turns.last().parts.last().kind != ContentPart::Kind::FunctionResponse)
                request.turns.append(ChatTurn{ChatTurn::Role::User, {}});
            request.turns.last().parts.append(part);
            continue;
        }
        ChatTurn turn;
        turn.role = role == QLatin1String("assistant") ? ChatTurn::Role::Model : ChatTurn::Role::User;
        const QJsonValue content = message.value(QLatin1String("content"));
        if (content.isString())
            turn.parts.append(ContentPart::fromText(content.toString()));
        for (const QJsonValue &part : content.toArray()) {
            if (part[QLatin1String("type")].toString() == QLatin1String("text")) {
                turn.parts.append(ContentPart::fromText(part[QLatin1String("text")].toString()));
            } else if (part[QLatin1String("type")].toString() == QLatin1String("image_url")) {
                const QString url = part[QLatin1String("image_url")][QLatin1String("url")].toString();
                ContentPart media;
                media.kind = ContentPart::Kind::Media;
                media.mimeType = url.section(QLatin1Char(';'), 0, 0).mid(5);
                media.base64 = url.section(QLatin1Char(','), 1).toLatin1();
                turn.parts.append(media);
            }
        }
        for (const QJsonValue &call : message.value(QLatin1String("tool_calls")).toArray()) {
            ContentPart part;
            part.kind = ContentPart::Kind::FunctionCall;
            part.callId = call[QLatin1String("id")].toString();
            part.name = call[QLatin1String("function")][QLatin1String("name")].toString();
            part.args = QJsonDocument::fromJson(call[QLatin1String("function")][QLatin1String("arguments")].toString().toUtf8()).object();
            turn.parts.append(part);
        }
        request.turns.append(turn);
    }
    return request;
}

QStringList messageShape(const QJsonObject &body)
{
    QStringList shape;
    for (const QJsonValue &message : body.value(QLatin1String("messages")).toArray()) {
        QString entry = message[QLatin1String("role")].toString();
        for (const QJsonValue &part : message[QLatin1String("content")].toArray())
            entry += QLatin1Char(':') + part[QLatin1String("type")].toString();
        for (const QJsonValue &call : message[QLatin1String("tool_calls")].toArray())
            entry += QStringLiteral(":call=") + call[QLatin1String("function")][QLatin1String("name")].toString()
                     + QLatin1Char('#') + call[QLatin1String("id")].toString();
        if (message[QLatin1String("tool_call_id")].isString())
            entry += QStringLiteral(":result#") + message[QLatin1String("tool_call_id")].toString();
        shape << entry;
    }
    return shape;
}

} // namespace

class TestOpenAiFixtures : public QObject
{
    Q_OBJECT
private slots:
    void replay_data();
    void replay();
    void streamedToolArgumentsAreJoined();
    void base64EmbeddingsDecode();
};

void TestOpenAiFixtures::replay_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(fixturePath(QStringLiteral("openai"))).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 8, "the recorded fixtures were not found");
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << QStringLiteral("openai/") + name;
}

void TestOpenAiFixtures::replay()
{
    QFETCH(QString, file);
    const RecordedFixture fixture = RecordedFixture::load(file);
    QVERIFY(!fixture.exchanges.isEmpty());
    FakeOpenAiServer fake;
    QVERIFY(fake.start());
    ProviderConfig config;
    config.kind = ProviderConfig::Kind::OpenAi;
    config.baseUrl = fake.url().toString() + QStringLiteral("/v1");
    OpenAiProvider provider(config);
    RetryPolicy once;
    once.maxAttempts = 1;
    provider.http()->setRetryPolicy(once);

    for (const RecordedFixture::Exchange &exchange : fixture.exchanges) {
        FakeResponse response;
        response.status = exchange.status;
        response.headers = exchange.responseHeaders;
        response.chunks = {exchange.responseBody};
        fake.enqueue(QStringLiteral("/v1/"), response);

        if (exchange.url.endsWith(QLatin1String("/embeddings"))) {
            EmbedRequest request;
            for (const QJsonValue &input : exchange.requestJson.value(QLatin1String("input")).toArray())
                request.texts << input.toString();
            request.model = exchange.requestJson.value(QLatin1String("model")).toString();
            const auto result = awaitResult(provider.embed(request));
            QVERIFY2(result, qPrintable(result ? QString() : result.error().toLogString()));
            QCOMPARE(result->vectors.size(), request.texts.size());
            QCOMPARE(fake.lastRequest().json().value(QLatin1String("input")), exchange.requestJson.value(QLatin1String("input")));
            continue;
        }
        const GenerateRequest request = requestFrom(exchange.requestJson);
        QString streamed;
        const auto result = awaitResult(provider.generate(request, StreamSink::textOnly([&](const QString &chunk) { streamed += chunk; })));
        if (exchange.status != 200) {
            QVERIFY(!result);
            QCOMPARE(result.error().code, Error::Code::InvalidArgument);
            QVERIFY(result.error().message.contains(QStringLiteral("role")));
        } else {
            QVERIFY2(result, qPrintable(result ? QString() : result.error().toLogString()));
            QVERIFY(!result->parts.isEmpty());
            if (request.stream)
                QCOMPARE(streamed, result->text);
            if (!request.responseSchema.isEmpty() && result->finishReason != QLatin1String("tool_calls"))
                QVERIFY(result->json.isObject());
        }
        const QJsonObject sent = fake.lastRequest().json();
        QCOMPARE(messageShape(sent), messageShape(exchange.requestJson));
        QCOMPARE(sent.value(QLatin1String("tools")).toArray().size(), exchange.requestJson.value(QLatin1String("tools")).toArray().size());
        QCOMPARE(sent.value(QLatin1String("stream")).toBool(), exchange.requestJson.value(QLatin1String("stream")).toBool());
        QCOMPARE(sent.value(QLatin1String("response_format"))[QLatin1String("type")],
                 exchange.requestJson.value(QLatin1String("response_format"))[QLatin1String("type")]);
    }
    QCOMPARE(fake.pendingScripts(), 0);
}

void TestOpenAiFixtures::streamedToolArgumentsAreJoined()
{
    const RecordedFixture fixture = RecordedFixture::load(QStringLiteral("openai/chat-stream-tool-call-roundtrip.json"));
    StreamDecoder decoder;
    OpenAiCodec::Accumulator acc;
    const QByteArray body = fixture.exchanges.first().responseBody;
    for (qsizetype i = 0; i < body.size(); i += 5) {   // tiny pieces: events split anywhere
        auto objects = decoder.feed(body.mid(i, 5));
        QVERIFY(objects);
        for (const QJsonObject &o : *objects)
            OpenAiCodec::mergeChunk(acc, o);
    }
    QVERIFY(decoder.sawDone());
    auto response = OpenAiCodec::finish(acc);
    QVERIFY(response);
    QCOMPARE(response->finishReason, QStringLiteral("tool_calls"));
    const ContentPart call = response->parts.last();
    QCOMPARE(call.kind, ContentPart::Kind::FunctionCall);
    QCOMPARE(call.name, QStringLiteral("multiply"));
    QVERIFY(call.callId.startsWith(QStringLiteral("call_")));
    QCOMPARE(call.args.value(QLatin1String("a")).toInt(), 1231);
    QCOMPARE(call.args.value(QLatin1String("b")).toInt(), 2331);
    QVERIFY(response->usage.totalTokens > 0);
}

void TestOpenAiFixtures::base64EmbeddingsDecode()
{
    const RecordedFixture fixture = RecordedFixture::load(QStringLiteral("openai/embeddings-base64-two-inputs.json"));
    auto vectors = OpenAiCodec::parseEmbeddings(QJsonDocument::fromJson(fixture.exchanges.first().responseBody).object(), 2);
    QVERIFY(vectors);
    QCOMPARE(vectors->first().size(), 1536);
}

QTEST_GUILESS_MAIN(TestOpenAiFixtures)
#include "tst_openaifixtures.moc"
