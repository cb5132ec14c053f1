// SPDX-License-Identifier: MIT
#include "tests/fakes/fakeinfinityserver.h"

#include <cmath>
#include <random>

#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtEndian>

namespace PageLens::Test {

namespace {

FakeResponse openAiError(int status, const QString &message)
{
    // infinity's errors.OpenAIException.json(): type and param null, code the HTTP status.
    return FakeResponse::json(status, QJsonObject{{QStringLiteral("error"), QJsonObject{
        {QStringLiteral("message"), message}, {QStringLiteral("type"), QJsonValue()},
        {QStringLiteral("param"), QJsonValue()}, {QStringLiteral("code"), status}}}});
}

FakeResponse validationError(const QString &field, const QString &message)
{
    return FakeResponse::json(422, QJsonObject{{QStringLiteral("detail"), QJsonArray{QJsonObject{
        {QStringLiteral("type"), QStringLiteral("value_error")},
        {QStringLiteral("loc"), QJsonArray{QStringLiteral("body"), field}},
        {QStringLiteral("msg"), message}}}}});
}

QVector<float> normalized(QVector<float> v)
{
    double sum = 0;
    for (float x : v)
        sum += double(x) * x;
    const float inv = float(1.0 / std::sqrt(std::max(sum, 1e-12)));
    for (float &x : v)
        x *= inv;
    return v;
}

/** Qwen2-VL's smart_resize (transformers), factor 28. */
QSize smartResize(int width, int height)
{
    constexpr int factor = 28;
    constexpr double minPixels = 56 * 56;
    constexpr double maxPixels = 768.0 * 28 * 28;
    int h = std::max(factor, int(std::lround(double(height) / factor)) * factor);
    int w = std::max(factor, int(std::lround(double(width) / factor)) * factor);
    if (double(h) * w > maxPixels) {
        const double beta = std::sqrt(double(height) * width / maxPixels);
        h = std::max(factor, int(std::floor(height / beta / factor)) * factor);
        w = std::max(factor, int(std::floor(width / beta / factor)) * factor);
    } else if (double(h) * w < minPixels) {
        const double beta = std::sqrt(minPixels / (double(height) * width));
        h = int(std::ceil(height * beta / factor)) * factor;
        w = int(std::ceil(width * beta / factor)) * factor;
    }
    return QSize(w, h);
}

} // namespace

FakeInfinityServer::FakeInfinityServer(QString servedModel, QString hotWord, QObject *parent)
    : FakeHttpServer(parent)
    , m_model(std::move(servedModel))
    , m_hotWord(std::move(hotWord))
{
}

int FakeInfinityServer::imagesEmbedded() const
{
    QMutexLocker lock(&m_countMutex);
    return m_images;
}

QVector<float> FakeInfinityServer::hashedVector(const QString &seed)
{
    const QByteArray digest = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
    std::mt19937 random(qFromLittleEndian<quint32>(digest.constData()));
    std::normal_distribution<float> normal;
    QVector<float> v(kDim);
    for (float &x : v)
        x = normal(random);
    return normalized(v);
}

QVector<float> FakeInfinityServer::hotVector()
{
    return hashedVector(QStringLiteral("hot"));
}

FakeResponse FakeInfinityServer::respond(const FakeRequest &request)
{
    if (!m_requiredKey.isEmpty() && request.header("authorization") != "Bearer " + m_requiredKey)
        return FakeResponse::json(401, QByteArrayLiteral("{\"detail\":\"Unauthorized\"}"));
    if (m_vllm) {
        if (request.method == "POST" && request.path == QLatin1String("/pooling"))
            return pooling(request);
        return FakeResponse::json(404, QByteArrayLiteral("{\"detail\":\"Not Found\"}"));
    }
    if (request.method == "POST" && request.path.endsWith(QLatin1String("/embeddings")))
        return embeddings(request);
    return FakeResponse::json(404, QByteArrayLiteral("{\"detail\":\"Not Found\"}"));
}

FakeResponse FakeInfinityServer::embeddings(const FakeRequest &request)
{
    const QJsonObject body = request.json();
    const QString model = body.value(QLatin1String("model")).toString(QStringLiteral("default/not-specified"));
    if (model != m_model)
        return openAiError(400, QStringLiteral("Invalid model: model `%1` not in [`%2`]").arg(model, m_model));
    const QString modality = body.value(QLatin1String("modality")).toString(QStringLiteral("text"));
    const QString encoding = body.value(QLatin1String("encoding_format")).toString(QStringLiteral("float"));
    if (encoding != QLatin1String("float") && encoding != QLatin1String("base64"))
        return validationError(QStringLiteral("encoding_format"), QStringLiteral("Input should be 'float' or 'base64'"));
    if (modality != QLatin1String("text") && modality != QLatin1String("image"))
        return validationError(QStringLiteral("modality"), QStringLiteral("Input tag '%1' found using get_modality() does not match any of the expected tags").arg(modality));
    QJsonArray inputs;
    const QJsonValue input = body.value(QLatin1String("input"));
    if (input.isString())
        inputs.append(input);
    else
        inputs = input.toArray();
    if (inputs.isEmpty())
        return validationError(QStringLiteral("input"), QStringLiteral("Field required"));

    QJsonArray data;
    int tokens = 0;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        QVector<QVector<float>> rows;
        if (modality == QLatin1String("image")) {
            const QString url = inputs.at(i).toString();
            const qsizetype comma = url.indexOf(QLatin1Char(','));
            if (!url.startsWith(QLatin1String("data:image/")) || !url.mid(0, comma).endsWith(QLatin1String(";base64")))
                return validationError(QStringLiteral("input"), QStringLiteral("Input should be a valid URL or data URI"));
            QImage image;
            if (!image.loadFromData(QByteArray::fromBase64(url.mid(comma + 1).toLatin1())))
                return openAiError(400, QStringLiteral("<class 'infinity_emb.primitives.ImageCorruption'> -> cannot identify image file"));
            rows = imageRows(image);
            QMutexLocker lock(&m_countMutex);
            ++m_images;
        } else {
            rows = textRows(inputs.at(i).toString());
        }
        tokens += int(rows.size());
        QJsonValue embedding;
        if (encoding == QLatin1String("base64")) {
            QByteArray bytes;
            bytes.reserve(rows.size() * kDim * 4);
            for (const QVector<float> &row : std::as_const(rows))
                for (float x : row) {
                    char le[4];
                    qToLittleEndian(x, le);
                    bytes.append(le, 4);
                }
            embedding = QString::fromLatin1(bytes.toBase64());
        } else {
            QJsonArray array;
            for (const QVector<float> &row : std::as_const(rows)) {
                QJsonArray values;
                for (float x : row)
                    values.append(double(x));
                array.append(values);
            }
            embedding = array;
        }
        data.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("embedding")}, {QStringLiteral("embedding"), embedding},
                                {QStringLiteral("index"), int(i)}});
    }
    return FakeResponse::json(200, QJsonDocument(QJsonObject{
        {QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}, {QStringLiteral("model"), m_model},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), tokens}, {QStringLiteral("total_tokens"), tokens}}},
        {QStringLiteral("id"), QStringLiteral("infinity-00000000-0000-0000-0000-000000000000")},
        {QStringLiteral("created"), 1764489600}}).toJson(QJsonDocument::Compact));
}

FakeResponse FakeInfinityServer::vllmError(int status, const QString &type, const QString &message) const
{
    if (m_vllmLegacyErrors)
        return FakeResponse::json(status, QJsonObject{{QStringLiteral("object"), QStringLiteral("error")},
                                                      {QStringLiteral("message"), message}, {QStringLiteral("type"), type},
                                                      {QStringLiteral("param"), QJsonValue()}, {QStringLiteral("code"), status}});
    return FakeResponse::json(status, QJsonObject{{QStringLiteral("error"), QJsonObject{
        {QStringLiteral("message"), message}, {QStringLiteral("type"), type},
        {QStringLiteral("param"), QJsonValue()}, {QStringLiteral("code"), status}}}});
}

QJsonValue FakeInfinityServer::encoded(const QVector<QVector<float>> &rows, bool base64, bool bigEndian) const
{
    if (base64) {
        QByteArray bytes;
        bytes.reserve(rows.size() * kDim * 4);
        for (const QVector<float> &row : rows)
            for (float x : row) {
                char raw[4];
                if (bigEndian)
                    qToBigEndian(x, raw);
                else
                    qToLittleEndian(x, raw);
                bytes.append(raw, 4);
            }
        return QString::fromLatin1(bytes.toBase64());
    }
    QJsonArray array;
    for (const QVector<float> &row : rows) {
        QJsonArray values;
        for (float x : row)
            values.append(double(x));
        array.append(values);
    }
    return array;
}

FakeResponse FakeInfinityServer::pooling(const FakeRequest &request)
{
    // vllm/entrypoints/pooling/pooling/protocol.py: PoolingCompletionRequest | PoolingChatRequest.
    const QJsonObject body = request.json();
    const QString model = body.value(QLatin1String("model")).toString();
    if (!model.isEmpty() && model != m_model)
        return vllmError(404, QStringLiteral("NotFoundError"), QStringLiteral("The model `%1` does not exist.").arg(model));
    if (body.value(QLatin1String("task")).toString() != QLatin1String("token_embed"))
        return vllmError(400, QStringLiteral("BadRequestError"),
                         QStringLiteral("Task %1 is not supported, it is only supported tasks: ['token_embed']")
                             .arg(body.value(QLatin1String("task")).toString(QStringLiteral("None"))));
    const QString encoding = body.value(QLatin1String("encoding_format")).toString(QStringLiteral("float"));
    if (encoding != QLatin1String("float") && encoding != QLatin1String("base64"))
        return vllmError(400, QStringLiteral("BadRequestError"), QStringLiteral("encoding_format: Input should be 'float', 'base64' or 'bytes'"));
    if (body.value(QLatin1String("embed_dtype")).toString(QStringLiteral("float32")) != QLatin1String("float32"))
        return vllmError(400, QStringLiteral("BadRequestError"), QStringLiteral("this fake answers float32 only"));
    // "native" on the x86 and ARM servers vLLM runs on is little-endian.
    const bool bigEndian = body.value(QLatin1String("endianness")).toString() == QLatin1String("big");

    QVector<QVector<QVector<float>>> outputs;
    if (body.contains(QLatin1String("messages"))) {
        QJsonArray parts;
        for (const QJsonValue &message : body.value(QLatin1String("messages")).toArray())
            for (const QJsonValue &part : message.toObject().value(QLatin1String("content")).toArray())
                parts.append(part);
        QVector<QVector<float>> rows;
        for (const QJsonValue &part : parts) {
            if (part.toObject().value(QLatin1String("type")).toString() != QLatin1String("image_url"))
                continue;
            const QString url = part.toObject().value(QLatin1String("image_url")).toObject().value(QLatin1String("url")).toString();
            const qsizetype comma = url.indexOf(QLatin1Char(','));
            QImage image;
            if (!url.startsWith(QLatin1String("data:image/")) || comma < 0
                || !image.loadFromData(QByteArray::fromBase64(url.mid(comma + 1).toLatin1())))
                return vllmError(400, QStringLiteral("BadRequestError"), QStringLiteral("Failed to load image from the data URL"));
            if (!rows.isEmpty())
                return vllmError(400, QStringLiteral("BadRequestError"), QStringLiteral("At most 1 image(s) may be provided in one prompt."));
            rows = imageRows(image);
            QMutexLocker lock(&m_countMutex);
            ++m_images;
        }
        if (rows.isEmpty())
            return vllmError(400, QStringLiteral("BadRequestError"), QStringLiteral("The chat holds no image."));
        outputs << rows;
    } else {
        const QJsonValue input = body.value(QLatin1String("input"));
        const QJsonArray inputs = input.isString() ? QJsonArray{input} : input.toArray();
        if (inputs.isEmpty())
            return vllmError(400, QStringLiteral("BadRequestError"), QStringLiteral("input: Field required"));
        for (const QJsonValue &text : inputs)
            outputs << textRows(text.toString());
    }
    QJsonArray data;
    int tokens = 0;
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        tokens += int(outputs.at(i).size());
        data.append(QJsonObject{{QStringLiteral("index"), int(i)}, {QStringLiteral("object"), QStringLiteral("pooling")},
                                {QStringLiteral("data"), encoded(outputs.at(i), encoding == QLatin1String("base64"), bigEndian)}});
    }
    return FakeResponse::json(200, QJsonDocument(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("pool-0123456789abcdef0123456789abcdef")}, {QStringLiteral("object"), QStringLiteral("list")},
        {QStringLiteral("created"), 1764489600}, {QStringLiteral("model"), m_model}, {QStringLiteral("data"), data},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), tokens}, {QStringLiteral("total_tokens"), tokens},
                                              {QStringLiteral("completion_tokens"), 0}}}}).toJson(QJsonDocument::Compact));
}

QVector<QVector<float>> FakeInfinityServer::imageRows(const QImage &image) const
{
    const bool qwen = m_model.contains(QLatin1String("colqwen2"), Qt::CaseInsensitive);
    const QSize size = qwen ? smartResize(image.width(), image.height()) : QSize(448, 448);
    const int cell = qwen ? 28 : 14;
    const QImage resized = image.convertToFormat(QImage::Format_RGB32).scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QVector<QVector<float>> rows;
    if (qwen)
        for (int t = 0; t < 4; ++t)
            rows << hashedVector(QStringLiteral("qwen-prefix-%1").arg(t));
    const QVector<float> hot = hotVector();
    for (int y = 0; y + cell <= size.height(); y += cell) {
        for (int x = 0; x + cell <= size.width(); x += cell) {
            int red = 0;
            for (int py = y; py < y + cell; ++py)
                for (int px = x; px < x + cell; ++px) {
                    const QRgb p = resized.pixel(px, py);
                    red += qRed(p) > 200 && qGreen(p) < 60 && qBlue(p) < 60;
                }
            const float share = float(red) / float(cell * cell);
            const QVector<float> other = hashedVector(QStringLiteral("patch-%1-%2").arg(x / cell).arg(y / cell));
            QVector<float> v(kDim);
            for (int d = 0; d < kDim; ++d)
                v[d] = share * hot[d] + (1 - share) * other[d];
            rows << normalized(v);
        }
    }
    const int suffix = qwen ? 7 : 6;
    for (int t = 0; t < suffix; ++t)
        rows << hashedVector(QStringLiteral("image-prompt-%1").arg(t));
    return rows;
}

QVector<QVector<float>> FakeInfinityServer::textRows(const QString &text) const
{
    QVector<QVector<float>> rows{hashedVector(QStringLiteral("query-start"))};
    for (const QString &word : text.toLower().split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts))
        rows << (word == m_hotWord.toLower() ? hotVector() : hashedVector(QStringLiteral("word-") + word));
    for (int t = 0; t < 3; ++t)
        rows << hashedVector(QStringLiteral("query-augmentation-%1").arg(t));
    return rows;
}

} // namespace PageLens::Test
