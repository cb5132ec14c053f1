// SPDX-License-Identifier: MIT
// Retries, backoff, RetryInfo, cancellation and stalled connections, against the fake Gemini server.
// The scheduler is replaced so waits take no real time; the requested delays are recorded instead.
// One test keeps the real scheduler, to measure that a retry never comes sooner than RetryInfo asked.
#include <QTimer>
#include <QtTest>

#include "core/llm/futureresult.h"
#include "core/llm/geminiprovider.h"
#include "tests/fakes/fakegeminiserver.h"
#include "tests/support/providertesthelpers.h"

using namespace PageLens;
using namespace PageLens::Test;

class TestRetry : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void backoffPolicy();
    void retriesOverloadThenSucceeds();
    void honoursRetryInfo();
    void retryNeverSoonerThanRetryInfo();
    void neverRetriesPermanentErrors_data();
    void neverRetriesPermanentErrors();
    void perDayQuotaIsNotRetried();
    void givesUpAfterFiveAttempts();
    void retriesDroppedConnection();
    void stalledConnectionTimesOut();
    void streamErrorAfterDataIsNotRetried();
    void cancelStopsRequestInFlight();
    void cancelStopsPendingRetry();

private:
    std::unique_ptr<FakeGeminiServer> m_fake;
    std::unique_ptr<GeminiProvider> m_provider;
    QList<qint64> m_delays;
    bool m_holdTimers = false;
    QList<std::function<void()>> m_held;   // waits held back while m_holdTimers
};

void TestRetry::init()
{
    m_fake = std::make_unique<FakeGeminiServer>();
    QVERIFY(m_fake->start());
    ProviderConfig config;
    config.baseUrl = m_fake->url().toString();
    config.apiKey = QStringLiteral("retry-test-key");
    m_provider = std::make_unique<GeminiProvider>(config);
    m_delays.clear();
    m_holdTimers = false;
    m_held.clear();
    m_provider->http()->setRandom([] { return 0.0; });
    m_provider->http()->setScheduler([this](std::chrono::milliseconds delay, QObject *context, std::function<void()> fire) {
        m_delays << delay.count();
        if (m_holdTimers)
            m_held << std::move(fire);
        else
            QTimer::singleShot(0, context, std::move(fire));
    });
}

void TestRetry::cleanup()
{
    m_provider.reset();
    m_fake.reset();
}

void TestRetry::backoffPolicy()
{
    const RetryPolicy policy;
    QCOMPARE(policy.maxAttempts, 5);
    QCOMPARE(policy.delayAfter(1, {}, 0.0).count(), 1000);
    QCOMPARE(policy.delayAfter(2, {}, 0.0).count(), 2000);
    QCOMPARE(policy.delayAfter(4, {}, 0.0).count(), 8000);
    QCOMPARE(policy.delayAfter(3, {}, 0.5).count(), 6000);                     // jitter adds up to 100 %
    QCOMPARE(policy.delayAfter(10, {}, 0.0).count(), 60000);                   // capped
    QCOMPARE(policy.delayAfter(1, std::chrono::milliseconds(26000), 0.9).count(), 26000);   // server minimum wins
    QCOMPARE(ServiceFailure::parseDuration(QStringLiteral("3.957525076s")).count(), 3958);
    // Found by fuzz_servicefailure: huge waits overflowed the milliseconds (undefined behaviour).
    const std::chrono::milliseconds longest = ServiceFailure::longestWait;
    QCOMPARE(ServiceFailure::parseDuration(QStringLiteral("111111111111111111111111111111s")), longest);
    QCOMPARE(ServiceFailure::fromOpenAi(429, {}, "111111111111111111111111111111").retryAfter, longest);
    QCOMPARE(ServiceFailure::fromOpenAi(429, {}, "inf").retryAfter, longest);
    QCOMPARE(ServiceFailure::fromOpenAi(429, {}, "nan").retryAfter.count(), 0);
    QCOMPARE(ServiceFailure::fromOpenAi(429, {}, "-5").retryAfter.count(), 0);
    QCOMPARE(ServiceFailure::fromOpenAi(429, {}, "2.5").retryAfter.count(), 2500);
}

void TestRetry::retriesOverloadThenSucceeds()
{
    m_fake->enqueue(QStringLiteral(":generateContent"),
                    FakeGeminiServer::error(503, QStringLiteral("UNAVAILABLE"), QStringLiteral("The model is overloaded. Please try again later.")));
    m_fake->enqueue(QStringLiteral(":generateContent"),
                    FakeGeminiServer::error(500, QStringLiteral("INTERNAL"), QStringLiteral("Internal error")));
    const auto result = awaitResult(m_provider->generate(hello()), std::chrono::seconds(30));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toLogString()));
    QVERIFY(result->text.startsWith(QStringLiteral("Fake caption")));
    QCOMPARE(m_fake->count(QStringLiteral(":generateContent")), 3);
    QCOMPARE(m_delays, (QList<qint64>{1000, 2000}));
}

void TestRetry::honoursRetryInfo()
{
    m_fake->enqueue(QStringLiteral(":generateContent"), FakeGeminiServer::quota(QStringLiteral("7.5s")));
    const auto result = awaitResult(m_provider->generate(hello()), std::chrono::seconds(30));
    QVERIFY(result);
    QCOMPARE(m_fake->count(QStringLiteral(":generateContent")), 2);
    QCOMPARE(m_delays, (QList<qint64>{7500}));
}

void TestRetry::retryNeverSoonerThanRetryInfo()
{
    // The default scheduler, with real timers: Qt's coarse timers may fire up to 5 % early.
    ProviderConfig config;
    config.baseUrl = m_fake->url().toString();
    config.apiKey = QStringLiteral("retry-test-key");
    GeminiProvider provider(config);
    provider.http()->setRandom([] { return 0.0; });
    m_fake->enqueue(QStringLiteral(":generateContent"), FakeGeminiServer::quota(QStringLiteral("2s")));
    const auto result = awaitResult(provider.generate(hello()), std::chrono::seconds(30));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toLogString()));
    const QList<FakeRequest> requests = m_fake->requests();
    QCOMPARE(requests.size(), 2);
    // The first request arrived before the 429 left, so the gap bounds the client's wait from below.
    const auto gap = requests.at(1).arrived - requests.at(0).arrived;
    QVERIFY2(gap >= std::chrono::seconds(2),
             qPrintable(QStringLiteral("retried after %1 ms").arg(std::chrono::duration_cast<std::chrono::milliseconds>(gap).count())));
}

void TestRetry::neverRetriesPermanentErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("statusText");
    QTest::addColumn<int>("code");
    QTest::newRow("400") << 400 << QStringLiteral("INVALID_ARGUMENT") << int(Error::Code::InvalidArgument);
    QTest::newRow("401") << 401 << QStringLiteral("UNAUTHENTICATED") << int(Error::Code::InvalidKey);
    QTest::newRow("403") << 403 << QStringLiteral("PERMISSION_DENIED") << int(Error::Code::InvalidKey);
    QTest::newRow("404") << 404 << QStringLiteral("NOT_FOUND") << int(Error::Code::ModelNotFound);
}

void TestRetry::neverRetriesPermanentErrors()
{
    QFETCH(int, status);
    QFETCH(QString, statusText);
    QFETCH(int, code);
    m_fake->enqueue(QStringLiteral(":generateContent"), FakeGeminiServer::error(status, statusText, QStringLiteral("no")));
    const auto result = awaitResult(m_provider->generate(hello()), std::chrono::seconds(30));
    QVERIFY(!result);
    QCOMPARE(int(result.error().code), code);
    QCOMPARE(m_fake->count(QStringLiteral(":generateContent")), 1);
    QVERIFY(m_delays.isEmpty());
}

void TestRetry::perDayQuotaIsNotRetried()
{
    m_fake->enqueue(QStringLiteral(":generateContent"), FakeGeminiServer::quota(QStringLiteral("20s"), true));
    const auto result = awaitResult(m_provider->generate(hello()), std::chrono::seconds(30));
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Quota);
    QVERIFY(result.error().message.contains(QStringLiteral("tomorrow")));
    QCOMPARE(m_fake->count(QStringLiteral(":generateContent")), 1);
}

void TestRetry::givesUpAfterFiveAttempts()
{
    for (int i = 0; i < 6; ++i)
        m_fake->enqueue(QStringLiteral(":generateContent"),
                        FakeGeminiServer::error(503, QStringLiteral("UNAVAILABLE"), QStringLiteral("overloaded")));
    const auto result = awaitResult(m_provider->generate(hello()), std::chrono::seconds(30));
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Overloaded);
    QCOMPARE(m_fake->count(QStringLiteral(":generateContent")), 5);
    QCOMPARE(m_delays, (QList<qint64>{1000, 2000, 4000, 8000}));
}

void TestRetry::retriesDroppedConnection()
{
    FakeResponse dropped;
    dropped.dropWithoutAnswer = true;
    m_fake->enqueue(QStringLiteral(":generateContent"), dropped);
    const auto result = awaitResult(m_provider->generate(hello()), std::chrono::seconds(30));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toLogString()));
    QCOMPARE(m_fake->count(QStringLiteral(":generateContent")), 2);
}

void TestRetry::stalledConnectionTimesOut()
{
    RetryPolicy once;
    once.maxAttempts = 1;
    m_provider->http()->setRetryPolicy(once);
    m_provider->http()->setTransferTimeout(std::chrono::milliseconds(300));
    FakeResponse stall = FakeResponse::stream(FakeGeminiServer::sse({FakeGeminiServer::textAnswer(QStringLiteral("The"), {})}));
    stall.stallAfterChunks = true;
    m_fake->enqueue(QStringLiteral(":streamGenerateContent"), stall);
    QString streamed;
    auto future = m_provider->generate(hello(true), StreamSink::textOnly([&](const QString &chunk) { streamed += chunk; }));
    // The stalled connection stays open for ever: only the transfer timeout can end the request.
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
    const auto result = takeResult(future);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Timeout);
    QCOMPARE(streamed, QStringLiteral("The"));
}

void TestRetry::streamErrorAfterDataIsNotRetried()
{
    QList<QByteArray> pieces = FakeGeminiServer::sse({FakeGeminiServer::textAnswer(QStringLiteral("First "), {})});
    pieces << "{\n  \"error\": {\n    \"code\": 499,\n    \"message\": \"The operation was cancelled.\",\n    \"status\": \"CANCELLED\"\n  }\n}\n";
    m_fake->enqueue(QStringLiteral(":streamGenerateContent"), FakeResponse::stream(pieces));
    const auto result = awaitResult(m_provider->generate(hello(true)), std::chrono::seconds(30));
    QVERIFY(!result);
    QCOMPARE(m_fake->count(QStringLiteral(":streamGenerateContent")), 1);
    QVERIFY(m_delays.isEmpty());
}

void TestRetry::cancelStopsRequestInFlight()
{
    FakeResponse slow = FakeResponse::json(200, FakeGeminiServer::textAnswer(QStringLiteral("late")));
    slow.delayMs = 60000;   // the answer would end the request only after the wait below
    m_fake->enqueue(QStringLiteral(":generateContent"), slow);
    auto future = m_provider->generate(hello());
    QTRY_COMPARE(m_fake->count(QStringLiteral(":generateContent")), 1);
    m_provider->cancelAll();
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
    const auto result = takeResult(future);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Cancelled);
}

void TestRetry::cancelStopsPendingRetry()
{
    m_holdTimers = true;   // the retry wait ends only when the test says so
    m_fake->enqueue(QStringLiteral(":generateContent"), FakeGeminiServer::quota(QStringLiteral("30s")));
    auto future = m_provider->generate(hello());
    QTRY_COMPARE(m_delays.size(), 1);
    m_provider->cancelAll();
    const auto result = awaitResult(future, std::chrono::seconds(30));
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Cancelled);
    // The timer of the cancelled wait still fires, as a real one would: it must not send the retry.
    QCOMPARE(m_held.size(), 1);
    m_held.takeFirst()();
    // A request sent after it goes out after any retry it sent: once that one is answered, a
    // retry would have arrived too (instead of sleeping and hoping).
    m_holdTimers = false;
    m_fake->enqueue(QStringLiteral(":countTokens"), FakeResponse::json(200, QJsonObject{{QStringLiteral("totalTokens"), 3}}));
    QVERIFY(awaitResult(m_provider->countTokens(hello()), std::chrono::seconds(30)));
    QCOMPARE(m_fake->count(QStringLiteral(":countTokens")), 1);
    QCOMPARE(m_fake->count(QStringLiteral(":generateContent")), 1);
}

QTEST_GUILESS_MAIN(TestRetry)
#include "tst_retry.moc"
