// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QVector>

#include "core/model/documentinfo.h"
#include "core/model/searchhit.h"

namespace PageLens {

/**
 * Which documents a search may return (folder, type, modification date) and in what order: the
 * same for the result list's filters and `pagelens-cli search` (--folder, --type, --modified-after, --modified-before, --sort).
 */
struct SearchFilter {
    enum class Sort { Relevance, Name, Date };

    QString folder;          // absolute; only documents at or below it (empty: any)
    QStringList types;       // "pdf", "image", "scan" (empty: any)
    QDate modifiedFrom;      // inclusive; invalid: open
    QDate modifiedTo;        // inclusive; invalid: open
    Sort sort = Sort::Relevance;

    /** Whether any document could be left out. */
    bool restricts() const;
    bool accepts(const DocumentInfo &document) const;

    /** "pdf"; "scan" for a PDF without a text layer whose pages OCR read, and for TIFF and PNM images (what scanners write); "image" for other images. */
    static QString typeOf(const DocumentInfo &document);
    static QStringList knownTypes();
    static std::optional<Sort> parseSort(const QString &name);
    static QString sortName(Sort sort);

    /** Orders hits by `sort` (stable; relevance keeps them); `documents` by path. */
    void sortHits(QVector<SearchHit> &hits, const QHash<QString, DocumentInfo> &documents) const;
};

} // namespace PageLens
