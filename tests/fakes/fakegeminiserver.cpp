// SPDX-License-Identifier: MIT
#include "tests/fakes/fakegeminiserver.h"

#include <QJsonArray>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QUrlQuery>

#include "tests/fakes/fakemodel.h"

namespace PageLens::Test {

namespace {

QJsonValue either(const QJsonObject &object, const char *camel, const char *snake)
{
    const QJsonValue value = object.value(QLatin1String(camel));
    return value.isUndefined() ? object.value(QLatin1String(snake)) : value;
}

QJsonObject usage(int prompt, int output)
{
    QJsonObject u{{QStringLiteral("promptTokenCount"), prompt}, {QStringLiteral("totalTokenCount"), prompt + output},
                  {QStringLiteral("promptTokensDetails"), QJsonArray{QJsonObject{{QStringLiteral("modality"), QStringLiteral("TEXT")},
                                                                                 {QStringLiteral("tokenCount"), prompt}}}}};
    if (output > 0)   // proto3 JSON leaves zeros out
        u.insert(QStringLiteral("candidatesTokenCount"), output);
    return u;
}

} // namespace

FakeResponse FakeGeminiServer::error(int status, const QString &statusText, const QString &message, const QJsonArray &details)
{
    QJsonObject error{{QStringLiteral("code"), status}, {QStringLiteral("message"), message}, {QStringLiteral("status"), statusText}};
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    return FakeResponse::json(status, QJsonObject{{QStringLiteral("error"), error}});
}

FakeResponse FakeGeminiServer::quota(const QString &retryDelay, bool perDay)
{
    const QString quotaId = perDay ? QStringLiteral("GenerateRequestsPerDayPerProjectPerModel-FreeTier")
                                   : QStringLiteral("GenerateRequestsPerMinutePerProjectPerModel-FreeTier");
    QJsonArray details{QJsonObject{{QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.QuotaFailure")},
                                   {QStringLiteral("violations"), QJsonArray{QJsonObject{{QStringLiteral("quotaId"), quotaId}}}}}};
    if (!retryDelay.isEmpty())
        details.append(QJsonObject{{QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.RetryInfo")},
                                   {QStringLiteral("retryDelay"), retryDelay}});
    return error(429, QStringLiteral("RESOURCE_EXHAUSTED"),
                 QStringLiteral("You exceeded your current quota, please check your plan and billing details."), details);
}

QJsonObject FakeGeminiServer::textAnswer(const QString &text, const QString &finishReason)
{
    QJsonObject candidate{{QStringLiteral("content"), QJsonObject{{QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), text}}}},
                                                                  {QStringLiteral("role"), QStringLiteral("model")}}}};
    if (!finishReason.isEmpty())
        candidate.insert(QStringLiteral("finishReason"), finishReason);
    return QJsonObject{{QStringLiteral("candidates"), QJsonArray{candidate}},
                       {QStringLiteral("usageMetadata"), usage(FakeModel::tokenCount(text), FakeModel::tokenCount(text))},
                       {QStringLiteral("modelVersion"), QStringLiteral("gemini-2.5-flash")}};
}

QList<QByteArray> FakeGeminiServer::sse(const QList<QJsonObject> &objects)
{
    QList<QByteArray> pieces;
    for (const QJsonObject &object : objects)
        pieces.append("data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\r\n\r\n");
    return pieces;
}

FakeResponse FakeGeminiServer::respond(const FakeRequest &request)
{
    if (!m_requiredKey.isEmpty() && !request.path.contains(QLatin1String("upload"))) {
        const QByteArray key = request.header("x-goog-api-key");
        if (key.isEmpty())
            return error(403, QStringLiteral("PERMISSION_DENIED"),
                         QStringLiteral("Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API."));
        if (key != m_requiredKey)
            return error(400, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("API key not valid. Please pass a valid API key."),
                         QJsonArray{QJsonObject{{QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.ErrorInfo")},
                                                {QStringLiteral("reason"), QStringLiteral("API_KEY_INVALID")},
                                                {QStringLiteral("domain"), QStringLiteral("googleapis.com")}}});
    }
    const QString path = request.path;
    if (path.startsWith(QLatin1String("/v1beta/models/"))) {
        const QString model = path.section(QLatin1Char('/'), 3).section(QLatin1Char(':'), 0, 0);
        if (!m_knownModels.isEmpty() && !m_knownModels.contains(model))
            return error(404, QStringLiteral("NOT_FOUND"),
                         QStringLiteral("models/%1 is not found for API version v1beta, or is not supported for generateContent.").arg(model));
    }
    if (path.endsWith(QLatin1String(":generateContent")))
        return generate(request, false);
    if (path.endsWith(QLatin1String(":streamGenerateContent")))
        return generate(request, true);
    if (path.endsWith(QLatin1String(":batchEmbedContents")))
        return embed(request, true);
    if (path.endsWith(QLatin1String(":embedContent")))
        return embed(request, false);
    if (path.endsWith(QLatin1String(":countTokens"))) {
        const QJsonObject body = request.json();
        const QJsonObject inner = either(body, "generateContentRequest", "generate_content_request").toObject();
        const QJsonArray contents = (inner.isEmpty() ? body : inner).value(QLatin1String("contents")).toArray();
        int tokens = 0;
        for (const QJsonValue &content : contents)
            for (const QJsonValue &part : content[QLatin1String("parts")].toArray())
                tokens += part[QLatin1String("text")].isString() ? FakeModel::tokenCount(part[QLatin1String("text")].toString()) : 258;
        return FakeResponse::json(200, QJsonObject{{QStringLiteral("totalTokens"), tokens}});
    }
    if (path.startsWith(QLatin1String("/upload/v1beta/files")))
        return upload(request);
    if (path.startsWith(QLatin1String("/v1beta/files/")))
        return file(request);
    return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Unknown path %1").arg(path));
}

QList<QByteArray> FakeGeminiServer::issuedSignatures() const
{
    QMutexLocker lock(&m_signatureMutex);
    return m_signatures;
}

FakeResponse FakeGeminiServer::agentTurn(const FakeRequest &request, bool stream)
{
    const QJsonObject body = request.json();
    const QString model = request.path.section(QLatin1Char('/'), 3).section(QLatin1Char(':'), 0, 0);
    const bool gemini3 = model.startsWith(QLatin1String("gemini-3"));
    QList<FakeAgentTurn> turns;
    int words = 0;
    for (const QJsonValue &content : body.value(QLatin1String("contents")).toArray()) {
        FakeAgentTurn turn;
        turn.model = content[QLatin1String("role")].toString() == QLatin1String("model");
        bool firstCall = true;
        for (const QJsonValue &partValue : content[QLatin1String("parts")].toArray()) {
            const QJsonObject part = partValue.toObject();
            const QJsonObject call = either(part, "functionCall", "function_call").toObject();
            const QJsonObject response = either(part, "functionResponse", "function_response").toObject();
            if (part.contains(QLatin1String("text"))) {
                turn.texts << part.value(QLatin1String("text")).toString();
                words += FakeModel::tokenCount(turn.texts.last());
            }
            if (!either(part, "inlineData", "inline_data").toObject().isEmpty())
                ++turn.images;
            if (!call.isEmpty()) {
                const QByteArray signature = either(part, "thoughtSignature", "thought_signature").toString().toUtf8();
                // Gemini 3 checks the first call of each model turn for the signature it issued.
                if (gemini3 && firstCall && !issuedSignatures().contains(signature))
                    return error(400, QStringLiteral("INVALID_ARGUMENT"),
                                 QStringLiteral("Function call is missing a thought_signature in functionCall parts. This is required for tools to work correctly, "
                                                "and missing thought_signature may lead to degraded model performance. Additional data, function call `default_api:%1` , "
                                                "position %2. Please refer to https://ai.google.dev/gemini-api/docs/thought-signatures for more details.")
                                     .arg(call.value(QLatin1String("name")).toString()).arg(turns.size() + 1));
                firstCall = false;
                turn.calls.append({call.value(QLatin1String("name")).toString(), call.value(QLatin1String("args")).toObject()});
            }
            if (!response.isEmpty()) {
                const QJsonArray nested = response.value(QLatin1String("parts")).toArray();
                if (!nested.isEmpty() && !gemini3)
                    return error(400, QStringLiteral("INVALID_ARGUMENT"),
                                 QStringLiteral("Invalid JSON payload received. Unknown name \"parts\" at 'contents[%1].parts[0].function_response': Cannot find field.")
                                     .arg(turns.size()));
                for (const QJsonValue &inner : nested)
                    if (!either(inner.toObject(), "inlineData", "inline_data").toObject().isEmpty())
                        ++turn.images;
                turn.responses.append({response.value(QLatin1String("name")).toString(), response.value(QLatin1String("response")).toObject()});
                words += FakeModel::tokenCount(QString::fromUtf8(QJsonDocument(turn.responses.last().json).toJson()));
            }
        }
        turns.append(turn);
    }
    const FakeAgentMove move = FakeAgentModel::next(turns, m_behaviour);

    QJsonObject part;
    if (move.call) {
        QByteArray signature;
        {
            QMutexLocker lock(&m_signatureMutex);
            // Standard base64 with '+', '/' and '=': a client that re-encodes it is caught.
            signature = QCryptographicHash::hash(QByteArray::number(m_signatures.size()) + move.name.toUtf8() + "pagelens-fake",
                                                 QCryptographicHash::Sha256).repeated(3).left(70).toBase64();
            m_signatures.append(signature);
        }
        part = QJsonObject{{QStringLiteral("functionCall"), QJsonObject{{QStringLiteral("name"), move.name}, {QStringLiteral("args"), move.args}}},
                           {QStringLiteral("thoughtSignature"), QString::fromLatin1(signature)}};
    }
    const QJsonObject usageJson = usage(words, move.call ? 12 : FakeModel::tokenCount(move.text));
    auto answer = [&](const QJsonArray &parts, const QString &finish) {
        QJsonObject candidate{{QStringLiteral("content"), QJsonObject{{QStringLiteral("parts"), parts}, {QStringLiteral("role"), QStringLiteral("model")}}},
                              {QStringLiteral("index"), 0}};
        if (!finish.isEmpty())
            candidate.insert(QStringLiteral("finishReason"), finish);
        return QJsonObject{{QStringLiteral("candidates"), QJsonArray{candidate}}, {QStringLiteral("usageMetadata"), usageJson},
                           {QStringLiteral("modelVersion"), model}};
    };
    if (!stream)
        return FakeResponse::json(200, answer(move.call ? QJsonArray{part} : QJsonArray{QJsonObject{{QStringLiteral("text"), move.text}}},
                                              QStringLiteral("STOP")));
    QList<QJsonObject> chunks;
    if (move.call) {   // the call whole in one chunk (as recorded), then the finish
        chunks << answer(QJsonArray{part}, QString());
        chunks << answer(QJsonArray{QJsonObject{{QStringLiteral("text"), QString()}}}, QStringLiteral("STOP"));
    } else {
        const qsizetype half = move.text.size() / 2;
        chunks << answer(QJsonArray{QJsonObject{{QStringLiteral("text"), move.text.left(half)}}}, QString());
        chunks << answer(QJsonArray{QJsonObject{{QStringLiteral("text"), move.text.mid(half)}}}, QStringLiteral("STOP"));
    }
    return FakeResponse::stream(sse(chunks));
}

FakeResponse FakeGeminiServer::generate(const FakeRequest &request, bool stream)
{
    const QJsonObject body = request.json();
    if (!body.value(QLatin1String("tools")).toArray().isEmpty())
        return agentTurn(request, stream);
    QStringList texts;
    QStringList media;
    QStringList looks;
    for (const QJsonValue &content : body.value(QLatin1String("contents")).toArray()) {
        for (const QJsonValue &partValue : content[QLatin1String("parts")].toArray()) {
            const QJsonObject part = partValue.toObject();
            if (part.contains(QLatin1String("text")))
                texts << part.value(QLatin1String("text")).toString();
            const QJsonObject inlineData = either(part, "inlineData", "inline_data").toObject();
            const QJsonObject fileData = either(part, "fileData", "file_data").toObject();
            if (!inlineData.isEmpty()) {
                media << either(inlineData, "mimeType", "mime_type").toString();
                looks << FakeModel::looks(QByteArray::fromBase64(inlineData.value(QLatin1String("data")).toString().toLatin1()));
            }
            if (!fileData.isEmpty())
                media << either(fileData, "mimeType", "mime_type").toString();
        }
    }
    const QJsonObject config = either(body, "generationConfig", "generation_config").toObject();
    QJsonObject schema = either(config, "responseJsonSchema", "response_json_schema").toObject();
    if (schema.isEmpty())
        schema = either(config, "responseSchema", "response_schema").toObject();
    const QString text = schema.isEmpty()
                             ? FakeModel::caption(texts, media, looks)
                             : FakeModel::jsonText(FakeModel::instance(schema));
    if (!stream)
        return FakeResponse::json(200, textAnswer(text));

    // Three deltas; usage on every chunk, finishReason only on the last (as recorded).
    const qsizetype third = text.size() / 3;
    const QStringList deltas{text.left(third), text.mid(third, third), text.mid(2 * third)};
    QList<QJsonObject> chunks;
    for (int i = 0; i < 3; ++i)
        chunks << textAnswer(deltas.at(i), i == 2 ? QStringLiteral("STOP") : QString());
    if (QUrlQuery(request.query).queryItemValue(QStringLiteral("alt")) == QLatin1String("sse"))
        return FakeResponse::stream(sse(chunks));
    QList<QByteArray> pieces;
    for (int i = 0; i < chunks.size(); ++i) {
        const QByteArray element = QJsonDocument(chunks.at(i)).toJson(QJsonDocument::Indented).trimmed();
        pieces << (i == 0 ? "[" : "\n,\r\n") + element;
    }
    pieces << "\n]";
    return FakeResponse::stream(pieces, "application/json; charset=UTF-8");
}

FakeResponse FakeGeminiServer::embed(const FakeRequest &request, bool batch)
{
    const QJsonObject body = request.json();
    const QJsonArray requests = batch ? body.value(QLatin1String("requests")).toArray() : QJsonArray{body};
    if (requests.size() > 100)
        return error(400, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("* BatchEmbedContentsRequest.requests: at most 100 requests can be in one batch\n"));
    QJsonArray embeddings;
    for (const QJsonValue &value : requests) {
        const QJsonObject inner = value.toObject();
        QStringList texts;
        for (const QJsonValue &part : inner.value(QLatin1String("content"))[QLatin1String("parts")].toArray())
            texts << part[QLatin1String("text")].toString();
        const int dims = either(inner, "outputDimensionality", "output_dimensionality").toInt(3072);
        // Like gemini-embedding-001, reduced vectors are not unit length (the real ones are a prefix).
        const double scale = dims < 3072 ? 0.5 : 1.0;
        QJsonArray values;
        for (float v : FakeModel::embedding(texts.join(QLatin1Char(' ')), dims))
            values.append(double(v) * scale);
        embeddings.append(QJsonObject{{QStringLiteral("values"), values}});
    }
    if (!batch)
        return FakeResponse::json(200, QJsonObject{{QStringLiteral("embedding"), embeddings.first()}});
    return FakeResponse::json(200, QJsonObject{{QStringLiteral("embeddings"), embeddings}});
}

FakeResponse FakeGeminiServer::upload(const FakeRequest &request)
{
    const QByteArray command = request.header("x-goog-upload-command");
    if (command == "start") {
        const QString id = QStringLiteral("fake-%1").arg(m_nextFile++);
        m_fileMime.insert(QStringLiteral("files/") + id, QString::fromUtf8(request.header("x-goog-upload-header-content-type")));
        FakeResponse r;
        r.headers = {{"Content-Type", "text/plain; charset=utf-8"},
                     {"x-goog-upload-status", "active"},
                     {"x-goog-upload-url", (url().toString() + QStringLiteral("/upload/v1beta/files?upload_id=%1&upload_protocol=resumable").arg(id)).toUtf8()}};
        r.chunks = {QByteArray()};
        return r;
    }
    if (command != "upload, finalize" || request.header("x-goog-upload-offset") != "0")
        return error(400, QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("Bad upload command"));
    const QString name = QStringLiteral("files/") + QUrlQuery(request.query).queryItemValue(QStringLiteral("upload_id"));
    const QJsonObject file{{QStringLiteral("name"), name},
                           {QStringLiteral("mimeType"), m_fileMime.value(name)},
                           {QStringLiteral("sizeBytes"), QString::number(request.body.size())},
                           {QStringLiteral("uri"), url().toString() + QStringLiteral("/v1beta/") + name},
                           {QStringLiteral("state"), QStringLiteral("PROCESSING")},
                           {QStringLiteral("source"), QStringLiteral("UPLOADED")}};
    FakeResponse r = FakeResponse::json(200, QJsonObject{{QStringLiteral("file"), file}});
    r.headers.append(qMakePair(QByteArray("x-goog-upload-status"), QByteArray("final")));
    return r;
}

FakeResponse FakeGeminiServer::file(const FakeRequest &request)
{
    const QString name = request.path.mid(QStringLiteral("/v1beta/").size());
    if (!m_fileMime.contains(name))
        return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("File %1 not found.").arg(name));
    const int gets = ++m_fileGets[name];
    return FakeResponse::json(200, QJsonObject{{QStringLiteral("name"), name},
                                               {QStringLiteral("mimeType"), m_fileMime.value(name)},
                                               {QStringLiteral("uri"), url().toString() + QStringLiteral("/v1beta/") + name},
                                               {QStringLiteral("state"), gets >= 2 ? QStringLiteral("ACTIVE") : QStringLiteral("PROCESSING")}});
}

} // namespace PageLens::Test
