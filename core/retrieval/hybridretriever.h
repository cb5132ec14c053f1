// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QHash>
#include <QMap>
#include <QStringList>
#include <QVector>

#include "core/common/result.h"
#include "core/model/searchresult.h"
#include "core/retrieval/retrievalsignal.h"

namespace PageLens {

class Catalog;

/** How signals are fused: a weight per signal name (1 when not given) and the RRF constants. */
struct FusionWeights {
    QHash<QString, double> perSignal;
    int rrfK = 60;           // the usual RRF constant: dampens the head of each list
    int candidates = 50;     // per signal, before fusion
    double weight(const QString &signal) const { return perSignal.value(signal, 1.0); }
};

/**
 * Fuses any set of retrieval signals by weighted reciprocal rank. Each hit keeps every signal's
 * score and rank, and the boxes of the signals that know where they matched, so the GUI and --json
 * can say why a page was found. A signal that fails is reported in `skipped` and the others still
 * answer; only when every asked signal fails does the search fail.
 */
class HybridRetriever
{
public:
    using Signals = QVector<std::shared_ptr<const RetrievalSignal>>;

    /** `unavailable`: signals the library has but cannot run now (no key...), with the reason. */
    HybridRetriever(std::shared_ptr<Catalog> catalog, Signals signalList, FusionWeights weights = {},
                    QMap<QString, Error> unavailable = {});

    /** Names of every signal this retriever knows, runnable or not. */
    QStringList availableSignals() const;
    /** `signalNames` restricts the signals; empty = all available. An unknown name is an InvalidArgument error. */
    Result<SearchResult> search(const QString &query, int k, const QStringList &signalNames = {}) const;

private:
    Result<SearchHit> hitForPage(qint64 pageId) const;

    std::shared_ptr<Catalog> m_catalog;
    Signals m_signals;
    FusionWeights m_weights;
    QMap<QString, Error> m_unavailable;
};

} // namespace PageLens
