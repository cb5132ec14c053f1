// SPDX-License-Identifier: MIT
// The viewer's heatmap layer with a late-interaction server (the fake infinity server, ColPali):
// the map comes from the model when images may leave and were agreed to, and its peak is on the red
// square the fake maps the query word to (a transposed grid fails); without consent nothing is sent
// and the layer shows "term matches".
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/ingest/indexer.h"
#include "core/library/library.h"
#include "tests/fakes/fakeinfinityserver.h"
#include "ui/library/librarycontroller.h"
#include "ui/mainwindow.h"
#include "ui/settings/consentstore.h"
#include "ui/viewer/heatmaplayer.h"
#include "ui/viewer/layercontroller.h"
#include "ui/viewer/layerlegend.h"
#include "ui/viewer/pagelayers.h"
#include "ui/viewer/pageview.h"
#include "ui/viewer/viewerpanel.h"

using namespace PageLens;
using PageLens::Test::FakeInfinityServer;

namespace {

const QString kColPali = QStringLiteral("vidore/colpali-v1.2-merged");
const QPointF kSquare(0.7, 0.25);   // the red square's centre, normalized

} // namespace

class tst_LateHeatmapLayer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FakeInfinityServer m_late{kColPali, QStringLiteral("invoice")};
    LibraryController *m_controller = nullptr;
    MainWindow *m_window = nullptr;

    PageLayers *layers() const { return m_window->viewerPanel()->layers(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_late.startOnOwnThread());
        const QString pdf = m_dir.filePath(QStringLiteral("hot.pdf"));
        {
            QPdfWriter writer(pdf);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            writer.setResolution(72);
            QPainter painter(&writer);
            const QRect page = painter.viewport();
            const int side = page.width() / 8;
            painter.fillRect(QRect(int(kSquare.x() * page.width()) - side / 2, int(kSquare.y() * page.height()) - side / 2, side, side),
                             QColor(255, 0, 0));
            QFont font = painter.font();
            font.setPointSize(14);
            painter.setFont(font);
            painter.drawText(QPointF(0.1 * page.width(), 0.8 * page.height()), QStringLiteral("quarterly report"));
        }
        const QString libraryDir = m_dir.filePath(QStringLiteral("library"));
        qint64 documentId = 0;
        {
            auto library = Library::open(libraryDir);
            QVERIFY(library);
            (*library)->add({pdf});
            Indexer((*library)->catalog(), IndexOptions{}).run();
            QVERIFY((*library)->setPrivacy(Privacy::Images));
            auto docs = (*library)->documents();
            QVERIFY(docs && docs->size() == 1);
            documentId = docs->first().id;
        }
        ConsentStore::grant(libraryDir, EgressPreview{Privacy::Images, 1, 1});
        qputenv("PAGELENS_LATE_URL", m_late.url().toString().toUtf8());
        qputenv("PAGELENS_LATE_MODEL", kColPali.toUtf8());

        m_controller = new LibraryController(this);
        m_window = new MainWindow(m_controller);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QSignalSpy opened(m_controller, &LibraryController::libraryOpened);
        m_controller->open(libraryDir);
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30000);
        QSignalSpy loaded(m_window->layerController(), &LayerController::detectionsLoaded);
        m_window->viewerPanel()->openDocument(QFileInfo(pdf).absoluteFilePath(), {}, 0);
        Q_EMIT m_window->currentDocumentChanged(documentId);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    }

    void cleanupTestCase()
    {
        delete m_window;
    }

    void lateMapPeaksOnTheSquare()
    {
        QSignalSpy mapped(m_window->layerController(), &LayerController::heatmapLoaded);
        layers()->heatmapAction()->setChecked(true);
        m_window->search(QStringLiteral("invoice"));
        QTRY_VERIFY_WITH_TIMEOUT(!mapped.isEmpty(), 60000);
        QVERIFY(m_late.imagesEmbedded() >= 1);
        const Heatmap &map = layers()->heatmapLayer()->heatmap();
        QCOMPARE(map.columns, 32);
        QCOMPARE(map.rows, 32);
        QVERIFY(m_window->viewerPanel()->layerLegend()->heatmapTitle()->text().contains(QLatin1String("late interaction")));
        const QPointF peak = map.peak();
        QVERIFY2(std::abs(peak.x() - kSquare.x()) <= 1.0 / 32 && std::abs(peak.y() - kSquare.y()) <= 1.0 / 32,
                 qPrintable(QStringLiteral("peak %1, %2").arg(peak.x()).arg(peak.y())));
    }

    void withoutConsentNothingIsSent()
    {
        ConsentStore::revoke(m_controller->directory());
        const int before = m_late.imagesEmbedded();
        QSignalSpy mapped(m_window->layerController(), &LayerController::heatmapLoaded);
        m_window->search(QStringLiteral("quarterly"));
        QTRY_VERIFY_WITH_TIMEOUT(!mapped.isEmpty(), 30000);
        QCOMPARE(m_late.imagesEmbedded(), before);
        QVERIFY(m_window->viewerPanel()->layerLegend()->heatmapTitle()->text().contains(QLatin1String("term matches")));
        // "quarterly" is drawn at x 0.1, baseline y 0.8: the peak is on it.
        const QPointF peak = layers()->heatmapLayer()->heatmap().peak();
        QVERIFY2(peak.x() > 0.08 && peak.x() < 0.3 && peak.y() > 0.75 && peak.y() < 0.82,
                 qPrintable(QStringLiteral("peak %1, %2").arg(peak.x()).arg(peak.y())));
    }
};

QTEST_MAIN(tst_LateHeatmapLayer)
#include "tst_lateheatmaplayer.moc"
