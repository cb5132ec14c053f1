// SPDX-License-Identifier: MIT
// Continuous scrolling in the viewer: scrolling makes the page under the viewport's centre current,
// setPage() brings a page to the top, a hit box and a detection drawn on page 3 land on page 3's
// pixels, F3 scrolls to a hit on a later page, and a long PDF keeps only a few pixmaps however far
// it is scrolled. Pixel checks find the page's edges in the grabbed viewport (white page, dark gap
// and backdrop) and place the expected box from the known normalized rectangle, never from the
// layer code.
#include <QAction>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QWheelEvent>

#include "tests/support/testpaths.h"
#include "ui/viewer/findbar.h"
#include "ui/viewer/pagelayers.h"
#include "ui/viewer/pageview.h"
#include "ui/viewer/thumbnailstrip.h"
#include "ui/viewer/viewerpanel.h"

using namespace PageLens;

namespace {

const NormalizedRect kBox{0.2, 0.3, 0.6, 0.45};

bool isWhite(QRgb c)
{
    return qRed(c) > 200 && qGreen(c) > 200 && qBlue(c) > 200;
}

bool isDark(QRgb c)
{
    return qRed(c) < 110 && qGreen(c) < 110 && qBlue(c) < 110;
}

bool isSaturated(QRgb c)
{
    const int hi = std::max({qRed(c), qGreen(c), qBlue(c)});
    const int lo = std::min({qRed(c), qGreen(c), qBlue(c)});
    return hi - lo > 90;
}

bool colouredNear(const QImage &grab, QPoint p, int radius = 3)
{
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint q = p + QPoint(dx, dy);
            if (grab.rect().contains(q) && isSaturated(grab.pixel(q)))
                return true;
        }
    return false;
}

/**
 * The bounds of the page around `inside` in a grab: along the row, the first and last white pixels
 * (the page's margins; the backdrop is dark); along a column in the left margin, up and down to
 * the dark gap between pages.
 */
QRect pageAround(const QImage &grab, QPoint inside)
{
    int left = 0, right = grab.width() - 1;
    while (left < right && !isWhite(grab.pixel(left, inside.y())))
        ++left;
    while (right > left && !isWhite(grab.pixel(right, inside.y())))
        --right;
    const int x = left + 3;   // in the page's white margin
    int top = inside.y(), bottom = inside.y();
    while (top > 0 && !isDark(grab.pixel(x, top - 1)))
        --top;
    while (bottom + 1 < grab.height() && !isDark(grab.pixel(x, bottom + 1)))
        ++bottom;
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

QPoint onPage(const QRect &page, double u, double v)
{
    return QPoint(qRound(page.left() + u * (page.width() - 1)), qRound(page.top() + v * (page.height() - 1)));
}

} // namespace

class tst_Continuous : public QObject
{
    Q_OBJECT
private:
    ViewerPanel *m_panel = nullptr;
    PageView *view() const { return m_panel->pageView(); }

    void open(const QString &corpusFile, int pages)
    {
        QSignalSpy loaded(view(), &PageView::documentLoaded);
        m_panel->openDocument(Test::corpusPath(corpusFile), {}, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        QCOMPARE(view()->pageCount(), pages);
        QTRY_VERIFY_WITH_TIMEOUT(view()->renderedDpi() > 0, 20000);
    }

    QRect viewportRectOf(QGraphicsItem *item) const
    {
        return view()->mapFromScene(item->sceneBoundingRect()).boundingRect();
    }

    QImage settledGrab()
    {
        QTest::qWait(300);   // the renders after the scroll, and the repaint
        QCoreApplication::processEvents();
        return view()->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    }

    /** Checks a box at kBox on the page containing the viewport point `inside`. */
    void checkBoxOnPage(const QImage &grab, QPoint inside)
    {
        const QRect page = pageAround(grab, inside);
        QVERIFY2(page.width() > 200 && page.height() > 100, "no page around the point");
        // The whole page: its shape is the page's (a cut page would not be).
        const QSizeF size = view()->pageSize();
        QVERIFY2(std::abs(double(page.height()) / page.width() - size.height() / size.width()) < 0.03, "the page in the grab is not whole");
        const double midV = (kBox.top + kBox.bottom) / 2;
        const double midU = (kBox.left + kBox.right) / 2;
        QVERIFY2(colouredNear(grab, onPage(page, kBox.left, midV)), "the box's left edge is not where the box says");
        QVERIFY2(colouredNear(grab, onPage(page, kBox.right, midV)), "the box's right edge is not where the box says");
        QVERIFY2(colouredNear(grab, onPage(page, midU, kBox.top)), "the box's top edge");
        QVERIFY2(colouredNear(grab, onPage(page, midU, kBox.bottom)), "the box's bottom edge");
        QVERIFY2(!colouredNear(grab, onPage(page, kBox.left - 0.04, midV), 1), "colour left of the box");
        QVERIFY2(!colouredNear(grab, onPage(page, midU, kBox.bottom + 0.04), 1), "colour below the box");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        m_panel = new ViewerPanel;
        m_panel->resize(900, 700);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    }

    void cleanup()
    {
        delete m_panel;
        m_panel = nullptr;
    }

    void onByDefaultAndRemembered()
    {
        QVERIFY(m_panel->continuousAction()->isChecked());
        QVERIFY(view()->isContinuous());
        m_panel->continuousAction()->setChecked(false);
        QVERIFY(!view()->isContinuous());
        ViewerPanel second;
        QVERIFY(!second.continuousAction()->isChecked());
        QVERIFY(!second.pageView()->isContinuous());
        m_panel->continuousAction()->setChecked(true);
        QVERIFY(QSettings().value(QStringLiteral("viewer/continuous")).toBool());
    }

    void scrollingDownMakesTheNextPageCurrent()
    {
        open(QStringLiteral("pdfs/docling-normal_4pages.pdf"), 4);
        QCOMPARE(view()->currentPage(), 0);
        // Every page is laid out (placeholders) before it renders.
        for (int page = 0; page < 4; ++page)
            QVERIFY(view()->pageSlotItem(page));
        QVERIFY(view()->pageSlotItem(1)->sceneBoundingRect().top() > view()->pageSlotItem(0)->sceneBoundingRect().bottom());
        QSignalSpy changed(view(), &PageView::currentPageChanged);
        view()->setFocus();
        for (int i = 0; i < 30 && view()->currentPage() == 0; ++i)
            QTest::keyClick(view(), Qt::Key_PageDown);
        QCOMPARE(view()->currentPage(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toInt(), 1);
        // Page 2 is the one under the viewport's centre; the page field and thumbnails follow.
        const QPoint centre = view()->viewport()->rect().center();
        QVERIFY(viewportRectOf(view()->pageSlotItem(1)).adjusted(0, -12, 0, 12).contains(centre));
        QCOMPARE(m_panel->pageSpin()->value(), 2);
        QCOMPARE(m_panel->thumbnails()->currentRow(), 1);
        // The wheel scrolls through the document too; End and Home reach its ends.
        const int before = view()->verticalScrollBar()->value();
        QWheelEvent wheel(QPointF(centre), view()->viewport()->mapToGlobal(QPointF(centre)), QPoint(), QPoint(0, -120 * 10),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view()->viewport(), &wheel);
        QVERIFY(view()->verticalScrollBar()->value() > before);
        QVERIFY(view()->currentPage() >= 1);
        QTest::keyClick(view(), Qt::Key_End);
        QCOMPARE(view()->currentPage(), 3);
        QCOMPARE(view()->verticalScrollBar()->value(), view()->verticalScrollBar()->maximum());
        QTest::keyClick(view(), Qt::Key_Home);
        QCOMPARE(view()->currentPage(), 0);
        QCOMPARE(view()->verticalScrollBar()->value(), view()->verticalScrollBar()->minimum());

        // Turned a quarter, the pages still follow each other downwards, and scrolling still turns them.
        m_panel->rotateRightAction()->trigger();
        QCOMPARE(view()->currentPage(), 0);
        QVERIFY(viewportRectOf(view()->pageSlotItem(1)).top() > viewportRectOf(view()->pageSlotItem(0)).bottom());
        QVERIFY(viewportRectOf(view()->pageSlotItem(0)).width() > viewportRectOf(view()->pageSlotItem(0)).height());
        for (int i = 0; i < 30 && view()->currentPage() == 0; ++i)
            QTest::keyClick(view(), Qt::Key_PageDown);
        QCOMPARE(view()->currentPage(), 1);
        QVERIFY(viewportRectOf(view()->pageSlotItem(1)).contains(centre));
    }

    void setPageShowsThePageAtTheTop()
    {
        open(QStringLiteral("pdfs/pypdf-GeoTopo-komprimiert.pdf"), 117);
        view()->setPage(5);
        QCOMPARE(view()->currentPage(), 5);
        QCOMPARE(m_panel->pageSpin()->value(), 6);
        const QRect page = viewportRectOf(view()->pageSlotItem(5));
        QVERIFY2(page.top() >= 0 && page.top() < 15, qPrintable(QStringLiteral("page 6 starts at %1").arg(page.top())));
        // And it renders there: its pixels are in the viewport's first rows.
        QTRY_VERIFY_WITH_TIMEOUT(!view()->pageSlotItem(5)->childItems().isEmpty()
                                     && !static_cast<QGraphicsPixmapItem *>(view()->pageSlotItem(5)->childItems().first())->pixmap().isNull(),
                                 20000);
        QCOMPARE(view()->pixmapItem()->parentItem(), view()->pageSlotItem(5));
    }

    void hitAndDetectionLandOnPageThree()
    {
        open(QStringLiteral("pdfs/docling-normal_4pages.pdf"), 4);
        m_panel->fitPageAction()->trigger();   // page 3 whole in the viewport, pages 2 and 4 beside it
        SearchHit hit;
        hit.path = view()->documentPath();
        hit.ref.page = 2;
        hit.boxes = {kBox};
        m_panel->showHit(hit, {});
        QCOMPARE(view()->currentPage(), 2);
        QCOMPARE(view()->highlightItems().size(), 1);
        QImage grab = settledGrab();
        // Showing page 3 put it at the top of the viewport, page 2 above (out of view) and page 4
        // below: the page found at the top of the grab is page 3, and the box must be there.
        const QPoint inside(view()->viewport()->width() / 2, 40);
        QVERIFY(viewportRectOf(view()->pageSlotItem(2)).contains(inside));
        checkBoxOnPage(grab, inside);

        // Detections of the current page go on that page too.
        view()->setHighlights({});
        Detection cat;
        cat.label = QStringLiteral("cat");
        cat.box = kBox;
        m_panel->layers()->setDetections(2, {cat});
        grab = settledGrab();
        checkBoxOnPage(grab, inside);
    }

    void findNextScrollsToALaterPage()
    {
        open(QStringLiteral("pdfs/docling-normal_4pages.pdf"), 4);
        FindBar *bar = m_panel->findBar();
        bar->activate();
        bar->field()->setText(QStringLiteral("word"));
        SearchHit first, later;
        first.path = later.path = view()->documentPath();
        first.ref.page = 0;
        first.boxes = {NormalizedRect{0.1, 0.1, 0.3, 0.12}};
        later.ref.page = 3;
        later.boxes = {NormalizedRect{0.5, 0.8, 0.7, 0.82}};
        bar->setHits(QStringLiteral("word"), {first, later});
        QCOMPARE(view()->currentPage(), 0);
        m_panel->findNextAction()->trigger();
        QCOMPARE(bar->current(), 1);
        QCOMPARE(view()->currentPage(), 3);
        QCOMPARE(view()->highlightItems().size(), 1);
        const QRect box = view()->mapFromScene(view()->highlightItems().first()->sceneBoundingRect()).boundingRect();
        QVERIFY2(view()->viewport()->rect().contains(box), "the hit on page 4 is not scrolled into view");
        QVERIFY(viewportRectOf(view()->pageSlotItem(3)).contains(box));
        m_panel->findNextAction()->trigger();   // wraps to page 1
        QCOMPARE(view()->currentPage(), 0);
    }

    void longDocumentKeepsFewPixmaps()
    {
        open(QStringLiteral("pdfs/pypdf-GeoTopo-komprimiert.pdf"), 117);
        QSignalSpy rendered(view(), &PageView::pageRendered);
        QScrollBar *bar = view()->verticalScrollBar();
        int most = 0;
        int steps = 0;
        while (bar->value() < bar->maximum()) {
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
            // Pause now and then, long enough for the pages in view to render.
            QTest::qWait(++steps % 12 == 0 ? 400 : 20);
            most = std::max(most, view()->renderedPixmapCount());
        }
        QTRY_VERIFY_WITH_TIMEOUT(view()->renderedDpi() > 0, 20000);
        most = std::max(most, view()->renderedPixmapCount());
        QCOMPARE(view()->currentPage(), 116);
        QSet<int> pages;
        for (const QList<QVariant> &arguments : std::as_const(rendered))
            pages.insert(arguments.first().toInt());
        qInfo("scrolled %d screens; %d pages rendered on the way, at most %d pixmaps at once", steps, int(pages.size()), most);
        QVERIFY2(pages.size() > 20, "pages were not rendered on the way");
        QVERIFY2(most <= 8, qPrintable(QStringLiteral("%1 pixmaps held at once").arg(most)));
    }
};

QTEST_MAIN(tst_Continuous)
#include "tst_continuous.moc"
