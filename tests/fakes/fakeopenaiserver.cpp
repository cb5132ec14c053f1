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

FakeResponse FakeOpenAiServer::agentTurn(const FakeRequest &request)
{
    const QJsonObject body = request.json();
    const QString model = body.value(QLatin1String("model")).toString();
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    QList<FakeAgentTurn> turns;
    QStringList unanswered;   // tool_call ids still waiting for their tool message
    QHash<QString, QString> callNames;   // tool_call id -> function name
    int words = 0;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject message = messages.at(i).toObject();
        const QString role = message.value(QLatin1String("role")).toString();
        const QJsonValue content = message.value(QLatin1String("content"));
        if (role != QLatin1String("tool") && !unanswered.isEmpty())
            return error(400, QStringLiteral("An assistant message with 'tool_calls' must be followed by tool messages responding to each "
                                             "'tool_call_id'. The following tool_call_ids did not have response messages: %1")
                                  .arg(unanswered.join(QStringLiteral(", "))),
                         QStringLiteral("invalid_request_error"));
        if (role == QLatin1String("system"))
            continue;
        if (role == QLatin1String("tool")) {
            if (!content.isString())
                return error(400, QStringLiteral("Invalid 'messages[%1].content': a tool message's content must be text.").arg(i),
                             QStringLiteral("invalid_request_error"));
            unanswered.removeAll(message.value(QLatin1String("tool_call_id")).toString());
            if (turns.isEmpty() || turns.last().model)
                turns.append(FakeAgentTurn{});
            // A tool message names no tool: it is the one its call had.
            const QString name = callNames.value(message.value(QLatin1String("tool_call_id")).toString());
            turns.last().responses.append({name, QJsonDocument::fromJson(content.toString().toUtf8()).object()});
            words += FakeModel::tokenCount(content.toString());
            continue;
        }
        FakeAgentTurn turn;
        turn.model = role == QLatin1String("assistant");
        if (content.isString()) {
            turn.texts << content.toString();
        }
        for (const QJsonValue &part : content.toArray()) {
            if (part[QLatin1String("type")].toString() == QLatin1String("text"))
                turn.texts << part[QLatin1String("text")].toString();
            else if (part[QLatin1String("type")].toString() == QLatin1String("image_url"))
                ++turn.images;
        }
        for (const QString &text : std::as_const(turn.texts))
            words += FakeModel::tokenCount(text);
        for (const QJsonValue &call : message.value(QLatin1String("tool_calls")).toArray()) {
            const QJsonObject function = call[QLatin1String("function")].toObject();
            const QJsonObject args = QJsonDocument::fromJson(function.value(QLatin1String("arguments")).toString().toUtf8()).object();
            turn.calls.append({function.value(QLatin1String("name")).toString(), args});
            callNames.insert(call[QLatin1String("id")].toString(), function.value(QLatin1String("name")).toString());
            unanswered << call[QLatin1String("id")].toString();
        }
        // A user message right after tool results belongs to the same turn (the page image).
        if (!turn.model && !turns.isEmpty() && !turns.last().model && !turns.last().responses.isEmpty()) {
            turns.last().texts += turn.texts;
            turns.last().images += turn.images;
            continue;
        }
        turns.append(turn);
    }
    if (!unanswered.isEmpty())
        return error(400, QStringLiteral("An assistant message with 'tool_calls' must be followed by tool messages responding to each "
                                         "'tool_call_id'. The following tool_call_ids did not have response messages: %1")
                              .arg(unanswered.join(QStringLiteral(", "))),
                     QStringLiteral("invalid_request_error"));
    const FakeAgentMove move = FakeAgentModel::next(turns, m_behaviour);
    const QString callId = QStringLiteral("call_fake%1").arg(m_nextCall++);
    const QString arguments = QString::fromUtf8(QJsonDocument(move.args).toJson(QJsonDocument::Compact));
    const int outputTokens = move.call ? 12 : FakeModel::tokenCount(move.text);
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), words},
                            {QStringLiteral("completion_tokens"), outputTokens},
                            {QStringLiteral("total_tokens"), words + outputTokens}};
    const QJsonObject base{{QStringLiteral("id"), QStringLiteral("chatcmpl-fake")},
                           {QStringLiteral("created"), 1747148049},
                           {QStringLiteral("model"), model}};
    const QString finish = move.call ? QStringLiteral("tool_calls") : QStringLiteral("stop");

    if (!body.value(QLatin1String("stream")).toBool()) {
        QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                            {QStringLiteral("content"), move.call ? QJsonValue(QJsonValue::Null) : QJsonValue(move.text)},
                            {QStringLiteral("refusal"), QJsonValue::Null}};
        if (move.call)
            message.insert(QStringLiteral("tool_calls"),
                           QJsonArray{QJsonObject{{QStringLiteral("id"), callId}, {QStringLiteral("type"), QStringLiteral("function")},
                                                  {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), move.name},
                                                                                           {QStringLiteral("arguments"), arguments}}}}});
        QJsonObject answer = base;
        answer.insert(QStringLiteral("object"), QStringLiteral("chat.completion"));
        answer.insert(QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                                        {QStringLiteral("message"), message},
                                                                        {QStringLiteral("finish_reason"), finish}}});
        answer.insert(QStringLiteral("usage"), usage);
        return FakeResponse::json(200, answer);
    }

    auto chunk = [&](const QJsonObject &delta, const QJsonValue &finishReason) {
        QJsonObject c = base;
        c.insert(QStringLiteral("object"), QStringLiteral("chat.completion.chunk"));
        c.insert(QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0}, {QStringLiteral("delta"), delta},
                                                                   {QStringLiteral("logprobs"), QJsonValue::Null},
                                                                   {QStringLiteral("finish_reason"), finishReason}}});
        c.insert(QStringLiteral("usage"), QJsonValue::Null);
        c.insert(QStringLiteral("obfuscation"), QStringLiteral("x9"));   // 2026 captures carry it; parsers ignore it
        return c;
    };
    QList<QJsonObject> chunks;
    if (move.call) {
        // As recorded: id, name and empty arguments first, then the arguments in fragments.
        chunks << chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QJsonValue::Null},
                                    {QStringLiteral("tool_calls"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0}, {QStringLiteral("id"), callId},
                                                                                          {QStringLiteral("type"), QStringLiteral("function")},
                                                                                          {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), move.name},
                                                                                                                                   {QStringLiteral("arguments"), QString()}}}}}}},
                        QJsonValue::Null);
        const qsizetype third = std::max<qsizetype>(1, arguments.size() / 3);
        for (qsizetype at = 0; at < arguments.size(); at += third)
            chunks << chunk(QJsonObject{{QStringLiteral("tool_calls"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                                                             {QStringLiteral("function"), QJsonObject{{QStringLiteral("arguments"), arguments.mid(at, third)}}}}}}},
                            QJsonValue::Null);
    } else {
        const qsizetype half = move.text.size() / 2;
        chunks << chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), move.text.left(half)}}, QJsonValue::Null);
        chunks << chunk(QJsonObject{{QStringLiteral("content"), move.text.mid(half)}}, QJsonValue::Null);
    }
    chunks << chunk(QJsonObject{}, finish);
    QJsonObject last = base;
    last.insert(QStringLiteral("object"), QStringLiteral("chat.completion.chunk"));
    last.insert(QStringLiteral("choices"), QJsonArray{});
    last.insert(QStringLiteral("usage"), usage);
    chunks << last;
    return FakeResponse::stream(sse(chunks), "text/event-stream; charset=utf-8");
}

FakeResponse FakeOpenAiServer::chat(const FakeRequest &request)
{
    const QJsonObject body = request.json();
    if (!body.value(QLatin1String("tools")).toArray().isEmpty())
        return agentTurn(request);
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
