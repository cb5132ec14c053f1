// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace PageLens {

/** Life cycle of a document in a library; the strings are the CLI contract. */
/** `Partial`: indexed with errors, some pages could not be read (DocumentInfo::pageErrors says which and why). */
enum class DocumentStatus { Pending, Indexing, Indexed, Partial, NeedsPassword, Failed };

inline QString toString(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Pending: return QStringLiteral("pending");
    case DocumentStatus::Indexing: return QStringLiteral("indexing");
    case DocumentStatus::Indexed: return QStringLiteral("indexed");
    case DocumentStatus::Partial: return QStringLiteral("partial");
    case DocumentStatus::NeedsPassword: return QStringLiteral("needs-password");
    case DocumentStatus::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

inline DocumentStatus documentStatusFromString(const QString &text)
{
    if (text == QLatin1String("indexing")) return DocumentStatus::Indexing;
    if (text == QLatin1String("indexed")) return DocumentStatus::Indexed;
    if (text == QLatin1String("partial")) return DocumentStatus::Partial;
    if (text == QLatin1String("needs-password")) return DocumentStatus::NeedsPassword;
    if (text == QLatin1String("failed")) return DocumentStatus::Failed;
    return DocumentStatus::Pending;
}

/** Indexed, with or without page errors: the document's pages are in the catalog. */
inline bool hasPages(DocumentStatus status)
{
    return status == DocumentStatus::Indexed || status == DocumentStatus::Partial;
}

} // namespace PageLens
