// SPDX-License-Identifier: MIT
#include "core/retrieval/bm25signal.h"

#include "core/retrieval/textsearch.h"

namespace PageLens {

Bm25Signal::Bm25Signal(std::shared_ptr<Catalog> catalog)
    : m_catalog(std::move(catalog))
{
}

QString Bm25Signal::name() const
{
    return QStringLiteral("bm25");
}

Result<QVector<SearchHit>> Bm25Signal::search(const QString &query, int k) const
{
    return TextSearch(m_catalog).search(query, k);
}

} // namespace PageLens
