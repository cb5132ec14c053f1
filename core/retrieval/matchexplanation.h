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
};

} // namespace PageLens
