// SPDX-License-Identifier: MIT
#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QListWidget>
#include <QSet>
#include <QThreadPool>

#include "ui/viewer/documentlayout.h"

namespace PageLens {

/**
 * A column of page thumbnails. Placeholders in the page's proportions appear at once; the images
 * are rendered one after another by a single cancellable worker task and fill in as they arrive.
 */
class ThumbnailStrip : public QListWidget
{
    Q_OBJECT
public:
    struct Thumbnail {
        int page = 0;
        QImage image;
    };

    explicit ThumbnailStrip(QWidget *parent = nullptr);
    ~ThumbnailStrip() override;

    void setDocument(const QString &path, const QString &password, const DocumentLayout &layout);
    void clearDocument();
    void setCurrentPage(int page);
    /** Marks these pages (0-based) as having detected objects: a tag after the number, said to screen readers too. */
    void setMarkedPages(const QSet<int> &pages);
    QSet<int> markedPages() const { return m_marked; }
    /** Pages whose image has arrived. */
    int renderedCount() const { return m_rendered; }

    static constexpr int thumbnailWidth = 104;

Q_SIGNALS:
    void pageActivated(int page);

private:
    void handleThumbnail(int resultIndex);

    QFutureWatcher<Thumbnail> m_watcher;
    QThreadPool m_pool;
    int m_rendered = 0;
    QSet<int> m_marked;
};

} // namespace PageLens
