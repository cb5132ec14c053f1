// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/word.h"

namespace PageLens {

/** The text of one page and where it came from. */
struct PageText {
    enum class Source { None, TextLayer, Ocr };
    Source source = Source::None;
    QString text;   // words joined in reading order, lines separated by '\n'
    Words words;
};

} // namespace PageLens
