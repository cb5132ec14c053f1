// SPDX-License-Identifier: MIT
// Reading in the viewer: selecting and copying the page's words, find in the document with F3 /
// Shift+F3 through every hit (wrapping), full screen, and recent documents reopened at their page.
// The words and hits are checked against poppler's `pdftotext -bbox`, not against PageLens.
#include <algorithm>

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QPdfBookmarkModel>
#include <QTreeView>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QProcess>
#include <QRegularExpression>
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
#include "ui/viewer/findbar.h"
#include "ui/viewer/outlinepane.h"
#include "ui/viewer/pageview.h"
#include "ui/viewer/textselection.h"
#include "ui/viewer/viewerpanel.h"

using namespace PageLens;

namespace {

struct PopplerWord {
    QString text;
    QRectF box;   // page points
};

/** Poppler's words of one page (1-based), in its reading order. */
QList<PopplerWord> popplerWords(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                          QString::number(page), pdf, QStringLiteral("-")});
    p.waitForFinished(20000);
    const QString html = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    QList<PopplerWord> words;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        QString text = m.captured(5);
        text.replace(QStringLiteral("&amp;"), QStringLiteral("&")).replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">")).replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        words << PopplerWord{text, QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                          QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))};
    }
    return words;
}

QString withoutSpace(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

class tst_Reading : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LibraryController *m_controller = nullptr;
    MainWindow *m_window = nullptr;
    QString m_multicolumn;
    QString m_transcript;

    ViewerPanel *viewer() const { return m_window->viewerPanel(); }
    PageView *view() const { return viewer()->pageView(); }

    bool openAt(const QString &path, int page)
    {
        viewer()->openDocument(path, {}, page);
        return QTest::qWaitFor([&] { return view()->isLoaded() && view()->currentPage() == page
                                            && viewer()->textSelection()->hasWords(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        const QString docs = m_dir.filePath(QStringLiteral("docs"));
        QVERIFY(QDir().mkpath(docs));
        m_multicolumn = docs + QStringLiteral("/pypdf-multicolumn.pdf");
        m_transcript = docs + QStringLiteral("/pdfplumber-scotus-transcript-p1.pdf");
        QVERIFY(QFile::copy(Test::corpusPath(QStringLiteral("pdfs/pypdf-multicolumn.pdf")), m_multicolumn));
        QVERIFY(QFile::copy(Test::corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf")), m_transcript));
        m_controller = new LibraryController(this);
        m_window = new MainWindow(m_controller);
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QSignalSpy opened(m_controller, &LibraryController::libraryOpened);
        m_controller->open(m_dir.filePath(QStringLiteral("library")));
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30000);
        m_window->addPaths({docs});
        DocumentModel *documents = m_window->documentModel();
        QTRY_COMPARE_WITH_TIMEOUT(documents->documentCount(), 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(documents->documents().begin(), documents->documents().end(),
                                             [](const DocumentInfo &d) { return d.status == DocumentStatus::Indexed; }),
                                 120000);
    }

    void cleanupTestCase()
    {
        delete m_window;
    }

    void selectAllCopiesThePageWordsInReadingOrder()
    {
        QVERIFY(openAt(m_transcript, 0));
        QGuiApplication::clipboard()->clear();
        QVERIFY(viewer()->selectAllAction()->isEnabled());
        viewer()->selectAllAction()->trigger();
        QVERIFY(viewer()->copyAction()->isEnabled());
        viewer()->copyAction()->trigger();
        const QString copied = QGuiApplication::clipboard()->text();
        QStringList expected;
        for (const PopplerWord &word : popplerWords(m_transcript, 1))
            expected << word.text;
        QVERIFY(expected.size() > 100);
        // Same characters in the same order (Poppler may split a word at a font change; PageLens joins it).
        QCOMPARE(withoutSpace(copied), withoutSpace(expected.join(QString())));
        QVERIFY(copied.contains(QLatin1Char('\n')));   // lines stay lines
        QVERIFY(copied.contains(QStringLiteral("IN THE SUPREME COURT OF THE UNITED STATES")));
    }

    void draggingOverAWordSelectsItAndCtrlCCopiesIt()
    {
        QVERIFY(openAt(m_transcript, 0));
        const QList<PopplerWord> words = popplerWords(m_transcript, 1);
        const auto target = std::find_if(words.begin(), words.end(), [](const PopplerWord &w) { return w.text == QLatin1String("MIRZAYANCE."); });
        QVERIFY(target != words.end());
        view()->ensureVisible(target->box, 40, 40);
        // From inside the word's left edge to inside its right edge, on its middle line.
        const QPoint from = view()->mapFromScene(QPointF(target->box.left() + 2, target->box.center().y()));
        const QPoint to = view()->mapFromScene(QPointF(target->box.right() - 2, target->box.center().y()));
        QWidget *viewport = view()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), viewport->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        QCOMPARE(viewer()->textSelection()->selectedText(), QStringLiteral("MIRZAYANCE."));
        QCOMPARE(viewer()->textSelection()->selectionItems().size(), 1);
        QGuiApplication::clipboard()->clear();
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("MIRZAYANCE."));
        // A press beside the words drops the selection (and the page can be dragged as before).
        QTest::mouseClick(viewport, Qt::LeftButton, {}, view()->mapFromScene(QPointF(5, 5)));
        QVERIFY(!viewer()->textSelection()->hasSelection());
        QVERIFY(!viewer()->copyAction()->isEnabled());
    }

    void f3GoesThroughEveryHitAndWraps()
    {
        QVERIFY(openAt(m_multicolumn, 0));
        // pdftotext's words starting with "vitae", page by page: the hits, in order.
        QList<int> expectedPages;
        for (int page = 1; page <= 3; ++page) {
            for (const PopplerWord &word : popplerWords(m_multicolumn, page)) {
                if (word.text.startsWith(QLatin1String("vitae"), Qt::CaseInsensitive))
                    expectedPages << page - 1;
            }
        }
        QVERIFY(expectedPages.size() > 3);
        QVERIFY(expectedPages.first() != expectedPages.last());
        const int total = int(expectedPages.size());

        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_F, Qt::ControlModifier);
        FindBar *bar = viewer()->findBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->field()->hasFocus());
        QTest::keyClicks(bar->field(), QStringLiteral("vitae"));
        QTRY_COMPARE_WITH_TIMEOUT(bar->countLabel()->text(), QStringLiteral("1 of %1").arg(total), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(view()->currentPage(), expectedPages[0], 10000);
        QCOMPARE(view()->highlightItems().size(), 1);
        for (int i = 1; i < total; ++i) {
            QTest::keyClick(m_window, Qt::Key_F3);
            QCOMPARE(bar->countLabel()->text(), QStringLiteral("%1 of %2").arg(i + 1).arg(total));
            QTRY_COMPARE_WITH_TIMEOUT(view()->currentPage(), expectedPages[i], 10000);
        }
        // Past the last hit: back to the first.
        QTest::keyClick(m_window, Qt::Key_F3);
        QCOMPARE(bar->countLabel()->text(), QStringLiteral("1 of %1").arg(total));
        QTRY_COMPARE_WITH_TIMEOUT(view()->currentPage(), expectedPages[0], 10000);
        // Shift+F3 before the first: the last.
        QTest::keyClick(m_window, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar->countLabel()->text(), QStringLiteral("%1 of %1").arg(total));
        QTRY_COMPARE_WITH_TIMEOUT(view()->currentPage(), expectedPages.last(), 10000);
        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void findInAnotherDocumentStartsOver()
    {
        QVERIFY(openAt(m_transcript, 0));
        FindBar *bar = viewer()->findBar();
        bar->activate();
        bar->field()->selectAll();
        QTest::keyClicks(bar->field(), QStringLiteral("knowles"));
        QTRY_COMPARE_WITH_TIMEOUT(bar->countLabel()->text(), QStringLiteral("1 of 1"), 10000);
        QCOMPARE(bar->hits().first().path, m_transcript);
        QTest::keyClick(bar->field(), Qt::Key_Escape);
    }

    void outlineListsThePdfBookmarks()
    {
        // poppler's reading of the outline: the top-level entries and their (1-based) pages.
        const QString pdf = Test::corpusPath(QStringLiteral("pdfs/pypdf-GeoTopo-komprimiert.pdf"));
        QProcess p;
        p.start(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-q"),
                                              QStringLiteral("-stdout"), pdf});
        QVERIFY(p.waitForFinished(60000));
        QStringList titles;
        QList<int> pages;
        int depth = 0;
        static const QRegularExpression item(QStringLiteral("<item page=\"([0-9]+)\">(.*)</item>"));
        for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            depth += line.count(QStringLiteral("<outline>")) - line.count(QStringLiteral("</outline>"));
            const auto m = item.match(line);
            if (m.hasMatch() && depth == 1) {
                titles << m.captured(2).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
                pages << m.captured(1).toInt();
            }
        }
        QVERIFY(titles.size() >= 3);

        viewer()->openDocument(pdf, {}, 0);
        QTRY_VERIFY_WITH_TIMEOUT(view()->isLoaded(), 20000);
        QDockWidget *dock = m_window->outlineDock();
        QAction *toggle = dock->toggleViewAction();
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::Key_F7));
        toggle->trigger();
        QTRY_VERIFY(dock->isVisible());
        OutlinePane *outline = m_window->outlinePane();
        QTRY_COMPARE_WITH_TIMEOUT(outline->entryCount(), int(titles.size()), 10000);
        QAbstractItemModel *model = outline->treeView()->model();
        for (int i = 0; i < titles.size(); ++i) {
            QCOMPARE(model->index(i, 0).data().toString(), titles[i]);
            QCOMPARE(model->index(i, 0).data(int(QPdfBookmarkModel::Role::Page)).toInt() + 1, pages[i]);
        }
        // Choosing an entry turns to its page.
        const QModelIndex third = model->index(2, 0);
        outline->treeView()->setCurrentIndex(third);
        Q_EMIT outline->treeView()->activated(third);
        QTRY_COMPARE_WITH_TIMEOUT(view()->currentPage(), pages[2] - 1, 10000);
        toggle->trigger();
        QVERIFY(!dock->isVisible());
    }

    void fullScreenTogglesWithF11()
    {
        QAction *full = m_window->fullScreenAction();
        QCOMPARE(full->shortcut(), QKeySequence(Qt::Key_F11));
        full->trigger();
        QTRY_VERIFY(m_window->windowState() & Qt::WindowFullScreen);
        full->trigger();
        QTRY_VERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
    }

    void recentDocumentsReopenAtTheirPage()
    {
        QVERIFY(openAt(m_transcript, 0));
        QVERIFY(openAt(m_multicolumn, 2));
        const QVariantList recent = MainWindow::recentDocuments();
        QVERIFY(recent.size() >= 2);
        QCOMPARE(recent[0].toMap().value(QStringLiteral("path")).toString(), m_multicolumn);
        QCOMPARE(recent[0].toMap().value(QStringLiteral("page")).toInt(), 2);
        QCOMPARE(recent[1].toMap().value(QStringLiteral("path")).toString(), m_transcript);
        // File ▸ Open Recent lists the documents, then the libraries.
        QStringList names;
        for (QAction *action : m_window->recentMenu()->actions())
            names << action->text();
        QVERIFY2(names.indexOf(QStringLiteral("pypdf-multicolumn.pdf")) >= 0, qPrintable(names.join(QLatin1Char('|'))));
        QVERIFY(names.indexOf(QStringLiteral("pypdf-multicolumn.pdf")) < names.indexOf(QDir::toNativeSeparators(m_controller->directory())));
        // Choosing the older one opens it at its page.
        const QList<QAction *> actions = m_window->recentMenu()->actions();
        const auto transcript = std::find_if(actions.begin(), actions.end(),
                                             [](QAction *a) { return a->text() == QLatin1String("pdfplumber-scotus-transcript-p1.pdf"); });
        QVERIFY(transcript != actions.end());
        (*transcript)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(view()->documentPath(), m_transcript, 10000);
        QVERIFY(openAt(m_multicolumn, 2));

        // A new start in the same library shows the last document at its page.
        delete m_window;
        m_window = nullptr;
        auto *controller = new LibraryController(this);
        m_window = new MainWindow(controller);
        m_window->show();
        controller->open(m_controller->directory());
        QTRY_COMPARE_WITH_TIMEOUT(view()->documentPath(), m_multicolumn, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(view()->currentPage(), 2, 10000);
    }
};

QTEST_MAIN(tst_Reading)
#include "tst_reading.moc"
