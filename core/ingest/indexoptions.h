// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

#include "core/ocr/ocrengine.h"

namespace PageLens {

/** Settings of one indexing run. */
struct IndexOptions {
    QString ocrLanguages = QStringLiteral("eng");
    int workers = 0;                 // render/OCR threads; 0: one per core
    double ocrDpi = OcrEngine::recommendedDpi();
    int minTextLayerChars = 16;      // fewer non-blank characters in the text layer: the page is OCR'd
    QString password;                // tried on documents that need one
    QHash<qint64, QString> passwords;   // per document id
};

} // namespace PageLens
