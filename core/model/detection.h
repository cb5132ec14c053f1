// SPDX-License-Identifier: MIT
#pragma once

#include <array>

#include <QRect>
#include <QString>

namespace PageLens {

/** One object a model found in an image. */
struct Detection {
    QString label;
    std::array<int, 4> box2d{};   // as the model gave it: [ymin, xmin, ymax, xmax] in 0-1000
    QRect box;                    // in pixels of the image as it was sent

    bool operator==(const Detection &) const = default;
};

} // namespace PageLens
