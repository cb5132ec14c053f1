// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QVector>

#include "core/common/result.h"
#include "core/model/searchhit.h"

namespace PageLens {

class Catalog;

/**
 * BM25 over page text, OCR and captions (SQLite FTS5); each hit carries the boxes of its matched
 * words. Queries in Chinese, Japanese or Korean go to a trigram index (substring matches).
 */
class TextSearch
{
public:
    explicit TextSearch(std::shared_ptr<Catalog> catalog);

    /** Up to `k` pages, best first; `score` is -bm25 (higher is better). */
    Result<QVector<SearchHit>> search(const QString &query, int k) const;

private:
    Result<QVector<SearchHit>> substringSearch(const QString &query, int k) const;

    std::shared_ptr<Catalog> m_catalog;
};

} // namespace PageLens
