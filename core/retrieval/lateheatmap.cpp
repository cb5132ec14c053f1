// SPDX-License-Identifier: MIT
#include "core/retrieval/lateheatmap.h"

#include <limits>

#include <QBuffer>
#include <QCoreApplication>

#include "core/ingest/lateembedder.h"
#include "core/llm/futureresult.h"
#include "core/llm/lateinteractionclient.h"
#include "core/media/pagesource.h"
#include "core/retrieval/querytokens.h"

namespace PageLens {

QStringList LateHeatmap::words(const QString &query)
{
    QStringList words;
    for (const QString &token : QueryTokens::tokenize(query))
        if (!words.contains(token))
            words << token;
    return words;
}

Result<QueryHeatmaps> LateHeatmap::compute(const MultiVector &page, const PatchGrid &grid, const QStringList &words,
                                           const QVector<MultiVector> &wordVectors)
{
    if (!grid.hasGrid())
        return fail(Error::Code::Unsupported,
                    QCoreApplication::translate("PageLens", "Heatmaps are not available for this model: its patch grid is not known."));
    if (words.size() != wordVectors.size() || words.isEmpty())
        return fail(Error::Code::InvalidArgument, QCoreApplication::translate("PageLens", "The query has no words to map."));
    auto patches = LateEmbedder::patchRows(page, grid);
    if (!patches)
        return tl::unexpected(patches.error());
    const int dim = page.dim;
    QueryHeatmaps maps;
    maps.tokens = words;
    for (const MultiVector &word : wordVectors) {
        if (word.dim != dim)
            return fail(Error::Code::BadResponse,
                        QCoreApplication::translate("PageLens", "The query and page vectors differ in width (%1, %2).").arg(word.dim).arg(dim));
        Heatmap map;
        map.columns = grid.columns();
        map.rows = grid.rows();
        map.cells = QVector<float>(grid.patchCount(), -std::numeric_limits<float>::infinity());
        for (int p = 0; p < grid.patchCount(); ++p) {
            const float *patch = patches->data() + qsizetype(p) * dim;
            for (int r = 0; r < word.rows; ++r) {
                const float *q = word.row(r);
                float sum = 0;
                for (int d = 0; d < dim; ++d)
                    sum += q[d] * patch[d];
                map.cells[p] = std::max(map.cells[p], sum);
            }
        }
        maps.perToken << map;
    }
    maps.finish(QStringLiteral("late"));
    return maps;
}

Result<QueryHeatmaps> LateHeatmap::forPage(LateInteractionClient &client, PageSource &source, int page, const QString &query)
{
    const QStringList queryWords = words(query);
    if (queryWords.isEmpty())
        return fail(Error::Code::InvalidArgument, QCoreApplication::translate("PageLens", "The query has no words to map."));
    const PatchGrid grid = PatchGrid::forPage(PatchGrid::familyOf(client.config().model), source.pageSize(page));
    if (!grid.hasGrid())
        return fail(Error::Code::Unsupported,
                    QCoreApplication::translate("PageLens", "Heatmaps are not available for %1: its patch grid is not known.").arg(client.config().model));
    auto image = LateEmbedder::modelInput(source, page, grid);
    if (!image)
        return tl::unexpected(image.error());
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image->save(&buffer, "PNG");
    auto pageVectors = awaitResult(client.embedImages({png}, QStringLiteral("image/png")));
    if (!pageVectors)
        return tl::unexpected(pageVectors.error());
    auto wordVectors = awaitResult(client.embedTexts(queryWords));
    if (!wordVectors)
        return tl::unexpected(wordVectors.error());
    return compute(pageVectors->first(), grid, queryWords, *wordVectors);
}

} // namespace PageLens
