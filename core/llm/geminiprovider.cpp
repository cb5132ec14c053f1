// SPDX-License-Identifier: MIT
#include "core/llm/geminiprovider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include "core/llm/keypolicy.h"
#include "core/llm/mediaguard.h"

namespace PageLens {

namespace {

constexpr int kMaxFilePolls = 60;
constexpr std::chrono::milliseconds kFilePollInterval{2000};

ServiceFailure classifyGemini(const HttpReply &reply)
{
    return ServiceFailure::fromGemini(reply.status, reply.body);
}

/** GenerateContentResponse JSON, for HttpProvider::sendGenerate. */
struct GeminiWire {
    using Accumulator = GeminiCodec::Accumulator;

    static void mergeWhole(Accumulator &acc, const QJsonObject &body) { GeminiCodec::merge(acc, body); }

    static Result<void> mergeEvent(Accumulator &acc, const QJsonObject &event)
    {
        if (event.contains(QLatin1String("error"))) {   // an error sent mid-stream
            const int code = event.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt();
            return tl::unexpected(ServiceFailure::fromGemini(code, QJsonDocument(event).toJson()).error);
        }
        GeminiCodec::merge(acc, event);
        return {};
    }

    static Result<GenerateResponse> finish(Accumulator acc, const QJsonObject &schema)
    {
        return GeminiCodec::finish(std::move(acc), schema);
    }
};

} // namespace

GeminiProvider::GeminiProvider(const ProviderConfig &config, QObject *parent)
    : HttpProvider(config, QStringLiteral("gemini-2.5-flash"), QStringLiteral("gemini-embedding-001"), parent)
{
    QString base = config.baseUrl.isEmpty() ? QStringLiteral("https://generativelanguage.googleapis.com") : config.baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (base.endsWith(QLatin1String("/v1beta")))   // accept the versioned form too
        base.chop(7);
    m_base = QUrl(base);
}

ProviderCapabilities GeminiProvider::capabilities() const
{
    ProviderCapabilities caps;
    caps.generation = caps.images = caps.pdf = caps.embeddings = caps.tools = caps.structuredOutput = caps.streaming = true;
    return caps;
}

QString GeminiProvider::modelOf(const QString &requested) const
{
    QString model = requested.isEmpty() ? m_config.model : requested;
    if (model.startsWith(QLatin1String("models/")))
        model = model.mid(7);
    return model;
}

QNetworkRequest GeminiProvider::jsonRequest(const QString &path, const QString &query) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_config.apiKey.isEmpty() && KeyPolicy::mayReceiveKey(m_base, m_config.sendKey))
        request.setRawHeader("x-goog-api-key", m_config.apiKey.toUtf8());
    return request;
}

HttpClient::Call GeminiProvider::jsonCall(const QString &path, const QJsonObject &body, const QString &query) const
{
    HttpClient::Call call;
    call.request = jsonRequest(path, query);
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.classify = classifyGemini;
    return call;
}

void GeminiProvider::startGenerate(GenerateRequest request, StreamSink onChunk, GeneratePromise promise)
{
    MediaGuard::Limits limits;
    limits.inlineBytes = m_config.inlineLimitBytes;
    limits.uploadBytes = kMaxUploadBytes;
    limits.mimeTypes = MediaGuard::geminiMimeTypes();
    limits.uploadLocalFiles = true;
    auto uploads = MediaGuard::prepare(request, limits);
    if (!uploads) {
        settle(promise, Result<GenerateResponse>(tl::unexpected(uploads.error())));
        return;
    }
    uploadThenGenerate(std::move(request), *uploads, std::move(onChunk), std::move(promise));
}

void GeminiProvider::uploadThenGenerate(GenerateRequest request, QVector<QPair<int, int>> uploads,
                                        StreamSink onChunk, GeneratePromise promise)
{
    if (uploads.isEmpty()) {
        sendPrepared(request, std::move(onChunk), std::move(promise));
        return;
    }
    const auto [turn, index] = uploads.takeFirst();
    const ContentPart part = request.turns[turn].parts[index];
    startUpload(part.bytes, part.mimeType, QStringLiteral("pagelens-upload"),
                [this, request, uploads, onChunk, promise, turn, index](Result<GeminiFile> file) mutable {
                    if (!file) {
                        settle(promise, Result<GenerateResponse>(tl::unexpected(scrub(file.error()))));
                        return;
                    }
                    ContentPart &uploaded = request.turns[turn].parts[index];
                    uploaded.bytes.clear();
                    uploaded.uri = file->uri;
                    uploadThenGenerate(std::move(request), std::move(uploads), std::move(onChunk), std::move(promise));
                });
}

void GeminiProvider::sendPrepared(const GenerateRequest &request, StreamSink onChunk, GeneratePromise promise)
{
    const QString model = modelOf(request.model);
    const QJsonObject body = GeminiCodec::generateBody(request);
    HttpClient::Call call = request.stream
        ? jsonCall(QStringLiteral("/v1beta/models/%1:streamGenerateContent").arg(model), body, QStringLiteral("alt=sse"))
        : jsonCall(QStringLiteral("/v1beta/models/%1:generateContent").arg(model), body);
    sendGenerate<GeminiWire>(std::move(call), request, std::move(onChunk), std::move(promise));
}

HttpClient::Call GeminiProvider::embedCall(const QString &model, const QStringList &batch, const EmbedRequest &request) const
{
    const QString bare = model.startsWith(QLatin1String("models/")) ? model.mid(7) : model;
    return jsonCall(QStringLiteral("/v1beta/models/%1:batchEmbedContents").arg(bare),
                    GeminiCodec::batchEmbedBody(bare, batch, request.task, request.dimensions));
}

Result<QVector<QVector<float>>> GeminiProvider::parseEmbeddings(const QJsonObject &body, int expected, Usage &) const
{
    return GeminiCodec::parseEmbeddings(body, expected);   // batchEmbedContents reports no usage
}

QFuture<Result<int>> GeminiProvider::countTokens(const GenerateRequest &request)
{
    auto promise = std::make_shared<QPromise<Result<int>>>();
    promise->start();
    QFuture<Result<int>> future = promise->future();
    QMetaObject::invokeMethod(this, [this, request, promise] {
        const QString model = modelOf(request.model);
        m_http->send(jsonCall(QStringLiteral("/v1beta/models/%1:countTokens").arg(model),
                              GeminiCodec::countTokensBody(model, request)),
                     [this, promise](Result<HttpReply> reply) {
                         if (!reply) {
                             settle(promise, Result<int>(tl::unexpected(scrub(reply.error()))));
                             return;
                         }
                         auto json = parseJsonBody(reply->body);
                         settle(promise, json ? GeminiCodec::parseCountTokens(*json) : Result<int>(tl::unexpected(json.error())));
                     });
    }, Qt::QueuedConnection);
    return future;
}

QFuture<Result<GeminiFile>> GeminiProvider::uploadFile(const QByteArray &bytes, const QString &mimeType,
                                                      const QString &displayName)
{
    auto promise = std::make_shared<QPromise<Result<GeminiFile>>>();
    promise->start();
    QFuture<Result<GeminiFile>> future = promise->future();
    QMetaObject::invokeMethod(this, [this, bytes, mimeType, displayName, promise] {
        startUpload(bytes, mimeType, displayName, [this, promise](Result<GeminiFile> file) {
            settle(promise, file ? std::move(file) : Result<GeminiFile>(tl::unexpected(scrub(file.error()))));
        });
    }, Qt::QueuedConnection);
    return future;
}

void GeminiProvider::startUpload(const QByteArray &bytes, const QString &mimeType, const QString &displayName,
                                 std::function<void(Result<GeminiFile>)> done)
{
    // Resumable protocol, step 1: announce the file and get a capability upload URL.
    HttpClient::Call start = jsonCall(QStringLiteral("/upload/v1beta/files"),
                                      QJsonObject{{QStringLiteral("file"), QJsonObject{{QStringLiteral("display_name"), displayName}}}});
    start.request.setRawHeader("X-Goog-Upload-Protocol", "resumable");
    start.request.setRawHeader("X-Goog-Upload-Command", "start");
    start.request.setRawHeader("X-Goog-Upload-Header-Content-Length", QByteArray::number(bytes.size()));
    start.request.setRawHeader("X-Goog-Upload-Header-Content-Type", mimeType.toUtf8());
    m_http->send(std::move(start), [this, bytes, done](Result<HttpReply> reply) {
        if (!reply) {
            done(tl::unexpected(reply.error()));
            return;
        }
        const QUrl uploadUrl = QUrl::fromEncoded(reply->header("x-goog-upload-url"));
        if (!uploadUrl.isValid() || uploadUrl.isEmpty()) {
            done(tl::unexpected(Error(Error::Code::BadResponse, tr("The file upload could not be started."),
                                      QStringLiteral("no x-goog-upload-url header"))));
            return;
        }
        // Step 2: send the bytes and finalize in one shot. The URL is the credential, so no key header.
        HttpClient::Call upload;
        upload.request = QNetworkRequest(uploadUrl);
        upload.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        upload.request.setRawHeader("X-Goog-Upload-Offset", "0");
        upload.request.setRawHeader("X-Goog-Upload-Command", "upload, finalize");
        upload.body = bytes;
        upload.classify = classifyGemini;
        m_http->send(std::move(upload), [this, done](Result<HttpReply> uploaded) {
            if (!uploaded) {
                done(tl::unexpected(uploaded.error()));
                return;
            }
            auto json = parseJsonBody(uploaded->body);
            if (!json) {
                done(tl::unexpected(json.error()));
                return;
            }
            const GeminiFile file = GeminiCodec::parseFile(*json);
            if (file.state == QLatin1String("ACTIVE") || (file.state.isEmpty() && !file.uri.isEmpty()))
                done(file);
            else
                pollFile(file.name, 0, done);
        });
    });
}

void GeminiProvider::pollFile(const QString &name, int polls, std::function<void(Result<GeminiFile>)> done)
{
    if (name.isEmpty() || polls >= kMaxFilePolls) {
        done(tl::unexpected(Error(Error::Code::Timeout, tr("The uploaded file did not become ready in time."),
                                  QStringLiteral("file %1 after %2 polls").arg(name).arg(polls))));
        return;
    }
    m_http->schedule(polls == 0 ? std::chrono::milliseconds(0) : kFilePollInterval, [this, name, polls, done] {
        HttpClient::Call get;
        get.request = jsonRequest(QStringLiteral("/v1beta/") + name);
        get.verb = "GET";
        get.classify = classifyGemini;
        m_http->send(std::move(get), [this, name, polls, done](Result<HttpReply> reply) {
            if (!reply) {
                done(tl::unexpected(reply.error()));
                return;
            }
            auto json = parseJsonBody(reply->body);
            if (!json) {
                done(tl::unexpected(json.error()));
                return;
            }
            const GeminiFile file = GeminiCodec::parseFile(*json);
            if (file.state == QLatin1String("ACTIVE"))
                done(file);
            else if (file.state == QLatin1String("FAILED"))
                done(tl::unexpected(Error(Error::Code::BadResponse, tr("The model service could not process the uploaded file."),
                                          file.errorMessage)));
            else
                pollFile(name, polls + 1, done);
        });
    }, [done] { done(tl::unexpected(HttpClient::cancelledError())); });
}

} // namespace PageLens
