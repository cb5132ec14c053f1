// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

#include "core/model/documentstatus.h"

namespace PageLens {

/** A document as the catalog knows it. */
struct DocumentInfo {
    qint64 id = 0;
    QString path;        // absolute, clean
    QString hash;        // sha256 hex of the content
    qint64 size = 0;
    QDateTime modified;
    QString kind;        // "pdf" or "image"
    DocumentStatus status = DocumentStatus::Pending;
    int pageCount = 0;
    QString error;       // reason in words when failed / needs password / partial
    QMap<int, QString> pageErrors;   // partial: 1-based page -> why it could not be read
    bool scanned = false;   // indexed, no page has a text layer and OCR found words on one: pictures of pages
};

} // namespace PageLens
