// SPDX-License-Identifier: MIT
#include "core/detect/objectdetector.h"

#include <algorithm>

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

Result<QVector<Detection>> ObjectDetector::fromJson(const QJsonValue &json)
{
    const QJsonArray boxes = json.isArray() ? json.toArray() : json[QLatin1String("bounding_boxes")].toArray();
    if (!json.isArray() && !json[QLatin1String("bounding_boxes")].isArray())
        return fail(Error::Code::BadResponse, tr("The model did not return any bounding boxes."));
    QVector<Detection> detections;
    for (const QJsonValue &value : boxes) {
        const QJsonArray box = value[QLatin1String("box_2d")].toArray();
        if (box.size() != 4)
            return fail(Error::Code::BadResponse, tr("The model returned a bounding box without four coordinates."));
        Detection d;
        d.label = value[QLatin1String("label")].toString();
        for (int i = 0; i < 4; ++i)
            d.box2d[i] = std::clamp(int(std::lround(box.at(i).toDouble())), 0, 1000);
        const int ymin = std::min(d.box2d[0], d.box2d[2]);
        const int ymax = std::max(d.box2d[0], d.box2d[2]);
        const int xmin = std::min(d.box2d[1], d.box2d[3]);
        const int xmax = std::max(d.box2d[1], d.box2d[3]);
        // The image sent is the whole page (aspect kept), so the model's 0-1000 grid is the page's.
        d.box = {xmin / 1000.0, ymin / 1000.0, xmax / 1000.0, ymax / 1000.0};
        detections.append(d);
    }
    return detections;
}

QFuture<Result<QVector<Detection>>> ObjectDetector::detect(const QByteArray &image, const QString &mimeType,
                                                           const QString &prompt)
{
    return m_provider->generate(request(image, mimeType, prompt))
        .then([](const Result<GenerateResponse> &response) -> Result<QVector<Detection>> {
            if (!response)
                return tl::unexpected(response.error());
            return fromJson(response->json);
        });
}

} // namespace PageLens
