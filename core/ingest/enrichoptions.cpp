// SPDX-License-Identifier: MIT
#include "core/ingest/enrichoptions.h"

#include <QCoreApplication>

namespace PageLens {

QString EgressPreview::toText() const
{
    auto tr = [](const char *text, int n = -1) { return QCoreApplication::translate("PageLens", text, nullptr, n); };
    if (privacy == Privacy::Never)
        return tr("Privacy is set to \"never send\": nothing leaves this machine.");
    QString text = tr("This run would send to the model service:") + QLatin1Char('\n');
    if (pagesToCaption > 0)
        text += QLatin1String("  ") + tr("%n page image(s) for captions", pagesToCaption) + QLatin1Char('\n');
    if (textsToEmbed > 0)
        text += QLatin1String("  ") + tr("%n page text(s) for embeddings", textsToEmbed)
                + QStringLiteral(" (%1 KB)").arg(textChars / 1024) + QLatin1Char('\n');
    text += QLatin1String("  ") + tr("about %1 tokens in %n request(s)", requests).arg(estimatedTokens) + QLatin1Char('\n');
    text += QLatin1String("  ") + tr("privacy setting: %1").arg(toString(privacy));
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
