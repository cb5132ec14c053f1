// SPDX-License-Identifier: MIT
#include "core/retrieval/searchfilter.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>

namespace PageLens {

bool SearchFilter::restricts() const
{
    return !folder.isEmpty() || !types.isEmpty() || modifiedFrom.isValid() || modifiedTo.isValid();
}

bool SearchFilter::accepts(const DocumentInfo &document) const
{
    if (!folder.isEmpty()) {
        const QString root = QDir::cleanPath(folder);
        const QString path = QDir::cleanPath(document.path);
        if (path != root && !path.startsWith(root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/')))
            return false;
    }
    if (!types.isEmpty() && !types.contains(typeOf(document)))
        return false;
    const QDate modified = document.modified.date();
    if (modifiedFrom.isValid() && (!modified.isValid() || modified < modifiedFrom))
        return false;
    if (modifiedTo.isValid() && (!modified.isValid() || modified > modifiedTo))
        return false;
    return true;
}

QString SearchFilter::typeOf(const DocumentInfo &document)
{
    // Decided by content where the catalog knows it: a PDF of page pictures that OCR read is a scan.
    if (document.kind == QLatin1String("pdf"))
        return document.scanned ? QStringLiteral("scan") : QStringLiteral("pdf");
    static const QStringList scanSuffixes{QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("pbm"),
                                          QStringLiteral("pgm"), QStringLiteral("pnm")};
    return scanSuffixes.contains(QFileInfo(document.path).suffix().toLower()) ? QStringLiteral("scan") : QStringLiteral("image");
}

QStringList SearchFilter::knownTypes()
{
    return {QStringLiteral("pdf"), QStringLiteral("image"), QStringLiteral("scan")};
}

std::optional<SearchFilter::Sort> SearchFilter::parseSort(const QString &name)
{
    for (Sort sort : {Sort::Relevance, Sort::Name, Sort::Date}) {
        if (sortName(sort) == name)
            return sort;
    }
    return std::nullopt;
}

QString SearchFilter::sortName(Sort sort)
{
    switch (sort) {
    case Sort::Name: return QStringLiteral("name");
    case Sort::Date: return QStringLiteral("date");
    case Sort::Relevance: break;
    }
    return QStringLiteral("relevance");
}

void SearchFilter::sortHits(QVector<SearchHit> &hits, const QHash<QString, DocumentInfo> &documents) const
{
    if (sort == Sort::Name) {
        std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
            const int byName = QFileInfo(a.path).fileName().compare(QFileInfo(b.path).fileName(), Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a.path < b.path;
        });
    } else if (sort == Sort::Date) {
        // Newest first, as file managers sort by date.
        std::stable_sort(hits.begin(), hits.end(), [&documents](const SearchHit &a, const SearchHit &b) {
            return documents.value(a.path).modified > documents.value(b.path).modified;
        });
    }
}

} // namespace PageLens
