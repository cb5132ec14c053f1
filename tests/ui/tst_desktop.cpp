// SPDX-License-Identifier: MIT
// The window as a daily tool: at 800 × 600 every action stays reachable from a menu and the page
// keeps its room; Help lists every shortcut the actions really have; the library pane shows
// subfolders as folders, filters by text and status, and its context menus copy, rescan and
// remove (through the library, checked by searching afterwards); the selection follows the
// document the viewer shows.
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QWidgetAction>

#include "tests/support/testpaths.h"
#include "ui/help/helpdialog.h"
#include "ui/library/documentfiltermodel.h"
#include "ui/library/documentmodel.h"
#include "ui/library/indexprogresswidget.h"
#include "ui/library/librarycontroller.h"
#include "ui/library/librarypane.h"
#include "ui/mainwindow.h"
#include "ui/search/searchpanel.h"
#include "ui/search/searchresultmodel.h"
#include "ui/viewer/pageview.h"
#include "ui/viewer/viewerpanel.h"

using namespace PageLens;

namespace {

/** Every action a menu of the bar reaches, submenus included. */
void menuActions(const QMenu *menu, QSet<QAction *> &found)
{
    for (QAction *action : menu->actions()) {
        found.insert(action);
        if (action->menu())
            menuActions(action->menu(), found);
    }
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QChar(0x2026)).trimmed();
}

/** The documents the filtered tree shows, by file name. */
QStringList shownDocuments(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (DocumentModel::NodeKind(index.data(DocumentModel::NodeKindRole).toInt()) == DocumentModel::NodeKind::Document)
            names << index.data().toString();
        names << shownDocuments(model, index);
    }
    names.sort();
    return names;
}

QModelIndex findNode(const QAbstractItemModel *model, const QString &name, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
        if (const QModelIndex below = findNode(model, name, index); below.isValid())
            return below;
    }
    return {};
}

} // namespace

class tst_Desktop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void narrowLayoutKeepsEveryActionReachable();
    void helpListsEveryShortcut();
    void libraryTreeFiltersAndContextMenus();
    void timeLeftCountsDocumentsNotOpenedYet();

private:
    QTemporaryDir m_dir;
};

void tst_Desktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void tst_Desktop::narrowLayoutKeepsEveryActionReachable()
{
    LibraryController controller;
    MainWindow window(&controller);
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.width(), 800);   // nothing forces the window wider than a small screen
    QVERIFY(window.isNarrowLayout());

    // The library and search share a tabbed pane; the page keeps a usable width.
    QTabWidget *tabs = window.sideTabs();
    QVERIFY(tabs->isVisible());
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->widget(0), window.libraryPane());
    QCOMPARE(tabs->widget(1), window.searchPanel());
    QVERIFY2(window.viewerPanel()->width() >= MainWindow::kMinimumPageWidth, qPrintable(QString::number(window.viewerPanel()->width())));
    QVERIFY(window.viewerPanel()->pageView()->width() >= 250);
    // Find goes to the search tab.
    tabs->setCurrentIndex(0);
    window.search(QStringLiteral("anything"));
    QCOMPARE(tabs->currentWidget(), window.searchPanel());

    // Every toolbar button and every action with a shortcut is also in a menu: nothing only hides behind "»".
    QSet<QAction *> inMenus;
    for (QAction *top : window.menuBar()->actions()) {
        QVERIFY(top->menu());
        menuActions(top->menu(), inMenus);
    }
    QList<QAction *> needed;
    for (QToolBar *bar : window.findChildren<QToolBar *>()) {
        for (QAction *action : bar->actions()) {
            if (!action->isSeparator() && !qobject_cast<QWidgetAction *>(action) && !action->text().isEmpty())
                needed << action;
        }
    }
    for (QAction *action : window.findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty())
            needed << action;
    }
    QVERIFY(needed.size() >= 10);
    for (QAction *action : std::as_const(needed))
        QVERIFY2(inMenus.contains(action), qPrintable(plain(action->text()) + QStringLiteral(" is in no menu")));

    // Wide again: three panes side by side, the tabs gone.
    window.resize(1400, 900);
    QTRY_VERIFY(!window.isNarrowLayout());
    QVERIFY(!tabs->isVisible());
    QVERIFY(window.libraryPane()->isVisible() && window.searchPanel()->isVisible());
    QVERIFY(window.viewerPanel()->width() > 600);
}

void tst_Desktop::helpListsEveryShortcut()
{
    LibraryController controller;
    MainWindow window(&controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QMenu *help = nullptr;
    for (QAction *top : window.menuBar()->actions()) {
        if (plain(top->text()) == QLatin1String("Help"))
            help = top->menu();
    }
    QVERIFY(help);
    QAction *manual = nullptr;
    QAction *shortcuts = nullptr;
    for (QAction *action : help->actions()) {
        if (plain(action->text()) == QLatin1String("PageLens Help"))
            manual = action;
        if (plain(action->text()) == QLatin1String("Keyboard Shortcuts"))
            shortcuts = action;
    }
    QVERIFY(manual && shortcuts);

    manual->trigger();
    QTRY_VERIFY(window.helpDialog() != nullptr);
    const QString manualText = window.helpDialog()->browser()->toPlainText();
    QVERIFY2(manualText.contains(QLatin1String("Getting started")), qPrintable(manualText.left(200)));
    QVERIFY(manualText.contains(QLatin1String("GEMINI_API_KEY")));

    shortcuts->trigger();
    QTRY_VERIFY(window.helpDialog() != nullptr && window.helpDialog()->objectName() == QLatin1String("shortcutsDialog"));
    const QString listed = window.helpDialog()->browser()->toPlainText();
    int count = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            ++count;
            const QString keyText = key.toString(QKeySequence::NativeText);
            QVERIFY2(listed.contains(keyText), qPrintable(keyText + QStringLiteral(" (") + action->text() + QStringLiteral(") missing")));
            QVERIFY2(listed.contains(plain(action->text())), qPrintable(action->text()));
        }
    }
    QVERIFY(count >= 10);
    QVERIFY(listed.contains(QStringLiteral("View ▸ ")));   // listed under the menu that reaches it
}

void tst_Desktop::libraryTreeFiltersAndContextMenus()
{
    // A folder with subfolders, a broken file and a locked one: copies, so nothing in shared/ changes.
    QTemporaryDir files;
    QVERIFY(files.isValid());
    const QString docs = files.filePath(QStringLiteral("docs"));
    QVERIFY(QDir().mkpath(docs + QStringLiteral("/reports/2020")));
    QVERIFY(QDir().mkpath(docs + QStringLiteral("/broken")));
    const QString scotus = docs + QStringLiteral("/reports/2020/scotus.pdf");
    QVERIFY(QFile::copy(Test::corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf")), scotus));
    QVERIFY(QFile::copy(Test::corpusPath(QStringLiteral("pdfs/pypdf-multicolumn.pdf")), docs + QStringLiteral("/multicolumn.pdf")));
    QVERIFY(QFile::copy(Test::corpusPath(QStringLiteral("broken/qpdf-bad1.pdf")), docs + QStringLiteral("/broken/bad1.pdf")));
    QVERIFY(QFile::copy(Test::corpusPath(QStringLiteral("pdfs/docling-2206.01062_pg3-password-1234.pdf")),
                        docs + QStringLiteral("/locked.pdf")));

    LibraryController controller;
    MainWindow window(&controller);
    window.resize(1300, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(&controller, &LibraryController::libraryOpened);
    controller.open(m_dir.filePath(QStringLiteral("tree-library")));
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30000);
    QSignalSpy finished(&controller, &LibraryController::indexingFinished);
    window.addPaths({docs});
    DocumentModel *model = window.documentModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->documentCount(), 4, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(std::none_of(model->documents().cbegin(), model->documents().cend(),
                                          [](const DocumentInfo &d) { return d.status == DocumentStatus::Pending || d.status == DocumentStatus::Indexing; }),
                             120000);

    // Subfolders are folder nodes; the document row shows its name, the path column the path below the folder.
    const QModelIndex reports = findNode(model, QStringLiteral("reports"));
    QVERIFY(reports.isValid());
    QCOMPARE(DocumentModel::NodeKind(reports.data(DocumentModel::NodeKindRole).toInt()), DocumentModel::NodeKind::Folder);
    const QModelIndex year = findNode(model, QStringLiteral("2020"), reports);
    QVERIFY(year.isValid());
    const QModelIndex scotusRow = findNode(model, QStringLiteral("scotus.pdf"), year);
    QVERIFY(scotusRow.isValid());
    QCOMPARE(scotusRow.siblingAtColumn(DocumentModel::PathColumn).data().toString(), QStringLiteral("reports/2020/scotus.pdf"));
    QVERIFY(scotusRow.data(Qt::ToolTipRole).toString().contains(QDir::toNativeSeparators(scotus)));
    QCOMPARE(model->headerData(DocumentModel::PathColumn, Qt::Horizontal).toString(), QStringLiteral("Path"));
    // The Path column shows when the pane has room for it, and gives way to names when it has not.
    auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    splitter->setSizes({600, 400, 300});
    QTRY_VERIFY(!window.libraryPane()->view()->header()->isSectionHidden(DocumentModel::PathColumn));
    splitter->setSizes({250, 750, 300});
    QTRY_VERIFY(window.libraryPane()->view()->header()->isSectionHidden(DocumentModel::PathColumn));
    // Folder totals are the sum of what is below them, once indexing is done.
    int pages = 0;
    for (const DocumentInfo &document : model->documents())
        pages += document.pageCount;
    QVERIFY(pages > 0);
    QCOMPARE(findNode(model, QStringLiteral("docs")).siblingAtColumn(DocumentModel::PagesColumn).data().toInt(), pages);

    // The locked document says how to unlock it.
    const QModelIndex locked = findNode(model, QStringLiteral("locked.pdf"));
    QVERIFY(locked.data(Qt::ToolTipRole).toString().contains(QLatin1String("Enter Password")));

    // Filters: by status and by text, on what the tree shows.
    LibraryPane *pane = window.libraryPane();
    const QAbstractItemModel *shown = pane->view()->model();
    QCOMPARE(shownDocuments(shown).size(), 4);
    QComboBox *status = pane->statusFilter();
    status->setCurrentIndex(status->findData(int(DocumentStatus::Failed)));
    QCOMPARE(shownDocuments(shown), QStringList{QStringLiteral("bad1.pdf")});
    status->setCurrentIndex(status->findData(int(DocumentStatus::NeedsPassword)));
    QCOMPARE(shownDocuments(shown), QStringList{QStringLiteral("locked.pdf")});
    status->setCurrentIndex(status->findData(int(DocumentStatus::Pending)));
    QVERIFY(shownDocuments(shown).isEmpty());
    status->setCurrentIndex(0);
    QTest::keyClicks(pane->filterField(), QStringLiteral("2020/SCO"));
    QCOMPARE(shownDocuments(shown), QStringList{QStringLiteral("scotus.pdf")});
    pane->filterField()->clear();
    QCOMPARE(shownDocuments(shown).size(), 4);

    // Copy Path puts the document's full path on the clipboard.
    {
        std::unique_ptr<QMenu> menu(pane->createContextMenu(scotusRow, &window));
        QAction *copy = menu->findChild<QAction *>(QStringLiteral("copyPath"));
        QVERIFY(copy);
        for (const char *name : {"openDocument", "openExternally", "showInFolder", "rescan", "enterPassword", "removeFromLibrary"})
            QVERIFY2(menu->findChild<QAction *>(QLatin1String(name)), name);
        copy->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QDir::toNativeSeparators(scotus));
    }
    // Folders have a menu too.
    {
        std::unique_ptr<QMenu> menu(pane->createContextMenu(findNode(model, QStringLiteral("broken")), &window));
        for (const char *name : {"rescan", "showInFolder", "copyPath", "removeFromLibrary"})
            QVERIFY2(menu->findChild<QAction *>(QLatin1String(name)), name);
    }

    // The person collapses a folder; adding a file keeps the tree as it was.
    const QModelIndex brokenShown = findNode(shown, QStringLiteral("broken"));
    pane->view()->collapse(brokenShown);
    QVERIFY(pane->view()->isExpanded(findNode(shown, QStringLiteral("reports"))));
    const int runs = int(finished.size());
    window.addPaths({Test::corpusPath(QStringLiteral("images/pypdf-coati-photo.jpg"))});
    QTRY_COMPARE_WITH_TIMEOUT(model->documentCount(), 5, 30000);
    QVERIFY(!pane->view()->isExpanded(findNode(shown, QStringLiteral("broken"))));
    QVERIFY(pane->view()->isExpanded(findNode(shown, QStringLiteral("reports"))));
    QVERIFY(pane->view()->isExpanded(findNode(shown, QStringLiteral("2020"))));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() > runs, 60000);

    // Rescan on the failed document reads it again (and it fails again: the file is still broken).
    const qint64 badId = findNode(model, QStringLiteral("bad1.pdf")).data(DocumentModel::DocumentIdRole).toLongLong();
    QSignalSpy documentDone(&controller, &LibraryController::documentFinished);
    {
        std::unique_ptr<QMenu> menu(pane->createContextMenu(findNode(model, QStringLiteral("bad1.pdf")), &window));
        menu->findChild<QAction *>(QStringLiteral("rescan"))->trigger();
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(documentDone.cbegin(), documentDone.cend(),
                                         [badId](const QList<QVariant> &args) {
                                             const auto doc = args.first().value<DocumentInfo>();
                                             return doc.id == badId && doc.status == DocumentStatus::Failed;
                                         }),
                             60000);

    // The selection follows a document opened from a search result.
    pane->view()->setCurrentIndex({});
    SearchPanel *search = window.searchPanel();
    window.search(QStringLiteral("Knowles"));
    QTRY_VERIFY_WITH_TIMEOUT(search->model()->rowCount() > 0, 20000);
    const SearchHit hit = search->model()->hit(0);
    const QRect row = search->resultView()->visualRect(search->model()->index(0, 0));
    QTest::mouseClick(search->resultView()->viewport(), Qt::LeftButton, {}, row.center());
    QTRY_VERIFY(pane->currentDocument().has_value());
    QCOMPARE(pane->currentDocument()->id, hit.ref.documentId);
    QCOMPARE(pane->currentDocument()->path, scotus);

    // Remove from Library: out of the tree and of search; the file stays.
    {
        std::unique_ptr<QMenu> menu(pane->createContextMenu(model->indexOfDocument(hit.ref.documentId), &window));
        menu->findChild<QAction *>(QStringLiteral("removeFromLibrary"))->trigger();
    }
    QTRY_COMPARE_WITH_TIMEOUT(model->documentCount(), 4, 30000);
    QVERIFY(!findNode(model, QStringLiteral("scotus.pdf")).isValid());
    QVERIFY(QFile::exists(scotus));
    auto found = controller.search(QStringLiteral("Knowles"), 10);
    QTRY_VERIFY_WITH_TIMEOUT(found.isFinished(), 20000);
    QVERIFY(found.result().has_value());
    QVERIFY(found.result()->hits.isEmpty());
    // A rescan of the watched folder does not bring it back.
    controller.rescan();
    QTest::qWait(1500);
    QTRY_COMPARE_WITH_TIMEOUT(model->documentCount(), 4, 30000);
}

void tst_Desktop::timeLeftCountsDocumentsNotOpenedYet()
{
    // 20 documents of 4 pages read at a steady pace; the indexer has opened only the first few, so
    // most pages are not in pagesTotal yet. The estimate must count them (at the pace measured here).
    IndexProgressWidget widget;
    widget.start();
    QElapsedTimer clock;
    clock.start();
    constexpr int files = 20;
    constexpr int pagesPerFile = 4;
    IndexProgress progress;
    progress.filesTotal = files;
    widget.setProgress(progress);
    clock.restart();
    int done = 0;
    while (clock.elapsed() < 3000) {
        QTest::qWait(100);
        ++done;
        const int opened = std::min(files, done / pagesPerFile + 2);
        progress.pagesDone = done;
        progress.filesDone = done / pagesPerFile;
        progress.pagesTotal = opened * pagesPerFile;
        progress.currentFile = QStringLiteral("/docs/file-%1.pdf").arg(opened - 1);
        widget.setProgress(progress);
    }
    const double secondsPerPage = clock.elapsed() / 1000.0 / done;
    const double truth = (files * pagesPerFile - done) * secondsPerPage;
    QVERIFY2(widget.secondsLeft() > 0, qPrintable(widget.text()));
    QVERIFY2(std::abs(widget.secondsLeft() - truth) <= 0.5 * truth,
             qPrintable(QStringLiteral("estimate %1 s, truth %2 s: %3").arg(widget.secondsLeft()).arg(truth).arg(widget.text())));
    QVERIFY(widget.text().contains(QLatin1String("left")));
}

QTEST_MAIN(tst_Desktop)
#include "tst_desktop.moc"
