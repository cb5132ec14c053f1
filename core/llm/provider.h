// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <vector>

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>

#include "core/common/result.h"

namespace PageLens {

/** One part of a turn: text, media (bytes, base64 or URI), a function call or its result. */
struct ContentPart {
    enum class Kind { Text, Media, FunctionCall, FunctionResponse };
    Kind kind = Kind::Text;
    QString text;
    QByteArray bytes;              // Media: raw bytes to send inline...
    QByteArray base64;             // ...or base64 the caller already holds (sent as is)
    QString uri;                   // ...or a URI (gs://..., a Files API uri, or a local file to upload)
    QString mimeType;
    QString name;                  // FunctionCall / FunctionResponse; Media inside a function response: its display name
    QString callId;
    QJsonObject args;              // FunctionCall arguments / FunctionResponse response object
    QByteArray thoughtSignature;   // kept byte-for-byte as received, echoed back unchanged
    bool thought = false;
    // FunctionResponse: media sent inside the response (Gemini 3 series: an image a tool returns).
    // std::vector, not QVector: only it may name the type being declared.
    std::vector<ContentPart> responseParts;

    static ContentPart fromText(const QString &text) { ContentPart p; p.text = text; return p; }
    static ContentPart fromBytes(const QByteArray &bytes, const QString &mime)
    {
        ContentPart p; p.kind = Kind::Media; p.bytes = bytes; p.mimeType = mime; return p;
    }
};

struct ChatTurn {
    enum class Role { User, Model };
    Role role = Role::User;
    QVector<ContentPart> parts;
};

struct ToolDeclaration {
    QString name;
    QString description;
    QJsonObject parameters;   // JSON Schema of the arguments
};

struct GenerateRequest {
    QString model;                    // empty: the provider's default
    QString systemInstruction;
    QVector<ChatTurn> turns;
    double temperature = -1;          // < 0: server default
    int maxOutputTokens = 0;          // 0: server default
    QJsonObject responseSchema;       // non-empty: structured JSON output, validated before it returns
    QVector<ToolDeclaration> tools;
    QString toolMode;                 // AUTO (default), ANY, NONE
    bool stream = false;
};

struct Usage {
    int promptTokens = 0;
    int outputTokens = 0;
    int thoughtsTokens = 0;
    int totalTokens = 0;
};

struct GenerateResponse {
    QString text;                     // concatenated non-thought text
    QVector<ContentPart> parts;       // the model turn as received (function calls, signatures)
    QString finishReason;
    QJsonValue json;                  // parsed structured output when a schema was given
    Usage usage;
    QString modelVersion;
};

enum class EmbedTask { Query, Document };

struct EmbedRequest {
    QString model;                    // empty: the provider's default embedding model
    QStringList texts;
    EmbedTask task = EmbedTask::Document;
    int dimensions = 0;               // 0: the model's default
};

struct Embeddings {
    QString model;
    int dimensions = 0;
    QVector<QVector<float>> vectors;  // one per text, in order, L2-normalized
    Usage usage;
};

struct ProviderCapabilities {
    bool generation = false;
    bool images = false;
    bool pdf = false;
    bool embeddings = false;
    bool tools = false;
    bool structuredOutput = false;
    bool streaming = false;
};

/** One typed piece of a streamed answer. */
struct StreamEvent {
    enum class Kind { Text, FunctionCall, Usage };
    Kind kind = Kind::Text;
    QString text;       // Text: the new piece
    ContentPart call;   // FunctionCall: a complete call (name, arguments, id, thought signature)
    Usage usage;        // Usage: the counts of the whole answer, once it is known
};

/**
 * Where a streamed answer's events go: text as it arrives, then each function call and the usage.
 * With a context object, `onEvent` runs on the context's thread (queued, in order); without one,
 * on the provider's thread. A default-constructed sink streams to no one.
 */
class StreamSink
{
public:
    using Handler = std::function<void(const StreamEvent &event)>;

    StreamSink() = default;
    StreamSink(Handler onEvent, QObject *context = nullptr)
        : m_onEvent(std::move(onEvent)), m_context(context), m_queued(context != nullptr) {}
    /** Only the text pieces, on the provider's thread (e.g. printing as it arrives). */
    static StreamSink textOnly(std::function<void(const QString &text)> onText)
    {
        return StreamSink([onText = std::move(onText)](const StreamEvent &event) {
            if (event.kind == StreamEvent::Kind::Text)
                onText(event.text);
        });
    }
    explicit operator bool() const { return bool(m_onEvent); }
    void deliver(const StreamEvent &event) const
    {
        if (!m_onEvent)
            return;
        if (!m_queued) {
            m_onEvent(event);
            return;
        }
        if (m_context)   // gone: the caller stopped listening
            QMetaObject::invokeMethod(m_context.data(), [handler = m_onEvent, event] { handler(event); }, Qt::QueuedConnection);
    }

private:
    Handler m_onEvent;
    QPointer<QObject> m_context;
    bool m_queued = false;
};

/**
 * The seam between PageLens and any model service. Methods may be called from any thread; the
 * work runs asynchronously on the provider's own thread and the futures finish when the service
 * answers. Futures never throw: failures are Error values with a sentence for people.
 */
class Provider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Provider() override = default;

    virtual QString name() const = 0;
    virtual ProviderCapabilities capabilities() const = 0;
    /** The model a request without one goes to (the configured one, or the service's default). */
    virtual QString generationModel() const = 0;
    /** The embedding model an embed request without one goes to. */
    virtual QString embeddingModel() const = 0;
    /** With stream = true, `sink` gets typed events as they arrive (see StreamSink for the thread). */
    virtual QFuture<Result<GenerateResponse>> generate(const GenerateRequest &request, StreamSink sink = {}) = 0;
    virtual QFuture<Result<Embeddings>> embed(const EmbedRequest &request) = 0;
    /**
     * Stops every request in flight and every pending retry at once. To stop one request alone,
     * cancel its future (QFuture::cancel): the others, captioning included, go on.
     */
    virtual void cancelAll() = 0;
};

} // namespace PageLens
