// SPDX-License-Identifier: MIT
#include "ui/viewer/pageview.h"

#include <array>
#include <cmath>

#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include "ui/viewer/pagerenderer.h"

namespace PageLens {

namespace {

constexpr double sceneMargin = 14;   // points of backdrop around the page
constexpr int renderDelayMs = 90;    // zoom steps in a burst share one render
constexpr std::array zoomSteps{0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5,
                               1.75, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0};

} // namespace

PageView::PageView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
    , m_shadowItem(new QGraphicsRectItem)
    , m_pageItem(new QGraphicsRectItem)
    , m_pixmapItem(new QGraphicsPixmapItem(m_pageItem))
    , m_hitLayer(new QGraphicsRectItem(m_pageItem))
{
    setObjectName(QStringLiteral("pageView"));
    setAccessibleName(tr("Page viewer"));
    setScene(m_scene);
    setAcceptDrops(false);   // drops go to the main window, which adds them to the library
    setBackgroundBrush(QColor(0x4a, 0x4f, 0x56));
    setFrameShape(QFrame::NoFrame);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setFocusPolicy(Qt::StrongFocus);

    m_shadowItem->setBrush(QColor(0, 0, 0, 70));
    m_shadowItem->setPen(Qt::NoPen);
    m_pageItem->setBrush(Qt::white);
    m_pageItem->setPen(Qt::NoPen);
    m_pixmapItem->setTransformationMode(Qt::SmoothTransformation);
    m_hitLayer->setPen(Qt::NoPen);   // an empty rectangle: only its children draw
    m_hitLayer->setZValue(1);
    m_scene->addItem(m_shadowItem);
    m_scene->addItem(m_pageItem);
    m_shadowItem->setVisible(false);
    m_pageItem->setVisible(false);

    m_pool.setMaxThreadCount(2);
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(renderDelayMs);
    connect(&m_renderTimer, &QTimer::timeout, this, &PageView::requestRender);
    showMessage(tr("Drop PDFs, scans or images here, or choose File ▸ Add Files…"));
}

PageView::~PageView()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QSizeF PageView::pageSize() const
{
    if (m_page < 0 || m_page >= m_layout.pageCount())
        return {};
    return m_layout.pageSizes[m_page];
}

void PageView::openDocument(const QString &path, const QString &password, int page,
                            const QVector<NormalizedRect> &highlights)
{
    if (path == m_path && password == m_password && (isLoaded() || m_loading)) {
        if (m_loading) {
            m_pendingPage = page;
            m_pendingHighlights = highlights;
        } else {
            setPage(page);
            setHighlights(highlights);
        }
        return;
    }
    closeDocument();
    m_path = path;
    m_password = password;
    m_loading = true;
    m_pendingPage = page;
    m_pendingHighlights = highlights;
    showMessage(tr("Opening…"));
    const quint64 generation = m_documentGeneration;
    QtConcurrent::run(&m_pool, &PageRenderer::layout, path, password)
        .then(this, [this, generation](const Result<DocumentLayout> &layout) {
            if (generation != m_documentGeneration)
                return;
            m_loading = false;
            if (!layout || layout->pageCount() == 0) {
                const QString reason = layout ? tr("The document has no pages.") : layout.error().message;
                showMessage(reason);
                Q_EMIT errorOccurred(reason);
                return;
            }
            m_layout = *layout;
            showMessage({});
            Q_EMIT documentLoaded(m_layout.pageCount());
            setPage(m_pendingPage);
            setHighlights(std::exchange(m_pendingHighlights, {}));
        });
}

void PageView::closeDocument()
{
    ++m_documentGeneration;
    ++m_renderGeneration;
    m_renderTimer.stop();
    m_path.clear();
    m_password.clear();
    m_layout = {};
    m_loading = false;
    m_page = -1;
    m_renderedPage = -1;
    m_renderedDpi = 0;
    setHighlights({});
    m_pixmapItem->setPixmap({});
    m_pageItem->setVisible(false);
    m_shadowItem->setVisible(false);
    m_scene->setSceneRect(QRectF());
    showMessage(tr("Drop PDFs, scans or images here, or choose File ▸ Add Files…"));
    updateAccessibleDescription();
}

void PageView::setPage(int page)
{
    if (!isLoaded())
        return;
    page = std::clamp(page, 0, m_layout.pageCount() - 1);
    if (page == m_page)
        return;
    m_page = page;
    setHighlights({});
    ++m_renderGeneration;   // a render of the previous page is of no use now
    const QSizeF size = m_layout.pageSizes[page];
    m_pageItem->setRect(QRectF(QPointF(0, 0), size));
    m_shadowItem->setRect(QRectF(QPointF(1.5, 2.5), size));
    m_pageItem->setVisible(true);
    m_shadowItem->setVisible(true);
    m_pixmapItem->setPixmap({});
    m_renderedPage = -1;
    m_renderedDpi = 0;
    m_scene->setSceneRect(QRectF(QPointF(0, 0), size).adjusted(-sceneMargin, -sceneMargin, sceneMargin, sceneMargin));
    applyZoom(m_fitMode == FitMode::None ? m_zoom : fitZoom());
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    requestRender();   // a new page renders at once; only zoom changes wait for the burst to end
    updateAccessibleDescription();
    Q_EMIT currentPageChanged(page);
}

void PageView::nextPage()
{
    setPage(m_page + 1);
}

void PageView::previousPage()
{
    setPage(m_page - 1);
}

void PageView::setHighlights(const QVector<NormalizedRect> &boxes)
{
    if (m_loading) {   // replaces the boxes waiting for the page
        m_pendingHighlights = boxes;
        return;
    }
    qDeleteAll(m_highlights);
    m_highlights.clear();
    const QSizeF size = pageSize();
    if (size.isEmpty())
        return;
    QPen pen(QColor(0xd9, 0x8b, 0x0b, 220), 1.5);
    pen.setCosmetic(true);   // a hairline at any zoom
    for (const NormalizedRect &box : boxes) {
        if (!box.isValid())
            continue;
        // A point of padding reads better around glyphs; clipped so no box leaves the page.
        const QRectF rect = box.toRect(size).adjusted(-1, -1, 1, 1).intersected(QRectF(QPointF(0, 0), size));
        auto *item = new QGraphicsRectItem(rect, m_hitLayer);
        item->setBrush(QColor(0xff, 0xc8, 0x1e, 90));
        item->setPen(pen);
        item->setToolTip(m_highlightToolTip);
        m_highlights << item;
    }
    if (!m_highlights.isEmpty() && m_hitLayer->isVisible())
        ensureVisible(m_highlights.first(), 60, 80);
    updateAccessibleDescription();
}

void PageView::setHighlightToolTip(const QString &toolTip)
{
    m_highlightToolTip = toolTip;
    for (QGraphicsRectItem *item : std::as_const(m_highlights))
        item->setToolTip(toolTip);
}

double PageView::scaleForZoom(double zoom) const
{
    return zoom * logicalDpiX() / 72.0;
}

double PageView::fitZoom() const
{
    QSizeF size = pageSize();
    if (size.isEmpty())
        return m_zoom;
    if (m_rotation % 180 != 0)
        size.transpose();   // a quarter turn fits the page's height across
    QSizeF area = maximumViewportSize();
    const double sceneWidth = size.width() + 2 * sceneMargin;
    const double sceneHeight = size.height() + 2 * sceneMargin;
    double scale;
    if (m_fitMode == FitMode::Width) {
        // Leave room for the vertical scroll bar a tall page will need, so the fit does not oscillate.
        area.rwidth() -= verticalScrollBar()->sizeHint().width();
        scale = area.width() / sceneWidth;
    } else {
        scale = std::min(area.width() / sceneWidth, area.height() / sceneHeight);
    }
    return std::clamp(scale * 72.0 / logicalDpiX(), minZoom, maxZoom);
}

void PageView::applyZoom(double zoom)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    const double scale = scaleForZoom(zoom);
    // Rotation belongs to the view, not the scene: everything on the page turns with it and stays aligned.
    setTransform(QTransform().rotate(m_rotation).scale(scale, scale));
    if (!qFuzzyCompare(zoom, m_zoom)) {
        m_zoom = zoom;
        Q_EMIT zoomChanged(zoom);
    }
    scheduleRender();
}

void PageView::setZoom(double zoom)
{
    setFitMode(FitMode::None);
    applyZoom(zoom);
}

void PageView::zoomIn()
{
    for (double step : zoomSteps) {
        if (step > m_zoom * 1.01) {
            setZoom(step);
            return;
        }
    }
    setZoom(maxZoom);
}

void PageView::zoomOut()
{
    for (auto it = zoomSteps.rbegin(); it != zoomSteps.rend(); ++it) {
        if (*it < m_zoom * 0.99) {
            setZoom(*it);
            return;
        }
    }
    setZoom(minZoom);
}

void PageView::setFitMode(FitMode mode)
{
    if (mode == m_fitMode)
        return;
    m_fitMode = mode;
    Q_EMIT fitModeChanged(mode);
    if (mode != FitMode::None)
        applyZoom(fitZoom());
}

void PageView::setRotation(int degrees)
{
    degrees = ((degrees % 360) + 360) % 360 / 90 * 90;
    if (degrees == m_rotation)
        return;
    m_rotation = degrees;
    applyZoom(m_fitMode == FitMode::None ? m_zoom : fitZoom());
    updateAccessibleDescription();
    Q_EMIT rotationChanged(degrees);
}

void PageView::scheduleRender()
{
    if (m_page >= 0)
        m_renderTimer.start();
}

void PageView::requestRender()
{
    m_renderTimer.stop();
    if (!isLoaded() || m_page < 0)
        return;
    const double dpi = 72.0 * scaleForZoom(m_zoom) * devicePixelRatioF();
    if (m_renderedPage == m_page && std::abs(m_renderedDpi - dpi) < 0.03 * dpi)
        return;
    const quint64 generation = ++m_renderGeneration;
    const int page = m_page;
    QtConcurrent::run(&m_pool, &PageRenderer::render, m_path, m_password, page, dpi)
        .then(this, [this, generation, page, dpi](const Result<QImage> &image) {
            if (generation != m_renderGeneration)
                return;
            if (!image) {
                Q_EMIT errorOccurred(image.error().message);
                return;
            }
            // QPixmap only on the GUI thread; the item is scaled so the image covers the page exactly.
            const QPixmap pixmap = QPixmap::fromImage(*image);
            m_pixmapItem->setPixmap(pixmap);
            if (pixmap.width() > 0)
                m_pixmapItem->setScale(m_layout.pageSizes[page].width() / pixmap.width());
            m_renderedPage = page;
            m_renderedDpi = dpi;
            Q_EMIT pageRendered(page);
        });
}

void PageView::showMessage(const QString &message)
{
    m_message = message;
    viewport()->update();
}

void PageView::updateAccessibleDescription()
{
    if (m_page < 0) {
        setAccessibleDescription(tr("No document"));
        return;
    }
    QString description = tr("Page %1 of %2").arg(m_page + 1).arg(m_layout.pageCount());
    if (!m_highlights.isEmpty() && m_highlightSubject.isEmpty())
        description += QStringLiteral(", ") + tr("%n match(es) highlighted", nullptr, int(m_highlights.size()));
    else if (!m_highlights.isEmpty())
        description += QStringLiteral(", ")
                       + tr("%n box(es) highlighted, marking: %1", nullptr, int(m_highlights.size())).arg(m_highlightSubject);
    if (m_rotation != 0)
        description += QStringLiteral(", ") + tr("turned %1°").arg(m_rotation);
    setAccessibleDescription(description);
}

void PageView::setHighlightSubject(const QString &subject)
{
    m_highlightSubject = subject;
    updateAccessibleDescription();
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitMode != FitMode::None && m_page >= 0)
        applyZoom(fitZoom());
}

void PageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void PageView::keyPressEvent(QKeyEvent *event)
{
    // Paging past the end of a page turns it, as in any document reader.
    QScrollBar *bar = verticalScrollBar();
    const bool forward = event->key() == Qt::Key_PageDown || (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier);
    const bool backward = event->key() == Qt::Key_PageUp || (event->key() == Qt::Key_Space && event->modifiers() == Qt::ShiftModifier);
    if (forward && bar->value() >= bar->maximum() && m_page + 1 < pageCount()) {
        nextPage();
        return;
    }
    if (backward && bar->value() <= bar->minimum() && m_page > 0) {
        previousPage();
        bar->setValue(bar->maximum());
        return;
    }
    if (event->key() == Qt::Key_Home && event->modifiers() == Qt::ControlModifier) {
        setPage(0);
        return;
    }
    if (event->key() == Qt::Key_End && event->modifiers() == Qt::ControlModifier) {
        setPage(pageCount() - 1);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void PageView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    viewport()->update();
}

void PageView::focusOutEvent(QFocusEvent *event)
{
    QGraphicsView::focusOutEvent(event);
    viewport()->update();
}

void PageView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (hasFocus())
        viewport()->update();   // a scrolled copy of the frame would smear
}

void PageView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (hasFocus()) {   // the view has no frame of its own: keyboard users see here that it has the focus
        painter->save();
        painter->resetTransform();
        painter->setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(viewport()->rect()).adjusted(1.5, 1.5, -1.5, -1.5));
        painter->restore();
    }
    if (m_message.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(QColor(0xe8, 0xea, 0xed));
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    painter->setFont(font);
    const QRect box = viewport()->rect().adjusted(40, 40, -40, -40);
    painter->drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_message);
    painter->restore();
}

} // namespace PageLens
