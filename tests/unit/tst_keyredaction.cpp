// SPDX-License-Identifier: MIT
// A sentinel key is pushed through every recorded error and every failure path; it must never
// show in a log line, an error message or detail, or a URL.
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

} // namespace

class TestKeyRedaction : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void geminiErrorFixtures();
    void openAiErrors();
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

    QStringList files;
    for (const QString &name : QDir(fixturePath(QStringLiteral("gemini"))).entryList({QStringLiteral("error-*.json")}))
        files << QStringLiteral("gemini/") + name;
    for (const QString &name : QDir(fixturePath(QStringLiteral("gemini/raw"))).entryList({QStringLiteral("*error*"), QStringLiteral("*failure*")}))
        files << QStringLiteral("gemini/raw/") + name;
    QVERIFY(files.size() >= 8);
    for (const QString &file : files) {
        const RecordedFixture fixture = RecordedFixture::load(file);
        for (const auto &exchange : fixture.exchanges) {
            // The server echoing the key back (as DebugInfo can) must not leak it either.
            QByteArray body = exchange.responseBody;
            body.replace("\"message\": \"", "\"message\": \"key " + kSentinel.toUtf8() + " ");
            FakeResponse response;
            response.status = exchange.status;
            response.chunks = {body};
            response.chunked = file.endsWith(QLatin1String(".txt"));
            fake.enqueue(QStringLiteral(":"), response);
            GenerateRequest request = hello();
            request.stream = file.endsWith(QLatin1String(".txt"));
            const auto result = awaitResult(provider.generate(request));
            QVERIFY2(!result, qPrintable(file));
            checkClean(result.error(), file);
        }
    }
    // Transport failures and timeouts too.
    FakeResponse stall;
    stall.stallAfterChunks = true;
    fake.enqueue(QStringLiteral(":"), stall);
    provider.http()->setTransferTimeout(std::chrono::milliseconds(200));
    auto timedOut = awaitResult(provider.generate(hello()));
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
        const auto result = awaitResult(provider.generate(hello()));
        QVERIFY(!result);
        checkClean(result.error(), QString::number(error.status));
    }
}

void TestKeyRedaction::keyOnlyInHeader()
{
    FakeGeminiServer fake;
    QVERIFY(fake.start());
    GeminiProvider provider(sentinelConfig(fake.url().toString()));
    QVERIFY(awaitResult(provider.generate(hello())));
    QVERIFY(awaitResult(provider.embed(EmbedRequest{{}, {QStringLiteral("x")}, EmbedTask::Document, 0})));
    for (const FakeRequest &request : fake.requests()) {
        QVERIFY(!request.path.contains(kSentinel) && !request.query.contains(kSentinel));
        QVERIFY(!request.body.contains(kSentinel.toUtf8()));
        QCOMPARE(request.header("x-goog-api-key"), kSentinel.toUtf8());
    }
    QVERIFY(m_log.str().find(kSentinel.toStdString()) == std::string::npos);
}

QTEST_GUILESS_MAIN(TestKeyRedaction)
#include "tst_keyredaction.moc"
