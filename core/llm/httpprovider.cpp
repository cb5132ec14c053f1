// SPDX-License-Identifier: MIT
#include "core/llm/httpprovider.h"

#include "core/common/log.h"

namespace PageLens {

HttpProvider::HttpProvider(const ProviderConfig &config, const QString &defaultModel, const QString &defaultEmbedModel,
                           QObject *parent)
    : Provider(parent)
    , m_config(config)
    , m_http(new HttpClient(this))
{
    if (m_config.model.isEmpty())
        m_config.model = defaultModel;
    if (m_config.embedModel.isEmpty())
        m_config.embedModel = defaultEmbedModel;
    m_config.apiKey = m_config.apiKey.trimmed();
    if (!m_config.apiKey.isEmpty())
        log::addSecret(m_config.apiKey);
    m_http->setTransferTimeout(config.transferTimeout);
}

HttpProvider::~HttpProvider()
{
    // Settle every promise while m_config and m_http still exist. The subclass is gone by now, so
    // the cancel paths of its callbacks use HttpProvider members only.
    m_http->cancelAll();
}

Error HttpProvider::scrub(Error error) const
{
    if (!m_config.apiKey.isEmpty()) {
        error.message.replace(m_config.apiKey, QStringLiteral("[redacted]"));
        error.detail.replace(m_config.apiKey, QStringLiteral("[redacted]"));
    }
    return error;
}

Result<QJsonObject> HttpProvider::parseJsonBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject())
        return fail(Error::Code::BadResponse,
                    QCoreApplication::translate("PageLens", "The model service sent an answer that could not be read."),
                    error.errorString());
    return doc.object();
}

QFuture<Result<GenerateResponse>> HttpProvider::generate(const GenerateRequest &request, StreamSink onChunk)
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

QFuture<Result<Embeddings>> HttpProvider::embed(const EmbedRequest &request)
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

void HttpProvider::embedBatch(EmbedPromise promise, EmbedRequest request, int offset, std::shared_ptr<Embeddings> collected)
{
    if (offset >= request.texts.size()) {
        collected->dimensions = collected->vectors.isEmpty() ? 0 : int(collected->vectors.first().size());
        settle(promise, Result<Embeddings>(*collected));
        return;
    }
    const QStringList batch = request.texts.mid(offset, kMaxBatch);
    HttpClient::Call call = embedCall(collected->model, batch, request);
    call.cancelled = [promise] { return promise->isCanceled(); };
    m_http->send(std::move(call),
                 [this, promise, request, offset, collected, count = int(batch.size())](Result<HttpReply> reply) {
                     if (!reply) {
                         settle(promise, Result<Embeddings>(tl::unexpected(scrub(reply.error()))));
                         return;
                     }
                     auto json = parseJsonBody(reply->body);
                     auto vectors = json ? parseEmbeddings(*json, count, collected->usage)
                                         : Result<QVector<QVector<float>>>(tl::unexpected(json.error()));
                     if (!vectors) {
                         settle(promise, Result<Embeddings>(tl::unexpected(vectors.error())));
                         return;
                     }
                     collected->vectors += *vectors;
                     embedBatch(promise, request, offset + count, collected);
                 });
}

void HttpProvider::cancelAll()
{
    ++m_cancelEpoch;
    QMetaObject::invokeMethod(m_http, &HttpClient::cancelAll, Qt::AutoConnection);
}

} // namespace PageLens
