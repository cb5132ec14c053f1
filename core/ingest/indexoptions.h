// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

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
    // Pages are read in `pagelens-docworker` processes (WorkerClient), one per render/OCR thread.
    // An empty program means WorkerClient::defaultProgram(); when none is found pages are read in
    // this process (logged as a warning).
    QString workerProgram;
    int pageDeadlineMs = 60000;        // a worker taking longer on one page (or opening a file) is stopped
    qint64 workerMemoryLimitMB = 3072;   // each worker's memory cap (MemoryCap)
    int maxRereads = 2;              // a file that changed while read is read again this often, then left pending
    // Called on the indexing thread when a document's pages are read, before the file is checked
    // for changes (`attempt` 0 is the first read). Tests change the file here, for a deterministic race.
    std::function<void(const QString &path, int attempt)> afterRead;
};

} // namespace PageLens
