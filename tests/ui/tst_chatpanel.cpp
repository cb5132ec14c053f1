// SPDX-License-Identifier: MIT
// The "Ask the Library" dock in the main window, driven as a person does (typing, clicking the
// buttons and the citation links), against the fake Gemini server on a real library of the seed
// notebook's images (real OCR, SQLite, search) with the captions the notebook printed for them.
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QImageReader>
#include <QMenu>
#include <QToolButton>
#include <QDockWidget>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextBlock>

#include "core/ingest/indexer.h"
#include "core/library/catalog.h"
#include "core/library/library.h"
#include "tests/fakes/fakegeminiserver.h"
#include "tests/support/testpaths.h"
#include "ui/chat/chatpanel.h"
#include "ui/library/librarycontroller.h"
#include "ui/mainwindow.h"
#include "ui/settings/consentstore.h"
#include "ui/settings/egressdialog.h"
#include "ui/settings/keybackend.h"
#include "ui/settings/providersession.h"
#include "ui/viewer/pageview.h"
#include "ui/viewer/viewerpanel.h"
#include "tests/support/fixedkeybackend.h"

using namespace PageLens;
using PageLens::Test::FakeAgentModel;
using PageLens::Test::FakeGeminiServer;

namespace {

const QString kKey = QStringLiteral("dummy-test-key");

QString image(int n)
{
    return Test::corpusPath(QStringLiteral("seed/course-ai-agents-l11/images/image_%1.jpeg").arg(n));
}

QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

int generateRequests(const FakeGeminiServer &fake)
{
    int n = 0;
    for (const Test::FakeRequest &r : fake.requests())
        n += r.path.contains(QLatin1String("enerateContent")) ? 1 : 0;
    return n;
}

} // namespace

class tst_ChatPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void answerStreamsWithStepsAndCitationOpensThePage();
    void stopCancelsOnlyThisAnswer();
    void withoutAServiceShowsSearchResults();
    void historyResumesAndDeletesConversations();

private:
    /** The main window on the library, the model service at the fake when `withService`. */
    struct Window {
        LibraryController controller;
        std::unique_ptr<MainWindow> window;
        ChatPanel *chat = nullptr;
    };
    void openWindow(Window &w, bool withService);
    /** Clicks the first citation link of the transcript where it is drawn. */
    static bool clickCitation(QTextBrowser *browser, const QString &source);

    FakeGeminiServer m_fake;
    QTemporaryDir m_dir;
};

void tst_ChatPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fake.startOnOwnThread());
    // The seed images, indexed offline, with the notebook's captions, privacy "images".
    auto library = Library::open(m_dir.path());
    QVERIFY(library);
    const QStringList files{image(1), image(2), image(3)};
    (*library)->add(files);
    Indexer((*library)->catalog(), IndexOptions{}).run();
    const QStringList captions{
        QStringLiteral("A large, imposing robot and a small grey tabby kitten perched on its left arm in a workshop."),
        QStringLiteral("A large, fluffy white dog barking at a sleek black humanoid robot in a trash-strewn alley."),
        QStringLiteral("A bearded man with glasses assembling a desktop computer.")};
    auto docs = (*library)->documents();
    QVERIFY(docs);
    QCOMPARE(docs->size(), 3);
    for (const DocumentInfo &doc : *docs) {
        const int index = int(files.indexOf(doc.path));
        QVERIFY(index >= 0);
        auto pages = (*library)->pages(doc.id);
        QVERIFY(pages && !pages->isEmpty());
        (*library)->catalog()->setCaption(pages->first().id, captions.at(index), QStringLiteral("notebook"));
    }
    QVERIFY((*library)->setPrivacy(Privacy::Images));
}

void tst_ChatPanel::init()
{
    QSettings().clear();   // no consent, no layout from an earlier test
    m_fake.setAgentBehaviour(FakeAgentModel::Behaviour::Seed);
}

void tst_ChatPanel::openWindow(Window &w, bool withService)
{
    w.controller.providerSession()->setKeyBackend(std::make_shared<Test::FixedKeyBackend>(kKey));
    ProviderSettings settings;
    settings.enabled = withService;
    settings.baseUrl = m_fake.url().toString();
    settings.sendKey = true;          // the fake is on 127.0.0.1, which gets no key otherwise
    settings.requestsPerMinute = 0;   // the fake has no quota
    w.controller.providerSession()->setSettings(settings);
    w.window = std::make_unique<MainWindow>(&w.controller);
    w.window->resize(1300, 800);
    w.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
    w.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    QSignalSpy opened(&w.controller, &LibraryController::libraryOpened);
    w.controller.open(m_dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30000);
    if (withService) {
        QTRY_VERIFY_WITH_TIMEOUT(w.controller.providerSession()->provider() != nullptr, 10000);
        // The pages have no vectors yet, so the window offers to embed them; not now (that is another test's).
        QTRY_VERIFY_WITH_TIMEOUT(w.window->egressDialog() != nullptr, 15000);
        QTest::mouseClick(w.window->egressDialog()->notNowButton(), Qt::LeftButton);
        QTRY_VERIFY(w.window->egressDialog() == nullptr);
        w.window->activateWindow();   // the offscreen platform does not give it back by itself
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    }
    // View ▸ Ask the Library shows the dock and puts the cursor in the question field.
    QVERIFY(!w.window->chatDock()->isVisible());
    QTest::keyClick(w.window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(w.window->chatDock()->isVisible());
    w.chat = w.window->chatPanel();
    QTRY_VERIFY(w.chat->questionField()->hasFocus());
}

bool tst_ChatPanel::clickCitation(QTextBrowser *browser, const QString &source)
{
    QTextDocument *doc = browser->document();
    for (QTextCursor found = doc->find(source); !found.isNull(); found = doc->find(source, found)) {
        QTextCursor inside(doc);
        inside.setPosition(found.selectionStart() + 1);
        if (!inside.charFormat().isAnchor())
            continue;
        browser->setTextCursor(inside);
        browser->ensureCursorVisible();
        const QPoint at = browser->cursorRect(inside).center();
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
        return true;
    }
    return false;
}

void tst_ChatPanel::answerStreamsWithStepsAndCitationOpensThePage()
{
    Window w;
    openWindow(w, true);
    if (QTest::currentTestFailed())
        return;
    ChatPanel *chat = w.chat;
    QTextBrowser *transcript = chat->transcript();
    struct Shot {
        bool busy;
        QString text;
    };
    QList<Shot> shots;
    connect(chat, &ChatPanel::transcriptUpdated, this,
            [&] { shots.append({chat->isBusy(), transcript->toPlainText()}); });

    QTest::keyClicks(chat->questionField(), QStringLiteral("what color is my kitten?"));
    QTest::keyClick(chat->questionField(), Qt::Key_Return);

    // Nothing leaves before the person agrees for this library.
    QTRY_VERIFY_WITH_TIMEOUT(chat->consentDialog() != nullptr, 10000);
    QMessageBox *consent = chat->consentDialog();
    QVERIFY2(consent->text().contains(m_fake.url().toString()), qPrintable(consent->text()));
    QVERIFY2(consent->text().contains(QLatin1String("page images")), qPrintable(consent->text()));   // privacy "images"
    QCOMPARE(generateRequests(m_fake), 0);
    consent->checkBox()->setChecked(true);
    QTest::mouseClick(consent->findChild<QPushButton *>(QStringLiteral("send")), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!chat->isBusy(), 30000);
    QVERIFY(ConsentStore::granted(m_dir.path(), ConsentStore::Kind::Text));
    QVERIFY(ConsentStore::granted(m_dir.path(), ConsentStore::Kind::Images));
    const QString shown = transcript->toPlainText();
    // The question, one compact line per tool step (search on the question's main word, then the
    // page the search found first: the kitten is only in image_1's caption), then the answer.
    QVERIFY2(shown.contains(QLatin1String("what color is my kitten?")), qPrintable(shown));
    QVERIFY2(shown.contains(QRegularExpression(QStringLiteral("searched .kitten. → \\d+ page"))), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("image_1.jpeg")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("The kitten in your picture is grey, a grey tabby [S1].")), qPrintable(shown));
    QCOMPARE(generateRequests(m_fake), 3);   // search, look, answer
    // Streamed: the first words were on screen while the model was still writing.
    const bool streamed = std::any_of(shots.begin(), shots.end(), [](const Shot &s) {
        return s.busy && s.text.contains(QLatin1String("The kitten in your")) && !s.text.contains(QLatin1String("tabby"));
    });
    QVERIFY2(streamed, "no partial answer was shown while answering");
    QCOMPARE(chat->lastAnswer(), QStringLiteral("The kitten in your picture is grey, a grey tabby [S1]."));
    QVERIFY(chat->stopButton()->isEnabled() == false);
    QTest::mouseClick(w.window->findChild<QPushButton *>(QStringLiteral("chatCopy")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("The kitten in your picture is grey, a grey tabby [S1]."));

    // The citation is a link; clicking it opens the cited page in the viewer.
    const auto s1 = chat->citation(QStringLiteral("S1"));
    QVERIFY(s1);
    QCOMPARE(canonical(s1->document), canonical(image(1)));
    QCOMPARE(s1->page, 1);
    PageView *view = w.window->viewerPanel()->pageView();
    QVERIFY(view->documentPath().isEmpty());
    QVERIFY(clickCitation(transcript, QStringLiteral("S1")));
    QTRY_COMPARE_WITH_TIMEOUT(canonical(view->documentPath()), canonical(image(1)), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(view->currentPage(), 0, 10000);
    QTRY_COMPARE(view->highlightItems().size(), s1->boxes.size());

    // A follow-up continues the conversation: the model sees the earlier turns.
    QTest::keyClicks(chat->questionField(), QStringLiteral("and the robot?"));
    QTest::mouseClick(chat->askButton(), Qt::LeftButton);
    QVERIFY(!chat->consentDialog());   // "don't ask again" was ticked
    QTRY_VERIFY_WITH_TIMEOUT(!chat->isBusy(), 30000);
    const QJsonObject last = m_fake.requests().last().json();
    const QString lastBody = QString::fromUtf8(QJsonDocument(last).toJson(QJsonDocument::Compact));
    QVERIFY2(lastBody.contains(QLatin1String("what color is my kitten?")), "the follow-up lost the earlier turns");

    // Export: the conversation as Markdown with its sources listed.
    const QString file = m_dir.filePath(QStringLiteral("conversation.md"));
    QVERIFY(chat->exportMarkdown(file));
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(exported.readAll());
    QVERIFY2(markdown.contains(QLatin1String("## what color is my kitten?")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QLatin1String("The kitten in your picture is grey, a grey tabby [S1].")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QStringLiteral("- [S1] %1 p. 1").arg(s1->document)), qPrintable(markdown));

    // New conversation: the transcript empties, the next question starts afresh.
    QTest::mouseClick(w.window->findChild<QPushButton *>(QStringLiteral("chatNew")), Qt::LeftButton);
    QVERIFY(transcript->toPlainText().isEmpty());
    QVERIFY(!chat->citation(QStringLiteral("S1")));
}

void tst_ChatPanel::stopCancelsOnlyThisAnswer()
{
    m_fake.setAgentBehaviour(FakeAgentModel::Behaviour::Endless);   // searches forever, never answers
    Window w;
    openWindow(w, true);
    if (QTest::currentTestFailed())
        return;
    ConsentStore::grant(m_dir.path(), EgressPreview{Privacy::Images, 1, 1});
    ChatPanel *chat = w.chat;
    QTest::keyClicks(chat->questionField(), QStringLiteral("where is the kitten?"));
    QTest::mouseClick(chat->askButton(), Qt::LeftButton);
    QVERIFY(!chat->consentDialog());
    QTRY_VERIFY_WITH_TIMEOUT(chat->transcript()->toPlainText().contains(QLatin1String("searched")), 30000);
    QVERIFY(chat->isBusy());
    QVERIFY(chat->stopButton()->isEnabled());
    QVERIFY(!chat->askButton()->isEnabled());
    QTest::mouseClick(chat->stopButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!chat->isBusy(), 10000);
    QVERIFY2(chat->transcript()->toPlainText().contains(QLatin1String("Stopped")), qPrintable(chat->transcript()->toPlainText()));
    // A request already on the wire when Stop was pressed may still reach the fake; after that the
    // endless loop (a round every few milliseconds while it runs) must send nothing more.
    QTest::qWait(500);
    const int sent = generateRequests(m_fake);
    QTest::qWait(1000);
    QCOMPARE(generateRequests(m_fake), sent);

    // The panel takes the next question.
    m_fake.setAgentBehaviour(FakeAgentModel::Behaviour::Seed);
    QTest::keyClicks(chat->questionField(), QStringLiteral("what color is my kitten?"));
    QTest::mouseClick(chat->askButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!chat->isBusy(), 30000);
    QVERIFY2(chat->transcript()->toPlainText().contains(QLatin1String("grey tabby")), qPrintable(chat->transcript()->toPlainText()));
}

void tst_ChatPanel::withoutAServiceShowsSearchResults()
{
    Window w;
    openWindow(w, false);
    if (QTest::currentTestFailed())
        return;
    const int before = m_fake.count();
    ChatPanel *chat = w.chat;
    QTest::keyClicks(chat->questionField(), QStringLiteral("kitten"));
    QTest::keyClick(chat->questionField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!chat->isBusy(), 30000);
    QVERIFY(!chat->consentDialog());
    QCOMPARE(m_fake.count(), before);   // nothing left the machine
    const QString shown = chat->transcript()->toPlainText();
    // Labelled as search results, with what to do to get answers.
    QVERIFY2(shown.contains(QLatin1String("Search results")) && shown.contains(QLatin1String("not an answer")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("Settings")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("image_1.jpeg")), qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1String("image_3.jpeg")), qPrintable(shown));   // no kitten there
    QVERIFY(clickCitation(chat->transcript(), QStringLiteral("S1")));
    QTRY_COMPARE_WITH_TIMEOUT(canonical(w.window->viewerPanel()->pageView()->documentPath()), canonical(image(1)), 10000);
}

/** The `thumb:` images the transcript shows, as the document holds them. */
static QStringList thumbnailNames(QTextBrowser *browser)
{
    QStringList names;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat()) {
                const QString name = it.fragment().charFormat().toImageFormat().name();
                if (name.startsWith(QLatin1String("thumb:")))
                    names << name;
            }
    return names;
}

void tst_ChatPanel::historyResumesAndDeletesConversations()
{
    Window w;
    openWindow(w, true);
    if (QTest::currentTestFailed())
        return;
    ConsentStore::grant(m_dir.path(), EgressPreview{Privacy::Images, 1, 1});
    ChatPanel *chat = w.chat;
    QTest::keyClicks(chat->questionField(), QStringLiteral("what color is my kitten?"));
    QTest::mouseClick(chat->askButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!chat->isBusy(), 30000);
    const QString id = chat->conversationId();
    QVERIFY(!id.isEmpty());

    // The step that looked at image_1 shows the page as a thumbnail, drawn from the page itself:
    // its shape is the photo's (read here with QImageReader, not through PageLens).
    QTRY_VERIFY_WITH_TIMEOUT(!thumbnailNames(chat->transcript()).isEmpty(), 10000);
    const QString name = thumbnailNames(chat->transcript()).first();
    QVERIFY2(name.contains(QLatin1String("image_1.jpeg")), qPrintable(name));
    const QImage thumb = chat->transcript()->document()->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>();
    QVERIFY(!thumb.isNull());
    QVERIFY(std::max(thumb.width(), thumb.height()) <= 64);
    const QSize photo = QImageReader(image(1)).size();
    QVERIFY(photo.isValid());
    QVERIFY2(std::abs(double(thumb.width()) / thumb.height() - double(photo.width()) / photo.height()) < 0.05,
             qPrintable(QStringLiteral("%1x%2 vs %3x%4").arg(thumb.width()).arg(thumb.height()).arg(photo.width()).arg(photo.height())));

    // History lists it; after "New" it opens again as it was, and a follow-up continues it.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(chat->history().cbegin(), chat->history().cend(),
                                         [&](const ConversationSummary &c) { return c.id == id; }), 10000);
    QTest::mouseClick(w.window->findChild<QPushButton *>(QStringLiteral("chatNew")), Qt::LeftButton);
    QVERIFY(chat->transcript()->toPlainText().isEmpty());
    QAction *entry = nullptr;
    for (QAction *action : chat->historyButton()->menu()->actions())
        if (action->data().toString() == id)
            entry = action;
    QVERIFY(entry);
    QVERIFY2(entry->text().contains(QLatin1String("what color is my kitten?")), qPrintable(entry->text()));
    QSignalSpy resumed(chat, &ChatPanel::conversationResumed);
    entry->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 10000);
    QCOMPARE(chat->conversationId(), id);
    const QString shown = chat->transcript()->toPlainText();
    QVERIFY2(shown.contains(QLatin1String("what color is my kitten?")), qPrintable(shown));
    QVERIFY2(shown.contains(QRegularExpression(QStringLiteral("searched .kitten. → \\d+ page"))), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("looked at image_1.jpeg p. 1")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("The kitten in your picture is grey, a grey tabby [S1].")), qPrintable(shown));
    QTRY_VERIFY_WITH_TIMEOUT(!thumbnailNames(chat->transcript()).isEmpty(), 10000);
    QVERIFY(clickCitation(chat->transcript(), QStringLiteral("S1")));
    QTRY_COMPARE_WITH_TIMEOUT(canonical(w.window->viewerPanel()->pageView()->documentPath()), canonical(image(1)), 10000);

    const int before = int(m_fake.requests().size());
    QTest::keyClicks(chat->questionField(), QStringLiteral("and the robot?"));
    QTest::mouseClick(chat->askButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!chat->isBusy(), 30000);
    QCOMPARE(chat->conversationId(), id);
    QVERIFY(m_fake.requests().at(before).body.contains("what color is my kitten?"));

    // Delete asks first; then the conversation is gone from the history and the panel starts afresh.
    QAction *remove = chat->historyButton()->menu()->findChild<QAction *>(QStringLiteral("chatDeleteConversation"));
    QVERIFY(remove && remove->isEnabled());
    remove->trigger();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = chat->findChild<QMessageBox *>(QStringLiteral("chatDeleteConfirm"))) != nullptr);
    QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("delete")), Qt::LeftButton);
    QTRY_VERIFY(chat->conversationId().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(std::none_of(chat->history().cbegin(), chat->history().cend(),
                                          [&](const ConversationSummary &c) { return c.id == id; }), 10000);
    QVERIFY(chat->transcript()->toPlainText().isEmpty());
}

QTEST_MAIN(tst_ChatPanel)
#include "tst_chatpanel.moc"
