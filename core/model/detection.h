// SPDX-License-Identifier: MIT
#pragma once

#include <array>

#include <QByteArray>
#include <QDateTime>
#include <QRect>
#include <QSize>
#include <QString>

#include "core/model/normalizedrect.h"

namespace PageLens {

/** One object a model found on a page or image. */
struct Detection {
    QString label;
    std::array<int, 4> box2d{};   // as the model gave it: [ymin, xmin, ymax, xmax] in 0-1000
    NormalizedRect box;           // the same box on the page as displayed, [0,1]: any render size maps onto it
    QByteArray mask;              // Gemini 2.5 segmentation: a PNG probability map covering `box`, when given
    // Where it came from, once stored in a library.
    QString model;
    QString prompt;
    QDateTime detectedAt;

    /** The box in pixels of an image of `size` (e.g. the image sent, or a rendered page), edges floored. */
    QRect pixelBox(const QSize &size) const
    {
        return QRect(QPoint(int(box.left * size.width()), int(box.top * size.height())),
                     QPoint(int(box.right * size.width()) - 1, int(box.bottom * size.height()) - 1));
    }
    bool operator==(const Detection &) const = default;
};

} // namespace PageLens
