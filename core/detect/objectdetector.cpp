// SPDX-License-Identifier: MIT
#include "core/detect/objectdetector.h"

#include <algorithm>

#include <QImage>
#include <QJsonArray>

namespace PageLens {

ObjectDetector::ObjectDetector(Provider *provider)
    : m_provider(provider)
{
}

QString ObjectDetector::defaultPrompt()
{
    return QStringLiteral("Detect all of the prominent items in the image. "
                          "The box_2d should be [ymin, xmin, ymax, xmax] normalized to 0-1000.");
}

QJsonObject ObjectDetector::schema()
{
    const QJsonObject box{{QStringLiteral("type"), QStringLiteral("object")},
                          {QStringLiteral("properties"),
                           QJsonObject{{QStringLiteral("box_2d"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                                              {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}},
                                                                              {QStringLiteral("minItems"), 4},
                                                                              {QStringLiteral("maxItems"), 4}}},
                                       {QStringLiteral("label"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
                          {QStringLiteral("required"), QJsonArray{QStringLiteral("box_2d"), QStringLiteral("label")}}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("bounding_boxes"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                                                   {QStringLiteral("items"), box}}}}},
                       {QStringLiteral("required"), QJsonArray{QStringLiteral("bounding_boxes")}}};
}

GenerateRequest ObjectDetector::request(const QByteArray &image, const QString &mimeType, const QString &prompt)
{
    GenerateRequest request;
    request.turns.append(ChatTurn{ChatTurn::Role::User,
                                  {ContentPart::fromBytes(image, mimeType),
                                   ContentPart::fromText(prompt.isEmpty() ? defaultPrompt() : prompt)}});
    request.responseSchema = schema();
    request.temperature = 0.5;   // Google's detection samples use a moderate temperature
    return request;
}

Result<DetectionRun> ObjectDetector::fromJson(const QJsonValue &json)
{
    if (!json.isArray() && !json[QLatin1String("bounding_boxes")].isArray())
        return fail(Error::Code::BadResponse, tr("The model did not return any bounding boxes."));
    const QJsonArray boxes = json.isArray() ? json.toArray() : json[QLatin1String("bounding_boxes")].toArray();
    DetectionRun run;
    int clamped = 0, swapped = 0, empty = 0, badMasks = 0;
    for (const QJsonValue &value : boxes) {
        const QJsonArray box = value[QLatin1String("box_2d")].toArray();
        const bool numbers = std::all_of(box.begin(), box.end(), [](const QJsonValue &v) { return v.isDouble(); });
        if (!value.isObject() || box.size() != 4 || !numbers)
            return fail(Error::Code::BadResponse, tr("The model returned a bounding box without four coordinates."));
        if (!value[QLatin1String("label")].isString())
            return fail(Error::Code::BadResponse, tr("The model returned a bounding box without a label."));
        Detection d;
        d.label = value[QLatin1String("label")].toString().simplified();
        std::array<int, 4> inside{};
        for (int i = 0; i < 4; ++i) {
            // Kept as given (bounded so it fits an int); the page box uses the clamped value.
            d.box2d[i] = int(std::lround(std::clamp(box.at(i).toDouble(), -1e6, 1e6)));
            inside[i] = std::clamp(d.box2d[i], 0, 1000);
        }
        clamped += inside != d.box2d;
        swapped += inside[0] > inside[2] || inside[1] > inside[3];
        const int ymin = std::min(inside[0], inside[2]);
        const int ymax = std::max(inside[0], inside[2]);
        const int xmin = std::min(inside[1], inside[3]);
        const int xmax = std::max(inside[1], inside[3]);
        if (ymin == ymax || xmin == xmax) {
            ++empty;
            continue;
        }
        // The image sent is the whole page (aspect kept), so the model's 0-1000 grid is the page's.
        d.box = {xmin / 1000.0, ymin / 1000.0, xmax / 1000.0, ymax / 1000.0};
        if (const QJsonValue mask = value[QLatin1String("mask")]; mask.isString() && !mask.toString().isEmpty()) {
            d.mask = decodeMask(mask.toString());
            badMasks += d.mask.isEmpty();
        }
        run.detections.append(d);
    }
    if (clamped)
        run.notes << tr("%n box(es) reached outside the image and were cut at its edge.", nullptr, clamped);
    if (swapped)
        run.notes << tr("%n box(es) had their corners the wrong way round and were turned.", nullptr, swapped);
    if (empty)
        run.notes << tr("%n box(es) without area were dropped.", nullptr, empty);
    if (badMasks)
        run.notes << tr("%n segmentation mask(s) could not be read; their boxes are kept.", nullptr, badMasks);
    if (run.detections.size() > kMaxObjects) {
        run.notes << tr("The model found %1 objects; the first %2 are kept.").arg(run.detections.size()).arg(kMaxObjects);
        run.detections.resize(kMaxObjects);
    }
    return run;
}

QByteArray ObjectDetector::decodeMask(const QString &text)
{
    // "data:image/png;base64,...." as Gemini 2.5 writes it, or the bare base64.
    const QString data = text.section(QLatin1Char(','), -1).trimmed();
    const auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    QImage image;
    if (!image.loadFromData(*decoded, "PNG") || image.isNull())
        return {};
    return *decoded;
}

QFuture<Result<DetectionRun>> ObjectDetector::detect(const QByteArray &image, const QString &mimeType, const QString &prompt)
{
    const QString sent = prompt.isEmpty() ? defaultPrompt() : prompt;
    return m_provider->generate(request(image, mimeType, sent))
        .then([sent](const Result<GenerateResponse> &response) { return fromResponse(response, sent); });
}

Result<DetectionRun> ObjectDetector::fromResponse(const Result<GenerateResponse> &response, const QString &prompt)
{
    if (!response)
        return tl::unexpected(response.error());
    auto run = fromJson(response->json);
    if (run) {
        run->model = response->modelVersion;
        run->prompt = prompt.isEmpty() ? defaultPrompt() : prompt;
    }
    return run;
}

} // namespace PageLens
