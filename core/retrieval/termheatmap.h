// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSizeF>

#include "core/model/word.h"
#include "core/retrieval/queryheatmaps.h"

namespace PageLens {

/**
 * The heatmap without a model ("term matches"): where the query's words are on the page, from the
 * word boxes of the text or OCR layer, each match weighted by its term's rarity (BM25's IDF), so a
 * rare word outweighs a common one. The grid has kColumns columns and as many square-ish rows as the
 * page's aspect gives; a word adds its weight to the cells it covers, in proportion to the overlap.
 */
class TermHeatmap
{
public:
    static constexpr int kColumns = 32;

    /** BM25's IDF: ln(1 + (pages - withTerm + 0.5) / (withTerm + 0.5)). */
    static double idf(int pages, int pagesWithTerm);
    /** `idf` per query word (as LateHeatmap::words gives them); a missing word weighs 1. */
    static QueryHeatmaps compute(const Words &words, QSizeF pageSize, const QStringList &queryWords,
                                 const QHash<QString, double> &idf);
};

} // namespace PageLens
