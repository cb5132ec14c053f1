// SPDX-License-Identifier: MIT
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/testpaths.h"
#include "ui/library/documentmodel.h"
#include "ui/library/indexprogresswidget.h"
#include "ui/library/librarycontroller.h"
#include "ui/mainwindow.h"
#include "ui/search/searchpanel.h"
#include "ui/search/searchresultmodel.h"
#include "ui/viewer/pageview.h"
#include "ui/viewer/viewerpanel.h"

using namespace PageLens;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dropIndexSearchAndShowHit();
    void passwordDocumentUnlocks();
    void remembersLibraryAndLayout();

private:
    static QString statusOf(const DocumentModel &model, qint64 documentId);
    static qint64 firstDocumentId(const DocumentModel &model);
    static void drop(QWidget *target, const QStringList &paths);
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

qint64 tst_MainWindow::firstDocumentId(const DocumentModel &model)
{
    const QModelIndex library = model.index(0, 0);
    const QModelIndex group = model.index(0, 0, library);
    return model.index(0, 0, group).data(DocumentModel::DocumentIdRole).toLongLong();
}

QString tst_MainWindow::statusOf(const DocumentModel &model, qint64 documentId)
{
    return toString(DocumentStatus(model.indexOfDocument(documentId).data(DocumentModel::StatusRole).toInt()));
}

void tst_MainWindow::drop(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint center = target->rect().center();
    QDragEnterEvent enter(center, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(center), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

void tst_MainWindow::dropIndexSearchAndShowHit()
{
    LibraryController controller;
    MainWindow window(&controller);
    window.resize(1300, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QSignalSpy opened(&controller, &LibraryController::libraryOpened);
    controller.open(m_dir.filePath(QStringLiteral("drop-library")));
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30000);   // also when it fired before the wait

    QSignalSpy started(&controller, &LibraryController::indexingStarted);
    drop(&window, {Test::corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf"))});
    DocumentModel *model = window.documentModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->documentCount(), 1, 20000);
    const qint64 id = firstDocumentId(*model);
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*model, id), toString(DocumentStatus::Indexed), 60000);
    QVERIFY(started.count() >= 1);
    QTRY_VERIFY_WITH_TIMEOUT(!window.progressWidget()->isVisible(), 30000);

    SearchPanel *search = window.searchPanel();
    search->searchField()->setFocus();
    QTest::keyClicks(search->searchField(), QStringLiteral("knowles"));
    QTest::keyClick(search->searchField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(search->model()->rowCount() > 0, 10000);
    const SearchHit hit = search->model()->hit(0);
    QVERIFY(!hit.boxes.isEmpty());

    QListView *results = search->resultView();
    const QRect row = results->visualRect(search->model()->index(0, 0));
    QVERIFY(row.isValid());
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, row.center());

    PageView *view = window.viewerPanel()->pageView();
    QTRY_COMPARE_WITH_TIMEOUT(view->documentPath(), hit.path, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded(), 10000);
    QCOMPARE(view->currentPage(), hit.ref.page);
    QTRY_VERIFY_WITH_TIMEOUT(!view->highlightItems().isEmpty(), 30000);
    const QRectF page = view->pageItem()->sceneBoundingRect();
    for (QGraphicsRectItem *box : view->highlightItems()) {
        QVERIFY(box->isVisible());
        QVERIFY2(page.contains(box->sceneBoundingRect()), "a highlight lies outside the page");
    }
    QTRY_VERIFY_WITH_TIMEOUT(!view->pixmapItem()->pixmap().isNull(), 10000);
}

void tst_MainWindow::passwordDocumentUnlocks()
{
    LibraryController controller;
    MainWindow window(&controller);
    window.show();
    QSignalSpy opened(&controller, &LibraryController::libraryOpened);
    controller.open(m_dir.filePath(QStringLiteral("password-library")));
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30000);   // also when it fired before the wait

    window.addPaths({Test::corpusPath(QStringLiteral("pdfs/docling-2206.01062_pg3-password-1234.pdf"))});
    DocumentModel *model = window.documentModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->documentCount(), 1, 20000);
    const qint64 id = firstDocumentId(*model);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*model, id), toString(DocumentStatus::NeedsPassword), 60000);
    QVERIFY(!model->indexOfDocument(id).data(Qt::ToolTipRole).toString().isEmpty());

    controller.setPassword(id, QStringLiteral("1234"));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(*model, id), toString(DocumentStatus::Indexed), 60000);
    QCOMPARE(controller.password(id), QStringLiteral("1234"));
}

void tst_MainWindow::remembersLibraryAndLayout()
{
    const QString directory = m_dir.filePath(QStringLiteral("drop-library"));
    QList<int> sizes;
    {
        LibraryController controller;
        MainWindow window(&controller);
        window.resize(1200, 700);
        window.show();
        QSignalSpy opened(&controller, &LibraryController::libraryOpened);
        QSignalSpy failed(&controller, &LibraryController::errorOccurred);
        controller.open(directory);
        QVERIFY2(opened.wait(30000), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({250, 700, 250});
        sizes = splitter->sizes();
        window.close();
    }
    QCOMPARE(QDir(MainWindow::lastLibrary()).canonicalPath(), QDir(directory).canonicalPath());
    LibraryController controller;
    MainWindow window(&controller);
    window.show();
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
