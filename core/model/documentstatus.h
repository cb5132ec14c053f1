// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace PageLens {

/** Life cycle of a document in a library; the strings are the CLI contract. */
enum class DocumentStatus { Pending, Indexing, Indexed, NeedsPassword, Failed };

inline QString toString(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Pending: return QStringLiteral("pending");
    case DocumentStatus::Indexing: return QStringLiteral("indexing");
    case DocumentStatus::Indexed: return QStringLiteral("indexed");
    case DocumentStatus::NeedsPassword: return QStringLiteral("needs-password");
    case DocumentStatus::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

inline DocumentStatus documentStatusFromString(const QString &text)
{
    if (text == QLatin1String("indexing")) return DocumentStatus::Indexing;
    if (text == QLatin1String("indexed")) return DocumentStatus::Indexed;
    if (text == QLatin1String("needs-password")) return DocumentStatus::NeedsPassword;
    if (text == QLatin1String("failed")) return DocumentStatus::Failed;
    return DocumentStatus::Pending;
}

} // namespace PageLens
