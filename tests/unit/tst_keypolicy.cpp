// SPDX-License-Identifier: MIT
// Which servers get the API key: the address table, and what the providers really put on the wire.
#include <QtTest>

#include "core/llm/futureresult.h"
#include "core/llm/geminiprovider.h"
#include "core/llm/keypolicy.h"
#include "core/llm/openaiprovider.h"
#include "tests/fakes/fakegeminiserver.h"
#include "tests/fakes/fakeopenaiserver.h"
#include "tests/support/providertesthelpers.h"

using namespace PageLens;
using namespace PageLens::Test;

namespace {

const QString kKey = QStringLiteral("policy-test-key-0123456789");

ProviderConfig keyedConfig(ProviderConfig::Kind kind, const QString &baseUrl, bool sendKey)
{
    ProviderConfig config;
    config.kind = kind;
    config.baseUrl = baseUrl;
    config.apiKey = kKey;
    config.sendKey = sendKey;
    return config;
}

} // namespace

class tst_KeyPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("privateHost");
        QTest::addColumn<bool>("getsKey");   // without the user's opt-in

        QTest::newRow("gemini default") << "https://generativelanguage.googleapis.com" << false << true;
        QTest::newRow("openai") << "https://api.openai.com/v1" << false << true;
        QTest::newRow("public https, port") << "https://models.example.com:8443/v1" << false << true;
        QTest::newRow("public address over https") << "https://8.8.8.8/v1" << false << true;
        QTest::newRow("public but plain http") << "http://api.openai.com/v1" << false << false;
        QTest::newRow("mdns name") << "http://printer.local" << true << false;
        QTest::newRow("mdns name over https") << "https://nas.local/v1" << true << false;
        QTest::newRow("localhost") << "http://localhost:11434/v1" << true << false;
        QTest::newRow("localhost over https") << "https://localhost:8443/v1" << true << false;
        QTest::newRow("*.localhost") << "https://api.localhost/v1" << true << false;
        QTest::newRow("single-label name") << "https://gpu-box:8000/v1" << true << false;
        QTest::newRow("127/8") << "http://127.0.0.1:8080/v1" << true << false;
        QTest::newRow("127/8 elsewhere") << "https://127.3.4.5/v1" << true << false;
        QTest::newRow("10/8") << "http://10.1.2.3:8080/v1" << true << false;
        QTest::newRow("10/8 over https") << "https://10.1.2.3/v1" << true << false;
        QTest::newRow("172.16/12") << "https://172.31.255.1/v1" << true << false;
        QTest::newRow("just outside 172.16/12") << "https://172.32.0.1/v1" << false << true;
        QTest::newRow("192.168/16") << "https://192.168.1.20/v1" << true << false;
        QTest::newRow("ipv4 link-local") << "https://169.254.169.254/" << true << false;
        QTest::newRow("ipv6 loopback") << "http://[::1]:11434" << true << false;
        QTest::newRow("ipv6 loopback over https") << "https://[::1]:11434" << true << false;
        QTest::newRow("ipv6 unique local") << "https://[fd12:3456::1]/v1" << true << false;
        QTest::newRow("ipv6 link-local") << "https://[fe80::1]/v1" << true << false;
        QTest::newRow("ipv4-mapped private") << "https://[::ffff:192.168.0.1]/v1" << true << false;
        QTest::newRow("ipv6 public") << "https://[2001:4860:4860::8888]/v1" << false << true;
    }

    void addresses()
    {
        QFETCH(QString, url);
        QFETCH(bool, privateHost);
        QFETCH(bool, getsKey);
        QCOMPARE(KeyPolicy::isPrivateHost(QUrl(url).host()), privateHost);
        QCOMPARE(KeyPolicy::mayReceiveKey(QUrl(url), false), getsKey);
        QVERIFY(KeyPolicy::mayReceiveKey(QUrl(url), true));   // the user's opt-in wins everywhere
    }

    void providersSendTheKeyOnlyWhenAllowed()
    {
        // The fakes listen on 127.0.0.1: only the opt-in puts the key on the wire.
        FakeGeminiServer gemini;
        QVERIFY(gemini.start());
        FakeOpenAiServer openai;
        QVERIFY(openai.start());
        const QString openAiBase = openai.url().toString() + QStringLiteral("/v1");
        for (const bool sendKey : {false, true}) {
            gemini.clearRequests();
            openai.clearRequests();
            GeminiProvider geminiProvider(keyedConfig(ProviderConfig::Kind::Gemini, gemini.url().toString(), sendKey));
            QVERIFY(awaitResult(geminiProvider.generate(hello()), std::chrono::seconds(30)));
            QVERIFY(awaitResult(geminiProvider.embed(EmbedRequest{{}, {QStringLiteral("x")}, EmbedTask::Document, 0}), std::chrono::seconds(30)));
            OpenAiProvider openAiProvider(keyedConfig(ProviderConfig::Kind::OpenAi, openAiBase, sendKey));
            QVERIFY(awaitResult(openAiProvider.generate(hello()), std::chrono::seconds(30)));
            QVERIFY(awaitResult(openAiProvider.embed(EmbedRequest{{}, {QStringLiteral("x")}, EmbedTask::Document, 0}), std::chrono::seconds(30)));

            QCOMPARE(gemini.count(), 2);
            for (const FakeRequest &request : gemini.requests())
                QCOMPARE(request.header("x-goog-api-key"), sendKey ? kKey.toUtf8() : QByteArray());
            QCOMPARE(openai.count(), 2);
            for (const FakeRequest &request : openai.requests())
                QCOMPARE(request.header("authorization"), sendKey ? "Bearer " + kKey.toUtf8() : QByteArray());
        }
    }
};

QTEST_GUILESS_MAIN(tst_KeyPolicy)
#include "tst_keypolicy.moc"
