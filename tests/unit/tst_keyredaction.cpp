// SPDX-License-Identifier: MIT
// A sentinel key is pushed through every recorded error (injected into its message, as a server
// echoing the key would) on every operation: generate, embed, countTokens, upload and file polling.
// It must never show in a log line, an error message or detail, or a URL.
#include <QDir>
#include <QtTest>

#include <sstream>

#include <spdlog/sinks/ostream_sink.h>

#include "core/common/log.h"
#include "core/common/redactingsink.h"
#include "core/llm/futureresult.h"
#include "core/llm/geminiprovider.h"
#include "core/llm/openaiprovider.h"
#include "tests/fakes/fakegeminiserver.h"
#include "tests/fakes/fakeopenaiserver.h"
#include "tests/fakes/recordedfixture.h"
#include "tests/support/providertesthelpers.h"
#include "tests/support/testpaths.h"

using namespace PageLens;
using namespace PageLens::Test;

namespace {

const QString kSentinel = QStringLiteral("AIzaSyD-SENTINEL-redaction-key-00000000");

/** A config that sends the sentinel key to `baseUrl`. */
ProviderConfig sentinelConfig(const QString &baseUrl, ProviderConfig::Kind kind = ProviderConfig::Kind::Gemini)
{
    ProviderConfig config;
    config.kind = kind;
    config.baseUrl = baseUrl;
    config.apiKey = kSentinel;
    config.sendKey = true;   // the fakes are on 127.0.0.1, which gets no key otherwise
    return config;
}

/** The recorded error body with the sentinel key in its message; empty if it has no message. */
QByteArray withKeyInMessage(const QByteArray &body)
{
    QByteArray out = body;
    out.replace("\"message\": \"", "\"message\": \"key " + kSentinel.toUtf8() + " ");
    return out.contains(kSentinel.toUtf8()) ? out : QByteArray();
}

/** Every recorded Gemini error body that has a message (the safety blocks have none). */
QList<QPair<QString, RecordedFixture::Exchange>> geminiErrors()
{
    QStringList files;
    for (const QString &name : QDir(fixturePath(QStringLiteral("gemini"))).entryList({QStringLiteral("error-*.json")}))
        files << QStringLiteral("gemini/") + name;
    for (const QString &name : QDir(fixturePath(QStringLiteral("gemini/raw"))).entryList({QStringLiteral("*error*")}))
        files << QStringLiteral("gemini/raw/") + name;
    QList<QPair<QString, RecordedFixture::Exchange>> out;
    for (const QString &file : files)
        for (const auto &exchange : RecordedFixture::load(file).exchanges)
            if (!withKeyInMessage(exchange.responseBody).isEmpty())
                out.append({file, exchange});
    return out;
}

FakeResponse errorWithKey(const RecordedFixture::Exchange &exchange, bool stream = false)
{
    FakeResponse response;
    response.status = exchange.status;
    response.headers = {{"Content-Type", "application/json; charset=UTF-8"}};
    response.chunks = {withKeyInMessage(exchange.responseBody)};
    response.chunked = stream;
    return response;
}

} // namespace

class TestKeyRedaction : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void geminiErrorFixtures();
    void openAiErrors();
    void geminiOperations_data();
    void geminiOperations();
    void openAiEmbeddings();
    void keyOnlyInHeader();

private:
    void checkClean(const Error &error, const QString &context);
    std::ostringstream m_log;
};

void TestKeyRedaction::initTestCase()
{
    // Capture what the llm logger writes, through the same redacting sink as production.
    log::configure({}, spdlog::level::trace);
    log::llm()->sinks().front()->set_level(spdlog::level::trace);
    auto sink = std::dynamic_pointer_cast<log::RedactingSink>(log::llm()->sinks().front());
    QVERIFY(sink);
    sink->addSink(std::make_shared<spdlog::sinks::ostream_sink_mt>(m_log));
}

void TestKeyRedaction::checkClean(const Error &error, const QString &context)
{
    QVERIFY2(!error.message.contains(kSentinel), qPrintable(context));
    QVERIFY2(!error.detail.contains(kSentinel), qPrintable(context));
    QVERIFY2(!error.message.isEmpty(), qPrintable(context));
    QVERIFY2(m_log.str().find(kSentinel.toStdString()) == std::string::npos, qPrintable(context + QStringLiteral(" (log)")));
}

void TestKeyRedaction::geminiErrorFixtures()
{
    FakeGeminiServer fake;
    QVERIFY(fake.start());
    GeminiProvider provider(sentinelConfig(fake.url().toString()));
    RetryPolicy once;
    once.maxAttempts = 1;
    provider.http()->setRetryPolicy(once);

    const auto errors = geminiErrors();
    QVERIFY2(errors.size() >= 8, "the recorded error fixtures with a message were not found");
    for (const auto &[file, exchange] : errors) {
        const bool stream = file.endsWith(QLatin1String(".txt"));
        fake.enqueue(QStringLiteral(":"), errorWithKey(exchange, stream));
        GenerateRequest request = hello();
        request.stream = stream;
        const auto result = awaitResult(provider.generate(request), std::chrono::seconds(30));
        QVERIFY2(!result, qPrintable(file));
        checkClean(result.error(), file);
    }
    QCOMPARE(fake.pendingScripts(), 0);
    // Transport failures and timeouts too.
    FakeResponse stall;
    stall.stallAfterChunks = true;
    fake.enqueue(QStringLiteral(":"), stall);
    provider.http()->setTransferTimeout(std::chrono::milliseconds(200));
    auto timedOut = awaitResult(provider.generate(hello()), std::chrono::seconds(30));
    QVERIFY(!timedOut);
    checkClean(timedOut.error(), QStringLiteral("timeout"));
    QVERIFY(m_log.str().find("request failed") != std::string::npos);   // the capture is live
}

void TestKeyRedaction::openAiErrors()
{
    FakeOpenAiServer fake;
    QVERIFY(fake.start());
    OpenAiProvider provider(sentinelConfig(fake.url().toString() + QStringLiteral("/v1"), ProviderConfig::Kind::OpenAi));
    RetryPolicy once;
    once.maxAttempts = 1;
    provider.http()->setRetryPolicy(once);
    const QList<FakeResponse> errors{
        FakeOpenAiServer::error(401, QStringLiteral("Incorrect API key provided: ") + kSentinel, QStringLiteral("invalid_request_error"), QStringLiteral("invalid_api_key")),
        FakeOpenAiServer::error(429, QStringLiteral("Rate limit reached for ") + kSentinel, QStringLiteral("requests"), QStringLiteral("rate_limit_exceeded")),
        FakeOpenAiServer::error(404, QStringLiteral("The model does not exist"), QStringLiteral("invalid_request_error"), QStringLiteral("model_not_found")),
        FakeOpenAiServer::error(500, QStringLiteral("Server error"), QStringLiteral("server_error")),
    };
    for (const FakeResponse &error : errors) {
        fake.enqueue(QStringLiteral("/chat/completions"), error);
        const auto result = awaitResult(provider.generate(hello()), std::chrono::seconds(30));
        QVERIFY(!result);
        checkClean(result.error(), QString::number(error.status));
    }
}

void TestKeyRedaction::geminiOperations_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("failingPath");   // where the recorded error (with the key) is served
    for (const char *operation : {"embed", "countTokens", "uploadStart", "uploadBytes", "filePoll"}) {
        static const QHash<QString, QString> paths{{QStringLiteral("embed"), QStringLiteral(":batchEmbedContents")},
                                                   {QStringLiteral("countTokens"), QStringLiteral(":countTokens")},
                                                   {QStringLiteral("uploadStart"), QStringLiteral("/upload/v1beta/files")},
                                                   {QStringLiteral("uploadBytes"), QStringLiteral("upload_id=")},
                                                   {QStringLiteral("filePoll"), QStringLiteral("/v1beta/files/")}};
        QTest::newRow(operation) << QString::fromLatin1(operation) << paths.value(QString::fromLatin1(operation));
    }
}

void TestKeyRedaction::geminiOperations()
{
    QFETCH(QString, operation);
    QFETCH(QString, failingPath);
    FakeGeminiServer fake;
    QVERIFY(fake.start());
    GeminiProvider provider(sentinelConfig(fake.url().toString()));
    RetryPolicy once;
    once.maxAttempts = 1;
    provider.http()->setRetryPolicy(once);
    for (const auto &[file, exchange] : geminiErrors()) {
        if (file.endsWith(QLatin1String(".txt")))
            continue;   // stream bodies belong to streamGenerateContent
        const QString context = operation + QLatin1Char(' ') + file;
        // Steps before the failing one (upload start, bytes) get the fake's own answers.
        fake.enqueue(failingPath, errorWithKey(exchange));
        fake.clearRequests();
        Error error;
        if (operation == QLatin1String("embed")) {
            const auto result = awaitResult(provider.embed(EmbedRequest{{}, {QStringLiteral("x")}, EmbedTask::Document, 0}), std::chrono::seconds(30));
            QVERIFY2(!result, qPrintable(context));
            error = result.error();
        } else if (operation == QLatin1String("countTokens")) {
            const auto result = awaitResult(provider.countTokens(hello()), std::chrono::seconds(30));
            QVERIFY2(!result, qPrintable(context));
            error = result.error();
        } else {
            const auto result = awaitResult(provider.uploadFile("%PDF-1.4 tiny", QStringLiteral("application/pdf"), QStringLiteral("t.pdf")),
                                            std::chrono::seconds(30));
            QVERIFY2(!result, qPrintable(context));
            error = result.error();
        }
        QCOMPARE(fake.pendingScripts(), 0);   // the error was served where it was meant to be
        const FakeRequest last = fake.requests().last();   // the failure ended the operation
        QVERIFY2((last.path + QLatin1Char('?') + last.query).contains(failingPath), qPrintable(context));
        checkClean(error, context);
    }
}

void TestKeyRedaction::openAiEmbeddings()
{
    FakeOpenAiServer fake;
    QVERIFY(fake.start());
    OpenAiProvider provider(sentinelConfig(fake.url().toString() + QStringLiteral("/v1"), ProviderConfig::Kind::OpenAi));
    RetryPolicy once;
    once.maxAttempts = 1;
    provider.http()->setRetryPolicy(once);
    // The recorded OpenAI error envelope, with the key in its message.
    const RecordedFixture fixture = RecordedFixture::load(QStringLiteral("openai/error-400-unsupported-value.json"));
    QCOMPARE(fixture.exchanges.size(), 1);
    FakeResponse response = errorWithKey(fixture.exchanges.first());
    QVERIFY(!response.chunks.first().isEmpty());
    fake.enqueue(QStringLiteral("/embeddings"), response);
    const auto result = awaitResult(provider.embed(EmbedRequest{{}, {QStringLiteral("x")}, EmbedTask::Document, 0}), std::chrono::seconds(30));
    QVERIFY(!result);
    QCOMPARE(fake.pendingScripts(), 0);
    checkClean(result.error(), QStringLiteral("openai embeddings"));
}

void TestKeyRedaction::keyOnlyInHeader()
{
    FakeGeminiServer fake;
    QVERIFY(fake.start());
    GeminiProvider provider(sentinelConfig(fake.url().toString()));
    QVERIFY(awaitResult(provider.generate(hello()), std::chrono::seconds(30)));
    QVERIFY(awaitResult(provider.embed(EmbedRequest{{}, {QStringLiteral("x")}, EmbedTask::Document, 0}), std::chrono::seconds(30)));
    for (const FakeRequest &request : fake.requests()) {
        QVERIFY(!request.path.contains(kSentinel) && !request.query.contains(kSentinel));
        QVERIFY(!request.body.contains(kSentinel.toUtf8()));
        QCOMPARE(request.header("x-goog-api-key"), kSentinel.toUtf8());
    }
    QVERIFY(m_log.str().find(kSentinel.toStdString()) == std::string::npos);
}

QTEST_GUILESS_MAIN(TestKeyRedaction)
#include "tst_keyredaction.moc"
