// SPDX-License-Identifier: MIT
#include "core/llm/geminiprovider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include "core/common/log.h"
#include "core/llm/futureresult.h"
#include "core/llm/mediaguard.h"
#include "core/llm/streamdecoder.h"

namespace PageLens {

namespace {

constexpr int kMaxFilePolls = 60;
constexpr std::chrono::milliseconds kFilePollInterval{2000};

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

ServiceFailure classifyGemini(const HttpReply &reply)
{
    return ServiceFailure::fromGemini(reply.status, reply.body);
}

} // namespace

GeminiProvider::GeminiProvider(const ProviderConfig &config, QObject *parent)
    : Provider(parent)
    , m_config(config)
    , m_http(new HttpClient(this))
{
    QString base = config.baseUrl.isEmpty() ? QStringLiteral("https://generativelanguage.googleapis.com") : config.baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (base.endsWith(QLatin1String("/v1beta")))   // accept the versioned form too
        base.chop(7);
    m_base = QUrl(base);
    if (m_config.model.isEmpty())
        m_config.model = QStringLiteral("gemini-2.5-flash");
    if (m_config.embedModel.isEmpty())
        m_config.embedModel = QStringLiteral("gemini-embedding-001");
    m_config.apiKey = m_config.apiKey.trimmed();
    if (!m_config.apiKey.isEmpty())
        log::addSecret(m_config.apiKey);
    m_http->setTransferTimeout(config.transferTimeout);
}

GeminiProvider::~GeminiProvider()
{
    m_http->cancelAll();   // settle every promise while the members they use still exist
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

Error GeminiProvider::scrub(Error error) const
{
    if (!m_config.apiKey.isEmpty()) {
        error.message.replace(m_config.apiKey, QStringLiteral("[redacted]"));
        error.detail.replace(m_config.apiKey, QStringLiteral("[redacted]"));
    }
    return error;
}

QNetworkRequest GeminiProvider::jsonRequest(const QString &path, const QString &query) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_config.apiKey.isEmpty())
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

QFuture<Result<GenerateResponse>> GeminiProvider::generate(const GenerateRequest &request, TextChunkCallback onChunk)
{
    auto promise = std::make_shared<QPromise<Result<GenerateResponse>>>();
    promise->start();
    QFuture<Result<GenerateResponse>> future = promise->future();
    const quint64 epoch = m_cancelEpoch.load();
    QMetaObject::invokeMethod(this, [this, request, onChunk, promise, epoch] {
        startGenerate(request, onChunk, promise, epoch);
    }, Qt::QueuedConnection);
    return future;
}

void GeminiProvider::startGenerate(GenerateRequest request, TextChunkCallback onChunk, GeneratePromise promise, quint64 epoch)
{
    if (epoch != m_cancelEpoch.load()) {
        settle(promise, Result<GenerateResponse>(tl::unexpected(HttpClient::cancelledError())));
        return;
    }
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
                                        TextChunkCallback onChunk, GeneratePromise promise)
{
    if (uploads.isEmpty()) {
        sendGenerate(request, std::move(onChunk), std::move(promise));
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

void GeminiProvider::sendGenerate(const GenerateRequest &request, TextChunkCallback onChunk, GeneratePromise promise)
{
    const QString model = modelOf(request.model);
    const QJsonObject body = GeminiCodec::generateBody(request);
    const QJsonObject schema = request.responseSchema;
    if (!request.stream) {
        m_http->send(jsonCall(QStringLiteral("/v1beta/models/%1:generateContent").arg(model), body),
                     [this, promise, schema](Result<HttpReply> reply) {
                         if (!reply) {
                             settle(promise, Result<GenerateResponse>(tl::unexpected(scrub(reply.error()))));
                             return;
                         }
                         auto json = parseJsonBody(reply->body);
                         settle(promise, json ? GeminiCodec::parseResponse(*json, schema)
                                              : Result<GenerateResponse>(tl::unexpected(json.error())));
                     });
        return;
    }

    struct StreamState {
        StreamDecoder decoder;
        GeminiCodec::Accumulator acc;
    };
    auto state = std::make_shared<StreamState>();
    auto absorb = [state, onChunk](const QList<QJsonObject> &objects) -> Result<void> {
        for (const QJsonObject &object : objects) {
            if (object.contains(QLatin1String("error"))) {   // an error sent mid-stream
                const int code = object.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt();
                return tl::unexpected(ServiceFailure::fromGemini(code, QJsonDocument(object).toJson()).error);
            }
            const qsizetype before = state->acc.response.text.size();
            GeminiCodec::merge(state->acc, object);
            if (onChunk && state->acc.response.text.size() > before)
                onChunk(state->acc.response.text.mid(before));
        }
        return {};
    };
    HttpClient::Call call = jsonCall(QStringLiteral("/v1beta/models/%1:streamGenerateContent").arg(model), body,
                                     QStringLiteral("alt=sse"));
    call.onChunk = [state, absorb](const QByteArray &bytes) -> Result<void> {
        auto objects = state->decoder.feed(bytes);
        if (!objects)
            return tl::unexpected(objects.error());
        return absorb(*objects);
    };
    m_http->send(std::move(call), [this, promise, schema, state, absorb](Result<HttpReply> reply) {
        if (!reply) {
            settle(promise, Result<GenerateResponse>(tl::unexpected(scrub(reply.error()))));
            return;
        }
        auto rest = state->decoder.finish();
        Result<void> absorbed = rest ? absorb(*rest) : Result<void>(tl::unexpected(rest.error()));
        if (!absorbed) {
            settle(promise, Result<GenerateResponse>(tl::unexpected(scrub(absorbed.error()))));
            return;
        }
        settle(promise, GeminiCodec::finish(std::move(state->acc), schema));
    });
}

QFuture<Result<Embeddings>> GeminiProvider::embed(const EmbedRequest &request)
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
            settle(promise, Result<Embeddings>(tl::unexpected(Error(Error::Code::InvalidArgument,
                tr("There is no text to embed.")))));
            return;
        }
        auto collected = std::make_shared<Embeddings>();
        collected->model = request.model.isEmpty() ? m_config.embedModel : request.model;
        embedBatch(promise, request, 0, collected);
    }, Qt::QueuedConnection);
    return future;
}

void GeminiProvider::embedBatch(std::shared_ptr<QPromise<Result<Embeddings>>> promise, EmbedRequest request,
                                int offset, std::shared_ptr<Embeddings> collected)
{
    if (offset >= request.texts.size()) {
        collected->dimensions = collected->vectors.isEmpty() ? 0 : int(collected->vectors.first().size());
        settle(promise, Result<Embeddings>(*collected));
        return;
    }
    const QStringList batch = request.texts.mid(offset, kMaxBatch);
    QString model = collected->model;
    if (model.startsWith(QLatin1String("models/")))
        model = model.mid(7);
    const QJsonObject body = GeminiCodec::batchEmbedBody(model, batch, request.task, request.dimensions);
    m_http->send(jsonCall(QStringLiteral("/v1beta/models/%1:batchEmbedContents").arg(model), body),
                 [this, promise, request, offset, collected, count = int(batch.size())](Result<HttpReply> reply) {
                     if (!reply) {
                         settle(promise, Result<Embeddings>(tl::unexpected(scrub(reply.error()))));
                         return;
                     }
                     auto json = parseJsonBody(reply->body);
                     auto vectors = json ? GeminiCodec::parseEmbeddings(*json, count)
                                         : Result<QVector<QVector<float>>>(tl::unexpected(json.error()));
                     if (!vectors) {
                         settle(promise, Result<Embeddings>(tl::unexpected(vectors.error())));
                         return;
                     }
                     collected->vectors += *vectors;
                     embedBatch(promise, request, offset + count, collected);
                 });
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

void GeminiProvider::cancelAll()
{
    ++m_cancelEpoch;
    QMetaObject::invokeMethod(m_http, &HttpClient::cancelAll, Qt::AutoConnection);
}

} // namespace PageLens
