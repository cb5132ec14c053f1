// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "core/retrieval/retrievalsignal.h"

namespace PageLens {

class Catalog;

/**
 * Pages whose detected objects' labels match the query (FTS5 over the labels with the page text's
 * Porter stemming, so "dogs" finds "dog"); the hit's boxes are the matching objects' boxes.
 * A page scores the sum of its matching objects' BM25 scores: more and closer matches rank higher.
 */
class ObjectSignal : public RetrievalSignal
{
public:
    explicit ObjectSignal(std::shared_ptr<Catalog> catalog);
    QString name() const override;
    Result<QVector<SearchHit>> search(const QString &query, int k) const override;

private:
    std::shared_ptr<Catalog> m_catalog;
};

} // namespace PageLens
