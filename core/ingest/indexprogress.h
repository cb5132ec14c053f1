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
    int partial = 0;       // indexed with errors: some pages could not be read
    int failed = 0;
    int changed = 0;       // the file kept changing while it was read: left pending
    int needsPassword = 0;
    int pages = 0;
    int textLayerPages = 0;
    int ocrPages = 0;
    int reread = 0;        // documents read again because the file changed during the read
    bool cancelled = false;
    double seconds = 0;
};

} // namespace PageLens
