// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>
#include <QSizeF>

namespace PageLens {

/** A rectangle in [0,1] page space (Okular's habit): survives any zoom or render size. */
struct NormalizedRect {
    double left = 0;
    double top = 0;
    double right = 0;
    double bottom = 0;

    bool isValid() const { return right > left && bottom > top; }
    QRectF toRect(const QSizeF &size) const
    {
        return QRectF(left * size.width(), top * size.height(), (right - left) * size.width(),
                      (bottom - top) * size.height());
    }
    static NormalizedRect fromRect(const QRectF &rect, const QSizeF &size)
    {
        if (size.isEmpty())
            return {};
        return {rect.left() / size.width(), rect.top() / size.height(), rect.right() / size.width(),
                rect.bottom() / size.height()};
    }
    NormalizedRect united(const NormalizedRect &o) const
    {
        return {std::min(left, o.left), std::min(top, o.top), std::max(right, o.right), std::max(bottom, o.bottom)};
    }
    bool operator==(const NormalizedRect &) const = default;
};

} // namespace PageLens
