// SPDX-License-Identifier: MIT
#include "ui/viewer/heatmaplayer.h"

#include <numeric>

#include <QGraphicsPixmapItem>
#include <QImage>
#include <QPen>
#include <QPixmap>

#include "core/detect/heatmappainter.h"

namespace PageLens {

namespace {

constexpr int kMaxAlpha = 190;   // the strongest cell still lets the page show through

} // namespace

HeatmapLayer::HeatmapLayer(QGraphicsItem *parent)
    : QGraphicsRectItem(parent)
    , m_image(new QGraphicsPixmapItem(this))
{
    setPen(Qt::NoPen);
    setZValue(0.5);   // under the boxes, over the page image
    m_image->setTransformationMode(Qt::SmoothTransformation);
    m_image->setShapeMode(QGraphicsPixmapItem::BoundingRectShape);   // hovering anywhere on the map shows its tooltip
}

void HeatmapLayer::clear()
{
    m_map = {};
    m_image->setPixmap({});
    m_image->setToolTip({});
    setRect({});
}

void HeatmapLayer::setHeatmap(const Heatmap &map, const QSizeF &pageSize, const QString &label)
{
    clear();
    if (!map.isValid() || pageSize.isEmpty())
        return;
    m_map = map;
    QImage image(map.columns, map.rows, QImage::Format_ARGB32_Premultiplied);
    for (int row = 0; row < map.rows; ++row) {
        for (int column = 0; column < map.columns; ++column) {
            const float value = std::clamp(map.at(column, row), 0.0f, 1.0f);
            QColor colour = HeatmapPainter::colour(value);
            colour.setAlpha(int(value * kMaxAlpha));
            image.setPixelColor(column, row, colour);
        }
    }
    m_image->setPixmap(QPixmap::fromImage(image));
    m_image->setTransform(QTransform::fromScale(pageSize.width() / map.columns, pageSize.height() / map.rows));
    setRect(QRectF(QPointF(0, 0), pageSize));
    QStringList lines{label};
    lines << strongestRegions(map, 3);
    m_image->setToolTip(lines.join(QLatin1Char('\n')));
}

QStringList HeatmapLayer::strongestRegions(const Heatmap &map, int count)
{
    if (!map.isValid())
        return {};
    QVector<qsizetype> order(map.cells.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return map.cells[a] > map.cells[b]; });
    QStringList regions;
    for (qsizetype i = 0; i < std::min<qsizetype>(count, order.size()) && map.cells[order[i]] > 0; ++i) {
        const NormalizedRect cell = map.cell(int(order[i] % map.columns), int(order[i] / map.columns));
        regions << tr("%1 at x %2–%3, y %4–%5 of the page")
                       .arg(map.cells[order[i]], 0, 'f', 2)
                       .arg(cell.left, 0, 'f', 2).arg(cell.right, 0, 'f', 2)
                       .arg(cell.top, 0, 'f', 2).arg(cell.bottom, 0, 'f', 2);
    }
    return regions;
}

} // namespace PageLens
