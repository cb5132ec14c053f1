// SPDX-License-Identifier: MIT
// The main tasks with the keyboard only: Tab into the library tree, open a document with Enter, Tab
// on into the viewer, Ctrl+F to the search field, Enter runs the search, Tab to the results, Enter
// opens a hit, Ctrl+Shift+A to the chat's question field. Each step checks where the focus landed,
// the whole tab chain is checked for a sensible order, and each stop must look different when it
// has the focus (a visible focus indicator).
#include <QAbstractItemView>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "tests/support/testpaths.h"
#include "ui/chat/chatpanel.h"
#include "ui/library/documentmodel.h"
#include "ui/library/librarycontroller.h"
#include "ui/library/librarypane.h"
#include "ui/mainwindow.h"
#include "ui/search/searchpanel.h"
#include "ui/search/searchresultmodel.h"
#include "ui/settings/keybackend.h"
#include "ui/settings/providersession.h"
#include "ui/viewer/pageview.h"
#include "ui/viewer/viewerpanel.h"
#include "tests/support/fixedkeybackend.h"

using namespace PageLens;

namespace {

QString nameOf(const QWidget *widget)
{
    return widget ? (widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : widget->objectName())
                  : QStringLiteral("(nothing)");
}

/** The focus widget, seen as the control that has it (a view's viewport counts as the view). */
QWidget *focused()
{
    QWidget *widget = QApplication::focusWidget();
    if (widget && widget->parentWidget() && qobject_cast<QAbstractScrollArea *>(widget->parentWidget())
        && static_cast<QAbstractScrollArea *>(widget->parentWidget())->viewport() == widget)
        return widget->parentWidget();
    return widget;
}

/** Presses Tab until `target` has the focus; fails after `limit` presses. */
int tabTo(QWidget *target, int limit = 12)
{
    for (int presses = 1; presses <= limit; ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (focused() == target)
            return presses;
    }
    return -1;
}

/** A stop shows that it has the focus: its pixels differ from the same widget without it. */
bool focusIsVisible(QWidget *widget)
{
    widget->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    const QImage with = widget->grab().toImage();
    widget->clearFocus();
    QCoreApplication::processEvents();
    const QImage without = widget->grab().toImage();
    widget->setFocus(Qt::TabFocusReason);
    return with != without;
}

} // namespace

class tst_KeyboardPath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mainTasksByKeyboard();

private:
    QTemporaryDir m_dir;
};

void tst_KeyboardPath::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void tst_KeyboardPath::mainTasksByKeyboard()
{
    LibraryController controller;
    controller.providerSession()->setKeyBackend(std::make_shared<Test::FixedKeyBackend>());
    MainWindow window(&controller);
    window.resize(1300, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy opened(&controller, &LibraryController::libraryOpened);
    controller.open(m_dir.filePath(QStringLiteral("library")));
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30000);
    window.addPaths({Test::corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf"))});
    QTRY_COMPARE_WITH_TIMEOUT(window.documentModel()->documentCount(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(toString(window.documentModel()->documents().value(0).status), toString(DocumentStatus::Indexed), 60000);

    LibraryPane *library = window.libraryPane();
    auto *filter = library->findChild<QLineEdit *>(QStringLiteral("libraryFilter"));
    auto *tree = library->findChild<QTreeView *>(QStringLiteral("libraryView"));
    ViewerPanel *viewer = window.viewerPanel();
    PageView *page = viewer->pageView();
    SearchPanel *search = window.searchPanel();
    QLineEdit *question = window.chatPanel()->questionField();
    QVERIFY(filter && tree);

    // The tab chain runs library → viewer → search → chat, left to right as the panes are laid out.
    window.chatDock()->show();
    QList<QWidget *> chain;
    for (QWidget *widget = filter->nextInFocusChain(); widget != filter && chain.size() < 200; widget = widget->nextInFocusChain()) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) && widget->window() == &window)
            chain << widget;
    }
    chain.prepend(filter);
    QStringList names;
    for (QWidget *widget : chain)
        names << nameOf(widget);
    const QList<QWidget *> expectedOrder{filter, tree, page, search->searchField(), search->resultView(), question};
    qsizetype previous = -1;
    for (QWidget *stop : expectedOrder) {
        const qsizetype at = chain.indexOf(stop);
        QVERIFY2(at > previous, qPrintable(QStringLiteral("%1 is out of order in the tab chain: %2").arg(nameOf(stop), names.join(QStringLiteral(" → ")))));
        previous = at;
    }
    window.chatDock()->hide();

    // Library: Tab from the filter reaches the tree; Down to the document, Enter opens it.
    filter->setFocus(Qt::TabFocusReason);
    QVERIFY2(tabTo(tree) > 0, qPrintable(nameOf(focused())));
    tree->setCurrentIndex(tree->model()->index(0, 0));
    for (int i = 0; i < 6 && tree->currentIndex().data(DocumentModel::DocumentIdRole).toLongLong() <= 0; ++i) {
        QTest::keyClick(tree, Qt::Key_Right);   // expand
        QTest::keyClick(tree, Qt::Key_Down);
    }
    QVERIFY2(tree->currentIndex().data(DocumentModel::DocumentIdRole).toLongLong() > 0, "no document row reached by arrows");
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 10000);
    QVERIFY(page->documentPath().endsWith(QStringLiteral("pdfplumber-scotus-transcript-p1.pdf")));

    // Viewer: Tab moves on from the tree into it.
    QVERIFY2(tabTo(page) > 0, qPrintable(nameOf(focused())));

    // Search: Ctrl+Shift+F (Ctrl+F finds in the open document), type, Enter; Tab to the results;
    // Enter opens the hit with its boxes.
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QCOMPARE(focused(), search->searchField());
    QTest::keyClicks(search->searchField(), QStringLiteral("knowles"));
    QTest::keyClick(search->searchField(), Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(search->model()->rowCount() > 0,
                              qPrintable(search->searchField()->text() + QStringLiteral(" / ")
                                         + search->findChild<QLabel *>(QStringLiteral("searchStatus"))->text()), 10000);
    page->closeDocument();
    QVERIFY2(tabTo(search->resultView()) > 0, qPrintable(nameOf(focused())));
    if (!search->resultView()->currentIndex().isValid())
        QTest::keyClick(search->resultView(), Qt::Key_Down);
    QTest::keyClick(search->resultView(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!page->highlightItems().isEmpty(), 30000);
    QCOMPARE(focused(), search->resultView());   // the list keeps the focus, so the next hit is one key away

    // Chat: Ctrl+Shift+A shows the dock and puts the cursor in the question field.
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QTRY_VERIFY(window.chatDock()->isVisible());
    QCOMPARE(focused(), question);

    // Every stop of the path shows its focus.
    for (QWidget *stop : expectedOrder)
        QVERIFY2(focusIsVisible(stop), qPrintable(nameOf(stop) + QStringLiteral(" looks the same with and without the focus")));
}

QTEST_MAIN(tst_KeyboardPath)
#include "tst_keyboardpath.moc"
