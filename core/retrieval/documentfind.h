// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QVector>

#include "core/common/result.h"
#include "core/model/searchhit.h"

namespace PageLens {

class Catalog;

/**
 * Find in one document, as a viewer's Ctrl+F does: every place the words occur, page by page in
 * reading order, each with the boxes of its words. The words of the query must follow each other
 * on the page (case and accents ignored, as the text index folds them); the last may be the start
 * of a word, so results come while it is typed. Reads the catalog's word boxes (text layer or OCR).
 */
class DocumentFind
{
public:
    explicit DocumentFind(std::shared_ptr<Catalog> catalog);

    /** Every occurrence in the document at `path`; an empty query finds nothing. */
    Result<QVector<SearchHit>> find(const QString &path, const QString &query) const;

private:
    std::shared_ptr<Catalog> m_catalog;
};

} // namespace PageLens
