// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVector>

#include "core/model/normalizedrect.h"

namespace PageLens {

/** One word on a page, from the PDF text layer or from OCR. */
struct Word {
    QString text;
    NormalizedRect box;       // in the page as displayed (after /Rotate)
    float confidence = 100;   // 0-100; text-layer words are 100
};

using Words = QVector<Word>;

} // namespace PageLens
