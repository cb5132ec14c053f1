// SPDX-License-Identifier: MIT
#include "ui/viewer/thumbnailstrip.h"

#include <QPainter>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include "core/media/documentopener.h"
#include "core/media/pageimager.h"
#include "ui/viewer/pagerenderer.h"

namespace PageLens {

namespace {

QSize thumbnailSize(const QSizeF &pageSize)
{
    const double height = pageSize.isEmpty() ? 1.3 * ThumbnailStrip::thumbnailWidth
                                             : ThumbnailStrip::thumbnailWidth * pageSize.height() / pageSize.width();
    return QSize(ThumbnailStrip::thumbnailWidth, std::clamp(int(height), 40, 2 * ThumbnailStrip::thumbnailWidth));
}

QPixmap framed(const QImage &image, const QSize &size, qreal dpr)
{
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRect page(QPoint(0, 0), size - QSize(1, 1));
    painter.fillRect(page, Qt::white);
    if (!image.isNull())
        painter.drawImage(page, image);
    painter.setPen(QColor(0, 0, 0, 60));
    painter.drawRect(page);
    return pixmap;
}

void renderAll(QPromise<ThumbnailStrip::Thumbnail> &promise, const QString &path, const QString &password,
               const QVector<QSizeF> &pageSizes, qreal dpr)
{
    auto source = DocumentOpener::open(path, password);
    if (!source)
        return;
    for (int page = 0; page < pageSizes.size(); ++page) {
        if (promise.isCanceled())
            return;
        auto image = PageImager::render(**source, page, PageImageSize::fitting(thumbnailSize(pageSizes[page]) * dpr));
        if (image)
            promise.addResult(ThumbnailStrip::Thumbnail{page, *image});
    }
}

} // namespace

ThumbnailStrip::ThumbnailStrip(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("thumbnails"));
    setAccessibleName(tr("Page thumbnails"));
    setViewMode(QListView::IconMode);
    setFlow(QListView::TopToBottom);
    setWrapping(false);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setSpacing(6);
    setIconSize(QSize(thumbnailWidth, 2 * thumbnailWidth));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(false);
    setFrameShape(QFrame::NoFrame);
    setFixedWidth(thumbnailWidth + 40);
    // Thumbnails sit on the viewer's backdrop, not on a white list.
    QPalette backdrop = palette();
    backdrop.setColor(QPalette::Base, QColor(0x3b, 0x3f, 0x45));
    backdrop.setColor(QPalette::Text, QColor(0xd6, 0xd9, 0xdd));
    setPalette(backdrop);
    setVisible(false);
    m_pool.setMaxThreadCount(1);

    connect(&m_watcher, &QFutureWatcher<Thumbnail>::resultReadyAt, this, &ThumbnailStrip::handleThumbnail);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT pageActivated(row);
    });
}

ThumbnailStrip::~ThumbnailStrip()
{
    m_watcher.cancel();
    m_pool.waitForDone();
}

void ThumbnailStrip::clearDocument()
{
    m_watcher.cancel();
    m_marked.clear();
    m_rendered = 0;
    const QSignalBlocker blocker(this);
    clear();
    setVisible(false);
}

void ThumbnailStrip::setDocument(const QString &path, const QString &password, const DocumentLayout &layout)
{
    clearDocument();
    const qreal dpr = devicePixelRatioF();
    {
        const QSignalBlocker blocker(this);
        for (int page = 0; page < layout.pageCount(); ++page) {
            auto *item = new QListWidgetItem(QIcon(framed({}, thumbnailSize(layout.pageSizes[page]), dpr)),
                                             QString::number(page + 1), this);
            item->setData(Qt::AccessibleTextRole, tr("Page %1").arg(page + 1));
            item->setTextAlignment(Qt::AlignHCenter);
        }
    }
    setVisible(layout.pageCount() > 1);   // a single page needs no strip
    m_watcher.setFuture(QtConcurrent::run(&m_pool, &renderAll, path, password, layout.pageSizes, dpr));
}

void ThumbnailStrip::handleThumbnail(int resultIndex)
{
    const Thumbnail thumbnail = m_watcher.resultAt(resultIndex);
    QListWidgetItem *entry = item(thumbnail.page);
    if (!entry)
        return;
    const QSize size = thumbnailSize(QSizeF(thumbnail.image.size()));
    entry->setIcon(QIcon(framed(thumbnail.image, size, devicePixelRatioF())));
    ++m_rendered;
}

void ThumbnailStrip::setMarkedPages(const QSet<int> &pages)
{
    m_marked = pages;
    for (int page = 0; page < count(); ++page) {
        QListWidgetItem *entry = item(page);
        const bool marked = pages.contains(page);
        // U+25A3: a square in a square, the detection box; the text names it for those who cannot see it.
        entry->setText(marked ? QStringLiteral("%1 \u25A3").arg(page + 1) : QString::number(page + 1));
        entry->setToolTip(marked ? tr("Page %1 has detected objects").arg(page + 1) : QString());
        entry->setData(Qt::AccessibleTextRole, marked ? tr("Page %1, has detected objects").arg(page + 1) : tr("Page %1").arg(page + 1));
    }
}

void ThumbnailStrip::setCurrentPage(int page)
{
    if (page == currentRow())
        return;
    const QSignalBlocker blocker(this);
    setCurrentRow(page);
    if (QListWidgetItem *entry = item(page))
        scrollToItem(entry);
}

} // namespace PageLens
