// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QImage>
#include <QTextBrowser>

namespace PageLens {

/**
 * The chat's transcript: Markdown in a QTextBrowser whose `thumb:` images are page thumbnails
 * held in memory. QTextDocument drops its resources whenever the Markdown is set again, so the
 * thumbnails live here and are handed out through loadResource.
 */
class ChatTranscript : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ChatTranscript(QWidget *parent = nullptr);

    /** The image URL of a page's thumbnail, for `![](url)` in the Markdown. */
    static QString thumbnailUrl(const QString &document, int page);
    bool hasThumbnail(const QString &document, int page) const;
    void setThumbnail(const QString &document, int page, const QImage &image);
    void clearThumbnails();

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    QHash<QString, QImage> m_thumbnails;   // by the encoded thumbnailUrl
};

} // namespace PageLens
