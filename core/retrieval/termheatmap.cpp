// SPDX-License-Identifier: MIT
#include "core/retrieval/termheatmap.h"

#include <algorithm>
#include <cmath>

#include "core/retrieval/querytokens.h"

namespace PageLens {

double TermHeatmap::idf(int pages, int pagesWithTerm)
{
    return std::log(1.0 + (pages - pagesWithTerm + 0.5) / (pagesWithTerm + 0.5));
}

QueryHeatmaps TermHeatmap::compute(const Words &words, QSizeF pageSize, const QStringList &queryWords,
                                   const QHash<QString, double> &idf)
{
    const double aspect = pageSize.width() > 0 ? pageSize.height() / pageSize.width() : 1.0;
    const int columns = kColumns;
    const int rows = std::clamp(int(std::lround(kColumns * aspect)), 1, 4 * kColumns);
    QueryHeatmaps maps;
    maps.tokens = queryWords;
    for (const QString &term : queryWords) {
        Heatmap map;
        map.columns = columns;
        map.rows = rows;
        map.cells = QVector<float>(qsizetype(columns) * rows, 0.0f);
        const float weight = float(idf.value(term, 1.0));
        for (const Word &word : words) {
            if (!QueryTokens::tokenize(word.text).contains(term))
                continue;
            const NormalizedRect &box = word.box;
            const int c0 = std::clamp(int(box.left * columns), 0, columns - 1), c1 = std::clamp(int(box.right * columns), 0, columns - 1);
            const int r0 = std::clamp(int(box.top * rows), 0, rows - 1), r1 = std::clamp(int(box.bottom * rows), 0, rows - 1);
            for (int r = r0; r <= r1; ++r)
                for (int c = c0; c <= c1; ++c) {
                    const NormalizedRect cell = map.cell(c, r);
                    const double w = std::max(0.0, std::min(box.right, cell.right) - std::max(box.left, cell.left));
                    const double h = std::max(0.0, std::min(box.bottom, cell.bottom) - std::max(box.top, cell.top));
                    map.cells[qsizetype(r) * columns + c] += weight * float(w * h * columns * rows);
                }
        }
        maps.perToken << map;
    }
    maps.finish(QStringLiteral("term matches"));
    return maps;
}

} // namespace PageLens
