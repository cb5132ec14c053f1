// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <memory>
#include <optional>

#include <QStringList>

#include "core/common/result.h"
#include "core/model/searchresult.h"
#include "core/retrieval/hybridretriever.h"
#include "core/retrieval/searchfilter.h"

namespace PageLens {

class LateInteractionClient;
class Library;
class Provider;

/** How to search: which signals with which weights, and the provider that embeds queries. */
struct SearchOptions {
    QStringList signalNames;                    // empty: every signal the library has
    FusionWeights weights;
    Provider *provider = nullptr;               // without one, the dense signal is skipped
    std::optional<Error> providerProblem;       // why there is no provider (no key...), shown as the skip reason
    LateInteractionClient *late = nullptr;      // without one, the late signal is skipped
    std::optional<Error> lateProblem;           // why there is no late-interaction client, shown as the skip reason
    std::chrono::milliseconds serviceDeadline{15000};   // a model-backed signal waits this long, then is skipped
    // Only the signals that need no model service (bm25, objects): for search as you type, which
    // must answer at once and send nothing. Model signals are left out, not reported as skipped.
    bool offlineOnly = false;
    SearchFilter filter;                        // which documents, in what order
};

/**
 * The one place that decides which retrieval signals a library search uses (GUI, CLI, evaluation):
 * BM25 always; dense when the library holds page embeddings (skipped, with the reason, when no
 * model service can embed the query); late when pages were embedded by a late-interaction server
 * (skipped when no server of that model is configured); objects when the library holds detected
 * objects. The signals are fused by HybridRetriever.
 */
class LibrarySearch
{
public:
    explicit LibrarySearch(std::shared_ptr<Library> library);

    /** Every signal name a library can have, for option parsing and help. */
    static QStringList knownSignals();
    /** "bm25=1,dense=0.5": a weight per known signal; an unknown name or a bad number is an error. */
    static Result<FusionWeights> parseWeights(const QString &text);

    Result<SearchResult> search(const QString &query, int k, const SearchOptions &options) const;

private:
    Result<SearchResult> searchSignals(const QString &query, int k, const SearchOptions &options) const;

    std::shared_ptr<Library> m_library;
};

} // namespace PageLens
