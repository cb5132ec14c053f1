// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>

#include <QPromise>

#include "core/llm/httpclient.h"
#include "core/llm/openaicodec.h"
#include "core/llm/provider.h"
#include "core/llm/providerconfig.h"

namespace PageLens {

/**
 * Any OpenAI-compatible server (OpenAI, Ollama, llama.cpp server, vLLM, Gemini's compat endpoint):
 * /chat/completions with data-URL images, tools, json_schema and SSE; /embeddings. The key, when
 * there is one, travels only in the Authorization header; local servers need none.
 */
class OpenAiProvider : public Provider
{
    Q_OBJECT
public:
    static constexpr int kMaxBatch = 100;   // local servers choke on big batches

    explicit OpenAiProvider(const ProviderConfig &config, QObject *parent = nullptr);
    ~OpenAiProvider() override;

    QString name() const override { return QStringLiteral("openai"); }
    ProviderCapabilities capabilities() const override;
    QFuture<Result<GenerateResponse>> generate(const GenerateRequest &request, TextChunkCallback onChunk = {}) override;
    QFuture<Result<Embeddings>> embed(const EmbedRequest &request) override;
    void cancelAll() override;

    HttpClient *http() const { return m_http; }

private:
    using GeneratePromise = std::shared_ptr<QPromise<Result<GenerateResponse>>>;
    void startGenerate(GenerateRequest request, TextChunkCallback onChunk, GeneratePromise promise);
    void embedBatch(std::shared_ptr<QPromise<Result<Embeddings>>> promise, EmbedRequest request, int offset,
                    std::shared_ptr<Embeddings> collected);
    HttpClient::Call jsonCall(const QString &path, const QJsonObject &body) const;
    Error scrub(Error error) const;

    ProviderConfig m_config;
    QString m_base;
    OpenAiCodec::Dialect m_dialect;
    HttpClient *m_http;
    std::atomic<quint64> m_cancelEpoch{0};
};

} // namespace PageLens
