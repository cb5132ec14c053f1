// SPDX-License-Identifier: MIT
// Every recorded Gemini exchange is replayed through the real client against the fake server.
// Responses: the recorded bytes must parse to the outcome the recording shows. Requests: the
// request PageLens sends for the recorded conversation is compared whole (method, path, query, the
// headers that matter, body) with the recorded request. Where PageLens deliberately differs from
// the client that made the recording, or the recording lacks something, a rule below says so; the
// expected values never come from PageLens code.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

#include "core/llm/futureresult.h"
#include "core/llm/geminicodec.h"
#include "core/llm/geminiprovider.h"
#include "tests/fakes/fakegeminiserver.h"
#include "tests/fakes/recordedfixture.h"
#include "tests/support/testpaths.h"

using namespace PageLens;
using namespace PageLens::Test;

namespace {

const QByteArray kKey = "test-key-AIzaFixtures";

QString camel(const QString &key)
{
    QString out;
    bool upper = false;
    for (const QChar c : key) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

/**
 * Proto field names in lowerCamelCase (the server accepts snake_case too; PageLens writes
 * camelCase). Values that are the caller's own data (function arguments and results, schemas)
 * keep their keys as they are.
 */
QJsonValue camelFields(const QJsonValue &value)
{
    static const QStringList userData{QStringLiteral("args"), QStringLiteral("response"), QStringLiteral("parameters"),
                                      QStringLiteral("parametersJsonSchema"), QStringLiteral("responseSchema"),
                                      QStringLiteral("responseJsonSchema")};
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            const QString key = camel(it.key());
            out.insert(key, userData.contains(key) ? it.value() : camelFields(it.value()));
        }
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(camelFields(v));
        return out;
    }
    return value;
}

QJsonObject withoutKey(QJsonObject object, const QString &key)
{
    object.remove(key);
    return object;
}

/**
 * The recorded generateContent body as PageLens sends it. Each change is a documented difference
 * between PageLens and the client that made the recording, not something computed by PageLens.
 */
QJsonObject expectedGenerateBody(const QJsonObject &recorded)
{
    QJsonObject body = camelFields(recorded).toObject();
    // PageLens leaves safety settings and thinking to the server's defaults and asks for text only
    // by asking for nothing (TEXT is the default modality).
    body.remove(QStringLiteral("safetySettings"));
    QJsonObject config = body.value(QLatin1String("generationConfig")).toObject();
    config.remove(QStringLiteral("responseModalities"));
    config.remove(QStringLiteral("thinkingConfig"));
    // PageLens always sends the JSON Schema form of a response schema.
    if (config.contains(QLatin1String("responseSchema"))) {
        config.insert(QStringLiteral("responseJsonSchema"), config.value(QLatin1String("responseSchema")));
        config.remove(QStringLiteral("responseSchema"));
    }
    body.remove(QStringLiteral("generationConfig"));
    if (!config.isEmpty())   // PageLens omits an empty generationConfig
        body.insert(QStringLiteral("generationConfig"), config);
    // The system instruction is sent without a role (the API ignores it).
    if (body.contains(QLatin1String("systemInstruction")))
        body.insert(QStringLiteral("systemInstruction"), withoutKey(body.value(QLatin1String("systemInstruction")).toObject(), QStringLiteral("role")));
    // Tool parameters always go as JSON Schema (parametersJsonSchema); a missing description is "".
    QJsonArray tools;
    for (const QJsonValue &tool : body.value(QLatin1String("tools")).toArray()) {
        QJsonArray declarations;
        for (const QJsonValue &d : tool[QLatin1String("functionDeclarations")].toArray()) {
            QJsonObject declaration = d.toObject();
            if (declaration.contains(QLatin1String("parameters"))) {
                declaration.insert(QStringLiteral("parametersJsonSchema"), declaration.value(QLatin1String("parameters")));
                declaration.remove(QStringLiteral("parameters"));
            }
            if (declaration.value(QLatin1String("description")).isNull())
                declaration.insert(QStringLiteral("description"), QString());
            declarations.append(declaration);
        }
        tools.append(QJsonObject{{QStringLiteral("functionDeclarations"), declarations}});
    }
    if (!tools.isEmpty())
        body.insert(QStringLiteral("tools"), tools);
    // Only the mode is sent; PageLens has no allowed-function list.
    if (body.contains(QLatin1String("toolConfig"))) {
        const QString mode = body.value(QLatin1String("toolConfig"))[QLatin1String("functionCallingConfig")][QLatin1String("mode")].toString();
        body.insert(QStringLiteral("toolConfig"), QJsonObject{{QStringLiteral("functionCallingConfig"), QJsonObject{{QStringLiteral("mode"), mode}}}});
    }
    return body;
}

/** The test's own reading of a recorded part (not the client's parser). */
ContentPart partFrom(const QJsonObject &json)
{
    ContentPart part;
    part.thoughtSignature = json.value(QLatin1String("thoughtSignature")).toString().toLatin1();
    part.thought = json.value(QLatin1String("thought")).toBool();
    if (json.contains(QLatin1String("functionCall"))) {
        const QJsonObject call = json.value(QLatin1String("functionCall")).toObject();
        part.kind = ContentPart::Kind::FunctionCall;
        part.name = call.value(QLatin1String("name")).toString();
        part.callId = call.value(QLatin1String("id")).toString();
        part.args = call.value(QLatin1String("args")).toObject();
    } else if (json.contains(QLatin1String("functionResponse"))) {
        const QJsonObject response = json.value(QLatin1String("functionResponse")).toObject();
        part.kind = ContentPart::Kind::FunctionResponse;
        part.name = response.value(QLatin1String("name")).toString();
        part.callId = response.value(QLatin1String("id")).toString();
        part.args = response.value(QLatin1String("response")).toObject();
    } else if (json.contains(QLatin1String("inlineData"))) {
        const QJsonObject data = json.value(QLatin1String("inlineData")).toObject();
        part.kind = ContentPart::Kind::Media;
        part.mimeType = data.value(QLatin1String("mimeType")).toString();
        part.base64 = data.value(QLatin1String("data")).toString().toLatin1();   // truncated in the recording: sent as is
    } else {
        part.text = json.value(QLatin1String("text")).toString();
    }
    return part;
}

QString modelInUrl(const QString &url)
{
    static const QRegularExpression model(QStringLiteral("/models/([^:/?]+):"));
    return model.match(url).captured(1);
}

/** The PageLens request a caller would write to have the recorded conversation sent. */
GenerateRequest requestFrom(const QJsonObject &recorded, const QString &url)
{
    const QJsonObject body = camelFields(recorded).toObject();
    GenerateRequest request;
    request.model = modelInUrl(url);
    for (const QJsonValue &part : body.value(QLatin1String("systemInstruction"))[QLatin1String("parts")].toArray())
        request.systemInstruction += part[QLatin1String("text")].toString();
    for (const QJsonValue &content : body.value(QLatin1String("contents")).toArray()) {
        ChatTurn turn;
        turn.role = content[QLatin1String("role")].toString() == QLatin1String("model") ? ChatTurn::Role::Model : ChatTurn::Role::User;
        for (const QJsonValue &part : content[QLatin1String("parts")].toArray())
            turn.parts.append(partFrom(part.toObject()));
        request.turns.append(turn);
    }
    const QJsonObject config = body.value(QLatin1String("generationConfig")).toObject();
    request.temperature = config.value(QLatin1String("temperature")).toDouble(-1);
    request.maxOutputTokens = config.value(QLatin1String("maxOutputTokens")).toInt();
    request.responseSchema = config.contains(QLatin1String("responseJsonSchema"))
                                 ? config.value(QLatin1String("responseJsonSchema")).toObject()
                                 : config.value(QLatin1String("responseSchema")).toObject();
    for (const QJsonValue &tool : body.value(QLatin1String("tools")).toArray()) {
        for (const QJsonValue &d : tool[QLatin1String("functionDeclarations")].toArray()) {
            ToolDeclaration declaration;
            declaration.name = d[QLatin1String("name")].toString();
            declaration.description = d[QLatin1String("description")].toString();
            declaration.parameters = d[QLatin1String("parametersJsonSchema")].isObject() ? d[QLatin1String("parametersJsonSchema")].toObject()
                                                                                          : d[QLatin1String("parameters")].toObject();
            request.tools.append(declaration);
        }
    }
    request.toolMode = body.value(QLatin1String("toolConfig"))[QLatin1String("functionCallingConfig")][QLatin1String("mode")].toString();
    return request;
}

QList<QByteArray> pieces(const QByteArray &body, int size)
{
    QList<QByteArray> out;
    for (qsizetype i = 0; i < body.size(); i += size)
        out << body.mid(i, size);
    return out;
}

QString outcome(Error::Code code)
{
    switch (code) {
    case Error::Code::Blocked: return QStringLiteral("Blocked");
    case Error::Code::Truncated: return QStringLiteral("Truncated");
    case Error::Code::InvalidKey: return QStringLiteral("InvalidKey");
    case Error::Code::Quota: return QStringLiteral("Quota");
    case Error::Code::ModelNotFound: return QStringLiteral("ModelNotFound");
    case Error::Code::Overloaded: return QStringLiteral("Overloaded");
    default: return QStringLiteral("Error%1").arg(int(code));
    }
}

QString pretty(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

/** Bytes of a base64 string in either alphabet (standard or URL-safe). */
QByteArray decodeAnyBase64(const QString &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

} // namespace

class TestGeminiFixtures : public QObject
{
    Q_OBJECT
private slots:
    void replay_data();
    void replay();
    void thoughtSignatureIsEchoedByteForByte();
    void reducedEmbeddingsAreNormalized();
    void uploadFollowsTheRecordedProtocol();
};

void TestGeminiFixtures::replay_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");   // one outcome per exchange: Ok or an error kind
    const QHash<QString, QStringList> expected{
        {QStringLiteral("gemini/count-tokens.json"), {QStringLiteral("Ok")}},
        {QStringLiteral("gemini/error-404-embed-model-not-found.json"), {QStringLiteral("ModelNotFound")}},
        {QStringLiteral("gemini/error-429-resource-exhausted-retryinfo.json"), {QStringLiteral("Quota")}},
        {QStringLiteral("gemini/error-503-unavailable-overloaded.json"), {QStringLiteral("Overloaded")}},
        {QStringLiteral("gemini/generate-max-tokens.json"), {QStringLiteral("Truncated")}},
        {QStringLiteral("gemini/generate-safety-blocked-empty-content.json"), {QStringLiteral("Blocked")}},
        {QStringLiteral("gemini/raw/error-429-quota-exceeded-errorinfo.json"), {QStringLiteral("Quota")}},
        {QStringLiteral("gemini/raw/googleai-error-400-api-key-invalid.json"), {QStringLiteral("InvalidKey")}},
        {QStringLiteral("gemini/raw/googleai-error-403-api-not-enabled.json"), {QStringLiteral("InvalidKey")}},
        {QStringLiteral("gemini/raw/googleai-error-404-unknown-model.json"), {QStringLiteral("ModelNotFound")}},
        {QStringLiteral("gemini/raw/googleai-streaming-failure-prompt-blocked-safety.txt"), {QStringLiteral("Blocked")}},
        {QStringLiteral("gemini/raw/googleai-unary-failure-finish-reason-safety.json"), {QStringLiteral("Blocked")}},
        {QStringLiteral("gemini/raw/streaming-failure-error-mid-stream.txt"), {QStringLiteral("Overloaded")}},
    };
    const QDir dir(fixturePath(QStringLiteral("gemini")));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << QStringLiteral("gemini/") + name;
    for (const QString &name : QDir(dir.filePath(QStringLiteral("raw"))).entryList(QDir::Files, QDir::Name))
        files << QStringLiteral("gemini/raw/") + name;
    QVERIFY2(files.size() >= 30, "the recorded fixtures were not found");
    for (const QString &file : files) {
        if (file.contains(QLatin1String("upload-resumable")))
            continue;   // uploadFollowsTheRecordedProtocol
        const RecordedFixture fixture = RecordedFixture::load(file);
        QStringList outcomes = expected.value(file);
        while (outcomes.size() < fixture.exchanges.size())
            outcomes << QStringLiteral("Ok");
        QTest::newRow(qPrintable(file)) << file << outcomes;
    }
}

void TestGeminiFixtures::replay()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const RecordedFixture fixture = RecordedFixture::load(file);
    QVERIFY2(!fixture.exchanges.isEmpty(), qPrintable(file));
    const bool rawBody = file.contains(QLatin1String("/raw/"));

    FakeGeminiServer fake;
    QVERIFY(fake.start());
    ProviderConfig config;
    config.baseUrl = fake.url().toString();
    config.apiKey = QString::fromLatin1(kKey);
    config.sendKey = true;   // the fake is a loopback http:// server
    config.model = QStringLiteral("gemini-2.5-flash");
    GeminiProvider provider(config);
    RetryPolicy once;
    once.maxAttempts = 1;   // the mapped error itself is under test here
    provider.http()->setRetryPolicy(once);

    for (int i = 0; i < fixture.exchanges.size(); ++i) {
        const RecordedFixture::Exchange &exchange = fixture.exchanges.at(i);
        const QUrl recordedUrl(exchange.url);
        const bool stream = exchange.url.contains(QLatin1String(":streamGenerateContent"));
        FakeResponse response;
        response.status = exchange.status;
        response.headers = exchange.responseHeaders;
        response.chunks = stream && exchange.status == 200 ? pieces(exchange.responseBody, 37) : QList<QByteArray>{exchange.responseBody};
        response.chunked = stream;
        // Only a request to the recorded endpoint gets the recorded answer (the fake's own answer
        // to anything else would not match the expected outcome).
        const QString endpoint = rawBody ? exchange.url.section(QLatin1Char('?'), 0, 0) : recordedUrl.path();
        fake.enqueue(endpoint, response);
        fake.clearRequests();

        QString got;
        QString detail;
        QJsonObject expectedBody;
        if (exchange.url.contains(QLatin1String("EmbedContents"))) {
            EmbedRequest request;
            const QJsonArray requests = exchange.requestJson.value(QLatin1String("requests")).toArray();
            for (const QJsonValue &r : requests)
                request.texts << r[QLatin1String("content")][QLatin1String("parts")][0][QLatin1String("text")].toString();
            request.model = requests.first()[QLatin1String("model")].toString();
            request.dimensions = requests.first()[QLatin1String("outputDimensionality")].toInt();
            request.task = requests.first()[QLatin1String("taskType")].toString() == QLatin1String("RETRIEVAL_QUERY") ? EmbedTask::Query : EmbedTask::Document;
            const auto result = awaitResult(provider.embed(request), std::chrono::seconds(20));
            got = result ? QStringLiteral("Ok") : outcome(result.error().code);
            if (result) {
                QCOMPARE(result->vectors.size(), request.texts.size());
                for (const auto &vector : result->vectors) {
                    double sum = 0;
                    for (float v : vector)
                        sum += double(v) * v;
                    QVERIFY(std::abs(sum - 1.0) < 1e-4);
                }
            } else {
                detail = result.error().toLogString();
            }
            // PageLens always says which side of retrieval a text is on; the recording's client
            // left taskType out in some requests (server default).
            QJsonArray expectedRequests;
            for (const QJsonValue &r : requests) {
                QJsonObject one = r.toObject();
                if (!one.contains(QLatin1String("taskType")))
                    one.insert(QStringLiteral("taskType"), QStringLiteral("RETRIEVAL_DOCUMENT"));
                expectedRequests.append(one);
            }
            expectedBody = QJsonObject{{QStringLiteral("requests"), expectedRequests}};
        } else if (exchange.url.contains(QLatin1String(":countTokens"))) {
            GenerateRequest request = requestFrom(exchange.requestJson, exchange.url);
            const auto result = awaitResult(provider.countTokens(request), std::chrono::seconds(20));
            got = result ? QStringLiteral("Ok") : outcome(result.error().code);
            if (result)   // the recorded totalTokens
                QCOMPARE(*result, QJsonDocument::fromJson(exchange.responseBody).object().value(QLatin1String("totalTokens")).toInt());
            // PageLens counts with the generateContentRequest form (so the system instruction and
            // tools count too), which names the model inside; the recording sent bare contents.
            QJsonObject inner = expectedGenerateBody(exchange.requestJson);
            inner.insert(QStringLiteral("model"), QStringLiteral("models/") + modelInUrl(exchange.url));
            expectedBody = QJsonObject{{QStringLiteral("generateContentRequest"), inner}};
        } else {
            GenerateRequest request = requestFrom(exchange.requestJson, exchange.url);
            if (request.turns.isEmpty())   // the recording has no request body
                request.turns.append(ChatTurn{ChatTurn::Role::User, {ContentPart::fromText(QStringLiteral("Hello"))}});
            request.stream = stream;
            QString streamed;
            const auto result = awaitResult(provider.generate(request, StreamSink::textOnly([&streamed](const QString &chunk) { streamed += chunk; })),
                                            std::chrono::seconds(20));
            got = result ? QStringLiteral("Ok") : outcome(result.error().code);
            if (result) {
                QVERIFY(!result->parts.isEmpty());
                if (stream)
                    QCOMPARE(streamed, result->text);
                if (!request.responseSchema.isEmpty())
                    QVERIFY(result->json.isObject() || result->json.isArray());
            } else {
                detail = result.error().toLogString();
                QVERIFY(!result.error().message.isEmpty());
            }
            expectedBody = expectedGenerateBody(exchange.requestJson);
        }
        QVERIFY2(got == expected.at(i), qPrintable(QStringLiteral("exchange %1: got %2, expected %3 (%4)")
                                                       .arg(i).arg(got, expected.at(i), detail)));

        // The request, compared with the recorded one.
        QCOMPARE(fake.requests().size(), 1);
        const FakeRequest sent = fake.requests().first();
        QCOMPARE(QString::fromLatin1(sent.method), exchange.method);
        // The recorder stripped the auth header (absent or REDACTED): the key is checked against
        // the configured one instead, and must not appear in the URL.
        QVERIFY(exchange.requestHeader("x-goog-api-key").isEmpty() || exchange.requestHeader("x-goog-api-key") == "REDACTED");
        QCOMPARE(sent.header("x-goog-api-key"), kKey);
        QVERIFY(!sent.query.contains(QString::fromLatin1(kKey)));
        if (rawBody) {
            // Byte-exact response bodies with no request recorded: only the endpoint is known.
            QVERIFY(sent.path.endsWith(endpoint));
            continue;
        }
        QCOMPARE(sent.path, recordedUrl.path());
        // PageLens streams with alt=sse always; the JSON-array recordings asked without it.
        QCOMPARE(sent.query, stream ? QStringLiteral("alt=sse") : recordedUrl.query());
        QCOMPARE(sent.header("content-type"), exchange.requestHeader("content-type"));
        if (!exchange.requestRecorded) {
            QVERIFY2(exchange.requestJson.isEmpty(), "the recording keeps no request body for this exchange");
            continue;
        }
        const QJsonObject sentBody = sent.json();
        QVERIFY2(sentBody == expectedBody, qPrintable(QStringLiteral("exchange %1 request body differs:\nsent %2\nrecorded %3")
                                                         .arg(i).arg(pretty(sentBody), pretty(expectedBody))));
    }
    QCOMPARE(fake.pendingScripts(), 0);
}

void TestGeminiFixtures::thoughtSignatureIsEchoedByteForByte()
{
    // Replays the recorded first turn (a function call with a thought signature), then sends the
    // recorded second turn built from the answer the client returned. The recording's client
    // re-encoded the signature as URL-safe base64; PageLens sends back the string as received.
    // Both must carry the same bytes, and PageLens's string must be the one in the response bytes.
    const RecordedFixture fixture = RecordedFixture::load(QStringLiteral("gemini/stream-sse-function-call-thought-signature.json"));
    QCOMPARE(fixture.exchanges.size(), 2);
    static const QRegularExpression signatureInStream(QStringLiteral("\"thoughtSignature\": \"([^\"]+)\""));
    const QString received = signatureInStream.match(QString::fromUtf8(fixture.exchanges.at(0).responseBody)).captured(1);
    QVERIFY(received.size() > 100);

    FakeGeminiServer fake;
    QVERIFY(fake.start());
    ProviderConfig config;
    config.baseUrl = fake.url().toString();
    config.apiKey = QString::fromLatin1(kKey);
    config.sendKey = true;   // the fake is a loopback http:// server
    GeminiProvider provider(config);
    for (const auto &exchange : fixture.exchanges) {
        FakeResponse response;
        response.headers = exchange.responseHeaders;
        response.chunks = pieces(exchange.responseBody, 64);
        response.chunked = true;
        fake.enqueue(QUrl(exchange.url).path(), response);
    }

    GenerateRequest first = requestFrom(fixture.exchanges.at(0).requestJson, fixture.exchanges.at(0).url);
    first.stream = true;
    const auto answer = awaitResult(provider.generate(first), std::chrono::seconds(20));
    QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().toLogString()));
    QCOMPARE(answer->parts.first().kind, ContentPart::Kind::FunctionCall);
    QCOMPARE(answer->parts.first().name, QStringLiteral("get_country"));

    // The second turn: the model turn exactly as the client returned it, then the recorded result.
    const QJsonArray recordedContents = fixture.exchanges.at(1).requestJson.value(QLatin1String("contents")).toArray();
    QCOMPARE(recordedContents.size(), 3);
    GenerateRequest second = first;
    second.turns.append(ChatTurn{ChatTurn::Role::Model, {answer->parts.first()}});
    second.turns.append(ChatTurn{ChatTurn::Role::User, {partFrom(recordedContents.at(2)[QLatin1String("parts")][0].toObject())}});
    QVERIFY(awaitResult(provider.generate(second), std::chrono::seconds(20)));

    const QJsonObject sentPart = fake.lastRequest().json().value(QLatin1String("contents"))[1][QLatin1String("parts")][0].toObject();
    const QJsonObject recordedPart = recordedContents.at(1)[QLatin1String("parts")][0].toObject();
    QCOMPARE(sentPart.value(QLatin1String("thoughtSignature")).toString(), received);
    const QByteArray sentBytes = decodeAnyBase64(sentPart.value(QLatin1String("thoughtSignature")).toString());
    QVERIFY(!sentBytes.isEmpty());
    QCOMPARE(sentBytes, decodeAnyBase64(recordedPart.value(QLatin1String("thoughtSignature")).toString()));
    // The call itself as recorded; the id is one the recording's client made up (the response had none).
    QCOMPARE(sentPart.value(QLatin1String("functionCall")).toObject(),
             withoutKey(recordedPart.value(QLatin1String("functionCall")).toObject(), QStringLiteral("id")));
    QCOMPARE(fake.pendingScripts(), 0);
}

void TestGeminiFixtures::reducedEmbeddingsAreNormalized()
{
    const RecordedFixture fixture = RecordedFixture::load(QStringLiteral("gemini/embed-batch-001-768.json"));
    const QJsonObject body = QJsonDocument::fromJson(fixture.exchanges.first().responseBody).object();
    const QJsonArray raw = body.value(QLatin1String("embeddings"))[0][QLatin1String("values")].toArray();
    double rawSum = 0;
    for (const QJsonValue &v : raw)
        rawSum += v.toDouble() * v.toDouble();
    QVERIFY(std::abs(std::sqrt(rawSum) - 0.5677) < 0.001);   // as recorded: not unit length
    auto vectors = GeminiCodec::parseEmbeddings(body, 1);
    QVERIFY(vectors);
    QCOMPARE(vectors->first().size(), 768);
    for (int k = 0; k < 768; k += 97)   // the recorded direction, scaled by the recorded norm
        QVERIFY(std::abs(vectors->first().at(k) - raw.at(k).toDouble() / std::sqrt(rawSum)) < 1e-5);
    double sum = 0;
    for (float v : vectors->first())
        sum += double(v) * v;
    QVERIFY(std::abs(sum - 1.0) < 1e-5);
}

void TestGeminiFixtures::uploadFollowsTheRecordedProtocol()
{
    // Interactions 1 and 2 of the recording are the resumable protocol (start, then upload +
    // finalize) against a file search store; PageLens uses the same protocol on /upload/v1beta/files.
    // Interaction 0 creates the store, which PageLens never does.
    const RecordedFixture fixture = RecordedFixture::load(QStringLiteral("gemini/upload-resumable-protocol-file-search-store.json"));
    QCOMPARE(fixture.exchanges.size(), 3);
    const RecordedFixture::Exchange &start = fixture.exchanges.at(1);
    const RecordedFixture::Exchange &upload = fixture.exchanges.at(2);
    const QUrl recordedUploadUrl = QUrl::fromEncoded(start.header("x-goog-upload-url"));
    QVERIFY(recordedUploadUrl.isValid());

    FakeGeminiServer fake;
    QVERIFY(fake.start());
    // The start answer as recorded, with the upload URL moved onto the fake (same path and query).
    FakeResponse started;
    for (const auto &[name, value] : start.responseHeaders) {
        if (name == "x-goog-upload-url") {
            QUrl moved = recordedUploadUrl;
            moved.setScheme(QStringLiteral("http"));
            moved.setHost(fake.url().host());
            moved.setPort(fake.url().port());
            started.headers.append({name, moved.toEncoded()});
        } else {
            started.headers.append({name, value});
        }
    }
    started.chunks = {start.responseBody};
    fake.enqueue(QStringLiteral("/upload/v1beta/files"), started);
    FakeResponse finished;
    finished.headers = upload.responseHeaders;
    finished.chunks = {upload.responseBody};
    fake.enqueue(recordedUploadUrl.path(), finished);

    ProviderConfig config;
    config.baseUrl = fake.url().toString();
    config.apiKey = QString::fromLatin1(kKey);
    config.sendKey = true;   // the fake is a loopback http:// server
    GeminiProvider provider(config);
    RetryPolicy once;
    once.maxAttempts = 1;
    provider.http()->setRetryPolicy(once);
    const auto result = awaitResult(provider.uploadFile(upload.requestBody, QStringLiteral("text/plain"), QStringLiteral("notes")),
                                    std::chrono::seconds(20));
    // The recorded final answer is a store operation, not a File: PageLens cannot use it and says so.
    QVERIFY(!result);
    QVERIFY(!result.error().message.isEmpty());

    const QList<FakeRequest> requests = fake.requests();
    QVERIFY(requests.size() >= 2);
    // Start: the recorder dropped the X-Goog-Upload-* request headers (see the fixture's notes),
    // so they are checked against the protocol in wire-format.md rather than the recording.
    QCOMPARE(QString::fromLatin1(requests.at(0).method), start.method);
    QCOMPARE(requests.at(0).path, QStringLiteral("/upload/v1beta/files"));
    QCOMPARE(requests.at(0).header("content-type"), start.requestHeader("content-type"));
    QVERIFY(start.requestHeader("x-goog-upload-protocol").isEmpty());
    QCOMPARE(requests.at(0).header("x-goog-upload-protocol"), QByteArray("resumable"));
    QCOMPARE(requests.at(0).header("x-goog-upload-command"), QByteArray("start"));
    QCOMPARE(requests.at(0).header("x-goog-upload-header-content-length"), QByteArray::number(upload.requestBody.size()));
    QCOMPARE(requests.at(0).header("x-goog-upload-header-content-type"), QByteArray("text/plain"));
    QCOMPARE(requests.at(0).header("x-goog-api-key"), kKey);
    // Upload: exactly the URL the server handed out, the recorded bytes, and no key (the URL is the credential).
    QCOMPARE(QString::fromLatin1(requests.at(1).method), upload.method);
    QCOMPARE(requests.at(1).path, QUrl(upload.url).path());
    QCOMPARE(requests.at(1).query, QUrl(upload.url).query());
    QCOMPARE(requests.at(1).body, upload.requestBody);
    QCOMPARE(requests.at(1).body, QByteArray("Paris is the capital of France. The Eiffel Tower is a famous landmark in Paris."));
    QCOMPARE(requests.at(1).header("x-goog-upload-command"), QByteArray("upload, finalize"));
    QCOMPARE(requests.at(1).header("x-goog-upload-offset"), QByteArray("0"));
    QVERIFY(requests.at(1).header("x-goog-api-key").isEmpty());
    QCOMPARE(fake.pendingScripts(), 0);
}

QTEST_GUILESS_MAIN(TestGeminiFixtures)
#include "tst_geminifixtures.moc"
