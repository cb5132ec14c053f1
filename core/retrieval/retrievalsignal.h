// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVector>

#include "core/common/result.h"
#include "core/model/searchhit.h"

namespace PageLens {

/**
 * One way of ranking pages for a query (BM25, dense, ...). A signal answers with pages best first:
 * each hit has its page id and the signal's score; a signal that knows where on the page it
 * matched also fills `boxes` (and `snippet`). Fusion fills the rest of the hit from the catalog.
 */
class RetrievalSignal
{
public:
    virtual ~RetrievalSignal() = default;
    virtual QString name() const = 0;
    virtual Result<QVector<SearchHit>> search(const QString &query, int k) const = 0;
};

} // namespace PageLens
