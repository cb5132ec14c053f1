// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include "core/model/searchhit.h"

namespace PageLens {

/**
 * Why a hit was found, in words both faces show instead of raw scores (which mean nothing to a
 * reader and differ by signal): "matched: boeing, aviation · signals: bm25, dense".
 */
class MatchExplanation
{
public:
    static QString describe(const SearchHit &hit);
    /**
     * Why, in a word or two, for a page chip: the words marked on the page (else the matched query
     * terms), or "caption" when they were only
     * in the model's caption, "objects" for detected objects, "looks like" for a match in meaning.
     */
    static QString reason(const SearchHit &hit);
};

} // namespace PageLens
