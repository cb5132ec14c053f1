// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QGraphicsRectItem>
#include <QSizeF>
#include <QStringList>

#include "core/model/heatmap.h"

class QGraphicsPixmapItem;

namespace PageLens {

/**
 * A query heatmap over one page as a scene item in page points: one image pixel per grid cell,
 * colour-mapped (HeatmapPainter's ramp) with the value as its opacity, stretched over the page with
 * smoothing, so it turns and zooms with the page and never touches the page's pixmap.
 */
class HeatmapLayer : public QGraphicsRectItem
{
    Q_DECLARE_TR_FUNCTIONS(HeatmapLayer)
public:
    explicit HeatmapLayer(QGraphicsItem *parent = nullptr);

    /** `label` says what the map is (e.g. "term matches: invoice"); it leads the tooltip. */
    void setHeatmap(const Heatmap &map, const QSizeF &pageSize, const QString &label);
    void clear();
    const Heatmap &heatmap() const { return m_map; }
    QGraphicsPixmapItem *imageItem() const { return m_image; }

    /**
     * The strongest cells as sentences ("0.92 at x 0.41–0.44, y 0.10–0.13 of the page"), strongest
     * first, at most `count`, cells of value 0 left out: the map in words for screen readers.
     */
    static QStringList strongestRegions(const Heatmap &map, int count = 5);

private:
    Heatmap m_map;
    QGraphicsPixmapItem *m_image;
};

} // namespace PageLens
