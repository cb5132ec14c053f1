// SPDX-License-Identifier: MIT
// The viewer's page layers: detections land on the right pixels of the rendered page at two zoom
// levels and after rotation, layers toggle, the legend lists the labels, thumbnails mark pages with
// objects, the heatmap layer shows where a query matched, segmentation masks are outlined, and the
// layer toggles are remembered between sessions. Expected pixels are computed from the
// known normalized box and the page's bounds found in the grabbed viewport (the white page on the
// dark backdrop), never from the overlay code.
#include <QBuffer>
#include <QComboBox>
#include <QGraphicsScene>
#include <QPainter>
#include <QLabel>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/library/catalog.h"
#include "core/library/library.h"
#include "core/model/documentstatus.h"
#include "core/service/libraryservice.h"
#include "tests/support/testpaths.h"
#include "ui/library/documentmodel.h"
#include "ui/library/librarycontroller.h"
#include "ui/mainwindow.h"
#include "ui/viewer/detectionlayer.h"
#include "ui/viewer/heatmaplayer.h"
#include "ui/viewer/layercontroller.h"
#include "ui/viewer/layerlegend.h"
#include "ui/viewer/pagelayers.h"
#include "ui/viewer/pageview.h"
#include "ui/viewer/thumbnailstrip.h"
#include "ui/viewer/viewerpanel.h"

using namespace PageLens;

namespace {

const NormalizedRect kCatBox{0.2, 0.1, 0.6, 0.5};   // box_2d [100, 200, 500, 600]
const NormalizedRect kDogBox{0.55, 0.6, 0.9, 0.85};

bool isPageWhite(QRgb c)
{
    return qRed(c) > 200 && qGreen(c) > 200 && qBlue(c) > 200;
}

bool isSaturated(QRgb c)
{
    const int hi = std::max({qRed(c), qGreen(c), qBlue(c)});
    const int lo = std::min({qRed(c), qGreen(c), qBlue(c)});
    return hi - lo > 90;
}

/** The bounds of the page in a grab: the white pixels (margins are white; the backdrop and shadow are dark). */
QRect pageBounds(const QImage &grab)
{
    int left = grab.width(), top = grab.height(), right = -1, bottom = -1;
    for (int y = 0; y < grab.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(grab.constScanLine(y));
        for (int x = 0; x < grab.width(); ++x) {
            if (isPageWhite(line[x])) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

/** Whether a saturated (box-coloured) pixel is within `radius` of `p`. */
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

/** A normalized page point on screen, given the page's bounds and the view's clockwise rotation. */
QPoint onScreen(const QRect &page, double u, double v, int rotation)
{
    double x = u, y = v;
    switch (rotation) {
    case 90: x = 1 - v; y = u; break;
    case 180: x = 1 - u; y = 1 - v; break;
    case 270: x = v; y = 1 - u; break;
    default: break;
    }
    return QPoint(qRound(page.left() + x * (page.width() - 1)), qRound(page.top() + y * (page.height() - 1)));
}

} // namespace

class tst_PageLayers : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LibraryController *m_controller = nullptr;
    MainWindow *m_window = nullptr;
    qint64 m_documentId = 0;
    QString m_path;

    ViewerPanel *viewer() const { return m_window->viewerPanel(); }
    PageView *view() const { return viewer()->pageView(); }
    PageLayers *layers() const { return viewer()->layers(); }

    QImage settledGrab()
    {
        QTest::qWait(250);   // the render after a zoom step, and the repaint
        QCoreApplication::processEvents();
        return view()->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    }

    /** Checks the cat box's left edge and the dog box's bottom edge where the page's bounds say they are. */
    void checkBoxesOnScreen(int rotation)
    {
        const QImage grab = settledGrab();
        const QRect page = pageBounds(grab);
        QVERIFY2(page.isValid() && page.width() > 100, "no page in the grab");
        const QSizeF size = view()->pageSize();
        const double aspect = rotation % 180 ? size.width() / size.height() : size.height() / size.width();
        QVERIFY2(std::abs(double(page.height()) / page.width() - aspect) < 0.03, "the page in the grab is not the whole page");
        // On the edges: coloured. Just inside and outside: not (the page shows through).
        const double midCatV = (kCatBox.top + kCatBox.bottom) / 2;
        QVERIFY2(colouredNear(grab, onScreen(page, kCatBox.left, midCatV, rotation)), "cat's left edge is not where the box says");
        QVERIFY2(colouredNear(grab, onScreen(page, kCatBox.right, midCatV, rotation)), "cat's right edge is not where the box says");
        QVERIFY2(colouredNear(grab, onScreen(page, (kCatBox.left + kCatBox.right) / 2, kCatBox.bottom, rotation)), "cat's bottom edge");
        QVERIFY2(colouredNear(grab, onScreen(page, (kDogBox.left + kDogBox.right) / 2, kDogBox.bottom, rotation)), "dog's bottom edge");
        const double inset = 0.03;   // a few screen pixels at these zooms, far more than the 2 px pen
        QVERIFY2(!colouredNear(grab, onScreen(page, kCatBox.left + inset, midCatV, rotation), 1), "colour inside the cat box");
        QVERIFY2(!colouredNear(grab, onScreen(page, kCatBox.left - inset, midCatV, rotation), 1), "colour left of the cat box");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // One page at a time: pageBounds() looks for the only page in the grab (tst_continuous checks layers on stacked pages).
        QSettings().setValue(QStringLiteral("viewer/continuous"), false);
        QVERIFY(m_dir.isValid());
        m_controller = new LibraryController(this);
        m_window = new MainWindow(m_controller);
        m_window->resize(1200, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QSignalSpy opened(m_controller, &LibraryController::libraryOpened);
        m_controller->open(m_dir.filePath(QStringLiteral("library")));
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30000);
        m_path = Test::corpusPath(QStringLiteral("pdfs/docling-code_and_formula.pdf"));
        m_window->addPaths({m_path});
        DocumentModel *model = m_window->documentModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->documentCount(), 1, 20000);
        const QModelIndex group = model->index(0, 0, model->index(0, 0));
        m_documentId = model->index(0, 0, group).data(DocumentModel::DocumentIdRole).toLongLong();
        QTRY_COMPARE_WITH_TIMEOUT(toString(DocumentStatus(model->indexOfDocument(m_documentId).data(DocumentModel::StatusRole).toInt())),
                                  toString(DocumentStatus::Indexed), 60000);

        // Two stored objects on page 1, written through the catalog as `detect --store` would.
        auto catalog = m_controller->service()->library()->catalog();
        auto record = catalog->page({m_documentId, 0});
        QVERIFY(record);
        Detection cat;
        cat.label = QStringLiteral("cat");
        cat.box2d = {100, 200, 500, 600};
        cat.box = kCatBox;
        Detection dog;
        dog.label = QStringLiteral("dog");
        dog.box2d = {600, 550, 850, 900};
        dog.box = kDogBox;
        QVERIFY(catalog->replaceDetections(record->id, QStringLiteral("find the animals"), QStringLiteral("gemini-2.5-flash"), {cat, dog}));

        QSignalSpy loaded(m_window->layerController(), &LayerController::detectionsLoaded);
        viewer()->openDocument(m_path, {}, 0);
        Q_EMIT m_window->currentDocumentChanged(m_documentId);   // what MainWindow says when it opens a document
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && loaded.last().at(1).toInt() == 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(view()->renderedDpi() > 0, 20000);
    }

    void cleanupTestCase()
    {
        delete m_window;
    }

    void maskOutlinesOnlyForDetectionsWithMasks()
    {
        // A 40 x 20 mask whose object is its middle half (x 10-30, y 5-15), as Gemini 2.5 sends it.
        QImage mask(40, 20, QImage::Format_Grayscale8);
        mask.fill(0);
        QPainter(&mask).fillRect(QRect(10, 5, 20, 10), Qt::white);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(mask.save(&buffer, "PNG"));

        Detection masked;
        masked.label = QStringLiteral("cat");
        masked.box = kCatBox;
        masked.mask = png;
        Detection plain;
        plain.label = QStringLiteral("dog");
        plain.box = kDogBox;
        Detection unreadable = plain;
        unreadable.label = QStringLiteral("bird");
        unreadable.mask = QByteArray("not a png");

        QGraphicsScene scene;
        auto *layer = new DetectionLayer;
        scene.addItem(layer);
        layer->setDetections({plain, masked, unreadable}, QSizeF(600, 800));
        QCOMPARE(layer->boxItems().size(), 3);
        const auto outlines = layer->outlineItems();
        QCOMPARE(outlines.size(), 1);
        QCOMPARE(outlines.first()->parentItem(), layer->boxItems().at(1));   // the cat's box, nobody else's
        QVERIFY(outlines.first()->pen().isCosmetic());
        // The cat's box is x 120-360, y 80-400 on a 600 x 800 page; the mask's middle half of it is
        // x 180-300, y 160-320.
        const QRectF outline = outlines.first()->mapRectToItem(layer, outlines.first()->path().boundingRect());
        const QRectF expected(180, 160, 120, 160);
        QVERIFY2(std::abs(outline.left() - expected.left()) < 0.01 && std::abs(outline.top() - expected.top()) < 0.01
                     && std::abs(outline.right() - expected.right()) < 0.01 && std::abs(outline.bottom() - expected.bottom()) < 0.01,
                 qPrintable(QStringLiteral("%1,%2 %3x%4").arg(outline.x()).arg(outline.y()).arg(outline.width()).arg(outline.height())));
        // An outline, not a filled shape.
        QCOMPARE(outlines.first()->brush().style(), Qt::NoBrush);
        layer->setDetections({plain}, QSizeF(600, 800));
        QVERIFY(layer->outlineItems().isEmpty());
    }

    void layerTogglesAreRememberedBetweenSessions()
    {
        const bool hits = layers()->hitsAction()->isChecked();
        const bool detections = layers()->detectionsAction()->isChecked();
        const bool heatmap = layers()->heatmapAction()->isChecked();
        const auto restore = qScopeGuard([&] {
            layers()->hitsAction()->setChecked(hits);
            layers()->detectionsAction()->setChecked(detections);
            layers()->heatmapAction()->setChecked(heatmap);
        });
        layers()->hitsAction()->setChecked(false);
        layers()->detectionsAction()->setChecked(false);
        layers()->heatmapAction()->setChecked(true);
        QCOMPARE(QSettings().value(PageLayers::settingsKey(QStringLiteral("hits"))).toBool(), false);

        // A later session: new layers over a new view start as these were left.
        {
            PageView view;
            LayerLegend legend;
            PageLayers next(&view, &legend);
            QCOMPARE(next.hitsAction()->isChecked(), false);
            QCOMPARE(next.detectionsAction()->isChecked(), false);
            QCOMPARE(next.heatmapAction()->isChecked(), true);
            // The layers under the page item follow (the page item itself shows once a page is set).
            QVERIFY(!view.hitLayer()->isVisible());
            QVERIFY(!next.detectionLayer()->isVisibleTo(view.pageItem()));
            QVERIFY(next.heatmapLayer()->isVisibleTo(view.pageItem()));
            next.hitsAction()->setChecked(true);
            next.heatmapAction()->setChecked(false);
        }
        {
            PageView view;
            LayerLegend legend;
            PageLayers next(&view, &legend);
            QCOMPARE(next.hitsAction()->isChecked(), true);
            QCOMPARE(next.detectionsAction()->isChecked(), false);
            QCOMPARE(next.heatmapAction()->isChecked(), false);
        }
        // Without a stored choice: matches and objects on, heatmap off.
        QSettings().remove(QStringLiteral("viewer/layers"));
        {
            PageView view;
            LayerLegend legend;
            PageLayers fresh(&view, &legend);
            QCOMPARE(fresh.hitsAction()->isChecked(), true);
            QCOMPARE(fresh.detectionsAction()->isChecked(), true);
            QCOMPARE(fresh.heatmapAction()->isChecked(), false);
            QVERIFY(view.hitLayer()->isVisible());
            QVERIFY(!fresh.heatmapLayer()->isVisibleTo(view.pageItem()));
        }
    }

    void boxesLandOnThePageAtTwoZoomsAndAfterRotation()
    {
        viewer()->fitPageAction()->trigger();
        checkBoxesOnScreen(0);
        view()->setZoom(view()->zoom() * 0.6);
        checkBoxesOnScreen(0);
        viewer()->rotateRightAction()->trigger();
        QCOMPARE(view()->rotation(), 90);
        checkBoxesOnScreen(90);
        viewer()->fitPageAction()->trigger();   // the fit follows the turned page
        checkBoxesOnScreen(90);
        viewer()->rotateLeftAction()->trigger();
        viewer()->rotateLeftAction()->trigger();
        QCOMPARE(view()->rotation(), 270);
        checkBoxesOnScreen(270);
        viewer()->rotateRightAction()->trigger();
        QCOMPARE(view()->rotation(), 0);
    }

    void detectionLayerToggles()
    {
        viewer()->fitPageAction()->trigger();
        QAction *toggle = layers()->detectionsAction();
        QVERIFY(toggle->isChecked());
        toggle->trigger();
        QVERIFY(!layers()->detectionLayer()->isVisible());
        const QImage hidden = settledGrab();
        const QRect page = pageBounds(hidden);
        QVERIFY(!colouredNear(hidden, onScreen(page, kCatBox.left, 0.3, 0), 3));
        QVERIFY(viewer()->layerLegend()->detectionLabel()->isHidden());
        toggle->trigger();
        QVERIFY(layers()->detectionLayer()->isVisible());
        checkBoxesOnScreen(0);
    }

    void legendListsLabelsAndBoxesSayWhereTheyCameFrom()
    {
        QLabel *legend = viewer()->layerLegend()->detectionLabel();
        QVERIFY(legend->isVisible());
        QVERIFY(legend->text().contains(QLatin1String("cat")));
        QVERIFY(legend->text().contains(QLatin1String("dog")));
        const auto boxes = layers()->detectionLayer()->boxItems();
        QCOMPARE(boxes.size(), 2);
        QVERIFY(boxes.at(0)->toolTip().startsWith(QStringLiteral("cat — detected by gemini-2.5-flash")));
        QVERIFY(boxes.at(0)->toolTip().contains(QLatin1String("find the animals")));
        QVERIFY(DetectionLayer::colourFor(QStringLiteral("cat")) != DetectionLayer::colourFor(QStringLiteral("dog")));
    }

    void thumbnailsMarkPagesWithObjects()
    {
        QTRY_COMPARE_WITH_TIMEOUT(viewer()->thumbnails()->markedPages(), QSet<int>{0}, 10000);
        QVERIFY(viewer()->thumbnails()->item(0)->data(Qt::AccessibleTextRole).toString().contains(QLatin1String("detected objects")));
        QVERIFY(!viewer()->thumbnails()->item(1)->data(Qt::AccessibleTextRole).toString().contains(QLatin1String("detected objects")));
    }

    void otherPageHasNoBoxes()
    {
        QSignalSpy loaded(m_window->layerController(), &LayerController::detectionsLoaded);
        view()->setPage(1);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QCOMPARE(loaded.last().at(0).toInt(), 1);
        QCOMPARE(loaded.last().at(1).toInt(), 0);
        QVERIFY(layers()->detectionLayer()->boxItems().isEmpty());
        view()->setPage(0);
        QTRY_COMPARE_WITH_TIMEOUT(layers()->detectionLayer()->boxItems().size(), 2, 10000);
    }

    void heatmapShowsWhereTheQueryMatched()
    {
        layers()->detectionsAction()->setChecked(false);   // only the heatmap's colours on the page
        QSignalSpy mapped(m_window->layerController(), &LayerController::heatmapLoaded);
        m_window->search(QStringLiteral("javascript"));
        layers()->heatmapAction()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!mapped.isEmpty(), 20000);
        const Heatmap &map = layers()->heatmapLayer()->heatmap();
        QVERIFY(map.isValid());
        LayerLegend *legend = viewer()->layerLegend();
        QVERIFY(legend->heatmapTitle()->text().contains(QLatin1String("term matches")));
        QVERIFY(legend->regionsLabel()->text().startsWith(QLatin1String("Strongest:")));
        QVERIFY(!legend->heatmapTitle()->accessibleDescription().isEmpty());

        // The peak lies on a stored word box of "JavaScript" (the catalog's words, not the heatmap's).
        auto record = m_controller->service()->library()->catalog()->page({m_documentId, 0});
        QVERIFY(record);
        const QPointF peak = map.peak();
        const double cellW = 1.0 / map.columns, cellH = 1.0 / map.rows;
        bool onWord = false;
        for (const Word &word : record->text.words) {
            if (!word.text.contains(QLatin1String("javascript"), Qt::CaseInsensitive))
                continue;
            const NormalizedRect &b = word.box;
            onWord |= peak.x() >= b.left - cellW && peak.x() <= b.right + cellW && peak.y() >= b.top - cellH && peak.y() <= b.bottom + cellH;
        }
        QVERIFY2(onWord, qPrintable(QStringLiteral("peak %1,%2 is on no JavaScript word").arg(peak.x()).arg(peak.y())));

        // The search-hit boxes are on the same word: their layer goes off and on by itself.
        view()->setFitMode(PageView::FitMode::Page);
        QTRY_VERIFY_WITH_TIMEOUT(!view()->highlightItems().isEmpty(), 10000);
        QVERIFY(view()->highlightItems().first()->toolTip().contains(QLatin1String("matched:")));
        layers()->heatmapAction()->setChecked(false);
        QImage grab = settledGrab();
        QRect page = pageBounds(grab);
        const QPointF hitCentre = view()->highlightItems().first()->rect().center();
        const QPointF hitOnPage(hitCentre.x() / view()->pageSize().width(), hitCentre.y() / view()->pageSize().height());
        QVERIFY2(colouredNear(grab, onScreen(page, hitOnPage.x(), hitOnPage.y(), 0), 6), "no hit box on screen");
        layers()->hitsAction()->setChecked(false);
        grab = settledGrab();
        QVERIFY2(!colouredNear(grab, onScreen(page, hitOnPage.x(), hitOnPage.y(), 0), 6), "the hit box stayed");

        // On screen: coloured at the peak with the layer on, page colours with it off.
        layers()->heatmapAction()->setChecked(true);
        grab = settledGrab();
        QVERIFY(colouredNear(grab, onScreen(page, peak.x(), peak.y(), 0), 2));
        layers()->heatmapAction()->setChecked(false);
        grab = settledGrab();
        QVERIFY(!colouredNear(grab, onScreen(page, peak.x(), peak.y(), 0), 2));
        layers()->heatmapAction()->setChecked(true);
        QTRY_VERIFY(layers()->heatmapLayer()->isVisible());

        layers()->hitsAction()->setChecked(true);
        QSlider *opacity = legend->opacitySlider();
        opacity->setValue(40);
        QCOMPARE(layers()->heatmapLayer()->opacity(), 0.4);
    }
};

QTEST_MAIN(tst_PageLayers)
#include "tst_pagelayers.moc"
