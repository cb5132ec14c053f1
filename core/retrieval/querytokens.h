// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace PageLens {

/**
 * Splits text into search tokens the way the catalog's FTS5 tokenizer (unicode61, diacritics
 * removed) does, so matched words can be found again on the page to draw their boxes.
 */
class QueryTokens
{
public:
    static QStringList tokenize(const QString &text);
    /** Query terms: tokens without common stop words (kept when nothing else is left). */
    static QStringList terms(const QString &query);
    /** An FTS5 MATCH expression: every term quoted, OR-ed so BM25 ranks pages by how many match. */
    static QString ftsExpression(const QStringList &terms);
    static QString fold(const QString &token);
    /** True for text in scripts written without spaces between words (Han, kana) or with glued particles (Hangul). */
    static bool needsSubstringSearch(const QString &text);
};

} // namespace PageLens
