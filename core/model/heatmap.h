// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QString>
#include <QVector>

#include "core/model/normalizedrect.h"

namespace PageLens {

/**
 * Where on a page a query matched, as a grid of cells laid over the page as displayed (after
 * /Rotate): `columns` x `rows` cells, row-major values in [0,1]. Late interaction fills it from
 * patch scores; without a model it comes from term matches (`source` says which).
 */
struct Heatmap {
    int columns = 0;
    int rows = 0;
    QVector<float> cells;      // row-major, columns * rows values
    QString source;            // e.g. "late" or "term matches"

    bool isValid() const { return columns > 0 && rows > 0 && cells.size() == qsizetype(columns) * rows; }
    float at(int column, int row) const { return cells.at(qsizetype(row) * columns + column); }
    /** The page rectangle a cell covers. */
    NormalizedRect cell(int column, int row) const
    {
        return {double(column) / columns, double(row) / rows, double(column + 1) / columns, double(row + 1) / rows};
    }
    /** The centre of the strongest cell, as a normalized page position. */
    QPointF peak() const
    {
        qsizetype best = 0;
        for (qsizetype i = 1; i < cells.size(); ++i)
            if (cells.at(i) > cells.at(best))
                best = i;
        return isValid() ? QPointF((best % columns + 0.5) / columns, (best / columns + 0.5) / rows) : QPointF();
    }
};

} // namespace PageLens
