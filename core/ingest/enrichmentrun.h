// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include "core/common/result.h"
#include "core/ingest/enricher.h"

namespace PageLens {

class Library;

/**
 * One enrichment run, the same for the GUI and the CLI: the library's page vector index is opened
 * for the run's dimension, every embedded batch is added to it as it arrives, and it is saved at
 * the end, also after a stop or a failure, so whatever was committed is searchable.
 */
class EnrichmentRun
{
public:
    using Problem = std::function<void(const Error &error)>;

    /** Runs `enricher` (already configured with the provider and options) on `library`. */
    static Result<EnrichSummary> run(Library &library, Enricher &enricher, int dimensions, const Problem &onIndexProblem = {});
};

} // namespace PageLens
