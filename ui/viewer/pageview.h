// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsRectItem>
#include <QGraphicsView>
#include <QThreadPool>
#include <QTimer>
#include <QVector>

#include <vector>

#include "core/model/normalizedrect.h"
#include "ui/viewer/documentlayout.h"

class QGraphicsPixmapItem;
class QGraphicsRectItem;

namespace PageLens {

/**
 * A document on a QGraphicsView: one page, or all pages stacked (continuous). Scene units are page
 * points, so the view transform is the zoom (and rotation) and overlay boxes placed from
 * NormalizedRect stay on their words at any zoom. Every page has a white placeholder of its size
 * from the layout; pixmaps render on a worker only for pages near the viewport, at the dpi the zoom
 * needs, and are dropped again far from it. Single-page mode is the same code with one page laid
 * out. Generations drop renders that arrive after the page, zoom or document changed. The current
 * page is the one set, or in continuous mode the one under the viewport's centre after a scroll;
 * pageItem() is a transparent frame over it that the page's layers are children of.
 */
class PageView : public QGraphicsView
{
    Q_OBJECT
public:
    enum class FitMode { None, Width, Page };
    Q_ENUM(FitMode)

    explicit PageView(QWidget *parent = nullptr);
    ~PageView() override;

    /** Shows `page` of a document, loading it first when it is not the one shown. */
    void openDocument(const QString &path, const QString &password, int page = 0,
                      const QVector<NormalizedRect> &highlights = {});
    void closeDocument();
    QString documentPath() const { return m_path; }
    QString documentPassword() const { return m_password; }
    const DocumentLayout &layout() const { return m_layout; }
    bool isLoaded() const { return m_layout.pageCount() > 0; }
    int pageCount() const { return m_layout.pageCount(); }
    int currentPage() const { return m_page; }
    QSizeF pageSize() const;

    /** Shows `page`: at the top of the viewport in continuous mode. */
    void setPage(int page);
    void nextPage();
    void previousPage();

    /** Boxes on the current page (matched words); they go when the page changes. */
    void setHighlights(const QVector<NormalizedRect> &boxes);
    QList<QGraphicsRectItem *> highlightItems() const { return m_highlights; }
    /** What the boxes mark (matched words, a cited source), read with them as the view's accessible description. */
    void setHighlightSubject(const QString &subject);
    /** What hovering a highlight says (e.g. "matched: kitten"); kept for the boxes of later pages too. */
    void setHighlightToolTip(const QString &toolTip);
    /** The frame over the current page: its layers are children, in page points. */
    QGraphicsRectItem *pageItem() const { return m_pageItem; }
    /** The current page's image. */
    QGraphicsPixmapItem *pixmapItem() const;
    /** The placeholder of `page` (white until its pixmap arrives); null when it is not laid out. */
    QGraphicsRectItem *pageSlotItem(int page) const;
    /** How many pages hold a rendered pixmap now (bounded: only pages near the viewport keep one). */
    int renderedPixmapCount() const;

    /** All pages stacked vertically (true) or one page at a time. */
    bool isContinuous() const { return m_continuous; }
    void setContinuous(bool continuous);

    /** 1.0 shows a page at its printed size on this screen. */
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    FitMode fitMode() const { return m_fitMode; }
    void setFitMode(FitMode mode);
    /** Clockwise quarter turns of the view (0, 90, 180 or 270 degrees); the scene stays in page points. */
    int rotation() const { return m_rotation; }
    void setRotation(int degrees);
    void rotateLeft() { setRotation(m_rotation - 90); }
    void rotateRight() { setRotation(m_rotation + 90); }
    /** The root item of the search-hit boxes (the "hits" layer), a child of the page item. */
    QGraphicsItem *hitLayer() const { return m_hitLayer; }
    /** Dots per inch of the image shown now (0 before the first render). */
    double renderedDpi() const;

    static constexpr double minZoom = 0.1;
    static constexpr double maxZoom = 8.0;

Q_SIGNALS:
    void documentLoaded(int pageCount);
    void currentPageChanged(int page);
    void zoomChanged(double zoom);
    void fitModeChanged(PageLens::PageView::FitMode mode);
    void rotationChanged(int degrees);
    void pageRendered(int page);
    void errorOccurred(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    // The focus frame is drawn over the viewport: it is repainted whole when the focus or the scroll changes.
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    double scaleForZoom(double zoom) const;
    double fitZoom() const;
    void applyZoom(double zoom);
    void scheduleRender();
    void requestRender();
    void showMessage(const QString &message);
    void updateAccessibleDescription();
    void layoutPages();
    QTransform rotationTransform() const;
    int pageAtDisplayY(double y) const;
    QRectF visibleDisplayRect() const;
    void scrollToDisplayY(double y);
    void updateCurrentFromScroll();
    void makeCurrent(int page);
    void dropPixmap(int page);

    struct PageSlot {
        QGraphicsRectItem *shadow = nullptr;
        QGraphicsRectItem *page = nullptr;
        QGraphicsPixmapItem *pixmap = nullptr;
        QRectF display;   // where the page sits on screen before zoom: rotated, in points
        double dpi = 0;   // of the pixmap it holds (0: none)
        double wantedDpi = 0;   // of the render on its way
        quint64 generation = 0;   // bumped when a render of it is no longer wanted
        bool rendering = false;
    };

    QGraphicsScene *m_scene;
    QGraphicsRectItem *m_pageItem;   // the frame over the current page
    QGraphicsPixmapItem *m_noPixmap;   // what pixmapItem() gives without a page
    QGraphicsRectItem *m_hitLayer;   // holds m_highlights, so the layer toggles as one; on the page of the boxes
    std::vector<PageSlot> m_slots;   // one per page of the document
    bool m_continuous = false;
    bool m_scrollingToPage = false;   // a scroll made by setPage: the page set stays current
    QList<QGraphicsRectItem *> m_highlights;
    QString m_highlightSubject;
    QString m_highlightToolTip;
    int m_highlightPage = -1;

    QString m_path;
    QString m_password;
    DocumentLayout m_layout;
    bool m_loading = false;
    int m_page = -1;
    int m_pendingPage = 0;
    QVector<NormalizedRect> m_pendingHighlights;
    QString m_message;

    double m_zoom = 1.0;
    FitMode m_fitMode = FitMode::Width;
    int m_rotation = 0;
    quint64 m_documentGeneration = 0;
    quint64 m_renderGeneration = 0;
    QTimer m_renderTimer;
    QThreadPool m_pool;   // renders for this view only, so thumbnails or indexing never queue ahead
};

} // namespace PageLens
