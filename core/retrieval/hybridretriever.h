// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <memory>

#include <QStringList>
#include <QVector>

#include "core/common/result.h"
#include "core/model/searchhit.h"

namespace PageLens {

class Catalog;

/** A page id and its score from one signal. */
struct ScoredPage {
    qint64 pageId = 0;
    double score = 0;
};

/**
 * Runs every signal the library has (BM25 over text, OCR and captions; dense cosine over page
 * embeddings) and fuses them by weighted reciprocal rank. Each hit keeps its per-signal score and
 * rank so the GUI and --json can say why a page was found.
 */
class HybridRetriever
{
public:
    struct Weights {
        double bm25 = 1.0;
        double dense = 1.0;
        int rrfK = 60;           // the usual RRF constant: dampens the head of each list
        int candidates = 50;     // per signal, before fusion
    };
    /** Dense search for a query (embeds it and searches the index); empty function = no dense signal. */
    using DenseSearch = std::function<Result<QVector<ScoredPage>>(const QString &query, int k)>;

    HybridRetriever(std::shared_ptr<Catalog> catalog, DenseSearch dense, Weights weights);
    HybridRetriever(std::shared_ptr<Catalog> catalog, DenseSearch dense);

    /** `signalNames` restricts the signals ("bm25", "dense"); empty = all available. */
    Result<QVector<SearchHit>> search(const QString &query, int k, const QStringList &signalNames = {}) const;
    QStringList availableSignals() const;

private:
    Result<SearchHit> hitForPage(qint64 pageId) const;

    std::shared_ptr<Catalog> m_catalog;
    DenseSearch m_dense;
    Weights m_weights;
};

} // namespace PageLens
