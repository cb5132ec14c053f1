// SPDX-License-Identifier: MIT
#include "ui/chat/chattranscript.h"

#include <QTextDocument>
#include <QUrl>

namespace PageLens {

ChatTranscript::ChatTranscript(QWidget *parent)
    : QTextBrowser(parent)
{
}

QString ChatTranscript::thumbnailUrl(const QString &document, int page)
{
    // Percent-encoded so spaces and brackets in a path cannot end the Markdown link.
    return QStringLiteral("thumb:") + QString::fromLatin1(QUrl::toPercentEncoding(document)) + QStringLiteral("?page=%1").arg(page);
}

namespace {

/** The form loadResource is asked for: the URL as QUrl writes it back. */
QString key(const QString &document, int page)
{
    return QUrl(ChatTranscript::thumbnailUrl(document, page)).toString(QUrl::FullyEncoded);
}

} // namespace

bool ChatTranscript::hasThumbnail(const QString &document, int page) const
{
    return m_thumbnails.contains(key(document, page));
}

void ChatTranscript::setThumbnail(const QString &document, int page, const QImage &image)
{
    m_thumbnails.insert(key(document, page), image);
}

void ChatTranscript::clearThumbnails()
{
    m_thumbnails.clear();
}

QVariant ChatTranscript::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource && name.scheme() == QLatin1String("thumb")) {
        const auto found = m_thumbnails.constFind(name.toString(QUrl::FullyEncoded));
        return found == m_thumbnails.cend() ? QVariant() : QVariant(*found);
    }
    // Nothing else is loaded: a link in an answer must not make the transcript read local files.
    return {};
}

} // namespace PageLens
