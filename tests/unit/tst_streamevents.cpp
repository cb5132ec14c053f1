// SPDX-License-Identifier: MIT
// Streaming delivers typed events — text pieces, whole function calls, usage — on the thread the
// caller chooses, for both wire formats.
#include <QJsonArray>
#include <QThread>
#include <QtTest>

#include "core/llm/futureresult.h"
#include "core/llm/geminiprovider.h"
#include "core/llm/openaiprovider.h"
#include "tests/fakes/fakegeminiserver.h"
#include "tests/fakes/fakeopenaiserver.h"
#include "tests/support/providertesthelpers.h"

using namespace PageLens;
using namespace PageLens::Test;

namespace {

/** Collects events and the thread each arrived on. */
struct Collected {
    QMutex mutex;
    QList<StreamEvent> events;
    QList<QThread *> threads;
};

StreamSink collectOn(QObject *context, Collected &into)
{
    return StreamSink([&into](const StreamEvent &event) {
        QMutexLocker lock(&into.mutex);
        into.events << event;
        into.threads << QThread::currentThread();
    }, context);
}

} // namespace

class TestStreamEvents : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_thread = new QThread;
        m_thread->start();
        m_receiver = new QObject;
        m_receiver->moveToThread(m_thread);
    }
    void cleanup()
    {
        QMetaObject::invokeMethod(m_receiver, &QObject::deleteLater);
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }

    void geminiTextThenCallThenUsage()
    {
        FakeGeminiServer fake;
        QVERIFY(fake.start());
        const QJsonObject first = FakeGeminiServer::textAnswer(QStringLiteral("Let me "), {});
        const QJsonObject second = FakeGeminiServer::textAnswer(QStringLiteral("search."), {});
        const QJsonObject call{
            {QStringLiteral("candidates"),
             QJsonArray{QJsonObject{{QStringLiteral("content"),
                                     QJsonObject{{QStringLiteral("role"), QStringLiteral("model")},
                                                 {QStringLiteral("parts"),
                                                  QJsonArray{QJsonObject{{QStringLiteral("functionCall"),
                                                                          QJsonObject{{QStringLiteral("name"), QStringLiteral("search_library")},
                                                                                      {QStringLiteral("args"), QJsonObject{{QStringLiteral("query"), QStringLiteral("kitten")}}}}},
                                                                         {QStringLiteral("thoughtSignature"), QStringLiteral("c2lnbmF0dXJlLTE=")}}}}}},
                                    {QStringLiteral("finishReason"), QStringLiteral("STOP")}}}},
            {QStringLiteral("usageMetadata"), QJsonObject{{QStringLiteral("promptTokenCount"), 31}, {QStringLiteral("candidatesTokenCount"), 9},
                                                          {QStringLiteral("totalTokenCount"), 40}}}};
        fake.enqueue(QStringLiteral(":streamGenerateContent"), FakeResponse::stream(FakeGeminiServer::sse({first, second, call})));
        ProviderConfig config;
        config.baseUrl = fake.url().toString();
        config.apiKey = QStringLiteral("stream-test-key");
        config.sendKey = true;
        GeminiProvider provider(config);

        Collected got;
        const auto result = awaitResult(provider.generate(hello(true), collectOn(m_receiver, got)), std::chrono::seconds(30));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toLogString()));
        QVERIFY(QTest::qWaitFor([&] { QMutexLocker lock(&got.mutex); return got.events.size() == 4; }, 5000));
        QMutexLocker lock(&got.mutex);
        QCOMPARE(got.events[0].kind, StreamEvent::Kind::Text);
        QCOMPARE(got.events[0].text, QStringLiteral("Let me "));
        QCOMPARE(got.events[1].text, QStringLiteral("search."));
        QCOMPARE(got.events[2].kind, StreamEvent::Kind::FunctionCall);
        QCOMPARE(got.events[2].call.name, QStringLiteral("search_library"));
        QCOMPARE(got.events[2].call.args.value(QStringLiteral("query")).toString(), QStringLiteral("kitten"));
        QCOMPARE(got.events[2].call.thoughtSignature, QByteArray("c2lnbmF0dXJlLTE="));
        QCOMPARE(got.events[3].kind, StreamEvent::Kind::Usage);
        QCOMPARE(got.events[3].usage.promptTokens, 31);
        QCOMPARE(got.events[3].usage.outputTokens, 9);
        for (QThread *thread : std::as_const(got.threads))
            QCOMPARE(thread, m_thread);   // the caller's thread, not the provider's or the test's
    }

    void openAiCallFragmentsArriveAsOneCall()
    {
        FakeOpenAiServer fake;
        QVERIFY(fake.start());
        auto chunk = [](const QJsonObject &delta, const QJsonValue &finish = QJsonValue::Null) {
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-s")}, {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                               {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0}, {QStringLiteral("delta"), delta},
                                                                                  {QStringLiteral("finish_reason"), finish}}}}};
        };
        auto fragment = [](const QJsonObject &function, bool first) {
            QJsonObject call{{QStringLiteral("index"), 0}, {QStringLiteral("function"), function}};
            if (first) {
                call.insert(QStringLiteral("id"), QStringLiteral("call_7"));
                call.insert(QStringLiteral("type"), QStringLiteral("function"));
            }
            return QJsonObject{{QStringLiteral("tool_calls"), QJsonArray{call}}};
        };
        const QList<QJsonObject> chunks = {
            chunk(fragment({{QStringLiteral("name"), QStringLiteral("view_page")}, {QStringLiteral("arguments"), QStringLiteral("{\"docu")}}, true)),
            chunk(fragment({{QStringLiteral("arguments"), QStringLiteral("ment\": \"a.pdf\", \"page\": 2}")}}, false)),
            chunk(QJsonObject{}, QStringLiteral("tool_calls")),
            QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-s")}, {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                        {QStringLiteral("choices"), QJsonArray{}},
                        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 12}, {QStringLiteral("completion_tokens"), 5},
                                                              {QStringLiteral("total_tokens"), 17}}}},
        };
        fake.enqueue(QStringLiteral("/chat/completions"), FakeResponse::stream(FakeOpenAiServer::sse(chunks)));
        ProviderConfig config;
        config.kind = ProviderConfig::Kind::OpenAi;
        config.baseUrl = fake.url().toString() + QStringLiteral("/v1");
        OpenAiProvider provider(config);

        Collected got;
        const auto result = awaitResult(provider.generate(hello(true), collectOn(m_receiver, got)), std::chrono::seconds(30));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toLogString()));
        QVERIFY(QTest::qWaitFor([&] { QMutexLocker lock(&got.mutex); return got.events.size() == 2; }, 5000));
        QMutexLocker lock(&got.mutex);
        QCOMPARE(got.events[0].kind, StreamEvent::Kind::FunctionCall);
        QCOMPARE(got.events[0].call.name, QStringLiteral("view_page"));
        QCOMPARE(got.events[0].call.callId, QStringLiteral("call_7"));
        QCOMPARE(got.events[0].call.args.value(QStringLiteral("page")).toInt(), 2);
        QCOMPARE(got.events[0].call.args.value(QStringLiteral("document")).toString(), QStringLiteral("a.pdf"));
        QCOMPARE(got.events[1].kind, StreamEvent::Kind::Usage);
        QCOMPARE(got.events[1].usage.promptTokens, 12);
        QCOMPARE(got.events[1].usage.outputTokens, 5);
        QCOMPARE(got.threads.first(), m_thread);
    }

private:
    QThread *m_thread = nullptr;
    QObject *m_receiver = nullptr;
};

QTEST_GUILESS_MAIN(TestStreamEvents)
#include "tst_streamevents.moc"
