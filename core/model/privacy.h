// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QString>

namespace PageLens {

/** What may leave the machine, per library: nothing, page text (for embeddings), or page images too. */
enum class Privacy { Never, TextOnly, Images };

inline QString toString(Privacy privacy)
{
    switch (privacy) {
    case Privacy::Never: return QStringLiteral("never");
    case Privacy::TextOnly: return QStringLiteral("text");
    case Privacy::Images: return QStringLiteral("images");
    }
    return QStringLiteral("never");
}

inline std::optional<Privacy> privacyFromString(const QString &text)
{
    if (text == QLatin1String("never")) return Privacy::Never;
    if (text == QLatin1String("text")) return Privacy::TextOnly;
    if (text == QLatin1String("images")) return Privacy::Images;
    return std::nullopt;
}

} // namespace PageLens
