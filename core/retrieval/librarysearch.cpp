// SPDX-License-Identifier: MIT
#include "core/retrieval/librarysearch.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QSet>

#include "core/library/catalog.h"
#include "core/library/latepatchindex.h"
#include "core/library/library.h"
#include "core/llm/lateinteractionclient.h"
#include "core/retrieval/bm25signal.h"
#include "core/retrieval/densesignal.h"
#include "core/retrieval/latesignal.h"
#include "core/retrieval/objectsignal.h"

namespace PageLens {

LibrarySearch::LibrarySearch(std::shared_ptr<Library> library)
    : m_library(std::move(library))
{
}

QStringList LibrarySearch::knownSignals()
{
    return {QStringLiteral("bm25"), QStringLiteral("dense"), QStringLiteral("late"), QStringLiteral("objects")};
}

Result<FusionWeights> LibrarySearch::parseWeights(const QString &text)
{
    FusionWeights weights;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = item.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const double value = item.section(QLatin1Char('='), 1).toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < 0 || !knownSignals().contains(name))
            return fail(Error::Code::InvalidArgument,
                        QCoreApplication::translate("PageLens", "--weights takes a list such as bm25=1,dense=0.5 (signals: %1).")
                            .arg(knownSignals().join(QStringLiteral(", "))));
        weights.perSignal.insert(name, value);
    }
    return weights;
}

Result<SearchResult> LibrarySearch::search(const QString &query, int k, const SearchOptions &given) const
{
    SearchOptions options = given;
    if (options.offlineOnly) {
        QStringList offline{QStringLiteral("bm25")};
        auto detected = m_library->catalog()->hasDetections();
        if (!detected)
            return tl::unexpected(detected.error());
        if (*detected)
            offline << QStringLiteral("objects");
        options.signalNames = options.signalNames.isEmpty()
                                  ? offline
                                  : QStringList(QSet<QString>(options.signalNames.begin(), options.signalNames.end())
                                                    .intersect(QSet<QString>(offline.begin(), offline.end()))
                                                    .values());
        if (options.signalNames.isEmpty())
            options.signalNames = {QStringLiteral("bm25")};
    }
    if (!options.filter.restricts() && options.filter.sort == SearchFilter::Sort::Relevance)
        return searchSignals(query, k, options);

    // Filtered: rank a deeper list, keep the documents the filter accepts, then order them.
    auto documents = m_library->documents();
    if (!documents)
        return tl::unexpected(documents.error());
    QHash<QString, DocumentInfo> byPath;
    for (const DocumentInfo &document : std::as_const(*documents))
        byPath.insert(document.path, document);
    auto found = searchSignals(query, options.filter.restricts() ? std::max(k * 8, 400) : k, options);
    if (!found)
        return found;
    found->hits.erase(std::remove_if(found->hits.begin(), found->hits.end(),
                                     [&](const SearchHit &hit) {
                                         const auto document = byPath.constFind(hit.path);
                                         return document == byPath.cend() || !options.filter.accepts(*document);
                                     }),
                      found->hits.end());
    if (found->hits.size() > k)
        found->hits.resize(k);
    options.filter.sortHits(found->hits, byPath);
    return found;
}

Result<SearchResult> LibrarySearch::searchSignals(const QString &query, int k, const SearchOptions &options) const
{
    HybridRetriever::Signals signalList{std::make_shared<Bm25Signal>(m_library->catalog())};
    QMap<QString, Error> unavailable;

    auto model = m_library->embeddingModel();
    if (!model)
        return tl::unexpected(model.error());
    const QString dense = QStringLiteral("dense");
    const bool denseWanted = options.signalNames.isEmpty() || options.signalNames.contains(dense);
    if (!model->isEmpty() && denseWanted) {
        // Recorded as "model/dimensions" with the first stored vectors.
        const QString modelId = model->section(QLatin1Char('/'), 0, -2);
        const int dim = model->section(QLatin1Char('/'), -1).toInt();
        auto vectors = m_library->vectors(dim);
        if (!vectors) {
            unavailable.insert(dense, vectors.error());
        } else if (!options.provider) {
            unavailable.insert(dense, options.providerProblem.value_or(Error(
                Error::Code::InvalidKey,
                QCoreApplication::translate("PageLens", "No model service is set up to embed the query (set a key or a local server)."))));
        } else {
            signalList << std::make_shared<DenseSignal>(options.provider, modelId == QLatin1String("default") ? QString() : modelId,
                                                        dim, *vectors, options.serviceDeadline);
        }
    }

    const QString late = QStringLiteral("late");
    const bool lateNamed = options.signalNames.contains(late);
    if (options.signalNames.isEmpty() || lateNamed) {
        auto patches = m_library->latePatches();
        if (!patches) {
            unavailable.insert(late, patches.error());
        } else if ((*patches)->pageCount() == 0) {
            if (lateNamed)
                unavailable.insert(late, Error(Error::Code::NotFound, QCoreApplication::translate(
                    "PageLens", "No page of this library was embedded by a late-interaction server (index with --late-url and --late-model).")));
        } else if (!options.late) {
            unavailable.insert(late, options.lateProblem.value_or(Error(
                Error::Code::InvalidArgument,
                QCoreApplication::translate("PageLens", "No late-interaction server is set up to embed the query (--late-url, --late-model)."))));
        } else if (options.late->config().model != (*patches)->model()) {
            unavailable.insert(late, Error(Error::Code::Mismatch, QCoreApplication::translate(
                "PageLens", "The library's page vectors were made with %1, but the late-interaction server is set up for %2.")
                .arg((*patches)->model(), options.late->config().model)));
        } else {
            signalList << std::make_shared<LateSignal>(options.late, *patches, options.serviceDeadline);
        }
    }

    // Objects when the library has detections, or when asked for by name (then an empty answer).
    const QString objects = QStringLiteral("objects");
    auto detected = m_library->catalog()->hasDetections();
    if (!detected)
        return tl::unexpected(detected.error());
    if (options.signalNames.contains(objects) || (*detected && options.signalNames.isEmpty()))
        signalList << std::make_shared<ObjectSignal>(m_library->catalog());
    return HybridRetriever(m_library->catalog(), signalList, options.weights, unavailable)
        .search(query, k, options.signalNames);
}

} // namespace PageLens
