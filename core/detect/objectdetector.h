// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <QSize>
#include <QVector>

#include "core/common/result.h"
#include "core/llm/provider.h"
#include "core/model/detection.h"

namespace PageLens {

/**
 * Object detection with a multimodal model, as in the seed notebook: structured output of
 * `box_2d` [ymin, xmin, ymax, xmax] normalized to 0-1000 plus a label, kept as given and as a
 * normalized rectangle of the page (pixels only where something is drawn).
 */
class ObjectDetector
{
    Q_DECLARE_TR_FUNCTIONS(ObjectDetector)
public:
    explicit ObjectDetector(Provider *provider);

    static QString defaultPrompt();
    static QJsonObject schema();
    static GenerateRequest request(const QByteArray &image, const QString &mimeType, const QString &prompt = {});
    /** Reads {"bounding_boxes": [...]} or a bare array; coordinates are clamped to 0-1000. */
    static Result<QVector<Detection>> fromJson(const QJsonValue &json);

    /** `image` is the encoded image of the whole page exactly as sent. */
    QFuture<Result<QVector<Detection>>> detect(const QByteArray &image, const QString &mimeType, const QString &prompt = {});

private:
    Provider *m_provider;
};

} // namespace PageLens
