// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include "core/retrieval/parsedquery.h"

namespace PageLens {

/**
 * Reads the query syntax desktop search users expect (Recoll, mail clients): every word must
 * appear, `"exact phrase"`, `-word` or `NOT word` excludes, `OR` between words, `word*` prefix.
 * Hand-written because FTS5 has no parser for user syntax: its MATCH language is a programming
 * interface where a stray quote, bracket or operator is an error. Here nothing is an error:
 * whatever does not parse is searched as plain words.
 */
class QueryParser
{
public:
    /** Queries longer than this many terms keep their first ones: enough for any sentence. */
    static constexpr int maxTerms = 32;

    static ParsedQuery parse(const QString &query);
    /** The syntax in a few lines, for tooltips and --help. */
    static QString syntaxHelp();
};

} // namespace PageLens
