// SPDX-License-Identifier: MIT
#include "tests/fakes/fakeopenaiserver.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "tests/fakes/fakemodel.h"

namespace PageLens::Test {

FakeResponse FakeOpenAiServer::error(int status, const QString &message, const QString &type, const QString &code)
{
    return FakeResponse::json(status, QJsonObject{{QStringLiteral("error"),
                                                   QJsonObject{{QStringLiteral("message"), message},
                                                               {QStringLiteral("type"), type},
                                                               {QStringLiteral("param"), QJsonValue::Null},
                                                               {QStringLiteral("code"), code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code)}}}});
}

QList<QByteArray> FakeOpenAiServer::sse(const QList<QJsonObject> &chunks)
{
    QList<QByteArray> pieces;
    for (const QJsonObject &chunk : chunks)
        pieces.append("data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n");
    pieces.append("data: [DONE]\n\n");
    return pieces;
}

FakeResponse FakeOpenAiServer::respond(const FakeRequest &request)
{
    if (!m_requiredKey.isEmpty() && request.header("authorization") != "Bearer " + m_requiredKey)
        return error(401, QStringLiteral("Incorrect API key provided."), QStringLiteral("invalid_request_error"),
                     QStringLiteral("invalid_api_key"));
    if (request.path.endsWith(QLatin1String("/chat/completions")))
        return chat(request);
    if (request.path.endsWith(QLatin1String("/embeddings")))
        return embeddings(request);
    return error(404, QStringLiteral("Unknown path %1").arg(request.path), QStringLiteral("invalid_request_error"));
}

FakeResponse FakeOpenAiServer::chat(const FakeRequest &request)
{
    const QJsonObject body = request.json();
    const QString model = body.value(QLatin1String("model")).toString();
    QStringList texts;
    QStringList media;
    for (const QJsonValue &message : body.value(QLatin1String("messages")).toArray()) {
        if (message[QLatin1String("role")].toString() != QLatin1String("user"))
            continue;
        const QJsonValue content = message[QLatin1String("content")];
        if (content.isString())
            texts << content.toString();
        for (const QJsonValue &part : content.toArray()) {
            const QString type = part[QLatin1String("type")].toString();
            if (type == QLatin1String("text"))
                texts << part[QLatin1String("text")].toString();
            else if (type == QLatin1String("image_url"))
                media << part[QLatin1String("image_url")][QLatin1String("url")].toString().section(QLatin1Char(';'), 0, 0).mid(5);
            else if (type == QLatin1String("file"))
                media << QStringLiteral("application/pdf");
        }
    }
    const QJsonObject format = body.value(QLatin1String("response_format")).toObject();
    const QJsonObject schema = format.value(QLatin1String("json_schema")).toObject().value(QLatin1String("schema")).toObject();
    const QString text = schema.isEmpty() ? FakeModel::caption(texts, media) : FakeModel::jsonText(FakeModel::instance(schema));
    const int promptTokens = FakeModel::tokenCount(texts.join(QLatin1Char(' '))) + 85 * int(media.size());
    const int outputTokens = FakeModel::tokenCount(text);
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), promptTokens},
                            {QStringLiteral("completion_tokens"), outputTokens},
                            {QStringLiteral("total_tokens"), promptTokens + outputTokens}};
    const QJsonObject base{{QStringLiteral("id"), QStringLiteral("chatcmpl-fake")},
                           {QStringLiteral("created"), 1747148049},
                           {QStringLiteral("model"), model}};

    if (!body.value(QLatin1String("stream")).toBool()) {
        QJsonObject answer = base;
        answer.insert(QStringLiteral("object"), QStringLiteral("chat.completion"));
        answer.insert(QStringLiteral("choices"), QJsonArray{QJsonObject{
            {QStringLiteral("index"), 0},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                    {QStringLiteral("content"), text},
                                                    {QStringLiteral("refusal"), QJsonValue::Null}}},
            {QStringLiteral("finish_reason"), QStringLiteral("stop")}}});
        answer.insert(QStringLiteral("usage"), usage);
        return FakeResponse::json(200, answer);
    }

    QList<QJsonObject> chunks;
    const qsizetype half = text.size() / 2;
    const QStringList deltas{text.left(half), text.mid(half)};
    for (int i = 0; i <= deltas.size(); ++i) {
        QJsonObject chunk = base;
        chunk.insert(QStringLiteral("object"), QStringLiteral("chat.completion.chunk"));
        QJsonObject delta;
        if (i == 0)
            delta.insert(QStringLiteral("role"), QStringLiteral("assistant"));
        if (i < deltas.size())
            delta.insert(QStringLiteral("content"), deltas.at(i));
        chunk.insert(QStringLiteral("choices"), QJsonArray{QJsonObject{
            {QStringLiteral("index"), 0}, {QStringLiteral("delta"), delta},
            {QStringLiteral("finish_reason"), i == deltas.size() ? QJsonValue(QStringLiteral("stop")) : QJsonValue(QJsonValue::Null)}}});
        chunk.insert(QStringLiteral("usage"), QJsonValue::Null);
        chunks << chunk;
    }
    QJsonObject last = base;   // stream_options.include_usage: usage alone, with no choices
    last.insert(QStringLiteral("object"), QStringLiteral("chat.completion.chunk"));
    last.insert(QStringLiteral("choices"), QJsonArray{});
    last.insert(QStringLiteral("usage"), usage);
    chunks << last;
    return FakeResponse::stream(sse(chunks), "text/event-stream; charset=utf-8");
}

int FakeOpenAiServer::nativeDimensions(const QString &model)
{
    if (model == QLatin1String("text-embedding-3-large"))
        return 3072;
    if (model.startsWith(QLatin1String("text-embedding-")))
        return 1536;
    return 768;   // a local model, e.g. nomic-embed-text
}

FakeResponse FakeOpenAiServer::embeddings(const FakeRequest &request)
{
    const QJsonObject body = request.json();
    const QJsonValue input = body.value(QLatin1String("input"));
    const QJsonArray inputs = input.isString() ? QJsonArray{input} : input.toArray();
    // `dimensions` as the real servers treat it: OpenAI's text-embedding-3-* shorten their vectors,
    // text-embedding-ada-002 refuses the field with this error body, and local servers
    // (llama.cpp, Ollama) ignore it and send the model's own size.
    const QString model = body.value(QLatin1String("model")).toString();
    const bool asked = body.contains(QLatin1String("dimensions"));
    int dims = nativeDimensions(model);
    if (model == QLatin1String("text-embedding-ada-002") && asked)
        return error(400, QStringLiteral("This model does not support specifying dimensions."), QStringLiteral("invalid_request_error"));
    if (model.startsWith(QLatin1String("text-embedding-3-")) && asked)
        dims = body.value(QLatin1String("dimensions")).toInt();
    QJsonArray data;
    int tokens = 0;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        QJsonArray values;
        for (float v : FakeModel::embedding(inputs.at(i).toString(), dims))
            values.append(double(v));
        tokens += FakeModel::tokenCount(inputs.at(i).toString());
        data.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("embedding")},
                                {QStringLiteral("index"), int(i)},
                                {QStringLiteral("embedding"), values}});
    }
    return FakeResponse::json(200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                               {QStringLiteral("data"), data},
                                               {QStringLiteral("model"), body.value(QLatin1String("model"))},
                                               {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), tokens},
                                                                                     {QStringLiteral("total_tokens"), tokens}}}});
}

} // namespace PageLens::Test
