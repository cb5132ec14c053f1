// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "core/retrieval/retrievalsignal.h"

namespace PageLens {

class Catalog;

/** BM25 over page text, OCR and captions (TextSearch): works offline, always. */
class Bm25Signal : public RetrievalSignal
{
public:
    explicit Bm25Signal(std::shared_ptr<Catalog> catalog);
    QString name() const override;
    Result<QVector<SearchHit>> search(const QString &query, int k) const override;

private:
    std::shared_ptr<Catalog> m_catalog;
};

} // namespace PageLens
