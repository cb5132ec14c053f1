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
    static QString fold(const QString &token);
    /** True for text in scripts written without spaces between words (Han, kana) or with glued particles (Hangul). */
    static bool needsSubstringSearch(const QString &text);
};

} // namespace PageLens
