// SPDX-License-Identifier: MIT
#include "core/llm/lateinteractioncodec.h"

#include <cstring>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

namespace PageLens {

namespace {

Error badResponse(const QString &detail)
{
    return Error(Error::Code::BadResponse,
                 QCoreApplication::translate("PageLens", "The late-interaction server sent vectors that could not be read."),
                 detail);
}

Result<MultiVector> fromRows(const QJsonArray &rows)
{
    MultiVector vector;
    if (rows.isEmpty())
        return tl::unexpected(badResponse(QStringLiteral("an embedding has no rows")));
    if (!rows.first().isArray()) {   // one flat vector (a single-vector model)
        vector.rows = 1;
        vector.dim = int(rows.size());
        for (const QJsonValue &value : rows) {
            if (!value.isDouble())
                return tl::unexpected(badResponse(QStringLiteral("an embedding holds a non-number")));
            vector.values.push_back(float(value.toDouble()));
        }
        return vector;
    }
    vector.rows = int(rows.size());
    vector.dim = int(rows.first().toArray().size());
    if (vector.dim == 0)
        return tl::unexpected(badResponse(QStringLiteral("an embedding row is empty")));
    vector.values.reserve(size_t(vector.rows) * size_t(vector.dim));
    for (const QJsonValue &row : rows) {
        const QJsonArray values = row.toArray();
        if (!row.isArray() || values.size() != vector.dim)
            return tl::unexpected(badResponse(QStringLiteral("embedding rows differ in length")));
        for (const QJsonValue &value : values) {
            if (!value.isDouble())
                return tl::unexpected(badResponse(QStringLiteral("an embedding holds a non-number")));
            vector.values.push_back(float(value.toDouble()));
        }
    }
    return vector;
}

Result<MultiVector> fromBase64(const QString &text, int dim)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return tl::unexpected(badResponse(QStringLiteral("an embedding is not valid base64")));
    const QByteArray &bytes = *decoded;
    const qsizetype rowBytes = qsizetype(dim) * qsizetype(sizeof(float));
    if (dim <= 0 || bytes.isEmpty() || bytes.size() % rowBytes != 0)
        return tl::unexpected(badResponse(QStringLiteral("%1 bytes are not whole rows of %2 float32 values").arg(bytes.size()).arg(dim)));
    MultiVector vector;
    vector.dim = dim;
    vector.rows = int(bytes.size() / rowBytes);
    vector.values.resize(size_t(bytes.size() / qsizetype(sizeof(float))));
    for (size_t i = 0; i < vector.values.size(); ++i)
        vector.values[i] = qFromLittleEndian<float>(bytes.constData() + i * sizeof(float));
    return vector;
}

} // namespace

QJsonObject LateInteractionCodec::requestBody(const QString &model, const QStringList &inputs, Modality modality,
                                              LateConfig::Encoding encoding)
{
    return QJsonObject{
        {QStringLiteral("model"), model},
        {QStringLiteral("input"), QJsonArray::fromStringList(inputs)},
        {QStringLiteral("modality"), modality == Modality::Image ? QStringLiteral("image") : QStringLiteral("text")},
        {QStringLiteral("encoding_format"),
         encoding == LateConfig::Encoding::Base64 ? QStringLiteral("base64") : QStringLiteral("float")},
    };
}

QJsonObject LateInteractionCodec::poolingRequestBody(const QString &model, const QStringList &inputs, Modality modality,
                                                     LateConfig::Encoding encoding)
{
    QJsonObject body{
        {QStringLiteral("model"), model},
        {QStringLiteral("task"), QStringLiteral("token_embed")},
        {QStringLiteral("encoding_format"),
         encoding == LateConfig::Encoding::Base64 ? QStringLiteral("base64") : QStringLiteral("float")},
        // vLLM's base64 default is the server's native byte order; ask for what the parser reads.
        {QStringLiteral("embed_dtype"), QStringLiteral("float32")},
        {QStringLiteral("endianness"), QStringLiteral("little")},
    };
    if (modality == Modality::Text) {
        body.insert(QStringLiteral("input"), QJsonArray::fromStringList(inputs));
        return body;
    }
    const QJsonObject image{{QStringLiteral("type"), QStringLiteral("image_url")},
                            {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), inputs.value(0)}}}};
    const QJsonObject message{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QJsonArray{image}}};
    body.insert(QStringLiteral("messages"), QJsonArray{message});
    return body;
}

Result<QVector<MultiVector>> LateInteractionCodec::parseResponse(const QJsonObject &body, int expected, int dimHint)
{
    const QJsonArray data = body.value(QLatin1String("data")).toArray();
    if (data.size() != expected)
        return tl::unexpected(badResponse(QStringLiteral("%1 embeddings for %2 inputs").arg(data.size()).arg(expected)));
    QVector<MultiVector> vectors(expected);
    QVector<bool> seen(expected, false);
    for (qsizetype position = 0; position < data.size(); ++position) {
        const QJsonObject item = data.at(position).toObject();
        const int index = item.contains(QLatin1String("index")) ? item.value(QLatin1String("index")).toInt(-1) : int(position);
        if (index < 0 || index >= expected || seen.at(index))
            return tl::unexpected(badResponse(QStringLiteral("embedding index %1 is out of place").arg(index)));
        seen[index] = true;
        QJsonValue embedding = item.value(QLatin1String("embedding"));
        if (embedding.isUndefined())
            embedding = item.value(QLatin1String("embeddings"));
        if (embedding.isUndefined())
            embedding = item.value(QLatin1String("data")); // vLLM /pooling
        Result<MultiVector> vector = embedding.isString() ? fromBase64(embedding.toString(), dimHint)
                                     : embedding.isArray() ? fromRows(embedding.toArray())
                                                           : Result<MultiVector>(tl::unexpected(badResponse(QStringLiteral("an item has no embedding"))));
        if (!vector)
            return tl::unexpected(vector.error());
        vectors[index] = std::move(*vector);
    }
    return vectors;
}

ServiceFailure LateInteractionCodec::failure(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader)
{
    ServiceFailure f = serverFailure(httpStatus, body, retryAfterHeader);
    if (httpStatus != 404)
        return f;
    // FastAPI's bare 404 is a path the server does not have (the other dialect's); vLLM's names the model.
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.value(QLatin1String("detail")).toString() == QLatin1String("Not Found"))
        f.error = Error(Error::Code::InvalidArgument,
                        QCoreApplication::translate("PageLens", "The late-interaction server has no such endpoint: check its address and "
                                                                "the dialect (--late-dialect infinity or vllm)."),
                        f.error.detail);
    else
        f.error = Error(Error::Code::ModelNotFound,
                        QCoreApplication::translate("PageLens", "The late-interaction server does not serve this model (--late-model): %1")
                            .arg(f.error.detail),
                        f.error.detail);
    return f;
}

ServiceFailure LateInteractionCodec::serverFailure(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.value(QLatin1String("object")).toString() == QLatin1String("error") && root.value(QLatin1String("message")).isString()) {
        const QJsonObject envelope{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), root.value(QLatin1String("message"))},
                                                                         {QStringLiteral("type"), root.value(QLatin1String("type"))}}}};
        return ServiceFailure::fromOpenAi(httpStatus, QJsonDocument(envelope).toJson(QJsonDocument::Compact), retryAfterHeader);
    }
    const QJsonValue detail = root.value(QLatin1String("detail"));
    if (root.contains(QLatin1String("error")) || detail.isUndefined()) {
        ServiceFailure f = ServiceFailure::fromOpenAi(httpStatus, body, retryAfterHeader);
        // infinity names an unserved model with 400 "Invalid model: ..." (_resolve_engine).
        const QString message = root.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
        if (httpStatus == 400 && message.startsWith(QLatin1String("Invalid model")))
            f.error = Error(Error::Code::ModelNotFound,
                            QCoreApplication::translate("PageLens", "The late-interaction server does not serve this model (--late-model): %1").arg(message),
                            f.error.detail);
        return f;
    }
    // FastAPI: a string, or validation problems as a list; folded into the OpenAI envelope.
    QStringList messages;
    if (detail.isString()) {
        messages << detail.toString();
    } else {
        for (const QJsonValue &problem : detail.toArray()) {
            const QJsonObject object = problem.toObject();
            QStringList location;
            for (const QJsonValue &part : object.value(QLatin1String("loc")).toArray())
                location << part.toVariant().toString();
            messages << (location.isEmpty() ? QString() : location.join(QLatin1Char('.')) + QStringLiteral(": "))
                            + object.value(QLatin1String("msg")).toString();
        }
    }
    const QJsonObject envelope{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), messages.join(QStringLiteral("; "))}}}};
    return ServiceFailure::fromOpenAi(httpStatus, QJsonDocument(envelope).toJson(QJsonDocument::Compact), retryAfterHeader);
}

} // namespace PageLens
