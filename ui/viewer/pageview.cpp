// SPDX-License-Identifier: MIT
#include "ui/viewer/pageview.h"

#include <array>
#include <algorithm>
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

constexpr double sceneMargin = 14;   // points of backdrop around the pages
constexpr double pageGap = 10;       // points between pages in continuous mode
constexpr int renderDelayMs = 90;    // zoom steps in a burst share one render
constexpr std::array zoomSteps{0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5,
                               1.75, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0};

} // namespace

PageView::PageView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
    , m_pageItem(new QGraphicsRectItem)
    , m_noPixmap(new QGraphicsPixmapItem)
    , m_hitLayer(new QGraphicsRectItem)
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

    // The frame and the hit layer draw nothing themselves: only their children (the page's layers) do.
    m_pageItem->setPen(Qt::NoPen);
    m_pageItem->setZValue(1);
    m_hitLayer->setPen(Qt::NoPen);
    m_hitLayer->setZValue(2);
    m_scene->addItem(m_pageItem);
    m_scene->addItem(m_hitLayer);
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
    delete m_noPixmap;
}

QSizeF PageView::pageSize() const
{
    if (m_page < 0 || m_page >= m_layout.pageCount())
        return {};
    return m_layout.pageSizes[m_page];
}

QGraphicsPixmapItem *PageView::pixmapItem() const
{
    return m_page >= 0 && m_page < int(m_slots.size()) ? m_slots[m_page].pixmap : m_noPixmap;
}

QGraphicsRectItem *PageView::pageSlotItem(int page) const
{
    return page >= 0 && page < int(m_slots.size()) && m_slots[page].page->isVisible() ? m_slots[page].page : nullptr;
}

int PageView::renderedPixmapCount() const
{
    return int(std::count_if(m_slots.begin(), m_slots.end(), [](const PageSlot &slot) { return !slot.pixmap->pixmap().isNull(); }));
}

double PageView::renderedDpi() const
{
    return m_page >= 0 && m_page < int(m_slots.size()) ? m_slots[m_page].dpi : 0;
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
            // A white placeholder per page at its size, so the whole document is laid out before any render.
            m_slots.resize(m_layout.pageSizes.size());
            for (PageSlot &slot : m_slots) {
                slot.shadow = m_scene->addRect(QRectF(), Qt::NoPen, QColor(0, 0, 0, 70));
                slot.shadow->setZValue(-1);
                slot.page = m_scene->addRect(QRectF(), Qt::NoPen, Qt::white);
                slot.pixmap = new QGraphicsPixmapItem(slot.page);
                slot.pixmap->setTransformationMode(Qt::SmoothTransformation);
                slot.shadow->setVisible(false);
                slot.page->setVisible(false);
            }
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
    setHighlights({});
    for (PageSlot &slot : m_slots) {
        delete slot.shadow;
        delete slot.page;   // and its pixmap
    }
    m_slots.clear();
    m_pageItem->setVisible(false);
    m_scene->setSceneRect(QRectF());
    showMessage(tr("Drop PDFs, scans or images here, or choose File ▸ Add Files…"));
    updateAccessibleDescription();
}

QTransform PageView::rotationTransform() const
{
    return QTransform().rotate(m_rotation);
}

void PageView::layoutPages()
{
    // Pages are stacked in display space (as seen on screen before zoom, after rotation), then
    // mapped back into the scene, so a turned document still reads from top to bottom.
    const QTransform toScene = rotationTransform().inverted();
    double width = 0;
    for (int i = 0; i < int(m_slots.size()); ++i) {
        if (m_continuous || i == m_page)
            width = std::max(width, m_rotation % 180 ? m_layout.pageSizes[i].height() : m_layout.pageSizes[i].width());
    }
    double y = 0;
    for (int i = 0; i < int(m_slots.size()); ++i) {
        PageSlot &slot = m_slots[i];
        const bool shown = m_continuous || i == m_page;
        slot.page->setVisible(shown);
        slot.shadow->setVisible(shown);
        if (!shown) {
            slot.display = QRectF();
            continue;
        }
        const QSizeF size = m_layout.pageSizes[i];
        const QSizeF displayed = m_rotation % 180 ? size.transposed() : size;
        slot.display = QRectF(QPointF((width - displayed.width()) / 2, y), displayed);
        y += displayed.height() + pageGap;
        const QPointF pos = toScene.mapRect(slot.display).topLeft();
        slot.page->setRect(QRectF(QPointF(0, 0), size));
        slot.page->setPos(pos);
        slot.shadow->setRect(QRectF(QPointF(1.5, 2.5), size));
        slot.shadow->setPos(pos);
    }
    const QRectF display = QRectF(0, 0, width, std::max(0.0, y - pageGap)).adjusted(-sceneMargin, -sceneMargin, sceneMargin, sceneMargin);
    m_scene->setSceneRect(toScene.mapRect(display));
    if (m_page >= 0) {
        m_pageItem->setRect(QRectF(QPointF(0, 0), pageSize()));
        m_pageItem->setPos(m_slots[m_page].page->pos());
        m_pageItem->setVisible(true);
    }
    if (m_highlightPage >= 0 && m_highlightPage < int(m_slots.size()))
        m_hitLayer->setPos(m_slots[m_highlightPage].page->pos());
}

QRectF PageView::visibleDisplayRect() const
{
    return rotationTransform().mapRect(mapToScene(viewport()->rect()).boundingRect());
}

int PageView::pageAtDisplayY(double y) const
{
    // The last laid-out page that starts above y (the gap below a page belongs to it).
    int found = -1;
    for (int i = 0; i < int(m_slots.size()); ++i) {
        if (m_slots[i].display.isNull())
            continue;
        if (found >= 0 && m_slots[i].display.top() > y)
            break;
        found = i;
    }
    return found;
}

void PageView::scrollToDisplayY(double y)
{
    const QPointF scenePoint = rotationTransform().inverted().map(QPointF(visibleDisplayRect().center().x(), y));
    const double viewportY = viewportTransform().map(scenePoint).y();
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + qRound(viewportY));
}

void PageView::updateCurrentFromScroll()
{
    if (!m_continuous || m_scrollingToPage || !isLoaded())
        return;
    const int page = pageAtDisplayY(visibleDisplayRect().center().y());
    if (page >= 0 && page != m_page)
        makeCurrent(page);
}

void PageView::makeCurrent(int page)
{
    m_page = page;
    m_pageItem->setRect(QRectF(QPointF(0, 0), m_layout.pageSizes[page]));
    m_pageItem->setPos(m_slots[page].page->pos());
    m_pageItem->setVisible(true);
    updateAccessibleDescription();
    Q_EMIT currentPageChanged(page);
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
    m_scrollingToPage = true;   // the page set stays current even when the scroll cannot bring it to the top
    layoutPages();
    applyZoom(m_fitMode == FitMode::None ? m_zoom : fitZoom());
    if (m_continuous)
        scrollToDisplayY(m_slots[page].display.top() - pageGap / 2);
    else
        verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    m_scrollingToPage = false;
    requestRender();   // a new page renders at once; only zoom changes and scrolls wait for the burst to end
    makeCurrent(page);
}

void PageView::setContinuous(bool continuous)
{
    if (continuous == m_continuous)
        return;
    m_continuous = continuous;
    if (m_page < 0)
        return;
    m_scrollingToPage = true;
    layoutPages();
    applyZoom(m_fitMode == FitMode::None ? m_zoom : fitZoom());
    if (m_continuous)
        scrollToDisplayY(m_slots[m_page].display.top() - pageGap / 2);
    else
        verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    m_scrollingToPage = false;
    requestRender();
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
    m_highlightPage = m_page;   // the boxes stay on this page while the document scrolls
    m_hitLayer->setPos(m_slots[m_page].page->pos());
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
    if (!m_highlights.isEmpty() && m_hitLayer->isVisible()) {
        m_scrollingToPage = true;
        ensureVisible(m_highlights.first(), 60, 80);
        m_scrollingToPage = false;
    }
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
    m_scrollingToPage = true;
    if (m_page >= 0)
        layoutPages();
    applyZoom(m_fitMode == FitMode::None ? m_zoom : fitZoom());
    if (m_page >= 0 && m_continuous)
        scrollToDisplayY(m_slots[m_page].display.top() - pageGap / 2);
    m_scrollingToPage = false;
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
    // Render what is on screen and a screen above and below; drop pixmaps three screens away, so a
    // long document holds a few pixmaps whatever was scrolled through.
    const QRectF visible = visibleDisplayRect();
    const double screen = std::max(visible.height(), 1.0);
    const QRectF nearby = visible.adjusted(-1e9, -screen, 1e9, screen);
    const QRectF kept = visible.adjusted(-1e9, -3 * screen, 1e9, 3 * screen);
    QVector<int> wanted;
    for (int i = 0; i < int(m_slots.size()); ++i) {
        const PageSlot &slot = m_slots[i];
        if (slot.display.isNull() || !slot.display.intersects(kept)) {
            dropPixmap(i);
            continue;
        }
        const bool sharp = slot.dpi > 0 && std::abs(slot.dpi - dpi) < 0.03 * dpi;
        if ((i == m_page || slot.display.intersects(nearby)) && !sharp && !(slot.rendering && slot.wantedDpi == dpi))
            wanted << i;
    }
    // The current page first, then the nearest.
    std::sort(wanted.begin(), wanted.end(), [this](int a, int b) { return std::abs(a - m_page) < std::abs(b - m_page); });
    const quint64 document = m_documentGeneration;
    for (int page : std::as_const(wanted)) {
        PageSlot &slot = m_slots[page];
        const quint64 generation = ++slot.generation;
        slot.rendering = true;
        slot.wantedDpi = dpi;
        QtConcurrent::run(&m_pool, &PageRenderer::render, m_path, m_password, page, dpi)
            .then(this, [this, document, generation, page, dpi](const Result<QImage> &image) {
                if (document != m_documentGeneration || page >= int(m_slots.size()) || generation != m_slots[page].generation)
                    return;
                PageSlot &slot = m_slots[page];
                slot.rendering = false;
                if (!image) {
                    Q_EMIT errorOccurred(image.error().message);
                    return;
                }
                // QPixmap only on the GUI thread; the item is scaled so the image covers the page exactly.
                const QPixmap pixmap = QPixmap::fromImage(*image);
                slot.pixmap->setPixmap(pixmap);
                if (pixmap.width() > 0)
                    slot.pixmap->setScale(m_layout.pageSizes[page].width() / pixmap.width());
                slot.dpi = dpi;
                Q_EMIT pageRendered(page);
            });
    }
}

void PageView::dropPixmap(int page)
{
    PageSlot &slot = m_slots[page];
    if (slot.rendering || !slot.pixmap->pixmap().isNull())
        ++slot.generation;   // a render on its way is of no use now
    slot.rendering = false;
    slot.dpi = 0;
    if (!slot.pixmap->pixmap().isNull())
        slot.pixmap->setPixmap({});
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
    QScrollBar *bar = verticalScrollBar();
    const bool forward = event->key() == Qt::Key_PageDown || (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier);
    const bool backward = event->key() == Qt::Key_PageUp || (event->key() == Qt::Key_Space && event->modifiers() == Qt::ShiftModifier);
    const bool home = event->key() == Qt::Key_Home && (m_continuous || event->modifiers() == Qt::ControlModifier);
    const bool end = event->key() == Qt::Key_End && (m_continuous || event->modifiers() == Qt::ControlModifier);
    if (home) {
        setPage(0);
        bar->setValue(bar->minimum());
        return;
    }
    if (end) {
        setPage(pageCount() - 1);
        if (m_continuous) {
            m_scrollingToPage = true;
            bar->setValue(bar->maximum());
            m_scrollingToPage = false;
        }
        return;
    }
    if (m_continuous && (forward || backward)) {   // the whole document scrolls: a screen at a time
        bar->triggerAction(forward ? QAbstractSlider::SliderPageStepAdd : QAbstractSlider::SliderPageStepSub);
        return;
    }
    // One page at a time: paging past the end of a page turns it, as in any document reader.
    if (forward && bar->value() >= bar->maximum() && m_page + 1 < pageCount()) {
        nextPage();
        return;
    }
    if (backward && bar->value() <= bar->minimum() && m_page > 0) {
        previousPage();
        bar->setValue(bar->maximum());
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
    if (m_continuous && isLoaded()) {
        updateCurrentFromScroll();
        scheduleRender();   // the pages coming into view, once the scroll pauses
    }
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
