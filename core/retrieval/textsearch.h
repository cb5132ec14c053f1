// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QVector>

#include "core/common/result.h"
#include "core/model/searchhit.h"

namespace PageLens {

class Catalog;
struct ParsedQuery;

/**
 * BM25 over page text, OCR and captions (SQLite FTS5); each hit carries the boxes of its matched
 * words. The query syntax is QueryParser's: pages need every word; when fewer than k pages have
 * them all, the pages with most of them follow, marked `partialMatch`. Queries in Chinese, Japanese or Korean
 * match substrings (the trigram index from three characters, a scan of the page text below).
 */
class TextSearch
{
public:
    explicit TextSearch(std::shared_ptr<Catalog> catalog);

    /** Up to `k` pages, best first; `score` is -bm25 (higher is better), or the count of matches for substrings. */
    Result<QVector<SearchHit>> search(const QString &query, int k) const;

private:
    Result<QVector<SearchHit>> wordSearch(const ParsedQuery &query, int k, bool partial) const;
    Result<QVector<SearchHit>> substringSearch(const ParsedQuery &query, int k, bool partial) const;

    std::shared_ptr<Catalog> m_catalog;
};

} // namespace PageLens
