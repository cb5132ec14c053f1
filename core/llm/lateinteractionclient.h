// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>

#include <functional>

#include <QFuture>
#include <QObject>
#include <QPromise>

#include "core/llm/httpclient.h"
#include "core/llm/lateinteractioncodec.h"

namespace PageLens {

/**
 * A multi-vector embedding server (infinity's /embeddings or vLLM's /pooling, LateConfig::Dialect,
 * with ColPali-family models): page images
 * become patch vectors, query texts token vectors. Like the providers it lives on its own thread
 * (or the caller's, which then runs an event loop), retries with backoff on 429/5xx through
 * HttpClient, sends the key only where KeyPolicy allows, and each call's future can be cancelled
 * alone. Deciding whether page images may leave the machine is the caller's (privacy, consent).
 */
class LateInteractionClient : public QObject
{
    Q_OBJECT
public:
    explicit LateInteractionClient(const LateConfig &config, QObject *parent = nullptr);
    ~LateInteractionClient() override;

    /** A client on a thread of its own, so any thread may block on its futures. */
    static std::shared_ptr<LateInteractionClient> createOnOwnThread(const LateConfig &config);

    const LateConfig &config() const { return m_config; }
    /** Encoded images (PNG, JPEG, WEBP) sent as data URLs; one MultiVector per image, in order. */
    QFuture<Result<QVector<MultiVector>>> embedImages(const QList<QByteArray> &images, const QString &mimeType);
    /** Query texts; one MultiVector per text, in order. */
    QFuture<Result<QVector<MultiVector>>> embedTexts(const QStringList &texts);
    void cancelAll();

    /** The network side; use on the client's thread only (tests set the retry policy and clock). */
    HttpClient *http() const { return m_http; }

private:
    using Promise = std::shared_ptr<QPromise<Result<QVector<MultiVector>>>>;

    QFuture<Result<QVector<MultiVector>>> send(const QStringList &inputs, LateInteractionCodec::Modality modality);
    /** One POST of `body`; `finished` gets the `expected` vectors or the error. */
    void post(const QJsonObject &body, int expected, const Promise &promise,
              std::function<void(Result<QVector<MultiVector>>)> finished);
    /** vLLM takes one image per chat request: the images one after another, then the promise. */
    void postImages(QStringList urls, std::shared_ptr<QVector<MultiVector>> done, const Promise &promise);

    LateConfig m_config;
    QString m_endpoint;
    HttpClient *m_http;
    std::atomic<quint64> m_cancelEpoch{0};
};

} // namespace PageLens
