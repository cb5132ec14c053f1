// SPDX-License-Identifier: MIT
// Every recorded OpenAI-compatible exchange is replayed through OpenAiProvider against the fake
// server: responses must parse, and the request PageLens sends for the recorded conversation is
// compared whole (method, path, headers that matter, body) with the recorded request. Where
// PageLens deliberately differs from the recording's client, or the recording lacks something, a
// rule below says so; the expected values never come from PageLens code.
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
        if (content.toString().isEmpty() && !message.contains(QLatin1String("tool_calls")) && !content.isArray())
            continue;   // an empty assistant message of the recording's client (see expectedChatBody)
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

/**
 * The recorded chat body as PageLens sends it. Each change is a documented difference between
 * PageLens and the client that made the recording, not something computed by PageLens.
 */
QJsonObject expectedChatBody(const QJsonObject &recorded)
{
    QJsonObject body = recorded;
    // Server defaults PageLens does not spell out: one choice, no stream, tool_choice auto.
    if (body.value(QLatin1String("n")).toInt() == 1)
        body.remove(QStringLiteral("n"));
    if (body.value(QLatin1String("stream")) == QJsonValue(false))
        body.remove(QStringLiteral("stream"));
    if (body.value(QLatin1String("tool_choice")).toString() == QLatin1String("auto"))
        body.remove(QStringLiteral("tool_choice"));
    // Strict function schemas are not used (PageLens validates arguments itself).
    QJsonArray tools;
    for (const QJsonValue &tool : body.value(QLatin1String("tools")).toArray()) {
        QJsonObject t = tool.toObject();
        QJsonObject function = t.value(QLatin1String("function")).toObject();
        function.remove(QStringLiteral("strict"));
        t.insert(QStringLiteral("function"), function);
        tools.append(t);
    }
    if (!tools.isEmpty())
        body.insert(QStringLiteral("tools"), tools);
    // The response schema always goes as {name: "result", strict: false}: PageLens validates the answer.
    if (body.contains(QLatin1String("response_format"))) {
        QJsonObject format = body.value(QLatin1String("response_format")).toObject();
        QJsonObject schema = format.value(QLatin1String("json_schema")).toObject();
        schema.insert(QStringLiteral("name"), QStringLiteral("result"));
        schema.insert(QStringLiteral("strict"), false);
        format.insert(QStringLiteral("json_schema"), schema);
        body.insert(QStringLiteral("response_format"), format);
    }
    QJsonArray messages;
    for (const QJsonValue &value : body.value(QLatin1String("messages")).toArray()) {
        QJsonObject message = value.toObject();
        const QString role = message.value(QLatin1String("role")).toString();
        // simonw/llm sent an empty assistant message of its own before the tool call; PageLens sends no empty turns.
        if (role == QLatin1String("assistant") && message.value(QLatin1String("content")).toString().isEmpty()
            && !message.contains(QLatin1String("tool_calls")))
            continue;
        if (role == QLatin1String("assistant")) {
            // An assistant message that only calls tools has content null (some clients leave it out).
            if (message.value(QLatin1String("content")).toString().isEmpty())
                message.insert(QStringLiteral("content"), QJsonValue(QJsonValue::Null));
            // Arguments as compact JSON text.
            QJsonArray calls;
            for (const QJsonValue &call : message.value(QLatin1String("tool_calls")).toArray()) {
                QJsonObject c = call.toObject();
                QJsonObject function = c.value(QLatin1String("function")).toObject();
                function.insert(QStringLiteral("arguments"),
                                QString::fromUtf8(QJsonDocument::fromJson(function.value(QLatin1String("arguments")).toString().toUtf8())
                                                      .toJson(QJsonDocument::Compact)));
                c.insert(QStringLiteral("function"), function);
                calls.append(c);
            }
            if (!calls.isEmpty())
                message.insert(QStringLiteral("tool_calls"), calls);
        }
        // A function result is an object in PageLens; a plain recorded string goes as {"result": ...} JSON text.
        if (role == QLatin1String("tool"))
            message.insert(QStringLiteral("content"),
                           QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("result"), message.value(QLatin1String("content"))}})
                                                 .toJson(QJsonDocument::Compact)));
        messages.append(message);
    }
    body.insert(QStringLiteral("messages"), messages);
    return body;
}

QString pretty(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

const QByteArray kKey = "sk-test-fixtures";

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
    // The recorded base path (/v1, or /v1beta/openai for Gemini's compatible endpoint) on the fake.
    const QString recordedPath = QUrl(fixture.exchanges.first().url).path();
    const QString basePath = recordedPath.left(recordedPath.lastIndexOf(recordedPath.endsWith(QLatin1String("/chat/completions"))
                                                                           ? QLatin1String("/chat/completions") : QLatin1String("/embeddings")));
    ProviderConfig config;
    config.kind = ProviderConfig::Kind::OpenAi;
    config.baseUrl = fake.url().toString() + basePath;
    config.apiKey = QString::fromLatin1(kKey);
    config.sendKey = true;   // the fake is a loopback http:// server
    OpenAiProvider provider(config);
    RetryPolicy once;
    once.maxAttempts = 1;
    provider.http()->setRetryPolicy(once);

    for (int i = 0; i < fixture.exchanges.size(); ++i) {
        const RecordedFixture::Exchange &exchange = fixture.exchanges.at(i);
        const QUrl recordedUrl(exchange.url);
        FakeResponse response;
        response.status = exchange.status;
        response.headers = exchange.responseHeaders;
        response.chunks = {exchange.responseBody};
        fake.enqueue(recordedUrl.path(), response);   // only the recorded endpoint gets the recorded answer
        fake.clearRequests();

        QJsonObject expectedBody;
        if (exchange.url.endsWith(QLatin1String("/embeddings"))) {
            EmbedRequest request;
            for (const QJsonValue &input : exchange.requestJson.value(QLatin1String("input")).toArray())
                request.texts << input.toString();
            request.model = exchange.requestJson.value(QLatin1String("model")).toString();
            const auto result = awaitResult(provider.embed(request), std::chrono::seconds(20));
            QVERIFY2(result, qPrintable(result ? QString() : result.error().toLogString()));
            QCOMPARE(result->vectors.size(), request.texts.size());
            // PageLens asks for float arrays; the official SDKs ask for base64.
            expectedBody = exchange.requestJson;
            expectedBody.insert(QStringLiteral("encoding_format"), QStringLiteral("float"));
        } else {
            const GenerateRequest request = requestFrom(exchange.requestJson);
            QString streamed;
            const auto result = awaitResult(provider.generate(request, StreamSink::textOnly([&](const QString &chunk) { streamed += chunk; })),
                                            std::chrono::seconds(20));
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
            expectedBody = expectedChatBody(exchange.requestJson);
        }

        QCOMPARE(fake.requests().size(), 1);
        const FakeRequest sent = fake.requests().first();
        QCOMPARE(QString::fromLatin1(sent.method), exchange.method);
        QCOMPARE(sent.path, recordedUrl.path());
        QCOMPARE(sent.query, recordedUrl.query());
        QCOMPARE(sent.header("content-type"), exchange.requestHeader("content-type"));
        // The recorder filtered the auth header: the key is checked against the configured one.
        QVERIFY(exchange.requestHeader("authorization").isEmpty() || exchange.requestHeader("authorization") == "REDACTED");
        QCOMPARE(sent.header("authorization"), QByteArray("Bearer ") + kKey);
        const QJsonObject sentBody = sent.json();
        QVERIFY2(sentBody == expectedBody, qPrintable(QStringLiteral("exchange %1 request body differs:\nsent %2\nrecorded %3")
                                                         .arg(i).arg(pretty(sentBody), pretty(expectedBody))));
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
