// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace PageLens {

/** Where an indexing run is; sent often, cheap to copy. */
struct IndexProgress {
    int filesDone = 0;
    int filesTotal = 0;
    int pagesDone = 0;
    int pagesTotal = 0;    // grows as documents are opened
    QString currentFile;
    QString stage;         // "text", "ocr", "caption", "embed", "commit"
};

/** How an indexing run ended. */
struct IndexSummary {
    int indexed = 0;
    int failed = 0;
    int needsPassword = 0;
    int pages = 0;
    int textLayerPages = 0;
    int ocrPages = 0;
    bool cancelled = false;
    double seconds = 0;
};

} // namespace PageLens
