// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>

#include <QJsonDocument>
#include <QPromise>

#include "core/llm/futureresult.h"
#include "core/llm/httpclient.h"
#include "core/llm/provider.h"
#include "core/llm/providerconfig.h"
#include "core/llm/streamdecoder.h"

namespace PageLens {

/**
 * What the REST providers share, so each one holds only its wire format: one HttpClient on the
 * provider's thread, the key kept out of logs and errors, cancellation, batched embeddings and the
 * way from a reply (one JSON answer or an SSE stream) to a settled future.
 */
class HttpProvider : public Provider
{
    Q_OBJECT
public:
    static constexpr int kMaxBatch = 100;   // batchEmbedContents refuses more; local servers choke on big batches

    ~HttpProvider() override;

    QString generationModel() const override { return m_config.model; }
    QString embeddingModel() const override { return m_config.embedModel; }
    QFuture<Result<GenerateResponse>> generate(const GenerateRequest &request, StreamSink onChunk = {}) override;
    QFuture<Result<Embeddings>> embed(const EmbedRequest &request) override;
    void cancelAll() override;

    /** The network side; use on the provider's thread only (tests set the retry policy and clock). */
    HttpClient *http() const { return m_http; }

protected:
    using GeneratePromise = std::shared_ptr<QPromise<Result<GenerateResponse>>>;
    using EmbedPromise = std::shared_ptr<QPromise<Result<Embeddings>>>;

    /** Empty models in `config` become the service's defaults; the key is trimmed and never logged. */
    HttpProvider(const ProviderConfig &config, const QString &defaultModel, const QString &defaultEmbedModel,
                 QObject *parent);

    /** On the provider's thread, for a request not cancelled while it was queued. */
    virtual void startGenerate(GenerateRequest request, StreamSink onChunk, GeneratePromise promise) = 0;
    /** The call for one batch of at most kMaxBatch texts. */
    virtual HttpClient::Call embedCall(const QString &model, const QStringList &batch, const EmbedRequest &request) const = 0;
    /** The vectors of one batch's answer; what the answer says of usage is added to `usage`. */
    virtual Result<QVector<QVector<float>>> parseEmbeddings(const QJsonObject &body, int expected, Usage &usage) const = 0;

    /**
     * Sends `call` and settles `promise` from its reply: one JSON answer, or (request.stream) SSE
     * events whose new text goes to onChunk as it arrives. `Wire` folds the service's JSON:
     * Accumulator, mergeWhole(acc, body), mergeEvent(acc, event) -> Result<void> (errors sent
     * mid-stream), finish(acc, schema).
     */
    template <class Wire>
    void sendGenerate(HttpClient::Call call, const GenerateRequest &request, StreamSink onChunk,
                      GeneratePromise promise);

    /** `error` with the key replaced, for errors that may quote a URL or a request. */
    Error scrub(Error error) const;
    static Result<QJsonObject> parseJsonBody(const QByteArray &body);

    ProviderConfig m_config;
    HttpClient *m_http;

private:
    void embedBatch(EmbedPromise promise, EmbedRequest request, int offset, std::shared_ptr<Embeddings> collected);

    std::atomic<quint64> m_cancelEpoch{0};   // requests queued before a cancelAll() do not start
};

template <class Wire>
void HttpProvider::sendGenerate(HttpClient::Call call, const GenerateRequest &request, StreamSink onChunk,
                                GeneratePromise promise)
{
    const QJsonObject schema = request.responseSchema;
    call.cancelled = [promise] { return promise->isCanceled(); };
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
            typename Wire::Accumulator acc;
            Wire::mergeWhole(acc, *json);
            settle(promise, Wire::finish(std::move(acc), schema));
        });
        return;
    }

    struct StreamState {
        StreamDecoder decoder;
        typename Wire::Accumulator acc;
    };
    auto state = std::make_shared<StreamState>();
    auto absorb = [state, onChunk](const QList<QJsonObject> &objects) -> Result<void> {
        for (const QJsonObject &object : objects) {
            const qsizetype before = state->acc.response.text.size();
            Result<void> merged = Wire::mergeEvent(state->acc, object);
            if (!merged)
                return merged;
            if (onChunk && state->acc.response.text.size() > before)
                onChunk.deliver({StreamEvent::Kind::Text, state->acc.response.text.mid(before), {}, {}});
        }
        return {};
    };
    call.onChunk = [state, absorb](const QByteArray &bytes) -> Result<void> {
        auto objects = state->decoder.feed(bytes);
        return objects ? absorb(*objects) : Result<void>(tl::unexpected(objects.error()));
    };
    m_http->send(std::move(call), [this, promise, schema, state, absorb, onChunk](Result<HttpReply> reply) {
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
        Result<GenerateResponse> finished = Wire::finish(std::move(state->acc), schema);
        if (finished) {
            // Calls are whole only at the end (OpenAI streams their arguments in fragments).
            for (const ContentPart &part : std::as_const(finished->parts))
                if (part.kind == ContentPart::Kind::FunctionCall)
                    onChunk.deliver({StreamEvent::Kind::FunctionCall, {}, part, {}});
            onChunk.deliver({StreamEvent::Kind::Usage, {}, {}, finished->usage});
        }
        settle(promise, std::move(finished));
    });
}

} // namespace PageLens
