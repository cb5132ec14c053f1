// SPDX-License-Identifier: MIT
// Detect Objects in the viewer, against the fake Gemini server: refused without privacy "images"
// (nothing sent), asks for consent per library ("Not Now" sends nothing, "Don't ask again" is kept),
// the answer's box lands on the page as the normalized rectangle without reloading, the
// prompt is remembered, and Cancel aborts the request at once: the fake sees the connection closed
// and nothing is stored.
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/ingest/indexer.h"
#include "core/library/catalog.h"
#include "core/library/library.h"
#include "tests/fakes/fakegeminiserver.h"
#include "tests/support/testpaths.h"
#include "ui/library/librarycontroller.h"
#include "ui/mainwindow.h"
#include "ui/settings/consentstore.h"
#include "ui/settings/egressdialog.h"
#include "ui/settings/keybackend.h"
#include "ui/settings/providersession.h"
#include "ui/viewer/detectionlayer.h"
#include "ui/viewer/layercontroller.h"
#include "ui/viewer/layerlegend.h"
#include "ui/viewer/pagelayers.h"
#include "ui/viewer/pageview.h"
#include "ui/viewer/thumbnailstrip.h"
#include "ui/viewer/viewerpanel.h"
#include "tests/support/fixedkeybackend.h"

using namespace PageLens;
using PageLens::Test::FakeGeminiServer;
using PageLens::Test::FakeResponse;

namespace {

/** A Gemini answer whose text is one object as structured output. */
FakeResponse answer(const QString &label)
{
    const QJsonArray boxes{QJsonObject{{QStringLiteral("box_2d"), QJsonArray{100, 200, 500, 600}}, {QStringLiteral("label"), label}}};
    const QString text = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("bounding_boxes"), boxes}}).toJson(QJsonDocument::Compact));
    return FakeResponse::json(200, FakeGeminiServer::textAnswer(text));
}

int generateRequests(const FakeGeminiServer &fake)
{
    int n = 0;
    for (const Test::FakeRequest &r : fake.requests())
        n += r.path.contains(QLatin1String("enerateContent")) ? 1 : 0;
    return n;
}

} // namespace

class tst_DetectObjects : public QObject
{
    Q_OBJECT
private:
    FakeGeminiServer m_fake;
    QTemporaryDir m_dir;
    LibraryController *m_controller = nullptr;
    MainWindow *m_window = nullptr;
    qint64 m_documentId = 0;

    LayerController *layers() const { return m_window->layerController(); }
    LayerLegend *legend() const { return m_window->viewerPanel()->layerLegend(); }

    void setPrivacy(Privacy privacy)
    {
        QSignalSpy changed(m_controller, &LibraryController::privacyChanged);
        m_controller->setPrivacy(privacy);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fake.startOnOwnThread());
        auto library = Library::open(m_dir.path());
        QVERIFY(library);
        (*library)->add({Test::corpusPath(QStringLiteral("pdfs/docling-code_and_formula.pdf"))});
        Indexer((*library)->catalog(), IndexOptions{}).run();
        QVERIFY((*library)->setPrivacy(Privacy::TextOnly));
        auto docs = (*library)->documents();
        QVERIFY(docs && docs->size() == 1);
        m_documentId = docs->first().id;
        const QString path = docs->first().path;
        library->reset();

        m_controller = new LibraryController(this);
        m_controller->providerSession()->setKeyBackend(std::make_shared<Test::FixedKeyBackend>(QStringLiteral("dummy-test-key")));
        ProviderSettings settings;
        settings.enabled = true;
        settings.baseUrl = m_fake.url().toString();
        settings.sendKey = true;          // the fake is on 127.0.0.1, which gets no key otherwise
        settings.requestsPerMinute = 0;
        m_controller->providerSession()->setSettings(settings);
        m_window = new MainWindow(m_controller);
        m_window->resize(1300, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QSignalSpy opened(m_controller, &LibraryController::libraryOpened);
        m_controller->open(m_dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->providerSession()->provider() != nullptr, 10000);
        // The pages have no vectors, so the window offers to embed them: not now.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->egressDialog() != nullptr, 15000);
        QTest::mouseClick(m_window->egressDialog()->notNowButton(), Qt::LeftButton);
        QTRY_VERIFY(m_window->egressDialog() == nullptr);

        QSignalSpy loaded(layers(), &LayerController::detectionsLoaded);
        m_window->viewerPanel()->openDocument(path, {}, 0);
        Q_EMIT m_window->currentDocumentChanged(m_documentId);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        QCOMPARE(loaded.last().at(1).toInt(), 0);
    }

    void cleanupTestCase()
    {
        delete m_window;
    }

    void refusedWithoutImagePrivacy()
    {
        const int before = generateRequests(m_fake);
        QSignalSpy finished(layers(), &LayerController::detectionFinished);
        layers()->runDetection(QStringLiteral("find the animals"));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(legend()->messageLabel()->text().contains(QLatin1String("privacy setting")));
        QVERIFY(legend()->messageLabel()->text().contains(QLatin1String("Nothing was sent")));
        QCOMPARE(generateRequests(m_fake), before);
    }

    void notNowSendsNothing()
    {
        setPrivacy(Privacy::Images);
        const int before = generateRequests(m_fake);
        QSignalSpy finished(layers(), &LayerController::detectionFinished);
        layers()->runDetection(QStringLiteral("find the animals"));
        QTRY_VERIFY_WITH_TIMEOUT(layers()->consentDialog() != nullptr, 10000);
        QVERIFY(layers()->consentDialog()->text().contains(QLatin1String("page 1")));
        QPushButton *notNow = nullptr;
        for (QAbstractButton *b : layers()->consentDialog()->buttons())
            if (b->objectName() != QLatin1String("send"))
                notNow = qobject_cast<QPushButton *>(b);
        QVERIFY(notNow);
        notNow->click();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QCOMPARE(finished.last().at(0).toBool(), false);
        QCOMPARE(generateRequests(m_fake), before);
        QVERIFY(!ConsentStore::granted(m_dir.path(), ConsentStore::Kind::Images));
    }

    void sendStoresAndShowsTheBoxWithoutReloading()
    {
        m_fake.enqueue(QStringLiteral(":generateContent"), answer(QStringLiteral("cat")));
        QSignalSpy loaded(layers(), &LayerController::detectionsLoaded);
        QSignalSpy finished(layers(), &LayerController::detectionFinished);
        const QString documentBefore = m_window->viewerPanel()->pageView()->documentPath();
        layers()->runDetection(QStringLiteral("find the animals"));
        QTRY_VERIFY_WITH_TIMEOUT(layers()->consentDialog() != nullptr, 10000);
        layers()->consentDialog()->checkBox()->setChecked(true);
        layers()->consentDialog()->findChild<QPushButton *>(QStringLiteral("send"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QCOMPARE(finished.last().at(0).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && loaded.last().at(1).toInt() == 1, 10000);
        QVERIFY(ConsentStore::granted(m_dir.path(), ConsentStore::Kind::Images));
        QCOMPARE(m_window->viewerPanel()->pageView()->documentPath(), documentBefore);

        // box_2d [100, 200, 500, 600] is [0.2, 0.1, 0.6, 0.5] of the page (issue 10), in page points.
        const auto boxes = m_window->viewerPanel()->layers()->detectionLayer()->boxItems();
        QCOMPARE(boxes.size(), 1);
        const QSizeF page = m_window->viewerPanel()->pageView()->pageSize();
        const QRectF expected(0.2 * page.width(), 0.1 * page.height(), 0.4 * page.width(), 0.4 * page.height());
        const QRectF shown = boxes.first()->mapRectToItem(m_window->viewerPanel()->pageView()->pageItem(), boxes.first()->rect());
        QVERIFY2(std::abs(shown.left() - expected.left()) < 0.5 && std::abs(shown.right() - expected.right()) < 0.5
                     && std::abs(shown.top() - expected.top()) < 0.5 && std::abs(shown.bottom() - expected.bottom()) < 0.5,
                 qPrintable(QStringLiteral("%1,%2 %3x%4").arg(shown.x()).arg(shown.y()).arg(shown.width()).arg(shown.height())));
        QVERIFY(boxes.first()->toolTip().contains(QLatin1String("find the animals")));
        QVERIFY(legend()->detectionLabel()->text().contains(QLatin1String("cat")));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->viewerPanel()->thumbnails()->markedPages(), QSet<int>{0}, 10000);
        // The request carried the page image and the prompt.
        const QByteArray body = m_fake.requests().last().body;
        QVERIFY(body.contains("image/webp"));
        QVERIFY(body.contains("find the animals"));
    }

    void promptIsRemembered()
    {
        m_fake.enqueue(QStringLiteral(":generateContent"), answer(QStringLiteral("kitten")));
        QSignalSpy finished(layers(), &LayerController::detectionFinished);
        layers()->detectObjects();
        QTRY_VERIFY(layers()->promptDialog() != nullptr);
        layers()->promptDialog()->setTextValue(QStringLiteral("find the kittens"));
        layers()->promptDialog()->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);   // consent was kept: no question this time
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(QSettings().value(LayerController::promptKey()).toString(), QStringLiteral("find the kittens"));
        QTRY_VERIFY(layers()->promptDialog() == nullptr);
        layers()->detectObjects();
        QTRY_VERIFY(layers()->promptDialog() != nullptr);
        QCOMPARE(layers()->promptDialog()->textValue(), QStringLiteral("find the kittens"));
        layers()->promptDialog()->reject();
        QTRY_VERIFY(layers()->promptDialog() == nullptr);
        // Two prompts, two stored runs: both objects are on the page.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->viewerPanel()->layers()->detectionLayer()->boxItems().size(), 2, 10000);
    }

    void cancelStopsWaitingAtOnce()
    {
        FakeResponse slow = answer(QStringLiteral("dog"));
        slow.delayMs = 4000;
        m_fake.enqueue(QStringLiteral(":generateContent"), slow);
        const int closedBefore = m_fake.closedWhileHeld();
        const int sentBefore = generateRequests(m_fake);
        QSignalSpy finished(layers(), &LayerController::detectionFinished);
        layers()->runDetection(QStringLiteral("find the dogs"));
        QTRY_VERIFY_WITH_TIMEOUT(legend()->cancelButton()->isVisible(), 10000);
        // The request reached the fake, which holds its answer back.
        QTRY_COMPARE_WITH_TIMEOUT(generateRequests(m_fake), sentBefore + 1, 10000);
        QCOMPARE(m_fake.closedWhileHeld(), closedBefore);
        QVERIFY(layers()->isDetecting());
        legend()->cancelButton()->click();
        QVERIFY(!layers()->isDetecting());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(legend()->messageLabel()->text().contains(QLatin1String("cancelled")));
        QVERIFY(!legend()->cancelButton()->isVisible());
        QVERIFY(layers()->detectAction()->isEnabled());
        // The request is aborted: the fake sees its connection closed before the answer was due.
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.closedWhileHeld(), closedBefore + 1, 3000);
        QTest::qWait(4500);   // the late answer is not shown
        QCOMPARE(finished.size(), 1);
        QVERIFY(!legend()->detectionLabel()->text().contains(QLatin1String("dog")));
        // Nor stored: the page keeps only the objects of earlier runs.
        auto stored = m_controller->detections(PageRef{m_documentId, 0});
        QTRY_VERIFY_WITH_TIMEOUT(stored.isFinished(), 10000);
        QVERIFY(stored.result());
        QVERIFY(!stored.result()->isEmpty());
        for (const Detection &d : *stored.result()) {
            QVERIFY(d.label != QLatin1String("dog"));
            QVERIFY(d.prompt != QLatin1String("find the dogs"));
        }
        QCOMPARE(generateRequests(m_fake), sentBefore + 1);   // and not sent again
    }
};

QTEST_MAIN(tst_DetectObjects)
#include "tst_detectobjects.moc"
