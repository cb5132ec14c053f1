// SPDX-License-Identifier: MIT
#include "core/retrieval/queryheatmaps.h"

#include <algorithm>

namespace PageLens {

namespace {

void scale(QVector<float> &cells)
{
    if (cells.isEmpty())
        return;
    const auto [low, high] = std::minmax_element(cells.cbegin(), cells.cend());
    const float min = *low;
    const float range = *high - *low;
    for (float &value : cells)
        value = range > 0 ? (value - min) / range : 0.0f;
}

} // namespace

void QueryHeatmaps::finish(const QString &source)
{
    for (Heatmap &map : perToken) {
        scale(map.cells);
        map.source = source;
    }
    combined.source = source;
    if (perToken.isEmpty())
        return;
    combined.columns = perToken.first().columns;
    combined.rows = perToken.first().rows;
    combined.cells = QVector<float>(perToken.first().cells.size(), 0.0f);
    for (const Heatmap &map : std::as_const(perToken))
        for (qsizetype i = 0; i < map.cells.size(); ++i)
            combined.cells[i] = std::max(combined.cells[i], map.cells[i]);
    scale(combined.cells);
}

} // namespace PageLens
