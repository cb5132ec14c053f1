// SPDX-License-Identifier: MIT
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QAction>
#include <QScrollBar>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTest>

#include "tests/support/testpaths.h"
#include "ui/search/searchresultmodel.h"
#include "ui/viewer/pageview.h"
#include "ui/viewer/thumbnailstrip.h"
#include "ui/viewer/viewerpanel.h"

using namespace PageLens;

class tst_PageView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void loadsAndNavigates();
    void fitWidthAndFitPage();
    void zoomStepsAndRenderDpi();
    void highlightsFollowZoom();
    void staleRendersAreDropped();
    void missingFileShowsError();
    void panelControlsFollowView();
    void snippetMarkup();

private:
    void openFourPages();
    QRectF viewportRect(QGraphicsItem *item) const;
    PageView *m_view = nullptr;
};

void tst_PageView::init()
{
    m_view = new PageView;
    m_view->resize(800, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void tst_PageView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void tst_PageView::openFourPages()
{
    QSignalSpy loaded(m_view, &PageView::documentLoaded);
    m_view->openDocument(Test::corpusPath(QStringLiteral("pdfs/docling-normal_4pages.pdf")), {});
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);   // also when it fired before the wait
    QCOMPARE(loaded.first().first().toInt(), 4);
}

QRectF tst_PageView::viewportRect(QGraphicsItem *item) const
{
    return m_view->mapFromScene(item->sceneBoundingRect()).boundingRect();
}

void tst_PageView::loadsAndNavigates()
{
    openFourPages();
    QCOMPARE(m_view->pageCount(), 4);
    QCOMPARE(m_view->currentPage(), 0);
    QSignalSpy changed(m_view, &PageView::currentPageChanged);
    m_view->nextPage();
    QCOMPARE(m_view->currentPage(), 1);
    m_view->setPage(99);
    QCOMPARE(m_view->currentPage(), 3);
    m_view->nextPage();
    QCOMPARE(m_view->currentPage(), 3);
    m_view->previousPage();
    QCOMPARE(m_view->currentPage(), 2);
    QCOMPARE(changed.count(), 3);
    QTest::keyClick(m_view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(m_view->currentPage(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->pixmapItem()->pixmap().isNull(), 10000);
}

void tst_PageView::fitWidthAndFitPage()
{
    openFourPages();
    m_view->setFitMode(PageView::FitMode::Page);
    QRectF page = viewportRect(m_view->pageItem());
    const QRect viewport = m_view->viewport()->rect();
    QVERIFY2(page.width() <= viewport.width() + 1 && page.height() <= viewport.height() + 1, "fit page overflows");
    QVERIFY(page.height() > 0.85 * viewport.height() || page.width() > 0.85 * viewport.width());

    m_view->setFitMode(PageView::FitMode::Width);
    page = viewportRect(m_view->pageItem());
    QVERIFY(page.width() <= m_view->viewport()->width() + 1);
    QVERIFY(page.width() > 0.85 * m_view->viewport()->width());

    // Fit follows the window.
    const double before = m_view->zoom();
    m_view->resize(1000, 600);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->zoom() > before, 30000);
}

void tst_PageView::zoomStepsAndRenderDpi()
{
    openFourPages();
    QSignalSpy zoomed(m_view, &PageView::zoomChanged);
    m_view->setZoom(1.0);
    QCOMPARE(m_view->fitMode(), PageView::FitMode::None);
    m_view->zoomIn();
    QVERIFY(m_view->zoom() > 1.0);
    m_view->zoomOut();
    m_view->zoomOut();
    QVERIFY(m_view->zoom() < 1.0);
    m_view->setZoom(100);
    QCOMPARE(m_view->zoom(), PageView::maxZoom);
    m_view->setZoom(1.5);
    QVERIFY(zoomed.count() >= 4);
    // Rendering follows the zoom once it settles, at the dpi the screen needs.
    const double wanted = 1.5 * m_view->logicalDpiX() * m_view->devicePixelRatioF();
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(m_view->renderedDpi() - wanted) < 1, 10000);
    const QSizeF pixmap = m_view->pixmapItem()->sceneBoundingRect().size();
    QVERIFY(qAbs(pixmap.width() - m_view->pageSize().width()) < 0.5);
}

void tst_PageView::highlightsFollowZoom()
{
    openFourPages();
    const NormalizedRect box{0.2, 0.3, 0.6, 0.35};
    m_view->setHighlights({box, NormalizedRect{}});
    QCOMPARE(m_view->highlightItems().size(), 1);   // invalid boxes are skipped
    QGraphicsRectItem *item = m_view->highlightItems().first();
    const QSizeF size = m_view->pageSize();
    const QRectF expected = box.toRect(size);
    QVERIFY(item->rect().contains(expected));
    QVERIFY(m_view->pageItem()->sceneBoundingRect().contains(item->sceneBoundingRect()));

    m_view->setZoom(1.0);
    const QRectF at100 = viewportRect(item);
    m_view->setZoom(2.0);
    const QRectF at200 = viewportRect(item);
    QVERIFY(qAbs(at200.width() / at100.width() - 2.0) < 0.05);
    const QRectF pageAt200 = viewportRect(m_view->pageItem());
    QVERIFY(qAbs((at200.left() - pageAt200.left()) / pageAt200.width() - (expected.left() - 1) / size.width()) < 0.01);

    m_view->nextPage();
    QVERIFY(m_view->highlightItems().isEmpty());
}

void tst_PageView::staleRendersAreDropped()
{
    openFourPages();
    QSignalSpy rendered(m_view, &PageView::pageRendered);
    m_view->setPage(1);
    m_view->setPage(2);
    m_view->setPage(3);
    QTRY_VERIFY_WITH_TIMEOUT(!rendered.isEmpty(), 10000);   // also when it fired before the wait
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->pixmapItem()->pixmap().isNull(), 10000);
    for (const QList<QVariant> &arguments : rendered)
        QCOMPARE(arguments.first().toInt(), 3);
}

void tst_PageView::missingFileShowsError()
{
    QSignalSpy failed(m_view, &PageView::errorOccurred);
    m_view->openDocument(QStringLiteral("/nonexistent/file.pdf"), {});
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);   // also when it fired before the wait
    QVERIFY(!m_view->isLoaded());
    QVERIFY(!m_view->pageItem()->isVisible());
}

void tst_PageView::panelControlsFollowView()
{
    ViewerPanel panel;
    panel.resize(900, 600);
    panel.show();
    SearchHit hit;
    hit.path = Test::corpusPath(QStringLiteral("pdfs/docling-normal_4pages.pdf"));
    hit.ref.page = 2;
    hit.boxes = {NormalizedRect{0.1, 0.1, 0.5, 0.15}};
    panel.showHit(hit, {});
    QTRY_VERIFY_WITH_TIMEOUT(panel.pageView()->isLoaded(), 10000);
    QCOMPARE(panel.pageView()->currentPage(), 2);
    QCOMPARE(panel.pageView()->highlightItems().size(), 1);
    QCOMPARE(panel.pageSpin()->value(), 3);
    QVERIFY(panel.previousPageAction()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(panel.thumbnails()->renderedCount(), 4, 20000);
    QCOMPARE(panel.thumbnails()->currentRow(), 2);

    panel.pageSpin()->setValue(4);
    QCOMPARE(panel.pageView()->currentPage(), 3);
    QVERIFY(!panel.nextPageAction()->isEnabled());
    panel.thumbnails()->setCurrentRow(0);
    QCOMPARE(panel.pageView()->currentPage(), 0);
    QCOMPARE(panel.pageSpin()->value(), 1);
}

void tst_PageView::snippetMarkup()
{
    QCOMPARE(SearchResultModel::snippetToHtml(QStringLiteral("a [b] <c> [d]")),
             QStringLiteral("a <b>b</b> &lt;c&gt; <b>d</b>"));
    QCOMPARE(SearchResultModel::snippetToHtml(QStringLiteral("open [end")), QStringLiteral("open [end"));
    QCOMPARE(SearchResultModel::snippetToPlainText(QStringLiteral("x [y] z")), QStringLiteral("x y z"));
    // Why a hit matched, in words: no raw score is shown.
    SearchHit hit;
    hit.signalScores.insert(QStringLiteral("bm25"), {12.5, 1});
    hit.signalScores.insert(QStringLiteral("dense"), {0.81, 3});
    hit.matchedTerms = {QStringLiteral("boeing"), QStringLiteral("aviation")};
    SearchResultModel model;
    model.setHits({hit});
    QCOMPARE(model.index(0, 0).data(SearchResultModel::WhyRole).toString(),
             QStringLiteral("matched: boeing, aviation · signals: bm25, dense"));
    QVERIFY(!model.index(0, 0).data(Qt::AccessibleTextRole).toString().contains(QLatin1String("12.5")));
}

QTEST_MAIN(tst_PageView)
#include "tst_pageview.moc"
