// SPDX-License-Identifier: MIT
#include "core/llm/geminicodec.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QJsonArray>

#include "core/llm/jsonschemavalidator.h"

namespace PageLens {

namespace {

QString modelPath(const QString &model)
{
    return model.startsWith(QLatin1String("models/")) ? model : QStringLiteral("models/") + model;
}

/** Reads a key in lowerCamelCase or snake_case: requests may use either (proto JSON mapping). */
QJsonValue field(const QJsonObject &object, const char *camel, const char *snake)
{
    const QJsonValue value = object.value(QLatin1String(camel));
    return value.isUndefined() ? object.value(QLatin1String(snake)) : value;
}

bool isBlockReason(const QString &finishReason)
{
    static const QStringList blocked{QStringLiteral("SAFETY"), QStringLiteral("RECITATION"), QStringLiteral("BLOCKLIST"),
                                     QStringLiteral("PROHIBITED_CONTENT"), QStringLiteral("SPII"),
                                     QStringLiteral("IMAGE_SAFETY"), QStringLiteral("IMAGE_PROHIBITED_CONTENT"),
                                     QStringLiteral("IMAGE_RECITATION")};
    return blocked.contains(finishReason);
}

} // namespace

QJsonObject GeminiCodec::requestPart(const ContentPart &part)
{
    QJsonObject json;
    switch (part.kind) {
    case ContentPart::Kind::Text:
        json.insert(QStringLiteral("text"), part.text);
        if (part.thought)
            json.insert(QStringLiteral("thought"), true);
        break;
    case ContentPart::Kind::Media:
        if (!part.bytes.isEmpty() || !part.base64.isEmpty()) {
            const QByteArray data = part.bytes.isEmpty() ? part.base64 : part.bytes.toBase64();
            json.insert(QStringLiteral("inlineData"), QJsonObject{{QStringLiteral("mimeType"), part.mimeType},
                                                                  {QStringLiteral("data"), QString::fromLatin1(data)}});
        } else {
            json.insert(QStringLiteral("fileData"), QJsonObject{{QStringLiteral("mimeType"), part.mimeType},
                                                                {QStringLiteral("fileUri"), part.uri}});
        }
        break;
    case ContentPart::Kind::FunctionCall: {
        QJsonObject call{{QStringLiteral("name"), part.name}, {QStringLiteral("args"), part.args}};
        if (!part.callId.isEmpty())
            call.insert(QStringLiteral("id"), part.callId);
        json.insert(QStringLiteral("functionCall"), call);
        break;
    }
    case ContentPart::Kind::FunctionResponse: {
        QJsonObject response{{QStringLiteral("name"), part.name}, {QStringLiteral("response"), part.args}};
        if (!part.callId.isEmpty())
            response.insert(QStringLiteral("id"), part.callId);
        if (!part.responseParts.empty()) {   // Gemini 3: images inside the function response
            QJsonArray nested;
            for (const ContentPart &inner : part.responseParts) {
                QJsonObject json = requestPart(inner);
                if (inner.kind == ContentPart::Kind::Media && !inner.name.isEmpty() && json.contains(QStringLiteral("inlineData"))) {
                    QJsonObject data = json.value(QStringLiteral("inlineData")).toObject();
                    data.insert(QStringLiteral("displayName"), inner.name);
                    json.insert(QStringLiteral("inlineData"), data);
                }
                nested.append(json);
            }
            response.insert(QStringLiteral("parts"), nested);
        }
        json.insert(QStringLiteral("functionResponse"), response);
        break;
    }
    }
    if (!part.thoughtSignature.isEmpty())   // byte-for-byte as received
        json.insert(QStringLiteral("thoughtSignature"), QString::fromLatin1(part.thoughtSignature));
    return json;
}

QJsonObject GeminiCodec::generateBody(const GenerateRequest &request)
{
    QJsonObject body;
    if (!request.systemInstruction.isEmpty())
        body.insert(QStringLiteral("systemInstruction"),
                    QJsonObject{{QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), request.systemInstruction}}}}});
    QJsonArray contents;
    for (const ChatTurn &turn : request.turns) {
        QJsonArray parts;
        for (const ContentPart &part : turn.parts)
            parts.append(requestPart(part));
        contents.append(QJsonObject{{QStringLiteral("role"), turn.role == ChatTurn::Role::Model ? QStringLiteral("model") : QStringLiteral("user")},
                                    {QStringLiteral("parts"), parts}});
    }
    body.insert(QStringLiteral("contents"), contents);

    QJsonObject config;
    if (request.temperature >= 0)
        config.insert(QStringLiteral("temperature"), request.temperature);
    if (request.maxOutputTokens > 0)
        config.insert(QStringLiteral("maxOutputTokens"), request.maxOutputTokens);
    if (!request.responseSchema.isEmpty()) {
        config.insert(QStringLiteral("responseMimeType"), QStringLiteral("application/json"));
        config.insert(QStringLiteral("responseJsonSchema"), request.responseSchema);
    }
    if (!config.isEmpty())
        body.insert(QStringLiteral("generationConfig"), config);

    if (!request.tools.isEmpty()) {
        QJsonArray declarations;
        for (const ToolDeclaration &tool : request.tools) {
            QJsonObject declaration{{QStringLiteral("name"), tool.name}, {QStringLiteral("description"), tool.description}};
            if (!tool.parameters.isEmpty())
                declaration.insert(QStringLiteral("parametersJsonSchema"), tool.parameters);
            declarations.append(declaration);
        }
        body.insert(QStringLiteral("tools"), QJsonArray{QJsonObject{{QStringLiteral("functionDeclarations"), declarations}}});
        if (!request.toolMode.isEmpty())
            body.insert(QStringLiteral("toolConfig"),
                        QJsonObject{{QStringLiteral("functionCallingConfig"), QJsonObject{{QStringLiteral("mode"), request.toolMode.toUpper()}}}});
    }
    return body;
}

QJsonObject GeminiCodec::countTokensBody(const QString &model, const GenerateRequest &request)
{
    // The generateContentRequest form also counts the system instruction and tools.
    QJsonObject inner = generateBody(request);
    inner.insert(QStringLiteral("model"), modelPath(model));
    return QJsonObject{{QStringLiteral("generateContentRequest"), inner}};
}

QJsonObject GeminiCodec::batchEmbedBody(const QString &model, const QStringList &texts, EmbedTask task, int dimensions)
{
    QJsonArray requests;
    for (const QString &text : texts) {
        QJsonObject request{{QStringLiteral("model"), modelPath(model)},
                            {QStringLiteral("content"), QJsonObject{{QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), text}}}}}},
                            {QStringLiteral("taskType"), task == EmbedTask::Query ? QStringLiteral("RETRIEVAL_QUERY") : QStringLiteral("RETRIEVAL_DOCUMENT")}};
        if (dimensions > 0)
            request.insert(QStringLiteral("outputDimensionality"), dimensions);
        requests.append(request);
    }
    return QJsonObject{{QStringLiteral("requests"), requests}};
}

ContentPart GeminiCodec::responsePart(const QJsonObject &json)
{
    ContentPart part;
    part.thought = json.value(QLatin1String("thought")).toBool();
    part.thoughtSignature = field(json, "thoughtSignature", "thought_signature").toString().toLatin1();
    const QJsonValue call = field(json, "functionCall", "function_call");
    const QJsonValue response = field(json, "functionResponse", "function_response");
    const QJsonValue inlineData = field(json, "inlineData", "inline_data");
    const QJsonValue fileData = field(json, "fileData", "file_data");
    if (call.isObject()) {
        part.kind = ContentPart::Kind::FunctionCall;
        part.name = call[QLatin1String("name")].toString();
        part.callId = call[QLatin1String("id")].toString();
        part.args = call[QLatin1String("args")].toObject();
    } else if (response.isObject()) {
        part.kind = ContentPart::Kind::FunctionResponse;
        part.name = response[QLatin1String("name")].toString();
        part.callId = response[QLatin1String("id")].toString();
        part.args = response[QLatin1String("response")].toObject();
    } else if (inlineData.isObject()) {
        part.kind = ContentPart::Kind::Media;
        part.mimeType = field(inlineData.toObject(), "mimeType", "mime_type").toString();
        part.base64 = inlineData[QLatin1String("data")].toString().toLatin1();
    } else if (fileData.isObject()) {
        part.kind = ContentPart::Kind::Media;
        part.mimeType = field(fileData.toObject(), "mimeType", "mime_type").toString();
        part.uri = field(fileData.toObject(), "fileUri", "file_uri").toString();
    } else {
        part.text = json.value(QLatin1String("text")).toString();
    }
    return part;
}

Usage GeminiCodec::parseUsage(const QJsonObject &usage)
{
    Usage u;
    u.promptTokens = usage.value(QLatin1String("promptTokenCount")).toInt();
    u.outputTokens = usage.value(QLatin1String("candidatesTokenCount")).toInt();
    u.thoughtsTokens = usage.value(QLatin1String("thoughtsTokenCount")).toInt();
    u.totalTokens = usage.value(QLatin1String("totalTokenCount")).toInt();
    return u;
}

void GeminiCodec::merge(Accumulator &acc, const QJsonObject &chunk)
{
    GenerateResponse &r = acc.response;
    const QJsonObject feedback = chunk.value(QLatin1String("promptFeedback")).toObject();
    if (feedback.contains(QLatin1String("blockReason"))) {
        acc.blockReason = feedback.value(QLatin1String("blockReason")).toString();
        acc.blockMessage = feedback.value(QLatin1String("blockReasonMessage")).toString();
    }
    if (chunk.contains(QLatin1String("usageMetadata")))   // repeated per chunk; the last values count
        r.usage = parseUsage(chunk.value(QLatin1String("usageMetadata")).toObject());
    if (chunk.contains(QLatin1String("modelVersion")))
        r.modelVersion = chunk.value(QLatin1String("modelVersion")).toString();

    const QJsonArray candidates = chunk.value(QLatin1String("candidates")).toArray();
    if (candidates.isEmpty())
        return;
    acc.sawCandidate = true;
    const QJsonObject candidate = candidates.first().toObject();
    if (candidate.contains(QLatin1String("finishReason")))
        r.finishReason = candidate.value(QLatin1String("finishReason")).toString();
    for (const QJsonValue &value : candidate.value(QLatin1String("content")).toObject().value(QLatin1String("parts")).toArray()) {
        acc.sawParts = true;
        ContentPart part = responsePart(value.toObject());
        if (part.kind == ContentPart::Kind::Text && !part.thought)
            r.text += part.text;
        // Stream deltas of plain text join one part; a part with a signature stays as it came.
        if (!r.parts.isEmpty() && part.kind == ContentPart::Kind::Text && r.parts.last().kind == ContentPart::Kind::Text
            && r.parts.last().thought == part.thought && part.thoughtSignature.isEmpty()
            && r.parts.last().thoughtSignature.isEmpty()) {
            r.parts.last().text += part.text;
        } else {
            r.parts.append(part);
        }
    }
}

Result<GenerateResponse> GeminiCodec::finish(Accumulator acc, const QJsonObject &schema)
{
    GenerateResponse &r = acc.response;
    if (!acc.blockReason.isEmpty())
        return fail(Error::Code::Blocked,
                    tr("The model service blocked the request for safety reasons (%1).").arg(acc.blockReason),
                    acc.blockMessage);
    if (isBlockReason(r.finishReason))
        return fail(Error::Code::Blocked,
                    tr("The model service blocked the answer for safety reasons (%1).").arg(r.finishReason));
    if (r.finishReason == QLatin1String("MAX_TOKENS"))
        return fail(Error::Code::Truncated,
                    tr("The answer was cut off by the maximum number of output tokens. Allow more tokens and try again."),
                    QStringLiteral("partial text: %1 characters").arg(r.text.size()));
    if (!acc.sawCandidate || !acc.sawParts)
        return fail(Error::Code::BadResponse,
                    tr("The model service returned no answer (finish reason: %1).")
                        .arg(r.finishReason.isEmpty() ? tr("none") : r.finishReason));
    const bool calls = std::any_of(r.parts.cbegin(), r.parts.cend(),
                                   [](const ContentPart &p) { return p.kind == ContentPart::Kind::FunctionCall; });
    if (schema.isEmpty() || calls)   // a tool-call turn carries no answer to validate yet
        return std::move(r);
    return JsonSchemaValidator::parseValidated(r.text, schema).map([&r](QJsonValue json) {
        r.json = std::move(json);
        return std::move(r);
    });
}

void GeminiCodec::normalize(QVector<float> &vector)
{
    double sum = 0;
    for (float v : vector)
        sum += double(v) * v;
    if (sum <= 0)
        return;
    const double scale = 1.0 / std::sqrt(sum);
    for (float &v : vector)
        v = float(v * scale);
}

bool GeminiCodec::isEmbeddingValue(double value)
{
    return std::abs(value) <= double(std::numeric_limits<float>::max());   // false for NaN too
}

Result<QVector<QVector<float>>> GeminiCodec::parseEmbeddings(const QJsonObject &body, int expected)
{
    QVector<QVector<float>> vectors;
    const QJsonArray embeddings = body.contains(QLatin1String("embeddings"))
                                      ? body.value(QLatin1String("embeddings")).toArray()
                                      : QJsonArray{body.value(QLatin1String("embedding"))};   // :embedContent
    for (const QJsonValue &embedding : embeddings) {
        const QJsonArray values = embedding.toObject().value(QLatin1String("values")).toArray();
        QVector<float> vector;
        vector.reserve(values.size());
        for (const QJsonValue &v : values) {
            if (!isEmbeddingValue(v.toDouble()))
                return fail(Error::Code::BadResponse, tr("The model service returned an embedding with invalid values."));
            vector.append(float(v.toDouble()));
        }
        if (vector.isEmpty())
            return fail(Error::Code::BadResponse, tr("The model service returned an empty embedding."));
        normalize(vector);
        vectors.append(std::move(vector));
    }
    if (expected >= 0 && vectors.size() != expected)
        return fail(Error::Code::BadResponse, tr("The model service returned %1 embeddings for %2 texts.")
                                                  .arg(vectors.size()).arg(expected));
    return vectors;
}

Result<int> GeminiCodec::parseCountTokens(const QJsonObject &body)
{
    // proto3 omits 0, so a missing totalTokens on an empty request is 0, not an error.
    return body.value(QLatin1String("totalTokens")).toInt();
}

GeminiFile GeminiCodec::parseFile(const QJsonObject &body)
{
    const QJsonObject file = body.contains(QLatin1String("file")) ? body.value(QLatin1String("file")).toObject() : body;
    GeminiFile f;
    f.name = file.value(QLatin1String("name")).toString();
    f.uri = file.value(QLatin1String("uri")).toString();
    f.mimeType = file.value(QLatin1String("mimeType")).toString();
    f.state = file.value(QLatin1String("state")).toString();
    f.errorMessage = file.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    return f;
}

} // namespace PageLens
