// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>

#include "core/model/normalizedrect.h"
#include "core/model/pageref.h"

namespace PageLens {

/** The score and rank (1-based) one retrieval signal gave a hit. */
struct SignalScore {
    double score = 0;
    int rank = 0;
};

/** A page found by a query, with why it was found. */
struct SearchHit {
    qint64 pageId = 0;
    PageRef ref;
    QString path;
    double score = 0;                       // fused score (higher is better)
    QString snippet;                        // matched terms wrapped in [ and ]
    QString caption;                        // excerpt of the model caption, when there is one
    QVector<NormalizedRect> boxes;          // matched words
    QSizeF pageSize;                        // page points (72 dpi), as displayed
    QMap<QString, SignalScore> signalScores;   // "bm25", "dense", ...
    // The page has only some of the query's words (listed below); such pages follow those with all.
    bool partialMatch = false;
    QStringList matchedTerms;               // the query terms found on the page, as written in the query
    bool captionOnly = false;               // the words were found in the model caption, not on the page
};

} // namespace PageLens
