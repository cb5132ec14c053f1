// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include "tests/fakes/fakeagentmodel.h"
#include "tests/fakes/fakehttpserver.h"

namespace PageLens::Test {

/**
 * A fake of the Gemini v1beta REST API that needs no scripting: generateContent and
 * streamGenerateContent (alt=sse with CRLF framing, or a JSON array), countTokens, embedContent,
 * batchEmbedContents (deterministic hashed vectors; reduced dimensions are not unit length,
 * like the real service), and the resumable Files API (PROCESSING, then ACTIVE).
 * Accepts camelCase and snake_case request keys. Script errors, delays and stalls with enqueue().
 * A request that declares tools is answered by FakeAgentModel: function calls carry a thought
 * signature, and like Gemini 3 the fake answers 400 when a model turn comes back without the exact
 * signature it issued; functionResponse.parts (images) are accepted from gemini-3 models only.
 *
 *     FakeGeminiServer fake;  fake.start();
 *     qputenv("PAGELENS_GEMINI_BASE_URL", fake.url().toString().toUtf8());
 *     ... fake.count(":batchEmbedContents") ...
 */
class FakeGeminiServer : public FakeHttpServer
{
    Q_OBJECT
public:
    using FakeHttpServer::FakeHttpServer;

    /** When set, a request with another key gets 400 API_KEY_INVALID and one without gets 403. */
    void setRequiredKey(const QByteArray &key) { m_requiredKey = key; }
    /** When set, other models get 404 NOT_FOUND. */
    void setKnownModels(const QStringList &models) { m_knownModels = models; }
    /** How the tool-using model behaves (requests with tools). */
    void setAgentBehaviour(FakeAgentModel::Behaviour behaviour) { m_behaviour = behaviour; }
    /** The thought signatures issued so far, in order. */
    QList<QByteArray> issuedSignatures() const;

    static FakeResponse error(int status, const QString &statusText, const QString &message, const QJsonArray &details = {});
    /** A 429 with RetryInfo.retryDelay (e.g. "1s"); `perDay` adds a QuotaFailure with a PerDay quota id. */
    static FakeResponse quota(const QString &retryDelay, bool perDay = false);
    /** A GenerateContentResponse with one text candidate. */
    static QJsonObject textAnswer(const QString &text, const QString &finishReason = QStringLiteral("STOP"));
    /** SSE body pieces (CRLF CRLF framed) for `objects`. */
    static QList<QByteArray> sse(const QList<QJsonObject> &objects);

protected:
    FakeResponse respond(const FakeRequest &request) override;

private:
    FakeResponse generate(const FakeRequest &request, bool stream);
    FakeResponse agentTurn(const FakeRequest &request, bool stream);
    FakeResponse embed(const FakeRequest &request, bool batch);
    FakeResponse upload(const FakeRequest &request);
    FakeResponse file(const FakeRequest &request);

    QByteArray m_requiredKey;
    QStringList m_knownModels;
    int m_nextFile = 1;
    QHash<QString, int> m_fileGets;   // file name -> GETs so far
    QHash<QString, QString> m_fileMime;
    FakeAgentModel::Behaviour m_behaviour = FakeAgentModel::Behaviour::Seed;
    QList<QByteArray> m_signatures;   // guarded by m_signatureMutex (read from the test thread)
    mutable QMutex m_signatureMutex;
};

} // namespace PageLens::Test
