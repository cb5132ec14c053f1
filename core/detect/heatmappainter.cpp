// SPDX-License-Identifier: MIT
#include "core/detect/heatmappainter.h"

#include <algorithm>
#include <array>

#include <QPainter>

#include "core/detect/detectionpainter.h"

namespace PageLens {

QColor HeatmapPainter::colour(float value)
{
    static constexpr std::array<std::array<int, 3>, 5> stops{{{48, 18, 59}, {40, 160, 230}, {120, 250, 120}, {250, 200, 40}, {200, 30, 10}}};
    const float v = std::clamp(value, 0.0f, 1.0f) * float(stops.size() - 1);
    const int i = std::min(int(v), int(stops.size()) - 2);
    const float t = v - float(i);
    auto mix = [&](int channel) { return int(stops[i][channel] * (1 - t) + stops[i + 1][channel] * t); };
    return QColor(mix(0), mix(1), mix(2));
}

QImage HeatmapPainter::paint(const QImage &page, const Heatmap &map, const QString &label)
{
    const int legendHeight = std::max(28, page.height() / 20);
    QImage out(page.width(), page.height() + legendHeight, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawImage(0, 0, page);
    if (map.isValid()) {
        // One pixel per cell, alpha growing with the value, scaled up smoothly over the page.
        QImage cells(map.columns, map.rows, QImage::Format_ARGB32);
        for (int r = 0; r < map.rows; ++r)
            for (int c = 0; c < map.columns; ++c) {
                QColor colour = HeatmapPainter::colour(map.at(c, r));
                colour.setAlphaF(0.6 * map.at(c, r));   // cold cells leave the page as it is
                cells.setPixelColor(c, r, colour);
            }
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRect(0, 0, page.width(), page.height()), cells);
    }
    // Legend: the colour ramp from 0 to 1 and the label.
    const int rampWidth = std::min(page.width() / 3, 256);
    for (int x = 0; x < rampWidth; ++x)
        painter.fillRect(QRect(4 + x, page.height() + 4, 1, legendHeight - 8), colour(float(x) / float(std::max(1, rampWidth - 1))));
    painter.end();
    const int scale = std::max(1, (legendHeight - 8) / 9);
    DetectionPainter::drawPixelText(out, QPoint(rampWidth + 12, page.height() + (legendHeight - 5 * scale) / 2),
                                    QStringLiteral("0-1  ") + label, scale, Qt::black);
    return out;
}

} // namespace PageLens
