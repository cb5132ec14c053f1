// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/result.h"
#include "core/llm/lateinteractioncodec.h"
#include "core/llm/patchgrid.h"
#include "core/retrieval/queryheatmaps.h"

namespace PageLens {

class LateInteractionClient;
class PageSource;

/**
 * Where on a page a late-interaction model matched a query. The server returns vectors, not token
 * strings, so each query word is embedded alone as a query: the word's map holds, per patch, the
 * best dot product of any of its query vectors with the patch (its MaxSim contribution), laid on
 * the model's PatchGrid. Maps are min–max scaled; the combined map is the maximum over the words.
 */
class LateHeatmap
{
public:
    /** The query's words (FTS tokens), each once, in order. */
    static QStringList words(const QString &query);
    /** From the page's answer and one embedding per word; Unsupported when the model has no known grid. */
    static Result<QueryHeatmaps> compute(const MultiVector &page, const PatchGrid &grid, const QStringList &words,
                                         const QVector<MultiVector> &wordVectors);
    /** Renders the page for the model, embeds it and the query's words (blocking), computes the maps. */
    static Result<QueryHeatmaps> forPage(LateInteractionClient &client, PageSource &source, int page, const QString &query);
};

} // namespace PageLens
