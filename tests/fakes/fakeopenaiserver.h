// SPDX-License-Identifier: MIT
#pragma once

#include "tests/fakes/fakeagentmodel.h"
#include "tests/fakes/fakehttpserver.h"

namespace PageLens::Test {

/**
 * A fake OpenAI-compatible server (/v1/chat/completions, /v1/embeddings) that needs no scripting:
 * deterministic captions (or schema-shaped JSON for response_format json_schema), SSE streams with
 * LF LF framing, a usage-only last chunk and `data: [DONE]`, and unit-length hashed embeddings.
 * Embeddings follow the model: text-embedding-3-* honour `dimensions`, text-embedding-ada-002
 * rejects it (400, OpenAI's error body), any other model is a local server that ignores it.
 * A request that declares tools is answered by FakeAgentModel: streamed tool calls arrive as an
 * id-and-name chunk followed by argument fragments; like OpenAI, the fake answers 400 when an
 * assistant's tool_calls are not each answered by a `tool` message, or a tool message is not text.
 */
class FakeOpenAiServer : public FakeHttpServer
{
    Q_OBJECT
public:
    using FakeHttpServer::FakeHttpServer;

    /** When set, requests without `Authorization: Bearer <key>` get 401. */
    void setRequiredKey(const QByteArray &key) { m_requiredKey = key; }
    /** How the tool-using model behaves (requests with tools). */
    void setAgentBehaviour(FakeAgentModel::Behaviour behaviour) { m_behaviour = behaviour; }

    static FakeResponse error(int status, const QString &message, const QString &type, const QString &code = {});
    /** SSE body pieces (LF LF framed), ending with `data: [DONE]`. */
    static QList<QByteArray> sse(const QList<QJsonObject> &chunks);
    /** The size a model's vectors have when no (honoured) `dimensions` is given. */
    static int nativeDimensions(const QString &model);

protected:
    FakeResponse respond(const FakeRequest &request) override;

private:
    FakeResponse chat(const FakeRequest &request);
    FakeResponse agentTurn(const FakeRequest &request);
    FakeResponse embeddings(const FakeRequest &request);

    QByteArray m_requiredKey;
    FakeAgentModel::Behaviour m_behaviour = FakeAgentModel::Behaviour::Seed;
    int m_nextCall = 1;
};

} // namespace PageLens::Test
