// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include "core/llm/geminicodec.h"
#include "core/llm/httpprovider.h"

namespace PageLens {

/**
 * Gemini REST v1beta over QNetworkAccessManager: generateContent and streamGenerateContent
 * (alt=sse), inline, base64 and URI media, Files API uploads above the inline limit, structured
 * output, function calling, batchEmbedContents and countTokens. The key travels only in the
 * x-goog-api-key header, and only where KeyPolicy allows it.
 */
class GeminiProvider : public HttpProvider
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxUploadBytes = 2LL * 1024 * 1024 * 1024;

    explicit GeminiProvider(const ProviderConfig &config, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("gemini"); }
    ProviderCapabilities capabilities() const override;

    QFuture<Result<int>> countTokens(const GenerateRequest &request);
    /** Uploads through the Files API, waits until the file is ACTIVE and returns it. */
    QFuture<Result<GeminiFile>> uploadFile(const QByteArray &bytes, const QString &mimeType, const QString &displayName);

protected:
    void startGenerate(GenerateRequest request, StreamSink onChunk, GeneratePromise promise) override;
    HttpClient::Call embedCall(const QString &model, const QStringList &batch, const EmbedRequest &request) const override;
    Result<QVector<QVector<float>>> parseEmbeddings(const QJsonObject &body, int expected, Usage &usage) const override;

private:
    void uploadThenGenerate(GenerateRequest request, QVector<QPair<int, int>> uploads, StreamSink onChunk,
                            GeneratePromise promise);
    void sendPrepared(const GenerateRequest &request, StreamSink onChunk, GeneratePromise promise);
    void startUpload(const QByteArray &bytes, const QString &mimeType, const QString &displayName,
                     std::function<void(Result<GeminiFile>)> done);
    void pollFile(const QString &name, int polls, std::function<void(Result<GeminiFile>)> done);

    QNetworkRequest jsonRequest(const QString &path, const QString &query = {}) const;
    HttpClient::Call jsonCall(const QString &path, const QJsonObject &body, const QString &query = {}) const;
    QString modelOf(const QString &requested) const;

    QUrl m_base;
};

} // namespace PageLens
