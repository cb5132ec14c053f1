// SPDX-License-Identifier: MIT
#include "core/retrieval/hybridretriever.h"

#include <algorithm>
#include <optional>

#include <QCoreApplication>

#include "core/library/catalog.h"

namespace PageLens {

HybridRetriever::HybridRetriever(std::shared_ptr<Catalog> catalog, Signals signalList, FusionWeights weights,
                                 QMap<QString, Error> unavailable)
    : m_catalog(std::move(catalog))
    , m_signals(std::move(signalList))
    , m_weights(std::move(weights))
    , m_unavailable(std::move(unavailable))
{
}

QStringList HybridRetriever::availableSignals() const
{
    QStringList names;
    for (const auto &signal : m_signals)
        names << signal->name();
    for (auto it = m_unavailable.cbegin(); it != m_unavailable.cend(); ++it)
        if (!names.contains(it.key()))
            names << it.key();
    return names;
}

Result<SearchHit> HybridRetriever::hitForPage(qint64 pageId) const
{
    auto page = m_catalog->pageById(pageId);
    if (!page)
        return tl::unexpected(page.error());
    auto doc = m_catalog->document(page->ref.documentId);
    if (!doc)
        return tl::unexpected(doc.error());
    SearchHit hit;
    hit.pageId = pageId;
    hit.ref = page->ref;
    hit.path = doc->path;
    hit.pageSize = page->size;
    hit.caption = page->caption.left(300);
    const QString source = page->caption.isEmpty() ? page->text.text : page->caption;
    hit.snippet = source.simplified().left(160);
    return hit;
}

Result<SearchResult> HybridRetriever::search(const QString &query, int k, const QStringList &signalNames) const
{
    const QStringList available = availableSignals();
    const QStringList wanted = signalNames.isEmpty() ? available : signalNames;
    for (const QString &name : wanted) {
        if (!available.contains(name))
            return fail(Error::Code::InvalidArgument,
                        QCoreApplication::translate("PageLens", "The signal \"%1\" is not available in this library (available: %2).")
                            .arg(name, available.join(QStringLiteral(", "))));
    }
    // Fusion needs deeper lists than it returns; a single signal needs only k.
    const int candidates = wanted.size() > 1 ? std::max(k, m_weights.candidates) : k;

    SearchResult result;
    std::optional<Error> firstFailure;
    int answered = 0;
    QHash<qint64, SearchHit> hits;
    QHash<qint64, double> fused;
    bool partialText = false;   // the text list ran out of pages with every word: pages only other signals found lack some
    for (const QString &name : wanted) {
        if (m_unavailable.contains(name)) {
            firstFailure = firstFailure.value_or(m_unavailable.value(name));
            result.skipped.insert(name, m_unavailable.value(name).message);
            continue;
        }
        const auto signal = *std::find_if(m_signals.cbegin(), m_signals.cend(), [&](const auto &s) { return s->name() == name; });
        auto ranked = signal->search(query, candidates);
        if (!ranked) {
            firstFailure = firstFailure.value_or(ranked.error());
            result.skipped.insert(name, ranked.error().message);
            continue;
        }
        ++answered;
        for (int i = 0; i < ranked->size(); ++i) {
            const SearchHit &found = ranked->at(i);
            auto it = hits.find(found.pageId);
            if (it == hits.end()) {
                SearchHit hit = found;
                if (hit.path.isEmpty()) {   // the signal knows only the page: the catalog says the rest
                    auto detailed = hitForPage(found.pageId);
                    if (!detailed)
                        continue;   // a vector whose page left the library since its index was saved
                    hit = *detailed;
                    hit.boxes = found.boxes;
                    hit.partialMatch = partialText;
                }
                hit.signalScores.clear();
                it = hits.insert(found.pageId, hit);
            } else {
                it->boxes += found.boxes;
            }
            it->signalScores.insert(name, {found.score, i + 1});
            if (name == QLatin1String("bm25"))
                partialText = found.partialMatch;
            fused[found.pageId] += m_weights.weight(name) / (m_weights.rrfK + i + 1);
        }
    }
    if (answered == 0 && firstFailure)
        return tl::unexpected(*firstFailure);

    // BM25 alone keeps its own score (users read it); otherwise hits carry the fused one.
    const bool single = answered == 1 && wanted == QStringList{QStringLiteral("bm25")};
    result.hits.reserve(hits.size());
    for (auto it = hits.begin(); it != hits.end(); ++it) {
        it->score = single ? it->signalScores.first().score : fused.value(it.key());
        result.hits << *it;
    }
    std::sort(result.hits.begin(), result.hits.end(), [&](const SearchHit &a, const SearchHit &b) {
        const double fa = fused.value(a.pageId), fb = fused.value(b.pageId);
        return fa != fb ? fa > fb : a.pageId < b.pageId;
    });
    if (result.hits.size() > k)
        result.hits.resize(k);
    return result;
}

} // namespace PageLens
