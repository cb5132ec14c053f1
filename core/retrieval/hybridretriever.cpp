// SPDX-License-Identifier: MIT
#include "core/retrieval/hybridretriever.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>

#include "core/library/catalog.h"
#include "core/retrieval/textsearch.h"

namespace PageLens {

namespace {
const QString bm25Name = QStringLiteral("bm25");
const QString denseName = QStringLiteral("dense");
} // namespace

HybridRetriever::HybridRetriever(std::shared_ptr<Catalog> catalog, DenseSearch dense, Weights weights)
    : m_catalog(std::move(catalog))
    , m_dense(std::move(dense))
    , m_weights(weights)
{
}

HybridRetriever::HybridRetriever(std::shared_ptr<Catalog> catalog, DenseSearch dense)
    : HybridRetriever(std::move(catalog), std::move(dense), Weights{})
{
}

QStringList HybridRetriever::availableSignals() const
{
    return m_dense ? QStringList{bm25Name, denseName} : QStringList{bm25Name};
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

Result<QVector<SearchHit>> HybridRetriever::search(const QString &query, int k, const QStringList &signalNames) const
{
    const QStringList wanted = signalNames.isEmpty() ? availableSignals() : signalNames;
    for (const QString &name : wanted) {
        if (!availableSignals().contains(name))
            return fail(Error::Code::InvalidArgument,
                        QCoreApplication::translate("PageLens", "The signal \"%1\" is not available in this library (available: %2).")
                            .arg(name, availableSignals().join(QStringLiteral(", "))));
    }
    // Fusion needs deeper lists than it returns; a single signal needs only k.
    const int candidates = wanted.size() > 1 ? std::max(k, m_weights.candidates) : k;

    QHash<qint64, SearchHit> hits;
    QHash<qint64, double> fused;
    bool partialText = false;   // the text list ran out of pages with every word: dense-only pages lack some
    if (wanted.contains(bm25Name)) {
        auto text = TextSearch(m_catalog).search(query, candidates);
        if (!text)
            return tl::unexpected(text.error());
        for (int i = 0; i < text->size(); ++i) {
            SearchHit hit = text->at(i);
            fused[hit.pageId] += m_weights.bm25 / (m_weights.rrfK + i + 1);
            hits.insert(hit.pageId, hit);
            partialText = hit.partialMatch;
        }
    }
    if (wanted.contains(denseName)) {
        auto dense = m_dense(query, candidates);
        if (!dense)
            return tl::unexpected(dense.error());
        for (int i = 0; i < dense->size(); ++i) {
            const ScoredPage &scored = dense->at(i);
            if (!hits.contains(scored.pageId)) {
                auto hit = hitForPage(scored.pageId);
                if (!hit)
                    continue;   // a vector whose page left the library since the index was saved
                hit->partialMatch = partialText;
                hits.insert(scored.pageId, *hit);
            }
            hits[scored.pageId].signalScores.insert(denseName, {scored.score, i + 1});
            fused[scored.pageId] += m_weights.dense / (m_weights.rrfK + i + 1);
        }
    }

    QVector<SearchHit> result;
    result.reserve(hits.size());
    for (auto it = hits.begin(); it != hits.end(); ++it) {
        it->score = wanted.size() == 1 && wanted.first() == bm25Name ? it->signalScores.value(bm25Name).score
                                                                      : fused.value(it.key());
        result << *it;
    }
    std::sort(result.begin(), result.end(), [&](const SearchHit &a, const SearchHit &b) {
        const double fa = fused.value(a.pageId), fb = fused.value(b.pageId);
        return fa != fb ? fa > fb : a.pageId < b.pageId;
    });
    if (result.size() > k)
        result.resize(k);
    return result;
}

} // namespace PageLens
