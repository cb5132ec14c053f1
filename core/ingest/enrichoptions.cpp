// SPDX-License-Identifier: MIT
#include "core/ingest/enrichoptions.h"

#include <QCoreApplication>

namespace PageLens {

QString EgressPreview::toText() const
{
    if (privacy == Privacy::Never)
        return QCoreApplication::translate("PageLens", "Privacy is set to \"never send\": nothing leaves this machine.");
    QString text = QCoreApplication::translate("PageLens", "This run would send to the model service:") + QLatin1Char('\n');
    if (pagesToCaption > 0)
        text += QLatin1String("  ")
                + QCoreApplication::translate("PageLens", "%n page image(s) for captions", nullptr, pagesToCaption)
                + QLatin1Char('\n');
    if (textsToEmbed > 0)
        text += QLatin1String("  ")
                + QCoreApplication::translate("PageLens", "%n page text(s) for embeddings", nullptr, textsToEmbed)
                + QStringLiteral(" (%1 KB)").arg(textChars / 1024) + QLatin1Char('\n');
    text += QLatin1String("  ")
            + QCoreApplication::translate("PageLens", "about %1 tokens in %n request(s)", nullptr, requests).arg(estimatedTokens)
            + QLatin1Char('\n');
    text += QLatin1String("  ") + QCoreApplication::translate("PageLens", "privacy setting: %1").arg(toString(privacy));
    return text;
}

QJsonObject EgressPreview::toJson() const
{
    return QJsonObject{{QStringLiteral("privacy"), toString(privacy)},
                       {QStringLiteral("page_images"), pagesToCaption},
                       {QStringLiteral("texts"), textsToEmbed},
                       {QStringLiteral("text_chars"), textChars},
                       {QStringLiteral("estimated_tokens"), estimatedTokens},
                       {QStringLiteral("requests"), requests}};
}

} // namespace PageLens
