// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QVector>

#include "core/model/detection.h"

namespace PageLens {

/** Draws detections (boxes and labels) onto an image with QPainter; no widgets needed. */
class DetectionPainter
{
public:
    /**
     * Draws onto `image` of the page the detections were found on, at whatever size it was
     * rendered: boxes, labels, and the outline of a segmentation mask when there is one.
     */
    static QImage paint(const QImage &image, const QVector<Detection> &detections);

    /** Labels without a QGuiApplication (the CLI): fonts need one, so a built-in 3x5 pixel font is used. */
    static void drawPixelText(QImage &image, QPoint topLeft, const QString &text, int scale, QColor color);

private:
    static void drawMaskOutline(QImage &canvas, const Detection &detection);
};

} // namespace PageLens
