// SPDX-License-Identifier: MIT
// Every recorded Gemini exchange is replayed through the real client against the fake server:
// the recorded response bytes must parse to the expected outcome, and the request the client
// builds from the recorded request must have the recorded shape.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

#include "core/llm/futureresult.h"
#include "core/llm/geminicodec.h"
#include "core/llm/geminiprovider.h"
#include "core/llm/streamdecoder.h"
#include "tests/fakes/fakegeminiserver.h"
#include "tests/fakes/recordedfixture.h"
#include "tests/support/testpaths.h"

using namespace PageLens;
using namespace PageLens::Test;

namespace {

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

QJsonValue normalized(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(camel(it.key()), normalized(it.value()));
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(normalized(v));
        return out;
    }
    return value;
}

/** The PageLens request a caller would write to produce the recorded request. */
GenerateRequest requestFrom(const QJsonObject &recorded)
{
    const QJsonObject body = normalized(recorded).toObject();
    GenerateRequest request;
    for (const QJsonValue &part : body.value(QLatin1String("systemInstruction"))[QLatin1String("parts")].toArray())
        request.systemInstruction += part[QLatin1String("text")].toString();
    for (const QJsonValue &content : body.value(QLatin1String("contents")).toArray()) {
        ChatTurn turn;
        turn.role = content[QLatin1String("role")].toString() == QLatin1String("model") ? ChatTurn::Role::Model : ChatTurn::Role::User;
        for (const QJsonValue &part : content[QLatin1String("parts")].toArray())
            turn.parts.append(GeminiCodec::responsePart(part.toObject()));
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

/** Roles, part kinds and thought signatures: what must survive the client's request building. */
QStringList contentShape(const QJsonObject &body)
{
    QStringList shape;
    for (const QJsonValue &content : normalized(body).toObject().value(QLatin1String("contents")).toArray()) {
        QStringList parts;
        for (const QJsonValue &part : content[QLatin1String("parts")].toArray()) {
            QStringList keys = part.toObject().keys();
            keys.sort();
            parts << keys.join(QLatin1Char('+')) + QLatin1Char('=') + part[QLatin1String("thoughtSignature")].toString();
        }
        shape << content[QLatin1String("role")].toString(QStringLiteral("user")) + QLatin1Char(':') + parts.join(QLatin1Char(','));
    }
    return shape;
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

} // namespace

class TestGeminiFixtures : public QObject
{
    Q_OBJECT
private slots:
    void replay_data();
    void replay();
    void thoughtSignatureIsEchoedByteForByte();
    void reducedEmbeddingsAreNormalized();
    void uploadProtocolHeaders();
};

void TestGeminiFixtures::replay_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");   // one outcome per exchange: Ok, Skip or an error kind
    const QHash<QString, QStringList> expected{
        {QStringLiteral("gemini/count-tokens.json"), {QStringLiteral("Ok")}},
        {QStringLiteral("gemini/error-404-embed-model-not-found.json"), {QStringLiteral("ModelNotFound")}},
        {QStringLiteral("gemini/error-429-resource-exhausted-retryinfo.json"), {QStringLiteral("Quota")}},
        {QStringLiteral("gemini/error-503-unavailable-overloaded.json"), {QStringLiteral("Overloaded")}},
        {QStringLiteral("gemini/generate-max-tokens.json"), {QStringLiteral("Truncated")}},
        {QStringLiteral("gemini/generate-safety-blocked-empty-content.json"), {QStringLiteral("Blocked")}},
        {QStringLiteral("gemini/upload-resumable-protocol-file-search-store.json"), {QStringLiteral("Skip"), QStringLiteral("Skip"), QStringLiteral("Skip")}},
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

    FakeGeminiServer fake;
    QVERIFY(fake.start());
    ProviderConfig config;
    config.baseUrl = fake.url().toString();
    config.apiKey = QStringLiteral("test-key");
    GeminiProvider provider(config);
    RetryPolicy once;
    once.maxAttempts = 1;   // the mapped error itself is under test here
    provider.http()->setRetryPolicy(once);

    for (int i = 0; i < fixture.exchanges.size(); ++i) {
        const RecordedFixture::Exchange &exchange = fixture.exchanges.at(i);
        if (expected.at(i) == QLatin1String("Skip"))
            continue;
        const bool stream = exchange.url.contains(QLatin1String(":streamGenerateContent"));
        FakeResponse response;
        response.status = exchange.status;
        response.headers = exchange.responseHeaders;
        response.chunks = stream && exchange.status == 200 ? pieces(exchange.responseBody, 37) : QList<QByteArray>{exchange.responseBody};
        response.chunked = stream;
        fake.enqueue(QStringLiteral(":"), response);

        QString got;
        QString detail;
        if (exchange.url.contains(QLatin1String("EmbedContents"))) {
            EmbedRequest request;
            const QJsonArray requests = normalized(exchange.requestJson).toObject().value(QLatin1String("requests")).toArray();
            for (const QJsonValue &r : requests)
                request.texts << r[QLatin1String("content")][QLatin1String("parts")][0][QLatin1String("text")].toString();
            request.model = requests.first()[QLatin1String("model")].toString();
            request.dimensions = requests.first()[QLatin1String("outputDimensionality")].toInt();
            request.task = requests.first()[QLatin1String("taskType")].toString() == QLatin1String("RETRIEVAL_QUERY") ? EmbedTask::Query : EmbedTask::Document;
            const auto result = awaitResult(provider.embed(request));
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
            const QJsonArray sent = fake.lastRequest().json().value(QLatin1String("requests")).toArray();
            QCOMPARE(sent.size(), requests.size());
            for (qsizetype k = 0; k < sent.size(); ++k) {
                QCOMPARE(sent.at(k)[QLatin1String("model")], requests.at(k)[QLatin1String("model")]);
                QCOMPARE(sent.at(k)[QLatin1String("content")], requests.at(k)[QLatin1String("content")]);
                QCOMPARE(sent.at(k)[QLatin1String("outputDimensionality")], requests.at(k)[QLatin1String("outputDimensionality")]);
                if (requests.at(k)[QLatin1String("taskType")].isString())
                    QCOMPARE(sent.at(k)[QLatin1String("taskType")], requests.at(k)[QLatin1String("taskType")]);
            }
        } else if (exchange.url.contains(QLatin1String(":countTokens"))) {
            GenerateRequest request = requestFrom(exchange.requestJson);
            const auto result = awaitResult(provider.countTokens(request));
            got = result ? QStringLiteral("Ok") : outcome(result.error().code);
            if (result)
                QVERIFY(*result > 0);
            QCOMPARE(contentShape(fake.lastRequest().json().value(QLatin1String("generateContentRequest")).toObject()),
                     contentShape(exchange.requestJson));
        } else {
            GenerateRequest request = requestFrom(exchange.requestJson);
            if (request.turns.isEmpty())
                request.turns.append(ChatTurn{ChatTurn::Role::User, {ContentPart::fromText(QStringLiteral("Hello"))}});
            request.stream = stream;
            QString streamed;
            const auto result = awaitResult(provider.generate(request, StreamSink::textOnly([&streamed](const QString &chunk) { streamed += chunk; })));
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
            if (!exchange.requestJson.isEmpty()) {
                const QJsonObject sent = fake.lastRequest().json();
                QCOMPARE(contentShape(sent), contentShape(exchange.requestJson));
                QCOMPARE(sent.value(QLatin1String("systemInstruction")).isObject(),
                         normalized(exchange.requestJson).toObject().contains(QLatin1String("systemInstruction")));
                QCOMPARE(sent.value(QLatin1String("tools")).toArray().size(),
                         exchange.requestJson.value(QLatin1String("tools")).toArray().size());
            }
        }
        QVERIFY2(got == expected.at(i), qPrintable(QStringLiteral("exchange %1: got %2, expected %3 (%4)")
                                                       .arg(i).arg(got, expected.at(i), detail)));
    }
    QCOMPARE(fake.pendingScripts(), 0);
}

void TestGeminiFixtures::thoughtSignatureIsEchoedByteForByte()
{
    // The second request of the recording resends the model turn; the client keeps the signature as given.
    const RecordedFixture fixture = RecordedFixture::load(QStringLiteral("gemini/stream-sse-function-call-thought-signature.json"));
    QCOMPARE(fixture.exchanges.size(), 2);
    StreamDecoder decoder;
    auto objects = decoder.feed(fixture.exchanges.at(0).responseBody);
    QVERIFY(objects);
    GeminiCodec::Accumulator acc;
    for (const QJsonObject &o : *objects)
        GeminiCodec::merge(acc, o);
    auto response = GeminiCodec::finish(acc);
    QVERIFY(response);
    const ContentPart call = response->parts.first();
    QCOMPARE(call.kind, ContentPart::Kind::FunctionCall);
    QCOMPARE(call.name, QStringLiteral("get_country"));
    QVERIFY(call.thoughtSignature.startsWith("EpwICpkIAXLI2nx"));
    const QJsonObject echoed = GeminiCodec::requestPart(call);
    QCOMPARE(echoed.value(QLatin1String("thoughtSignature")).toString().toLatin1(), call.thoughtSignature);
    QVERIFY(echoed.contains(QLatin1String("functionCall")));
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
    double sum = 0;
    for (float v : vectors->first())
        sum += double(v) * v;
    QVERIFY(std::abs(sum - 1.0) < 1e-5);
}

void TestGeminiFixtures::uploadProtocolHeaders()
{
    const RecordedFixture fixture = RecordedFixture::load(QStringLiteral("gemini/upload-resumable-protocol-file-search-store.json"));
    QCOMPARE(fixture.exchanges.size(), 3);
    QVERIFY(fixture.exchanges.at(1).header("X-Goog-Upload-URL").startsWith("https://"));
    QCOMPARE(fixture.exchanges.at(1).header("x-goog-upload-status"), QByteArray("active"));
}

QTEST_GUILESS_MAIN(TestGeminiFixtures)
#include "tst_geminifixtures.moc"
