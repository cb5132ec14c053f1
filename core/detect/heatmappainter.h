// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QImage>

#include "core/model/heatmap.h"

namespace PageLens {

/** Draws a heatmap over a page image (colour-mapped, smoothed overlay) with a legend strip below; no widgets needed. */
class HeatmapPainter
{
public:
    /** `label` goes in the legend (e.g. "late: invoice total" or "term matches: invoice"). */
    static QImage paint(const QImage &page, const Heatmap &map, const QString &label);
    /** The colour of a value in [0,1]: dark blue through cyan, yellow, to red (a "turbo"-like ramp). */
    static QColor colour(float value);
};

} // namespace PageLens
