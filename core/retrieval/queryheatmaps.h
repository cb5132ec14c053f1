// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QVector>

#include "core/model/heatmap.h"

namespace PageLens {

/** A query's heatmaps on one page: one map per query word and the combined map (per cell, the maximum over the words). */
struct QueryHeatmaps {
    Heatmap combined;
    QStringList tokens;
    QVector<Heatmap> perToken;   // in the order of `tokens`

    /** Min–max scales every map to [0,1] (a flat map becomes all zeros) and builds `combined` from the scaled maps. */
    void finish(const QString &source);
};

} // namespace PageLens
