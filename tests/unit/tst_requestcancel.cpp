// SPDX-License-Identifier: MIT
// Cancelling one provider request (its QFuture) stops that request alone: another request in
// flight on the same provider still gets its answer, and the service saw both.
#include <QJsonArray>
#include <QTimer>
#include <QtTest>

#include "core/llm/futureresult.h"
#include "core/llm/geminiprovider.h"
#include "core/llm/openaiprovider.h"
#include "tests/fakes/fakegeminiserver.h"
#include "tests/fakes/fakeopenaiserver.h"
#include "tests/support/providertesthelpers.h"

using namespace PageLens;
using namespace PageLens::Test;

class TestRequestCancel : public QObject
{
    Q_OBJECT
private slots:
    void geminiCancelsOneGenerateAlone();
    void openAiCancelsOneEmbedAlone();
    void cancelDuringRetryWaitSendsNoMore();
};

namespace {

GenerateRequest forModel(const QString &model)
{
    GenerateRequest request = hello();
    request.model = model;
    return request;
}

/** Waits (with an event loop) until `future` finishes or `ms` pass; true when it finished. */
template <class T>
bool finishesWithin(const QFuture<T> &future, int ms)
{
    return QTest::qWaitFor([&] { return future.isFinished(); }, ms);
}

} // namespace

void TestRequestCancel::geminiCancelsOneGenerateAlone()
{
    FakeGeminiServer fake;
    QVERIFY(fake.start());
    FakeResponse slow = FakeResponse::json(200, FakeGeminiServer::textAnswer(QStringLiteral("too late")));
    slow.delayMs = 4000;
    fake.enqueue(QStringLiteral("slow-model:generateContent"), slow);
    FakeResponse quick = FakeResponse::json(200, FakeGeminiServer::textAnswer(QStringLiteral("captioned")));
    quick.delayMs = 600;
    fake.enqueue(QStringLiteral("quick-model:generateContent"), quick);

    ProviderConfig config;
    config.baseUrl = fake.url().toString();
    config.apiKey = QStringLiteral("cancel-test-key");
    GeminiProvider provider(config);
    QFuture<Result<GenerateResponse>> chat = provider.generate(forModel(QStringLiteral("slow-model")));
    QFuture<Result<GenerateResponse>> caption = provider.generate(forModel(QStringLiteral("quick-model")));
    QVERIFY(QTest::qWaitFor([&] { return fake.count(QStringLiteral(":generateContent")) == 2; }, 5000));

    chat.cancel();
    // Its answer comes after 4 s: finishing within 3 s means it did not wait for it.
    QVERIFY2(finishesWithin(chat, 3000), "the cancelled request waited for its answer");
    const Result<GenerateResponse> stopped = takeResult(chat);
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().code, Error::Code::Cancelled);
    QVERIFY(!caption.isCanceled());

    QVERIFY(finishesWithin(caption, 5000));
    const Result<GenerateResponse> answered = takeResult(caption);
    QVERIFY2(answered, qPrintable(answered ? QString() : answered.error().toLogString()));
    QCOMPARE(answered->text, QStringLiteral("captioned"));
}

void TestRequestCancel::openAiCancelsOneEmbedAlone()
{
    FakeOpenAiServer fake;
    QVERIFY(fake.start());
    const QJsonObject vector{{QStringLiteral("object"), QStringLiteral("embedding")}, {QStringLiteral("index"), 0},
                             {QStringLiteral("embedding"), QJsonArray{0.6, 0.8}}};
    FakeResponse slow = FakeResponse::json(200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                                            {QStringLiteral("data"), QJsonArray{vector}},
                                                            {QStringLiteral("model"), QStringLiteral("slow-embed")}});
    slow.delayMs = 4000;
    fake.enqueue(QStringLiteral("/embeddings"), slow);
    FakeResponse quick = FakeResponse::json(200, QJsonObject{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-1")}, {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0}, {QStringLiteral("finish_reason"), QStringLiteral("stop")},
                                                          {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                                                                  {QStringLiteral("content"), QStringLiteral("a harbour")}}}}}}});
    quick.delayMs = 600;
    fake.enqueue(QStringLiteral("/chat/completions"), quick);

    ProviderConfig config;
    config.kind = ProviderConfig::Kind::OpenAi;
    config.baseUrl = fake.url().toString() + QStringLiteral("/v1");
    OpenAiProvider provider(config);
    EmbedRequest embed;
    embed.texts = {QStringLiteral("harbour at dusk")};
    embed.task = EmbedTask::Query;
    QFuture<Result<Embeddings>> query = provider.embed(embed);
    QFuture<Result<GenerateResponse>> caption = provider.generate(hello());
    QVERIFY(QTest::qWaitFor([&] { return fake.count() == 2; }, 5000));

    query.cancel();
    QVERIFY(finishesWithin(query, 3000));
    QCOMPARE(takeResult(query).error().code, Error::Code::Cancelled);
    QVERIFY(finishesWithin(caption, 5000));
    const Result<GenerateResponse> answered = takeResult(caption);
    QVERIFY2(answered, qPrintable(answered ? QString() : answered.error().toLogString()));
    QCOMPARE(answered->text, QStringLiteral("a harbour"));
}

void TestRequestCancel::cancelDuringRetryWaitSendsNoMore()
{
    FakeGeminiServer fake;
    QVERIFY(fake.start());
    fake.enqueue(QStringLiteral(":generateContent"), FakeGeminiServer::error(503, QStringLiteral("UNAVAILABLE"), QStringLiteral("busy")));
    ProviderConfig config;
    config.baseUrl = fake.url().toString();
    config.apiKey = QStringLiteral("cancel-test-key");
    GeminiProvider provider(config);
    QFuture<Result<GenerateResponse>> chat = provider.generate(hello());
    QVERIFY(QTest::qWaitFor([&] { return fake.count(QStringLiteral(":generateContent")) == 1; }, 5000));
    QTest::qWait(100);   // the 503 arrived: the client now waits about a second before retrying
    chat.cancel();
    QVERIFY(finishesWithin(chat, 1000));
    QCOMPARE(takeResult(chat).error().code, Error::Code::Cancelled);
    QTest::qWait(2500);   // past the longest first backoff (1 s + jitter)
    QCOMPARE(fake.count(QStringLiteral(":generateContent")), 1);
}

QTEST_GUILESS_MAIN(TestRequestCancel)
#include "tst_requestcancel.moc"
