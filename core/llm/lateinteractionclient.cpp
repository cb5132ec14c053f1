// SPDX-License-Identifier: MIT
#include "core/llm/lateinteractionclient.h"

#include <QJsonDocument>
#include <QPromise>
#include <QThread>
#include <QUrl>

#include "core/common/log.h"
#include "core/llm/futureresult.h"
#include "core/llm/keypolicy.h"

namespace PageLens {

LateInteractionClient::LateInteractionClient(const LateConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_http(new HttpClient(this))
{
    m_config.apiKey = m_config.apiKey.trimmed();
    if (!m_config.apiKey.isEmpty())
        log::addSecret(m_config.apiKey);
    m_endpoint = m_config.url;
    while (m_endpoint.endsWith(QLatin1Char('/')))
        m_endpoint.chop(1);
    m_endpoint += m_config.dialect == LateConfig::Dialect::Vllm ? QStringLiteral("/pooling") : QStringLiteral("/embeddings");
    m_http->setTransferTimeout(m_config.transferTimeout);
}

LateInteractionClient::~LateInteractionClient()
{
    m_http->cancelAll();
}

std::shared_ptr<LateInteractionClient> LateInteractionClient::createOnOwnThread(const LateConfig &config)
{
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("late-interaction"));
    auto *client = new LateInteractionClient(config);
    client->moveToThread(thread);
    thread->start();
    return std::shared_ptr<LateInteractionClient>(client, [thread](LateInteractionClient *c) {
        // Delete on its own thread: its network objects belong there.
        QMetaObject::invokeMethod(c, [c] { delete c; },
                                  QThread::currentThread() == thread ? Qt::DirectConnection : Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
        delete thread;
    });
}

QFuture<Result<QVector<MultiVector>>> LateInteractionClient::embedImages(const QList<QByteArray> &images, const QString &mimeType)
{
    QStringList urls;
    for (const QByteArray &image : images)
        urls << QStringLiteral("data:%1;base64,%2").arg(mimeType, QString::fromLatin1(image.toBase64()));
    return send(urls, LateInteractionCodec::Modality::Image);
}

QFuture<Result<QVector<MultiVector>>> LateInteractionClient::embedTexts(const QStringList &texts)
{
    return send(texts, LateInteractionCodec::Modality::Text);
}

QFuture<Result<QVector<MultiVector>>> LateInteractionClient::send(const QStringList &inputs, LateInteractionCodec::Modality modality)
{
    using Vectors = QVector<MultiVector>;
    auto promise = std::make_shared<QPromise<Result<Vectors>>>();
    promise->start();
    QFuture<Result<Vectors>> future = promise->future();
    const quint64 epoch = m_cancelEpoch.load();
    QMetaObject::invokeMethod(this, [this, inputs, modality, promise, epoch] {
        if (epoch != m_cancelEpoch.load()) {
            settle(promise, Result<Vectors>(tl::unexpected(HttpClient::cancelledError())));
            return;
        }
        if (inputs.isEmpty()) {
            settle(promise, Result<Vectors>(tl::unexpected(Error(Error::Code::InvalidArgument, tr("There is nothing to embed.")))));
            return;
        }
        if (m_config.dialect == LateConfig::Dialect::Vllm && modality == LateInteractionCodec::Modality::Image) {
            postImages(inputs, std::make_shared<Vectors>(), promise);
            return;
        }
        const QJsonObject body = m_config.dialect == LateConfig::Dialect::Vllm
                                     ? LateInteractionCodec::poolingRequestBody(m_config.model, inputs, modality, m_config.encoding)
                                     : LateInteractionCodec::requestBody(m_config.model, inputs, modality, m_config.encoding);
        post(body, int(inputs.size()), promise, [promise](Result<Vectors> vectors) { settle(promise, std::move(vectors)); });
    }, Qt::QueuedConnection);
    return future;
}

void LateInteractionClient::postImages(QStringList urls, std::shared_ptr<QVector<MultiVector>> done, const Promise &promise)
{
    if (urls.isEmpty()) {
        settle(promise, Result<QVector<MultiVector>>(std::move(*done)));
        return;
    }
    const QString url = urls.takeFirst();
    const QJsonObject body =
        LateInteractionCodec::poolingRequestBody(m_config.model, {url}, LateInteractionCodec::Modality::Image, m_config.encoding);
    post(body, 1, promise, [this, urls, done, promise](Result<QVector<MultiVector>> vectors) {
        if (!vectors) {
            settle(promise, std::move(vectors));
            return;
        }
        done->append(std::move(vectors->first()));
        postImages(urls, done, promise);
    });
}

void LateInteractionClient::post(const QJsonObject &body, int expected, const Promise &promise,
                                 std::function<void(Result<QVector<MultiVector>>)> finished)
{
    using Vectors = QVector<MultiVector>;
    HttpClient::Call call;
    call.request = QNetworkRequest(QUrl(m_endpoint));
    call.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_config.apiKey.isEmpty() && KeyPolicy::mayReceiveKey(call.request.url(), m_config.sendKey))
        call.request.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.classify = [](const HttpReply &reply) {
        return LateInteractionCodec::failure(reply.status, reply.body, reply.header("retry-after"));
    };
    call.cancelled = [promise] { return promise->isCanceled(); };
    m_http->send(std::move(call), [this, expected, finished = std::move(finished)](Result<HttpReply> reply) {
        if (!reply) {
            Error error = reply.error();
            if (!m_config.apiKey.isEmpty()) {
                error.message.replace(m_config.apiKey, QStringLiteral("[redacted]"));
                error.detail.replace(m_config.apiKey, QStringLiteral("[redacted]"));
            }
            finished(Result<Vectors>(tl::unexpected(error)));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(reply->body, &parseError);
        if (!doc.isObject()) {
            finished(Result<Vectors>(tl::unexpected(Error(
                Error::Code::BadResponse, tr("The late-interaction server sent an answer that could not be read."),
                parseError.errorString()))));
            return;
        }
        finished(LateInteractionCodec::parseResponse(doc.object(), expected, m_config.dim));
    });
}

void LateInteractionClient::cancelAll()
{
    ++m_cancelEpoch;
    QMetaObject::invokeMethod(m_http, &HttpClient::cancelAll, Qt::AutoConnection);
}

} // namespace PageLens
