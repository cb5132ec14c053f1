// SPDX-License-Identifier: MIT
#pragma once

#include "core/llm/httpprovider.h"
#include "core/llm/openaicodec.h"

namespace PageLens {

/**
 * Any OpenAI-compatible server (OpenAI, Ollama, llama.cpp server, vLLM, Gemini's compat endpoint):
 * /chat/completions with data-URL images, tools, json_schema and SSE; /embeddings. The key, when
 * there is one, travels only in the Authorization header and only where KeyPolicy allows it.
 */
class OpenAiProvider : public HttpProvider
{
    Q_OBJECT
public:
    explicit OpenAiProvider(const ProviderConfig &config, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("openai"); }
    ProviderCapabilities capabilities() const override;

protected:
    void startGenerate(GenerateRequest request, StreamSink onChunk, GeneratePromise promise) override;
    HttpClient::Call embedCall(const QString &model, const QStringList &batch, const EmbedRequest &request) const override;
    Result<QVector<QVector<float>>> parseEmbeddings(const QJsonObject &body, int expected, Usage &usage) const override;

private:
    HttpClient::Call jsonCall(const QString &path, const QJsonObject &body) const;

    QString m_base;
    OpenAiCodec::Dialect m_dialect;
};

} // namespace PageLens
