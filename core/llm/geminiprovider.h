// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>

#include <QPromise>

#include "core/llm/geminicodec.h"
#include "core/llm/httpclient.h"
#include "core/llm/provider.h"
#include "core/llm/providerconfig.h"

namespace PageLens {

/**
 * Gemini REST v1beta over QNetworkAccessManager: generateContent and streamGenerateContent
 * (alt=sse), inline, base64 and URI media, Files API uploads above the inline limit, structured
 * output, function calling, batchEmbedContents and countTokens. The key travels only in the
 * x-goog-api-key header.
 */
class GeminiProvider : public Provider
{
    Q_OBJECT
public:
    static constexpr int kMaxBatch = 100;   // batchEmbedContents refuses more
    static constexpr qint64 kMaxUploadBytes = 2LL * 1024 * 1024 * 1024;

    explicit GeminiProvider(const ProviderConfig &config, QObject *parent = nullptr);
    ~GeminiProvider() override;

    QString name() const override { return QStringLiteral("gemini"); }
    ProviderCapabilities capabilities() const override;
    QFuture<Result<GenerateResponse>> generate(const GenerateRequest &request, TextChunkCallback onChunk = {}) override;
    QFuture<Result<Embeddings>> embed(const EmbedRequest &request) override;
    void cancelAll() override;

    QFuture<Result<int>> countTokens(const GenerateRequest &request);
    /** Uploads through the Files API, waits until the file is ACTIVE and returns it. */
    QFuture<Result<GeminiFile>> uploadFile(const QByteArray &bytes, const QString &mimeType, const QString &displayName);

    /** The network side; use on the provider's thread only (tests set the retry policy and clock). */
    HttpClient *http() const { return m_http; }

private:
    using GeneratePromise = std::shared_ptr<QPromise<Result<GenerateResponse>>>;
    void startGenerate(GenerateRequest request, TextChunkCallback onChunk, GeneratePromise promise, quint64 epoch);
    void uploadThenGenerate(GenerateRequest request, QVector<QPair<int, int>> uploads, TextChunkCallback onChunk,
                            GeneratePromise promise);
    void sendGenerate(const GenerateRequest &request, TextChunkCallback onChunk, GeneratePromise promise);
    void embedBatch(std::shared_ptr<QPromise<Result<Embeddings>>> promise, EmbedRequest request, int offset,
                    std::shared_ptr<Embeddings> collected);
    void startUpload(const QByteArray &bytes, const QString &mimeType, const QString &displayName,
                     std::function<void(Result<GeminiFile>)> done);
    void pollFile(const QString &name, int polls, std::function<void(Result<GeminiFile>)> done);

    QNetworkRequest jsonRequest(const QString &path, const QString &query = {}) const;
    HttpClient::Call jsonCall(const QString &path, const QJsonObject &body, const QString &query = {}) const;
    QString modelOf(const QString &requested) const;
    Error scrub(Error error) const;

    ProviderConfig m_config;
    QUrl m_base;
    HttpClient *m_http;
    std::atomic<quint64> m_cancelEpoch{0};   // requests queued before a cancelAll() do not start
};

} // namespace PageLens
