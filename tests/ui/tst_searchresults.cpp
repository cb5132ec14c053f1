// SPDX-License-Identifier: MIT
// The result list as a reader meets it: one row per document with a chip per page and why it
// matched, results while typing (offline signals only), a late answer to older words dropped,
// filters by folder, type and date, and sorting.
#include <algorithm>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

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

class tst_SearchResults : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LibraryController *m_controller = nullptr;
    MainWindow *m_window = nullptr;
    QString m_multicolumn;   // 3 pages of lorem ipsum in two columns
    QString m_transcript;    // 1 page, a court transcript
    QString m_photo;         // an image

    SearchPanel *panel() const { return m_window->searchPanel(); }
    SearchResultModel *model() const { return panel()->model(); }
    QLabel *status() const { return panel()->findChild<QLabel *>(QStringLiteral("searchStatus")); }

    /** Types the words (no Enter) and waits for the answer the pause brings. */
    bool typeAndWait(const QString &query)
    {
        QLineEdit *field = panel()->searchField();
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, query);
        const QString answered = QStringLiteral("match “%1”").arg(query);
        return QTest::qWaitFor([&] { return status()->text().contains(answered) && !model()->isStale(); }, 15000);
    }

    /** The pages pdftotext finds the word on (1-based), an independent reading of the PDF. */
    static QList<int> pagesWithWord(const QString &pdf, const QString &word, int pageCount)
    {
        QList<int> pages;
        for (int page = 1; page <= pageCount; ++page) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                  QString::number(page), pdf, QStringLiteral("-")});
            p.waitForFinished(20000);
            if (QString::fromUtf8(p.readAllStandardOutput()).contains(word, Qt::CaseInsensitive))
                pages << page;
        }
        return pages;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        const QString docs = m_dir.filePath(QStringLiteral("docs"));
        QVERIFY(QDir().mkpath(docs + QStringLiteral("/scans")));
        m_multicolumn = docs + QStringLiteral("/pypdf-multicolumn.pdf");
        m_transcript = docs + QStringLiteral("/pdfplumber-scotus-transcript-p1.pdf");
        m_photo = docs + QStringLiteral("/pypdf-coati-photo.jpg");
        QVERIFY(QFile::copy(Test::corpusPath(QStringLiteral("pdfs/pypdf-multicolumn.pdf")), m_multicolumn));
        QVERIFY(QFile::copy(Test::corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf")), m_transcript));
        QVERIFY(QFile::copy(Test::corpusPath(QStringLiteral("images/pypdf-coati-photo.jpg")), m_photo));
        // The transcript is years older than the rest, for the date filter.
        QFile old(m_transcript);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime(QDate(2015, 3, 1), QTime(12, 0)), QFileDevice::FileModificationTime));
        old.close();
        QFile fresh(m_multicolumn);
        QVERIFY(fresh.open(QIODevice::ReadWrite));
        QVERIFY(fresh.setFileTime(QDateTime::currentDateTime().addDays(-1), QFileDevice::FileModificationTime));
        fresh.close();

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
        QTRY_COMPARE_WITH_TIMEOUT(documents->documentCount(), 3, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(documents->documents().begin(), documents->documents().end(),
                                             [](const DocumentInfo &d) { return d.status != DocumentStatus::Pending && d.status != DocumentStatus::Indexing; }),
                                 120000);
    }

    void cleanupTestCase()
    {
        delete m_window;
    }

    void oneRowPerDocumentWithAChipPerPage()
    {
        // pdftotext says which pages have each word; the chips must be exactly those pages.
        const QList<int> vitae = pagesWithWord(m_multicolumn, QStringLiteral("vitae"), 3);
        QVERIFY2(vitae.size() >= 2, "the test needs a word on several pages");
        QVERIFY(typeAndWait(QStringLiteral("vitae OR knowles")));
        QCOMPARE(model()->rowCount(), 2);
        QStringList paths;
        for (int row = 0; row < 2; ++row)
            paths << model()->index(row).data(SearchResultModel::PathRole).toString();
        QVERIFY(paths.contains(m_multicolumn) && paths.contains(m_transcript));
        const int row = paths.indexOf(m_multicolumn);
        QList<int> chipPages;
        for (const SearchHit &hit : model()->pages(row))
            chipPages << hit.ref.page + 1;
        QCOMPARE(chipPages, vitae);
        // Each chip says its page and why: the word that matched.
        const QStringList chips = model()->index(row).data(SearchResultModel::ChipsRole).toStringList();
        QCOMPARE(chips.size(), vitae.size());
        QCOMPARE(chips.first(), QStringLiteral("p. %1 · vitae").arg(vitae.first()));
        // The count is what is shown.
        // (Tests load no translator: plurals may read "page(s)".)
        const QRegularExpression count(QStringLiteral("^%1 page(s|\\(s\\)) in 2 document(s|\\(s\\)) match").arg(vitae.size() + 1));
        QVERIFY2(count.match(status()->text()).hasMatch(), qPrintable(status()->text()));
    }

    void chipsSayWhyEachPageMatched()
    {
        // The words of the caption, detected objects, or a match in meaning (the words).
        SearchHit caption;
        caption.path = QStringLiteral("/d/a.pdf");
        caption.ref.page = 0;
        caption.captionOnly = true;
        caption.snippet = QStringLiteral("a [harbour] at dusk");
        caption.signalScores.insert(QStringLiteral("bm25"), {3.0, 1});
        SearchHit objects = caption;
        objects.ref.page = 4;
        objects.captionOnly = false;
        objects.snippet.clear();
        objects.signalScores = {{QStringLiteral("objects"), {2.0, 1}}};
        SearchHit meaning = objects;
        meaning.ref.page = 2;
        meaning.signalScores = {{QStringLiteral("dense"), {0.8, 1}}};
        SearchHit words = objects;
        words.path = QStringLiteral("/d/b.pdf");
        words.snippet = QStringLiteral("the [Harbour] master and the [harbour]");
        words.signalScores = {{QStringLiteral("bm25"), {5.0, 1}}};
        SearchResultModel model;
        model.setHits({caption, words, objects, meaning});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(SearchResultModel::ChipsRole).toStringList(),
                 (QStringList{QStringLiteral("p. 1 · caption"), QStringLiteral("p. 3 · looks like"), QStringLiteral("p. 5 · objects")}));
        QCOMPARE(model.bestChip(0), 0);
        QCOMPARE(model.index(1).data(SearchResultModel::ChipsRole).toStringList(), QStringList{QStringLiteral("p. 5 · harbour")});
        QCOMPARE(model.pageCount(), 4);
    }

    void clickingAChipOpensItsPageWithItsBoxes()
    {
        QVERIFY(typeAndWait(QStringLiteral("vitae")));
        QCOMPARE(model()->rowCount(), 1);
        QListView *view = panel()->resultView();
        const int last = model()->chipCount(0) - 1;
        QVERIFY(last >= 1);
        const QRect chip = panel()->chipRect(0, last);
        QVERIFY(view->viewport()->rect().contains(chip));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, chip.center());
        PageView *page = m_window->viewerPanel()->pageView();
        const SearchHit expected = model()->chip(0, last);
        QTRY_COMPARE_WITH_TIMEOUT(page->currentPage(), expected.ref.page, 20000);
        QCOMPARE(page->documentPath(), m_multicolumn);
        QTRY_COMPARE_WITH_TIMEOUT(page->highlightItems().size(), expected.boxes.size(), 10000);
        QVERIFY(!expected.boxes.isEmpty());

        // The keyboard: Left moves to the previous chip and opens its page.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(model()->currentChip(0), last - 1);
        QTRY_COMPARE_WITH_TIMEOUT(page->currentPage(), model()->chip(0, last - 1).ref.page, 20000);
        QTest::keyClick(view, Qt::Key_Right);
        QTRY_COMPARE_WITH_TIMEOUT(page->currentPage(), expected.ref.page, 20000);
    }

    void typingSearchesAfterThePauseWithoutEnter()
    {
        QVERIFY(typeAndWait(QStringLiteral("knowles")));
        QLineEdit *field = panel()->searchField();
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("mirzayanc"));
        QVERIFY(!status()->text().contains(QLatin1String("mirzayanc")));   // nothing runs before the pause
        // While the words change, the old rows are marked as the previous query's.
        QVERIFY(model()->isStale());
        QTest::keyClick(field, Qt::Key_E);
        QTRY_VERIFY_WITH_TIMEOUT(status()->text().contains(QStringLiteral("match “mirzayance”")), 5000);
        QVERIFY(!model()->isStale());
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->hit(0).path, m_transcript);
        // Offline signals only: BM25 answered, nothing else was asked.
        QCOMPARE(model()->hit(0).signalScores.keys(), QStringList{QStringLiteral("bm25")});
    }

    void typingFindsWordsByTheirBeginning()
    {
        // pdftotext finds "mirza" only inside "mirzayance", on the transcript's page.
        QCOMPARE(pagesWithWord(m_transcript, QStringLiteral("mirza"), 1), QList<int>{1});
        QCOMPARE(pagesWithWord(m_multicolumn, QStringLiteral("mirza"), 3), QList<int>{});
        QVERIFY(typeAndWait(QStringLiteral("mirza")));
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->hit(0).path, m_transcript);
        QVERIFY(model()->hit(0).snippet.contains(QLatin1String("MIRZAYANCE"), Qt::CaseInsensitive));
        // Enter searches the words as written: no page has the word "mirza".
        QTest::keyClick(panel()->searchField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(status()->text().contains(QStringLiteral("No pages match “mirza”")), 15000);
    }

    void typingQueryPrefixesOnlyThePlainLastWord()
    {
        QCOMPARE(SearchPanel::typingQuery(QStringLiteral("supreme cou")), QStringLiteral("supreme cou*"));
        QCOMPARE(SearchPanel::typingQuery(QStringLiteral("knowles")), QStringLiteral("knowles*"));
        QCOMPARE(SearchPanel::typingQuery(QStringLiteral("\"oral argu")), QStringLiteral("\"oral argu"));   // an open phrase
        QCOMPARE(SearchPanel::typingQuery(QStringLiteral("\"oral argument\"")), QStringLiteral("\"oral argument\""));
        QCOMPARE(SearchPanel::typingQuery(QStringLiteral("court -kno")), QStringLiteral("court -kno"));   // an exclusion
        QCOMPARE(SearchPanel::typingQuery(QStringLiteral("court OR")), QStringLiteral("court OR"));
        QCOMPARE(SearchPanel::typingQuery(QStringLiteral("court k")), QStringLiteral("court k"));
        QCOMPARE(SearchPanel::typingQuery(QStringLiteral("cour*")), QStringLiteral("cour*"));
    }

    void countAgreesWithThePages()
    {
        // English plural forms as translations/pagelens_en.ts gives them: the verb follows the page count.
        class EnglishPlurals : public QTranslator
        {
        public:
            QString translate(const char *, const char *source, const char *, int n) const override
            {
                const QString text = QString::fromUtf8(source);
                if (text == QStringLiteral("%n page(s) in %1 match “%2”."))
                    return n == 1 ? QStringLiteral("%n page in %1 matches “%2”.") : QStringLiteral("%n pages in %1 match “%2”.");
                if (text == QStringLiteral("%n document(s)"))
                    return n == 1 ? QStringLiteral("%n document") : QStringLiteral("%n documents");
                return {};
            }
            bool isEmpty() const override { return false; }
        } english;
        QCoreApplication::installTranslator(&english);
        SearchHit first;
        first.path = m_multicolumn;
        first.ref.page = 0;
        first.matchedTerms = {QStringLiteral("vitae")};
        quint64 ticket = panel()->setSearching(QStringLiteral("vitae"));
        QVERIFY(panel()->setResults(ticket, QStringLiteral("vitae"), {first}));
        const QString one = status()->text();
        SearchHit second = first;
        second.ref.page = 1;
        ticket = panel()->setSearching(QStringLiteral("vitae"));
        QVERIFY(panel()->setResults(ticket, QStringLiteral("vitae"), {first, second}));
        const QString two = status()->text();
        QCoreApplication::removeTranslator(&english);
        QCOMPARE(one, QStringLiteral("1 page in 1 document matches “vitae”."));
        QCOMPARE(two, QStringLiteral("2 pages in 1 document match “vitae”."));
    }

    void aLateAnswerToOlderWordsIsDropped()
    {
        const quint64 older = panel()->setSearching(QStringLiteral("knowles"));
        const quint64 newer = panel()->setSearching(QStringLiteral("vitae"));
        SearchHit vitae;
        vitae.path = m_multicolumn;
        vitae.ref.page = 1;
        vitae.matchedTerms = {QStringLiteral("vitae")};
        SearchHit knowles;
        knowles.path = m_transcript;
        knowles.matchedTerms = {QStringLiteral("knowles")};
        QVERIFY(panel()->setResults(newer, QStringLiteral("vitae"), {vitae}));
        QVERIFY(!panel()->setResults(older, QStringLiteral("knowles"), {knowles}));
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->hit(0).path, m_multicolumn);
        QVERIFY(status()->text().contains(QLatin1String("vitae")));
        // Emptying the field also outdates an answer still on its way.
        const quint64 pending = panel()->setSearching(QStringLiteral("knowles"));
        panel()->searchField()->clear();
        QVERIFY(!panel()->setResults(pending, QStringLiteral("knowles"), {knowles}));
        QCOMPARE(model()->rowCount(), 0);
    }

    void filtersByFolderTypeAndDate()
    {
        // Any word of each document: the transcript, lorem ipsum, and (OCR of) nothing in the photo.
        const QString query = QStringLiteral("knowles OR vitae");
        QVERIFY(typeAndWait(query));
        QCOMPARE(model()->rowCount(), 2);

        QComboBox *date = panel()->dateFilter();
        date->setCurrentIndex(date->findData(30));
        Q_EMIT date->activated(date->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isStale() && status()->text().contains(QLatin1String("match")), 10000);
        QCOMPARE(model()->rowCount(), 1);   // the 2015 transcript is out
        QCOMPARE(model()->hit(0).path, m_multicolumn);
        date->setCurrentIndex(0);

        QComboBox *type = panel()->typeFilter();
        type->setCurrentIndex(type->findData(QStringLiteral("image")));
        Q_EMIT type->activated(type->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(status()->text().startsWith(QLatin1String("No pages match")), 10000);
        type->setCurrentIndex(type->findData(QStringLiteral("pdf")));
        Q_EMIT type->activated(type->currentIndex());
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2, 10000);
        type->setCurrentIndex(0);

        // The folder filter offers the watched folder; a folder with no match leaves nothing.
        QComboBox *folder = panel()->folderFilter();
        const int docs = folder->findData(m_dir.filePath(QStringLiteral("docs")));
        QVERIFY(docs > 0);
        folder->setCurrentIndex(docs);
        Q_EMIT folder->activated(docs);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2, 10000);
        SearchFilter scans = panel()->filter();
        scans.folder = m_dir.filePath(QStringLiteral("docs/scans"));
        for (const DocumentInfo &document : m_window->documentModel()->documents())
            QVERIFY(!scans.accepts(document));
        folder->setCurrentIndex(0);
        // What scanners write is a scan; other images are images.
        DocumentInfo tiff;
        tiff.path = QStringLiteral("/x/page-001.TIF");
        tiff.kind = QStringLiteral("image");
        QCOMPARE(SearchFilter::typeOf(tiff), QStringLiteral("scan"));
        DocumentInfo photo;
        photo.path = m_photo;
        photo.kind = QStringLiteral("image");
        QCOMPARE(SearchFilter::typeOf(photo), QStringLiteral("image"));
    }

    void sortsByNameAndDate()
    {
        QVERIFY(typeAndWait(QStringLiteral("knowles OR vitae")));
        QComboBox *sort = panel()->sortOrder();
        sort->setCurrentIndex(sort->findData(int(SearchFilter::Sort::Name)));
        Q_EMIT sort->activated(sort->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isStale() && model()->rowCount() == 2, 10000);
        // "pdfplumber-…" before "pypdf-…"
        QCOMPARE(model()->hit(0).path, m_transcript);
        QCOMPARE(model()->hit(1).path, m_multicolumn);
        sort->setCurrentIndex(sort->findData(int(SearchFilter::Sort::Date)));
        Q_EMIT sort->activated(sort->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isStale() && model()->rowCount() == 2 && model()->hit(0).path == m_multicolumn, 10000);
        QCOMPARE(model()->hit(1).path, m_transcript);   // newest first: 2015 last
        sort->setCurrentIndex(0);
    }
};

QTEST_MAIN(tst_SearchResults)
#include "tst_searchresults.moc"
