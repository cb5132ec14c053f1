// SPDX-License-Identifier: MIT
#include "core/llm/openaiprovider.h"

#include <QJsonDocument>
#include <QUrl>

#include "core/llm/keypolicy.h"
#include "core/llm/mediaguard.h"

namespace PageLens {

namespace {

ServiceFailure classifyOpenAi(const HttpReply &reply)
{
    return ServiceFailure::fromOpenAi(reply.status, reply.body, reply.header("retry-after"));
}

/** Chat Completions JSON, for HttpProvider::sendGenerate. */
struct OpenAiWire {
    using Accumulator = OpenAiCodec::Accumulator;

    static void mergeWhole(Accumulator &acc, const QJsonObject &body) { OpenAiCodec::mergeCompletion(acc, body); }

    static Result<void> mergeEvent(Accumulator &acc, const QJsonObject &event)
    {
        if (event.contains(QLatin1String("error")))   // an error sent mid-stream carries no status
            return tl::unexpected(ServiceFailure::fromOpenAi(500, QJsonDocument(event).toJson()).error);
        OpenAiCodec::mergeChunk(acc, event);
        return {};
    }

    static Result<GenerateResponse> finish(Accumulator acc, const QJsonObject &schema)
    {
        return OpenAiCodec::finish(std::move(acc), schema);
    }
};

} // namespace

OpenAiProvider::OpenAiProvider(const ProviderConfig &config, QObject *parent)
    : HttpProvider(config, QStringLiteral("gpt-4o-mini"), QStringLiteral("text-embedding-3-small"), parent)
{
    m_base = config.baseUrl.isEmpty() ? QStringLiteral("https://api.openai.com/v1") : config.baseUrl;
    while (m_base.endsWith(QLatin1Char('/')))
        m_base.chop(1);
    const bool openAi = QUrl(m_base).host() == QLatin1String("api.openai.com");
    m_dialect.maxCompletionTokens = openAi;
    m_dialect.pdf = openAi;
}

ProviderCapabilities OpenAiProvider::capabilities() const
{
    ProviderCapabilities caps;
    caps.generation = caps.images = caps.embeddings = caps.tools = caps.structuredOutput = caps.streaming = true;
    caps.pdf = m_dialect.pdf;
    return caps;
}

HttpClient::Call OpenAiProvider::jsonCall(const QString &path, const QJsonObject &body) const
{
    HttpClient::Call call;
    call.request = QNetworkRequest(QUrl(m_base + path));
    call.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_config.apiKey.isEmpty() && KeyPolicy::mayReceiveKey(call.request.url(), m_config.sendKey))
        call.request.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.classify = classifyOpenAi;
    return call;
}

void OpenAiProvider::startGenerate(GenerateRequest request, StreamSink onChunk, GeneratePromise promise)
{
    MediaGuard::Limits limits;
    limits.inlineBytes = m_config.inlineLimitBytes;
    limits.mimeTypes = MediaGuard::openAiMimeTypes(m_dialect.pdf);
    auto uploads = MediaGuard::prepare(request, limits);
    auto body = uploads ? OpenAiCodec::chatBody(request, request.model.isEmpty() ? m_config.model : request.model, m_dialect)
                        : Result<QJsonObject>(tl::unexpected(uploads.error()));
    if (!body) {
        settle(promise, Result<GenerateResponse>(tl::unexpected(body.error())));
        return;
    }
    sendGenerate<OpenAiWire>(jsonCall(QStringLiteral("/chat/completions"), *body), request, std::move(onChunk),
                             std::move(promise));
}

HttpClient::Call OpenAiProvider::embedCall(const QString &model, const QStringList &batch, const EmbedRequest &request) const
{
    return jsonCall(QStringLiteral("/embeddings"), OpenAiCodec::embeddingsBody(model, batch, request.dimensions));
}

Result<QVector<QVector<float>>> OpenAiProvider::parseEmbeddings(const QJsonObject &body, int expected, Usage &usage) const
{
    auto vectors = OpenAiCodec::parseEmbeddings(body, expected);
    if (vectors) {
        const QJsonObject reported = body.value(QLatin1String("usage")).toObject();
        usage.promptTokens += reported.value(QLatin1String("prompt_tokens")).toInt();
        usage.totalTokens += reported.value(QLatin1String("total_tokens")).toInt();
    }
    return vectors;
}

} // namespace PageLens
