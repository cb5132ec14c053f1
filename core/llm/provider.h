// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QFuture>
#include <QJsonObject>
#include <QObject>
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
    QString name;                  // FunctionCall / FunctionResponse
    QString callId;
    QJsonObject args;              // FunctionCall arguments / FunctionResponse response object
    QByteArray thoughtSignature;   // kept byte-for-byte as received, echoed back unchanged
    bool thought = false;

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

/**
 * The seam between PageLens and any model service. Methods may be called from any thread; the
 * work runs asynchronously on the provider's own thread and the futures finish when the service
 * answers. Futures never throw: failures are Error values with a sentence for people.
 */
class Provider : public QObject
{
    Q_OBJECT
public:
    using TextChunkCallback = std::function<void(const QString &chunk)>;

    using QObject::QObject;
    ~Provider() override = default;

    virtual QString name() const = 0;
    virtual ProviderCapabilities capabilities() const = 0;
    /** `onChunk` (optional, stream = true) gets text as it arrives, on the provider's thread. */
    virtual QFuture<Result<GenerateResponse>> generate(const GenerateRequest &request,
                                                       TextChunkCallback onChunk = {}) = 0;
    virtual QFuture<Result<Embeddings>> embed(const EmbedRequest &request) = 0;
    /**
     * Stops every request in flight and every pending retry at once. To stop one request alone,
     * cancel its future (QFuture::cancel): the others, captioning included, go on.
     */
    virtual void cancelAll() = 0;
};

} // namespace PageLens
