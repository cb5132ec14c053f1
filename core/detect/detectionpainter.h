// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QPainterPath>
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

    /**
     * The outline of a detection's segmentation mask in the coordinates of a page of `pageSize`
     * (points for the viewer, pixels for an image): the object's region (mask above one half)
     * inside the detection's box. Empty without a readable mask.
     */
    static QPainterPath maskOutline(const Detection &detection, const QSizeF &pageSize);

    /** Labels without a QGuiApplication (the CLI): fonts need one, so a built-in 3x5 pixel font is used. */
    static void drawPixelText(QImage &image, QPoint topLeft, const QString &text, int scale, QColor color);
};

} // namespace PageLens
