// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <QSize>
#include <QVector>

#include "core/common/result.h"
#include "core/llm/provider.h"
#include "core/model/detectionrun.h"

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
    /** At most this many objects are kept from one answer. */
    static constexpr int kMaxObjects = 100;

    /**
     * Reads {"bounding_boxes": [...]} or a bare array. Coordinates outside 0-1000 are clamped,
     * corners the wrong way round swapped, boxes without area dropped, and only the first
     * kMaxObjects kept, each said in the run's notes; a box that is not four numbers and a label
     * is an error (nothing from that answer is kept). A Gemini 2.5 `mask` (base64 PNG) is kept.
     */
    static Result<DetectionRun> fromJson(const QJsonValue &json);

    /** The run from the model's answer to request() with `prompt` (model and prompt filled in). */
    static Result<DetectionRun> fromResponse(const Result<GenerateResponse> &response, const QString &prompt);

    /** `image` is the encoded image of the whole page exactly as sent. */
    QFuture<Result<DetectionRun>> detect(const QByteArray &image, const QString &mimeType, const QString &prompt = {});

private:
    /** The PNG bytes of a segmentation mask, or empty when it is not a readable PNG. */
    static QByteArray decodeMask(const QString &text);

    Provider *m_provider;
};

} // namespace PageLens
