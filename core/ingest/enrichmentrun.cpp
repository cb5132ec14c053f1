// SPDX-License-Identifier: MIT
#include "core/ingest/enrichmentrun.h"

#include "core/common/log.h"
#include "core/library/library.h"
#include "core/library/pagevectorindex.h"

namespace PageLens {

Result<EnrichSummary> EnrichmentRun::run(Library &library, Enricher &enricher, int dimensions, const Problem &onIndexProblem)
{
    auto vectors = library.vectors(dimensions);
    if (!vectors)
        return tl::unexpected(vectors.error());
    PageVectorIndex *index = *vectors;
    enricher.setEmbeddedCallback([index, onIndexProblem](const QVector<qint64> &ids, const QVector<QVector<float>> &v) {
        if (auto added = index->add(ids, v); !added) {
            log::ingest()->warn("dense index: {}", log::s(added.error().toLogString()));
            if (onIndexProblem)
                onIndexProblem(added.error());
        }
    });
    const Result<EnrichSummary> summary = enricher.run();
    enricher.setEmbeddedCallback({});
    // What was committed is searchable even when the run stopped early.
    if (auto saved = index->save(); !saved) {
        if (onIndexProblem)
            onIndexProblem(saved.error());
        if (summary)
            return tl::unexpected(saved.error());
    }
    return summary;
}

} // namespace PageLens
