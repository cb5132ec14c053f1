// SPDX-License-Identifier: MIT
#include "core/ingest/enrichoptions.h"

#include <QCoreApplication>

#include "core/library/catalog.h"

namespace PageLens {

Result<IndexDetection> IndexDetection::read(const Catalog &catalog)
{
    auto enabled = catalog.setting(QStringLiteral("detect.on_index"));
    if (!enabled)
        return tl::unexpected(enabled.error());
    auto prompt = catalog.setting(QStringLiteral("detect.prompt"));
    if (!prompt)
        return tl::unexpected(prompt.error());
    return IndexDetection{*enabled == QLatin1String("1"), *prompt};
}

Result<void> IndexDetection::write(Catalog &catalog) const
{
    if (auto r = catalog.setSetting(QStringLiteral("detect.on_index"), enabled ? QStringLiteral("1") : QStringLiteral("0")); !r)
        return r;
    return catalog.setSetting(QStringLiteral("detect.prompt"), prompt.trimmed());
}

QString EgressPreview::detectionSkippedText() const
{
    if (!detectionSkipped)
        return {};
    return QCoreApplication::translate("PageLens", "Object detection sends page images, which the privacy setting (%1) "
                                                   "does not allow: no page is sent for detection.").arg(toString(privacy));
}

QString EgressPreview::toText() const
{
    if (privacy == Privacy::Never)
        return QCoreApplication::translate("PageLens", "Privacy is set to \"never send\": nothing leaves this machine.");
    QString text = QCoreApplication::translate("PageLens", "This run would send to the model service:") + QLatin1Char('\n');
    if (pagesToCaption > 0)
        text += QLatin1String("  ")
                + QCoreApplication::translate("PageLens", "%n page image(s) for captions", nullptr, pagesToCaption)
                + QLatin1Char('\n');
    if (pagesToDetect > 0)
        text += QLatin1String("  ")
                + QCoreApplication::translate("PageLens", "%n page image(s) for object detection", nullptr, pagesToDetect)
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
                       {QStringLiteral("requests"), requests},
                       {QStringLiteral("detection_images"), pagesToDetect}};
}

} // namespace PageLens
