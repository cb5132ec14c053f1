// SPDX-License-Identifier: MIT
// The boxes on the page follow the search: a new query, an emptied field or Escape take the old ones away.
#include <QGraphicsRectItem>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/model/documentstatus.h"
#include "tests/support/testpaths.h"
#include "ui/library/documentmodel.h"
#include "ui/library/librarycontroller.h"
#include "ui/mainwindow.h"
#include "ui/search/searchpanel.h"
#include "ui/search/searchresultmodel.h"
#include "ui/viewer/pageview.h"
#include "ui/viewer/viewerpanel.h"

using namespace PageLens;

class tst_SearchHighlights : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LibraryController *m_controller = nullptr;
    MainWindow *m_window = nullptr;

    SearchPanel *panel() const { return m_window->searchPanel(); }
    PageView *view() const { return m_window->viewerPanel()->pageView(); }

    /** Types a query, presses Enter and waits for the results (none is a result too). */
    void searchFor(const QString &query)
    {
        QLineEdit *field = panel()->searchField();
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, query);
        QTest::keyClick(field, Qt::Key_Return);
        QLabel *status = panel()->findChild<QLabel *>(QStringLiteral("searchStatus"));
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("match")), 10000);
    }

    /** Searches and opens the first hit; its boxes are on the page afterwards. */
    SearchHit showFirstHit(const QString &query)
    {
        searchFor(query);
        if (panel()->model()->rowCount() == 0)
            return {};
        QListView *results = panel()->resultView();
        results->setCurrentIndex({});
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualRect(panel()->model()->index(0, 0)).center());
        const SearchHit hit = panel()->model()->hit(0);
        if (!QTest::qWaitFor([&] { return view()->isLoaded() && view()->highlightItems().size() == hit.boxes.size(); }, 20000))
            return {};
        return hit;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_controller = new LibraryController(this);
        m_window = new MainWindow(m_controller);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QSignalSpy opened(m_controller, &LibraryController::libraryOpened);
        m_controller->open(m_dir.filePath(QStringLiteral("library")));
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30000);
        m_window->addPaths({Test::corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf"))});
        DocumentModel *model = m_window->documentModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->documentCount(), 1, 20000);
        const QModelIndex group = model->index(0, 0, model->index(0, 0));
        const qint64 id = model->index(0, 0, group).data(DocumentModel::DocumentIdRole).toLongLong();
        QTRY_COMPARE_WITH_TIMEOUT(toString(DocumentStatus(model->indexOfDocument(id).data(DocumentModel::StatusRole).toInt())),
                                  toString(DocumentStatus::Indexed), 60000);
    }

    void cleanupTestCase()
    {
        delete m_window;
    }

    void queryWithoutResultsRemovesBoxes()
    {
        const SearchHit hit = showFirstHit(QStringLiteral("knowles"));
        QVERIFY(!hit.boxes.isEmpty());
        QVERIFY(!view()->highlightItems().isEmpty());
        searchFor(QStringLiteral("zzyzxqq"));
        QCOMPARE(panel()->model()->rowCount(), 0);
        QVERIFY(view()->highlightItems().isEmpty());
        QCOMPARE(view()->currentPage(), hit.ref.page);   // the page stays, only its boxes go
    }

    void newQueryOnTheShownPageShowsItsBoxes()
    {
        const SearchHit first = showFirstHit(QStringLiteral("knowles"));
        QVERIFY(!first.boxes.isEmpty());
        searchFor(QStringLiteral("Mirzayance"));
        QVERIFY(panel()->model()->rowCount() > 0);
        const SearchHit second = panel()->model()->hit(0);
        QCOMPARE(second.pageId, first.pageId);
        QVERIFY(second.boxes != first.boxes);
        QCOMPARE(view()->highlightItems().size(), second.boxes.size());
    }

    void clearingTheFieldRemovesBoxes()
    {
        QVERIFY(!showFirstHit(QStringLiteral("knowles")).boxes.isEmpty());
        panel()->searchField()->clear();
        QVERIFY(view()->highlightItems().isEmpty());
        QCOMPARE(panel()->model()->rowCount(), 0);
    }

    void escapeClearsFieldAndBoxes()
    {
        QVERIFY(!showFirstHit(QStringLiteral("knowles")).boxes.isEmpty());
        panel()->searchField()->setFocus();
        QTest::keyClick(panel()->searchField(), Qt::Key_Escape);
        QVERIFY(panel()->searchField()->text().isEmpty());
        QVERIFY(view()->highlightItems().isEmpty());
        QCOMPARE(panel()->model()->rowCount(), 0);
    }

    void syntaxHelpIsOffered()
    {
        QLineEdit *field = panel()->searchField();
        for (const char *form : {"\"exact phrase\"", "-word", "OR", "know*"})
            QVERIFY2(field->toolTip().contains(QLatin1String(form)), form);
        QVERIFY(!field->placeholderText().isEmpty());
    }
};

QTEST_MAIN(tst_SearchHighlights)
#include "tst_searchhighlights.moc"
