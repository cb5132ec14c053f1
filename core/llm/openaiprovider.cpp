// SPDX-License-Identifier: MIT
#include "core/llm/openaiprovider.h"

#include <QJsonDocument>
#include <QUrl>

#include "core/common/log.h"
#include "core/llm/futureresult.h"
#include "core/llm/mediaguard.h"
#include "core/llm/streamdecoder.h"

namespace PageLens {

namespace {

Result<QJsonObject> parseJsonBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject())
        return fail(Error::Code::BadResponse,
                    QCoreApplication::translate("PageLens", "The model service sent an answer that could not be read."),
                    error.errorString());
    return doc.object();
}

ServiceFailure classifyOpenAi(const HttpReply &reply)
{
    return ServiceFailure::fromOpenAi(reply.status, reply.body, reply.header("retry-after"));
}

} // namespace

OpenAiProvider::OpenAiProvider(const ProviderConfig &config, QObject *parent)
    : Provider(parent)
    , m_config(config)
    , m_http(new HttpClient(this))
{
    m_base = config.baseUrl.isEmpty() ? QStringLiteral("https://api.openai.com/v1") : config.baseUrl;
    while (m_base.endsWith(QLatin1Char('/')))
        m_base.chop(1);
    const bool openAi = QUrl(m_base).host() == QLatin1String("api.openai.com");
    m_dialect.maxCompletionTokens = openAi;
    m_dialect.pdf = openAi;
    if (m_config.model.isEmpty())
        m_config.model = QStringLiteral("gpt-4o-mini");
    if (m_config.embedModel.isEmpty())
        m_config.embedModel = QStringLiteral("text-embedding-3-small");
    m_config.apiKey = m_config.apiKey.trimmed();
    if (!m_config.apiKey.isEmpty())
        log::addSecret(m_config.apiKey);
    m_http->setTransferTimeout(config.transferTimeout);
}

OpenAiProvider::~OpenAiProvider()
{
    m_http->cancelAll();
}

ProviderCapabilities OpenAiProvider::capabilities() const
{
    ProviderCapabilities caps;
    caps.generation = caps.images = caps.embeddings = caps.tools = caps.structuredOutput = caps.streaming = true;
    caps.pdf = m_dialect.pdf;
    return caps;
}

Error OpenAiProvider::scrub(Error error) const
{
    if (!m_config.apiKey.isEmpty()) {
        error.message.replace(m_config.apiKey, QStringLiteral("[redacted]"));
        error.detail.replace(m_config.apiKey, QStringLiteral("[redacted]"));
    }
    return error;
}

HttpClient::Call OpenAiProvider::jsonCall(const QString &path, const QJsonObject &body) const
{
    HttpClient::Call call;
    call.request = QNetworkRequest(QUrl(m_base + path));
    call.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_config.apiKey.isEmpty())
        call.request.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.classify = classifyOpenAi;
    return call;
}

QFuture<Result<GenerateResponse>> OpenAiProvider::generate(const GenerateRequest &request, TextChunkCallback onChunk)
{
    auto promise = std::make_shared<QPromise<Result<GenerateResponse>>>();
    promise->start();
    QFuture<Result<GenerateResponse>> future = promise->future();
    const quint64 epoch = m_cancelEpoch.load();
    QMetaObject::invokeMethod(this, [this, request, onChunk, promise, epoch] {
        if (epoch != m_cancelEpoch.load())
            settle(promise, Result<GenerateResponse>(tl::unexpected(HttpClient::cancelledError())));
        else
            startGenerate(request, onChunk, promise);
    }, Qt::QueuedConnection);
    return future;
}

void OpenAiProvider::startGenerate(GenerateRequest request, TextChunkCallback onChunk, GeneratePromise promise)
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
    const QJsonObject schema = request.responseSchema;
    HttpClient::Call call = jsonCall(QStringLiteral("/chat/completions"), *body);
    if (!request.stream) {
        m_http->send(std::move(call), [this, promise, schema](Result<HttpReply> reply) {
            if (!reply) {
                settle(promise, Result<GenerateResponse>(tl::unexpected(scrub(reply.error()))));
                return;
            }
            auto json = parseJsonBody(reply->body);
            if (!json) {
                settle(promise, Result<GenerateResponse>(tl::unexpected(json.error())));
                return;
            }
            OpenAiCodec::Accumulator acc;
            OpenAiCodec::mergeCompletion(acc, *json);
            settle(promise, OpenAiCodec::finish(std::move(acc), schema));
        });
        return;
    }

    struct StreamState {
        StreamDecoder decoder;
        OpenAiCodec::Accumulator acc;
    };
    auto state = std::make_shared<StreamState>();
    auto absorb = [state, onChunk](const QList<QJsonObject> &objects) -> Result<void> {
        for (const QJsonObject &object : objects) {
            if (object.contains(QLatin1String("error")))
                return tl::unexpected(ServiceFailure::fromOpenAi(500, QJsonDocument(object).toJson()).error);
            const qsizetype before = state->acc.response.text.size();
            OpenAiCodec::mergeChunk(state->acc, object);
            if (onChunk && state->acc.response.text.size() > before)
                onChunk(state->acc.response.text.mid(before));
        }
        return {};
    };
    call.onChunk = [state, absorb](const QByteArray &bytes) -> Result<void> {
        auto objects = state->decoder.feed(bytes);
        return objects ? absorb(*objects) : Result<void>(tl::unexpected(objects.error()));
    };
    m_http->send(std::move(call), [this, promise, schema, state, absorb](Result<HttpReply> reply) {
        if (!reply) {
            settle(promise, Result<GenerateResponse>(tl::unexpected(scrub(reply.error()))));
            return;
        }
        auto rest = state->decoder.finish();
        const Result<void> absorbed = rest ? absorb(*rest) : Result<void>(tl::unexpected(rest.error()));
        if (!absorbed) {
            settle(promise, Result<GenerateResponse>(tl::unexpected(scrub(absorbed.error()))));
            return;
        }
        settle(promise, OpenAiCodec::finish(std::move(state->acc), schema));
    });
}

QFuture<Result<Embeddings>> OpenAiProvider::embed(const EmbedRequest &request)
{
    auto promise = std::make_shared<QPromise<Result<Embeddings>>>();
    promise->start();
    QFuture<Result<Embeddings>> future = promise->future();
    const quint64 epoch = m_cancelEpoch.load();
    QMetaObject::invokeMethod(this, [this, request, promise, epoch] {
        if (epoch != m_cancelEpoch.load()) {
            settle(promise, Result<Embeddings>(tl::unexpected(HttpClient::cancelledError())));
            return;
        }
        if (request.texts.isEmpty()) {
            settle(promise, Result<Embeddings>(tl::unexpected(Error(Error::Code::InvalidArgument, tr("There is no text to embed.")))));
            return;
        }
        auto collected = std::make_shared<Embeddings>();
        collected->model = request.model.isEmpty() ? m_config.embedModel : request.model;
        embedBatch(promise, request, 0, collected);
    }, Qt::QueuedConnection);
    return future;
}

void OpenAiProvider::embedBatch(std::shared_ptr<QPromise<Result<Embeddings>>> promise, EmbedRequest request, int offset,
                                std::shared_ptr<Embeddings> collected)
{
    if (offset >= request.texts.size()) {
        collected->dimensions = collected->vectors.isEmpty() ? 0 : int(collected->vectors.first().size());
        settle(promise, Result<Embeddings>(*collected));
        return;
    }
    const QStringList batch = request.texts.mid(offset, kMaxBatch);
    m_http->send(jsonCall(QStringLiteral("/embeddings"), OpenAiCodec::embeddingsBody(collected->model, batch, request.dimensions)),
                 [this, promise, request, offset, collected, count = int(batch.size())](Result<HttpReply> reply) {
                     if (!reply) {
                         settle(promise, Result<Embeddings>(tl::unexpected(scrub(reply.error()))));
                         return;
                     }
                     auto json = parseJsonBody(reply->body);
                     auto vectors = json ? OpenAiCodec::parseEmbeddings(*json, count)
                                         : Result<QVector<QVector<float>>>(tl::unexpected(json.error()));
                     if (!vectors) {
                         settle(promise, Result<Embeddings>(tl::unexpected(vectors.error())));
                         return;
                     }
                     collected->vectors += *vectors;
                     const QJsonObject usage = json->value(QLatin1String("usage")).toObject();
                     collected->usage.promptTokens += usage.value(QLatin1String("prompt_tokens")).toInt();
                     collected->usage.totalTokens += usage.value(QLatin1String("total_tokens")).toInt();
                     embedBatch(promise, request, offset + count, collected);
                 });
}

void OpenAiProvider::cancelAll()
{
    ++m_cancelEpoch;
    QMetaObject::invokeMethod(m_http, &HttpClient::cancelAll, Qt::AutoConnection);
}

} // namespace PageLens
