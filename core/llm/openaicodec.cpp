// SPDX-License-Identifier: MIT
#include "core/llm/openaicodec.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include "core/llm/geminicodec.h"
#include "core/llm/jsonschemavalidator.h"

namespace PageLens {

namespace {

QString dataUrl(const ContentPart &part)
{
    const QByteArray data = part.bytes.isEmpty() ? part.base64 : part.bytes.toBase64();
    return QStringLiteral("data:%1;base64,%2").arg(part.mimeType, QString::fromLatin1(data));
}

} // namespace

Result<QJsonObject> OpenAiCodec::chatBody(const GenerateRequest &request, const QString &model, const Dialect &dialect)
{
    QJsonArray messages;
    if (!request.systemInstruction.isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), request.systemInstruction}});

    for (const ChatTurn &turn : request.turns) {
        QJsonArray content;
        QString assistantText;
        QJsonArray toolCalls;
        QJsonArray toolResults;
        for (const ContentPart &part : turn.parts) {
            switch (part.kind) {
            case ContentPart::Kind::Text:
                if (part.thought)
                    break;   // OpenAI-style servers take no thought parts back
                assistantText += part.text;
                content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), part.text}});
                break;
            case ContentPart::Kind::Media: {
                const bool remote = part.bytes.isEmpty() && part.base64.isEmpty();
                if (remote && !part.uri.startsWith(QLatin1String("http"), Qt::CaseInsensitive))
                    return fail(Error::Code::Unsupported, tr("This model service cannot read %1 links; send the file itself.")
                                                              .arg(part.uri.section(QLatin1Char(':'), 0, 0)));
                if (part.mimeType == QLatin1String("application/pdf")) {
                    if (!dialect.pdf || remote)
                        return fail(Error::Code::Unsupported, tr("This model service cannot read PDF files; send page images instead."));
                    content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                                               {QStringLiteral("file"), QJsonObject{{QStringLiteral("filename"), QStringLiteral("document.pdf")},
                                                                                    {QStringLiteral("file_data"), dataUrl(part)}}}});
                    break;
                }
                content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("image_url")},
                                           {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), remote ? part.uri : dataUrl(part)}}}});
                break;
            }
            case ContentPart::Kind::FunctionCall: {
                QJsonObject call{{QStringLiteral("id"), part.callId},
                                 {QStringLiteral("type"), QStringLiteral("function")},
                                 {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), part.name},
                                                                          {QStringLiteral("arguments"), QString::fromUtf8(QJsonDocument(part.args).toJson(QJsonDocument::Compact))}}}};
                if (!part.thoughtSignature.isEmpty())
                    call.insert(QStringLiteral("extra_content"),
                                QJsonObject{{QStringLiteral("google"), QJsonObject{{QStringLiteral("thought_signature"), QString::fromLatin1(part.thoughtSignature)}}}});
                toolCalls.append(call);
                break;
            }
            case ContentPart::Kind::FunctionResponse:
                toolResults.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                                               {QStringLiteral("tool_call_id"), part.callId},
                                               {QStringLiteral("content"), QString::fromUtf8(QJsonDocument(part.args).toJson(QJsonDocument::Compact))}});
                break;
            }
        }
        if (turn.role == ChatTurn::Role::Model) {
            QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                                {QStringLiteral("content"), assistantText.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(assistantText)}};
            if (!toolCalls.isEmpty())
                message.insert(QStringLiteral("tool_calls"), toolCalls);
            messages.append(message);
        } else {
            for (const QJsonValue &result : toolResults)
                messages.append(result);
            // Text alone goes as a plain string: the form every compatible server understands.
            const bool textOnly = std::all_of(content.begin(), content.end(), [](const QJsonValue &part) {
                return part[QLatin1String("type")].toString() == QLatin1String("text");
            });
            if (!content.isEmpty())
                messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                            {QStringLiteral("content"), textOnly ? QJsonValue(assistantText) : QJsonValue(content)}});
        }
    }

    QJsonObject body{{QStringLiteral("model"), model}, {QStringLiteral("messages"), messages}};
    if (request.temperature >= 0)
        body.insert(QStringLiteral("temperature"), request.temperature);
    if (request.maxOutputTokens > 0)
        body.insert(dialect.maxCompletionTokens ? QStringLiteral("max_completion_tokens") : QStringLiteral("max_tokens"),
                    request.maxOutputTokens);
    if (!request.responseSchema.isEmpty())
        body.insert(QStringLiteral("response_format"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                                {QStringLiteral("json_schema"), QJsonObject{{QStringLiteral("name"), QStringLiteral("result")},
                                                                            {QStringLiteral("schema"), request.responseSchema},
                                                                            {QStringLiteral("strict"), false}}}});
    if (!request.tools.isEmpty()) {
        QJsonArray tools;
        for (const ToolDeclaration &tool : request.tools) {
            QJsonObject function{{QStringLiteral("name"), tool.name}, {QStringLiteral("description"), tool.description}};
            function.insert(QStringLiteral("parameters"), tool.parameters.isEmpty()
                                                              ? QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                                            {QStringLiteral("properties"), QJsonObject{}}}
                                                              : tool.parameters);
            tools.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function")}, {QStringLiteral("function"), function}});
        }
        body.insert(QStringLiteral("tools"), tools);
        const QString mode = request.toolMode.toUpper();
        if (mode == QLatin1String("ANY"))
            body.insert(QStringLiteral("tool_choice"), QStringLiteral("required"));
        else if (mode == QLatin1String("NONE"))
            body.insert(QStringLiteral("tool_choice"), QStringLiteral("none"));
    }
    if (request.stream) {
        body.insert(QStringLiteral("stream"), true);
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    return body;
}

QJsonObject OpenAiCodec::embeddingsBody(const QString &model, const QStringList &texts, int dimensions)
{
    QJsonObject body{{QStringLiteral("model"), model},
                     {QStringLiteral("input"), QJsonArray::fromStringList(texts)},
                     {QStringLiteral("encoding_format"), QStringLiteral("float")}};
    if (dimensions > 0)
        body.insert(QStringLiteral("dimensions"), dimensions);
    return body;
}

Usage OpenAiCodec::parseUsage(const QJsonObject &usage)
{
    Usage u;
    u.promptTokens = usage.value(QLatin1String("prompt_tokens")).toInt();
    u.outputTokens = usage.value(QLatin1String("completion_tokens")).toInt();
    u.thoughtsTokens = usage.value(QLatin1String("completion_tokens_details"))[QLatin1String("reasoning_tokens")].toInt();
    u.totalTokens = usage.value(QLatin1String("total_tokens")).toInt();
    return u;
}

void OpenAiCodec::mergeToolCalls(Accumulator &acc, const QJsonArray &calls)
{
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QJsonObject call = calls.at(i).toObject();
        const int index = call.contains(QLatin1String("index")) ? call.value(QLatin1String("index")).toInt() : int(i);
        Accumulator::ToolCall &built = acc.toolCalls[index];
        if (call.value(QLatin1String("id")).isString() && built.id.isEmpty())
            built.id = call.value(QLatin1String("id")).toString();
        const QJsonObject function = call.value(QLatin1String("function")).toObject();
        if (function.value(QLatin1String("name")).isString() && built.name.isEmpty())
            built.name = function.value(QLatin1String("name")).toString();
        built.arguments += function.value(QLatin1String("arguments")).toString();
        const QString signature = call.value(QLatin1String("extra_content"))[QLatin1String("google")][QLatin1String("thought_signature")].toString();
        if (!signature.isEmpty())
            built.thoughtSignature = signature.toLatin1();
    }
}

void OpenAiCodec::mergeChunk(Accumulator &acc, const QJsonObject &chunk)
{
    if (chunk.value(QLatin1String("usage")).isObject())
        acc.response.usage = parseUsage(chunk.value(QLatin1String("usage")).toObject());
    if (chunk.value(QLatin1String("model")).isString())
        acc.response.modelVersion = chunk.value(QLatin1String("model")).toString();
    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    if (choices.isEmpty())
        return;
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
    acc.response.text += delta.value(QLatin1String("content")).toString();
    acc.refusal += delta.value(QLatin1String("refusal")).toString();
    mergeToolCalls(acc, delta.value(QLatin1String("tool_calls")).toArray());
    if (choice.value(QLatin1String("finish_reason")).isString())
        acc.response.finishReason = choice.value(QLatin1String("finish_reason")).toString();
}

void OpenAiCodec::mergeCompletion(Accumulator &acc, const QJsonObject &completion)
{
    if (completion.value(QLatin1String("usage")).isObject())
        acc.response.usage = parseUsage(completion.value(QLatin1String("usage")).toObject());
    acc.response.modelVersion = completion.value(QLatin1String("model")).toString();
    const QJsonArray choices = completion.value(QLatin1String("choices")).toArray();
    if (choices.isEmpty())
        return;
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(QLatin1String("message")).toObject();
    acc.response.text = message.value(QLatin1String("content")).toString();
    acc.refusal = message.value(QLatin1String("refusal")).toString();
    mergeToolCalls(acc, message.value(QLatin1String("tool_calls")).toArray());
    acc.response.finishReason = choice.value(QLatin1String("finish_reason")).toString();
}

Result<GenerateResponse> OpenAiCodec::finish(Accumulator acc, const QJsonObject &schema)
{
    GenerateResponse &r = acc.response;
    if (!acc.refusal.isEmpty() || r.finishReason == QLatin1String("content_filter"))
        return fail(Error::Code::Blocked, tr("The model service refused to answer (content filter)."), acc.refusal);
    if (r.finishReason == QLatin1String("length"))
        return fail(Error::Code::Truncated,
                    tr("The answer was cut off by the maximum number of output tokens. Allow more tokens and try again."));
    if (!r.text.isEmpty())
        r.parts.append(ContentPart::fromText(r.text));
    for (const Accumulator::ToolCall &call : std::as_const(acc.toolCalls)) {
        ContentPart part;
        part.kind = ContentPart::Kind::FunctionCall;
        part.callId = call.id;
        part.name = call.name;
        part.thoughtSignature = call.thoughtSignature;
        if (!call.arguments.trimmed().isEmpty()) {
            const QJsonDocument args = QJsonDocument::fromJson(call.arguments.toUtf8());
            if (!args.isObject())
                return fail(Error::Code::BadResponse, tr("The model returned a malformed tool call."), call.arguments);
            part.args = args.object();
        }
        r.parts.append(part);
    }
    if (r.parts.isEmpty())
        return fail(Error::Code::BadResponse, tr("The model service returned no answer (finish reason: %1).")
                                                  .arg(r.finishReason.isEmpty() ? tr("none") : r.finishReason));
    const bool calls = !acc.toolCalls.isEmpty();
    if (schema.isEmpty() || calls)   // a tool-call turn carries no answer to validate yet
        return std::move(r);
    return JsonSchemaValidator::parseValidated(r.text, schema).map([&r](QJsonValue json) {
        r.json = std::move(json);
        return std::move(r);
    });
}

Result<QVector<QVector<float>>> OpenAiCodec::parseEmbeddings(const QJsonObject &body, int expected)
{
    const QString invalidValues = tr("The model service returned an embedding with invalid values.");
    QMap<int, QVector<float>> byIndex;
    const QJsonArray data = body.value(QLatin1String("data")).toArray();
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonObject item = data.at(i).toObject();
        const QJsonValue embedding = item.value(QLatin1String("embedding"));
        QVector<float> vector;
        if (embedding.isString()) {   // encoding_format=base64: little-endian float32
            const QByteArray raw = QByteArray::fromBase64(embedding.toString().toLatin1());
            vector.resize(raw.size() / 4);
            for (qsizetype k = 0; k < vector.size(); ++k)
                vector[k] = qFromLittleEndian<float>(raw.constData() + 4 * k);
            if (!std::all_of(vector.cbegin(), vector.cend(), [](float v) { return GeminiCodec::isEmbeddingValue(v); }))
                return fail(Error::Code::BadResponse, invalidValues);   // these bytes can be NaN or infinity
        } else {
            for (const QJsonValue &v : embedding.toArray()) {
                if (!GeminiCodec::isEmbeddingValue(v.toDouble()))
                    return fail(Error::Code::BadResponse, invalidValues);
                vector.append(float(v.toDouble()));
            }
        }
        if (vector.isEmpty())
            return fail(Error::Code::BadResponse, tr("The model service returned an empty embedding."));
        GeminiCodec::normalize(vector);
        byIndex.insert(item.contains(QLatin1String("index")) ? item.value(QLatin1String("index")).toInt() : int(i), vector);
    }
    if (expected >= 0 && byIndex.size() != expected)
        return fail(Error::Code::BadResponse, tr("The model service returned %1 embeddings for %2 texts.")
                                                  .arg(byIndex.size()).arg(expected));
    return QVector<QVector<float>>(byIndex.begin(), byIndex.end());
}

} // namespace PageLens
