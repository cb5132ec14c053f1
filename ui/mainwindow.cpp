// SPDX-License-Identifier: MIT
#include "ui/mainwindow.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

#include "core/common/log.h"
#include "ui/accessiblenames.h"
#include "core/service/libraryservice.h"
#include "ui/chat/chatpanel.h"
#include "ui/help/helpdialog.h"
#include "ui/library/documentmodel.h"
#include "ui/library/indexprogresswidget.h"
#include "ui/library/librarycontroller.h"
#include "ui/library/librarypane.h"
#include "ui/search/searchpanel.h"
#include "ui/settings/egressdialog.h"
#include "ui/settings/privacychoicedialog.h"
#include "ui/settings/providersession.h"
#include "ui/settings/settingsdialog.h"
#include "ui/viewer/findbar.h"
#include "ui/viewer/outlinepane.h"
#include "ui/viewer/pageview.h"
#include "ui/viewer/textselection.h"
#include "ui/viewer/layercontroller.h"
#include "ui/viewer/pagelayers.h"
#include "ui/viewer/viewerpanel.h"

namespace PageLens {

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");
const QString lastLibraryKey = QStringLiteral("library/last");
const QString recentLibrariesKey = QStringLiteral("library/recent");
const QString recentDocumentsKey = QStringLiteral("documents/recent");
constexpr int maxRecentLibraries = 8;
constexpr int maxRecentDocuments = 10;
constexpr int searchLimit = 50;
constexpr int messageTimeoutMs = 6000;

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << QDir::cleanPath(url.toLocalFile());
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(LibraryController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_model(new DocumentModel(this))
    , m_libraryPane(new LibraryPane(m_model, this))
    , m_viewer(new ViewerPanel(this))
    , m_layers(new LayerController(controller, m_viewer, this))
    , m_search(new SearchPanel(this))
    , m_chat(new ChatPanel(controller, this))
    , m_chatDock(new QDockWidget(tr("Ask the Library"), this))
    , m_outlineDock(new QDockWidget(tr("Outline"), this))
    , m_outline(new OutlinePane(m_viewer->pageView(), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sideTabs(new QTabWidget(this))
    , m_progress(new IndexProgressWidget(this))
    , m_summary(new QLabel(this))
    , m_summaryTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PageLens"));
    setWindowIcon(icon("pagelens"));
    setAcceptDrops(true);
    // Drops anywhere land here; the search field would otherwise take a dropped path as text.
    m_search->searchField()->setAcceptDrops(false);
    setStyleSheet(QStringLiteral("QLabel#paneTitle { font-weight: 600; }"));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_libraryPane);
    m_splitter->addWidget(m_viewer);
    m_splitter->addWidget(m_search);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_libraryPane->setMinimumWidth(180);
    m_search->setMinimumWidth(200);
    m_viewer->setMinimumWidth(kMinimumPageWidth);
    m_splitter->setSizes({360, 700, 360});
    setCentralWidget(m_splitter);
    // Narrow windows: library and search become tabs of one pane, the page keeps the rest.
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->setAccessibleName(tr("Library and search"));
    m_sideTabs->tabBar()->setAccessibleName(tr("Library and search"));
    m_sideTabs->setMinimumWidth(200);
    m_sideTabs->hide();

    m_summary->setObjectName(QStringLiteral("librarySummary"));
    // Long summaries are cut, never widen the window past a small screen.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_progress);

    // The chat sits beside the viewer so a cited page opens next to the answer; hidden until asked for.
    m_chatDock->setObjectName(QStringLiteral("chatDock"));
    m_chatDock->setWidget(m_chat);
    m_chatDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_chatDock);
    m_chatDock->hide();
    m_outlineDock->setObjectName(QStringLiteral("outlineDock"));
    m_outlineDock->setWidget(m_outline);
    m_outlineDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock);
    m_outlineDock->hide();

    createActions();

    connect(m_controller, &LibraryController::libraryOpened, this, &MainWindow::handleLibraryOpened);
    connect(m_controller, &LibraryController::documentsChanged, this,
            [this](const QVector<DocumentInfo> &documents, const QStringList &folders) {
                m_model->setDocuments(documents, folders);
                m_search->setFolders(folders);
                openPendingDocument();
            });
    // The summary counts what the tree shows, so it moves with each document an indexing run finishes.
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(150);
    connect(m_summaryTimer, &QTimer::timeout, this, &MainWindow::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_controller, &LibraryController::documentFinished, m_model, &DocumentModel::updateDocument);
    connect(m_controller, &LibraryController::indexingStarted, this, [this] {
        m_progress->start();
        m_cancel->setEnabled(true);
    });
    connect(m_controller, &LibraryController::indexProgressChanged, this, [this](const IndexProgress &progress) {
        m_progress->setProgress(progress);
        m_model->setIndexingPath(progress.currentFile);
    });
    connect(m_controller, &LibraryController::indexingFinished, this, &MainWindow::handleIndexingFinished);
    connect(m_controller, &LibraryController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, messageTimeoutMs); });
    connect(m_controller, &LibraryController::errorOccurred, this, &MainWindow::handleError);
    connect(m_progress, &IndexProgressWidget::cancelRequested, m_controller, &LibraryController::cancelIndexing);
    connect(m_progress, &IndexProgressWidget::pauseRequested, m_controller, &LibraryController::setEnrichmentPaused);

    connect(m_controller, &LibraryController::enrichmentConsentNeeded, this, &MainWindow::askEgressConsent);
    connect(m_controller, &LibraryController::providerNeeded, this, &MainWindow::explainProviderNeeded);
    connect(m_controller, &LibraryController::privacyChoiceNeeded, this, &MainWindow::askPrivacyChoice);
    connect(m_controller, &LibraryController::enrichmentStarted, this, [this] {
        m_progress->start(true);
        m_cancel->setEnabled(true);
        m_enrich->setEnabled(false);
    });
    connect(m_controller, &LibraryController::enrichmentProgressChanged, m_progress, &IndexProgressWidget::setProgress);
    connect(m_controller, &LibraryController::enrichmentPausedChanged, m_progress, &IndexProgressWidget::setPaused);
    connect(m_controller, &LibraryController::enrichmentFinished, this, &MainWindow::handleEnrichmentFinished);

    connect(m_libraryPane, &LibraryPane::documentActivated, this, &MainWindow::showDocument);
    connect(m_libraryPane, &LibraryPane::passwordRequested, this, &MainWindow::askPassword);
    connect(m_libraryPane, &LibraryPane::removeRequested, m_controller, &LibraryController::remove);
    connect(m_libraryPane, &LibraryPane::rescanRequested, m_controller, &LibraryController::rescanDocuments);
    connect(m_libraryPane, &LibraryPane::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, messageTimeoutMs); });
    // The library follows what the viewer shows, also when it was opened from a search result.
    connect(this, &MainWindow::currentDocumentChanged, m_libraryPane, &LibraryPane::selectDocument);
    connect(m_controller, &LibraryController::documentFinished, this, [this](const DocumentInfo &document) {
        if (!m_passwordsTried.remove(document.id))
            return;
        if (document.status == DocumentStatus::NeedsPassword)
            statusBar()->showMessage(tr("The password for “%1” is wrong. Double-click it to try another.")
                                         .arg(QFileInfo(document.path).fileName()),
                                     2 * messageTimeoutMs);
        else if (document.status == DocumentStatus::Indexed)
            statusBar()->showMessage(tr("“%1” is unlocked for this session.").arg(QFileInfo(document.path).fileName()),
                                     messageTimeoutMs);
    });
    connect(m_search, &SearchPanel::searchRequested, this, &MainWindow::search);
    connect(m_search, &SearchPanel::quickSearchRequested, this, &MainWindow::quickSearch);
    connect(m_search, &SearchPanel::hitActivated, this, &MainWindow::showHit);
    connect(m_search, &SearchPanel::cleared, m_viewer, [this] { m_viewer->setQueryHits({}); });
    connect(m_viewer->pageView(), &PageView::currentPageChanged, this,
            [this](int page) { rememberDocument(m_viewer->pageView()->documentPath(), page); });
    // Selection reads the shown page's words from the catalog (text layer or OCR).
    m_viewer->textSelection()->setWordSource([this](const QString &path, int page) -> QFuture<Result<PageRecord>> {
        const QVector<DocumentInfo> &documents = m_model->documents();
        const auto known = std::find_if(documents.begin(), documents.end(), [&](const DocumentInfo &d) { return d.path == path; });
        if (!m_controller->service() || known == documents.end())
            return QtFuture::makeReadyFuture(Result<PageRecord>(fail(Error::Code::NotFound, tr("The document is not in the library."))));
        return m_controller->service()->page(PageRef{known->id, page});
    });
    connect(m_viewer->findBar(), &FindBar::findRequested, this, [this](const QString &query) {
        const QString path = m_viewer->pageView()->documentPath();
        if (!m_controller->service() || path.isEmpty())
            return;
        m_controller->service()->find(path, query).then(this, [this, path, query](const Result<QVector<SearchHit>> &found) {
            if (path != m_viewer->pageView()->documentPath())
                return;   // another document was opened meanwhile
            if (found)
                m_viewer->findBar()->setHits(query, *found);
            else
                m_viewer->findBar()->setError(found.error().message);
        });
    });
    connect(m_search, &SearchPanel::cleared, m_viewer, [this] {
        m_viewer->setQueryHits({});
        m_layers->setQuery({});
    });
    connect(this, &MainWindow::currentDocumentChanged, m_layers, &LayerController::setDocument);
    connect(m_layers, &LayerController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, messageTimeoutMs); });
    connect(m_chat, &ChatPanel::citationActivated, this, &MainWindow::showCitation);
    connect(m_chat, &ChatPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, messageTimeoutMs); });

    restoreSettings();
    AccessibleNames::complete(this);
}

void MainWindow::createActions()
{
    auto *openLibrary = new QAction(icon("library"), tr("&Open Library…"), this);
    openLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    openLibrary->setStatusTip(tr("Open or create a library in a folder"));
    connect(openLibrary, &QAction::triggered, this, &MainWindow::chooseLibrary);

    m_addFiles = new QAction(icon("file-add"), tr("Add &Files…"), this);
    m_addFiles->setShortcut(QKeySequence::Open);
    m_addFiles->setStatusTip(tr("Add PDFs, scans or images to the library"));
    connect(m_addFiles, &QAction::triggered, this, &MainWindow::chooseFiles);

    m_addFolder = new QAction(icon("folder-add"), tr("Add F&older…"), this);
    m_addFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_addFolder->setStatusTip(tr("Add a folder; it is watched for new and changed files"));
    connect(m_addFolder, &QAction::triggered, this, &MainWindow::chooseFolder);

    m_rescan = new QAction(icon("rescan"), tr("&Rescan"), this);
    m_rescan->setShortcut(QKeySequence::Refresh);
    m_rescan->setStatusTip(tr("Look for new, changed and removed files"));
    connect(m_rescan, &QAction::triggered, m_controller, &LibraryController::rescan);

    m_cancel = new QAction(icon("cancel"), tr("&Cancel Indexing"), this);
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QAction::triggered, m_controller, &LibraryController::cancelIndexing);

    m_password = new QAction(icon("password"), tr("Enter &Password…"), this);
    m_password->setStatusTip(tr("Unlock the selected password-protected document for this session"));
    connect(m_password, &QAction::triggered, this, [this] {
        if (const auto document = m_libraryPane->currentDocument(); document && document->status == DocumentStatus::NeedsPassword)
            askPassword(*document);
        else
            statusBar()->showMessage(tr("Select a document that needs a password first."), messageTimeoutMs);
    });

    m_enrich = new QAction(icon("model-service"), tr("Caption and &Embed Pages…"), this);
    m_enrich->setStatusTip(tr("Show what would be sent to the model service, then caption and embed pages"));
    connect(m_enrich, &QAction::triggered, m_controller, &LibraryController::requestEnrichment);

    // Pages are embedded for late interaction after indexing; this starts it by hand (a server set
    // up later, or a run that was cancelled).
    m_embedImages = new QAction(tr("Embed Page &Images for Late Interaction"), this);
    m_embedImages->setStatusTip(tr("Send the pages not yet embedded to the late-interaction server of Settings"));
    connect(m_embedImages, &QAction::triggered, this, [this] {
        if (!m_controller->isOpen())
            statusBar()->showMessage(tr("Open a library first."), messageTimeoutMs);
        else if (!m_controller->providerSession()->lateClient())
            statusBar()->showMessage(tr("Set up a late-interaction server in Settings first."), messageTimeoutMs);
        else if (m_controller->isLateEmbedding())
            statusBar()->showMessage(tr("Page images are already being embedded."), messageTimeoutMs);
        else
            m_controller->startLateEmbedding();
    });

    auto *settings = new QAction(icon("settings"), tr("&Settings…"), this);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setStatusTip(tr("Model service, API key, privacy and limits"));
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);

    auto *quit = new QAction(icon("quit"), tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // Ctrl+F finds in the open document (the viewer's); the library search has its own keys.
    auto *find = new QAction(icon("search"), tr("&Search the Library…"), this);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(find, &QAction::triggered, this, [this] {
        if (m_narrow)
            m_sideTabs->setCurrentWidget(m_search);
        m_search->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_search->searchField()->selectAll();
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(openLibrary);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_addFiles);
    file->addAction(m_addFolder);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_viewer->copyAction());
    edit->addAction(m_viewer->selectAllAction());
    edit->addSeparator();
    edit->addAction(m_viewer->findAction());
    edit->addAction(m_viewer->findNextAction());
    edit->addAction(m_viewer->findPreviousAction());

    QMenu *library = menuBar()->addMenu(tr("&Library"));
    library->addAction(m_rescan);
    library->addAction(m_cancel);
    library->addSeparator();
    library->addAction(m_enrich);
    library->addAction(m_embedImages);
    library->addSeparator();
    library->addAction(m_password);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(find);
    QAction *ask = m_chatDock->toggleViewAction();
    ask->setText(tr("&Ask the Library"));
    ask->setIcon(icon("model-service"));
    ask->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    ask->setStatusTip(tr("Ask a question; the answer cites the pages it comes from"));
    connect(ask, &QAction::toggled, this, [this](bool shown) {
        if (shown)
            m_chat->questionField()->setFocus(Qt::ShortcutFocusReason);
    });
    view->addAction(ask);
    QAction *outline = m_outlineDock->toggleViewAction();
    outline->setText(tr("&Outline"));
    outline->setShortcut(QKeySequence(Qt::Key_F7));
    outline->setStatusTip(tr("The PDF's table of contents; choose an entry to turn to its page"));
    view->addAction(outline);
    view->addSeparator();
    view->addAction(m_viewer->previousPageAction());
    view->addAction(m_viewer->nextPageAction());
    view->addSeparator();
    view->addAction(m_viewer->zoomInAction());
    view->addAction(m_viewer->zoomOutAction());
    view->addAction(m_viewer->fitWidthAction());
    view->addAction(m_viewer->fitPageAction());
    view->addAction(m_viewer->continuousAction());
    view->addSeparator();
    m_fullScreen = new QAction(tr("&Full Screen"), this);
    m_fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    m_fullScreen->setStatusTip(tr("Show the window on the whole screen (F11 again to leave)"));
    connect(m_fullScreen, &QAction::toggled, this, [this](bool on) {
        if (on)
            showFullScreen();
        else if (isFullScreen())
            showNormal();
    });
    view->addAction(m_fullScreen);
    view->addAction(m_viewer->rotateLeftAction());
    view->addAction(m_viewer->rotateRightAction());
    view->addSeparator();
    view->addAction(m_viewer->layers()->hitsAction());
    view->addAction(m_viewer->layers()->detectionsAction());
    view->addAction(m_viewer->layers()->heatmapAction());

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->addAction(m_layers->detectAction());
    toolsMenu->addSeparator();
    toolsMenu->addAction(settings);
    m_viewer->toolBar()->addAction(m_layers->detectAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *manual = help->addAction(tr("PageLens &Help"), this, [this] { showHelp(HelpDialog::manual(this)); });
    manual->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard Shortcuts"), this,
                    [this] { showHelp(HelpDialog::shortcuts(this, menuBar())); });
    help->addSeparator();
    help->addAction(icon("pagelens"), tr("&About PageLens"), this, &MainWindow::showAbout);

    QToolBar *tools = addToolBar(tr("Main Toolbar"));
    m_toolBar = tools;
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setAccessibleName(tr("Main toolbar"));
    tools->setMovable(false);
    tools->setIconSize(QSize(20, 20));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(openLibrary);
    tools->addSeparator();
    tools->addAction(m_addFiles);
    tools->addAction(m_addFolder);
    tools->addAction(m_rescan);
    tools->addAction(m_cancel);

    rebuildRecentMenu();
}

QString MainWindow::lastLibrary()
{
    return QSettings().value(lastLibraryKey).toString();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1320, 820);
    restoreState(settings.value(stateKey).toByteArray());
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_narrow ? m_wideSplitterState : m_splitter->saveState());
}

void MainWindow::rememberLibrary(const QString &directory)
{
    QSettings settings;
    settings.setValue(lastLibraryKey, directory);
    QStringList recent = settings.value(recentLibrariesKey).toStringList();
    recent.removeAll(directory);
    recent.prepend(directory);
    settings.setValue(recentLibrariesKey, recent.mid(0, maxRecentLibraries));
    rebuildRecentMenu();
}

QVariantList MainWindow::recentDocuments()
{
    return QSettings().value(recentDocumentsKey).toList();
}

void MainWindow::rememberDocument(const QString &path, int page)
{
    const QString library = m_controller->directory();
    if (path.isEmpty() || library.isEmpty() || page < 0)
        return;
    QVariantList recent = recentDocuments();
    const bool wasFirst = !recent.isEmpty() && recent.first().toMap().value(QStringLiteral("path")).toString() == path
                          && recent.first().toMap().value(QStringLiteral("library")).toString() == library;
    recent.erase(std::remove_if(recent.begin(), recent.end(),
                                [&](const QVariant &entry) {
                                    const QVariantMap map = entry.toMap();
                                    return map.value(QStringLiteral("path")).toString() == path
                                           && map.value(QStringLiteral("library")).toString() == library;
                                }),
                 recent.end());
    recent.prepend(QVariantMap{{QStringLiteral("library"), library}, {QStringLiteral("path"), path}, {QStringLiteral("page"), page}});
    QSettings().setValue(recentDocumentsKey, recent.mid(0, maxRecentDocuments));
    if (!wasFirst)
        rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QVariantList documents = recentDocuments();
    if (!documents.isEmpty())
        m_recentMenu->addSection(tr("Documents"));
    for (const QVariant &entry : documents) {
        const QVariantMap map = entry.toMap();
        const QString path = map.value(QStringLiteral("path")).toString();
        QAction *action = m_recentMenu->addAction(icon("document"), QFileInfo(path).fileName(), this, [this, map] {
            m_pendingDocument = map;
            if (map.value(QStringLiteral("library")).toString() == m_controller->directory())
                openPendingDocument();
            else
                m_controller->open(map.value(QStringLiteral("library")).toString());
        });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(tr("%1, page %2").arg(QDir::toNativeSeparators(path)).arg(map.value(QStringLiteral("page")).toInt() + 1));
    }
    const QStringList recent = QSettings().value(recentLibrariesKey).toStringList();
    if (!recent.isEmpty())
        m_recentMenu->addSection(tr("Libraries"));
    for (const QString &directory : recent) {
        m_recentMenu->addAction(icon("library"), QDir::toNativeSeparators(directory), this,
                                [this, directory] { m_controller->open(directory); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty() || !documents.isEmpty());
}

void MainWindow::openPendingDocument()
{
    if (m_pendingDocument.isEmpty() || m_pendingDocument.value(QStringLiteral("library")).toString() != m_controller->directory())
        return;
    const QString path = m_pendingDocument.value(QStringLiteral("path")).toString();
    const QVector<DocumentInfo> &documents = m_model->documents();
    const auto known = std::find_if(documents.begin(), documents.end(), [&](const DocumentInfo &d) { return d.path == path; });
    if (known == documents.end())
        return;   // not listed yet (or no longer in the library)
    const int page = std::clamp(m_pendingDocument.value(QStringLiteral("page")).toInt(), 0, std::max(0, known->pageCount - 1));
    m_pendingDocument.clear();
    m_viewer->openDocument(known->path, m_controller->password(known->id), page);
    Q_EMIT currentDocumentChanged(known->id);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    applyLayout(width() < kNarrowWidth);
}

void MainWindow::applyLayout(bool narrow)
{
    // Toolbar labels go first: icons with tooltips fit 800 pixels, and every button is also in a menu.
    m_toolBar->setToolButtonStyle(width() < 1300 ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    if (narrow == m_narrow)
        return;
    m_narrow = narrow;
    if (narrow) {
        m_wideSplitterState = m_splitter->saveState();
        m_sideTabs->addTab(m_libraryPane, icon("library"), tr("Library"));
        m_sideTabs->addTab(m_search, icon("search"), tr("Search"));
        m_splitter->insertWidget(0, m_sideTabs);
        m_sideTabs->show();
        m_libraryPane->show();
        m_search->show();
        m_splitter->setStretchFactor(0, 0);
        m_splitter->setStretchFactor(1, 1);
        const int side = std::clamp(width() / 3, m_sideTabs->minimumWidth(), 360);
        m_splitter->setSizes({side, std::max(kMinimumPageWidth, width() - side)});
    } else {
        m_sideTabs->removeTab(1);
        m_sideTabs->removeTab(0);
        m_sideTabs->hide();
        m_sideTabs->setParent(this);
        m_splitter->insertWidget(0, m_libraryPane);
        m_splitter->insertWidget(2, m_search);
        m_libraryPane->show();
        m_search->show();
        m_splitter->setStretchFactor(0, 0);
        m_splitter->setStretchFactor(1, 1);
        m_splitter->setStretchFactor(2, 0);
        if (!m_wideSplitterState.isEmpty())
            m_splitter->restoreState(m_wideSplitterState);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addPaths(paths);
}

void MainWindow::addPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    log::ui()->info("adding {} path(s)", paths.size());
    m_controller->add(paths);
}

void MainWindow::chooseLibrary()
{
    const QString start = m_controller->directory().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                              : m_controller->directory();
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Open Library"), start);
    if (!directory.isEmpty())
        m_controller->open(directory);
}

void MainWindow::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add Files"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Documents and images (*.pdf *.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp *.gif);;All files (*)"));
    addPaths(files);
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Add Folder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty())
        addPaths({folder});
}

void MainWindow::askPassword(const DocumentInfo &document)
{
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Password Required"),
        tr("“%1” is protected.\nEnter its password (kept for this session only):").arg(QFileInfo(document.path).fileName()),
        QLineEdit::Password, QString(), &ok);
    if (ok && !password.isEmpty()) {
        m_passwordsTried.insert(document.id);
        m_controller->setPassword(document.id, password);
    }
}

void MainWindow::showDocument(const DocumentInfo &document)
{
    // The viewer renders in this process: a file that failed in a document worker (it may have
    // crashed or exhausted the reader) is not opened here.
    if (document.status == DocumentStatus::Failed) {
        m_viewer->closeDocument();
        statusBar()->showMessage(tr("“%1” is not shown: %2").arg(QFileInfo(document.path).fileName(), document.error),
                                 messageTimeoutMs);
        Q_EMIT currentDocumentChanged(document.id);
        return;
    }
    m_viewer->openDocument(document.path, m_controller->password(document.id));
    Q_EMIT currentDocumentChanged(document.id);
}

void MainWindow::showHit(const SearchHit &hit)
{
    m_viewer->showHit(hit, m_controller->password(hit.ref.documentId));
    Q_EMIT currentDocumentChanged(hit.ref.documentId);
}

void MainWindow::showCitation(const AgentCitation &citation)
{
    SearchHit hit;
    hit.path = citation.document;
    hit.ref.page = citation.page - 1;
    hit.boxes = citation.boxes;
    hit.matchedTerms = {tr("the passage cited as [%1]").arg(citation.source)};   // what the boxes mark, for screen readers
    const QVector<DocumentInfo> &documents = m_model->documents();
    const auto known = std::find_if(documents.begin(), documents.end(),
                                    [&](const DocumentInfo &d) { return d.path == citation.document; });
    if (known != documents.end())
        hit.ref.documentId = known->id;
    showHit(hit);
}

void MainWindow::search(const QString &query)
{
    runSearch(query, false);
}

void MainWindow::quickSearch(const QString &query)
{
    runSearch(query, true);
}

void MainWindow::runSearch(const QString &query, bool offlineOnly)
{
    if (m_narrow)
        m_sideTabs->setCurrentWidget(m_search);
    const quint64 ticket = m_search->setSearching(query);
    m_viewer->setQueryHits({});   // the previous query's boxes go at once
    m_controller->search(offlineOnly ? SearchPanel::typingQuery(query) : query, searchLimit, m_search->filter(), offlineOnly)
        .then(this, [this, ticket, query](const Result<SearchResult> &found) {
            if (!found) {
                m_search->setError(ticket, found.error().message);
                return;
            }
            // A newer query is on its way: an older answer never replaces it.
            if (!m_search->setResults(ticket, query, found->hits))
                return;
            m_viewer->setQueryHits(found->hits);
            m_layers->setQuery(query);
            QStringList skipped;
            for (auto it = found->skipped.cbegin(); it != found->skipped.cend(); ++it)
                skipped << tr("%1 search skipped: %2").arg(it.key(), it.value());
            if (!skipped.isEmpty())
                statusBar()->showMessage(skipped.join(QLatin1Char(' ')), 10000);
        });
}

void MainWindow::handleLibraryOpened(const QString &directory)
{
    setWindowTitle(tr("%1 — PageLens").arg(QFileInfo(directory).fileName()));
    m_model->setLibrary(directory);
    m_viewer->closeDocument();
    m_layers->setDocument(0);
    m_search->clear();
    m_chat->newConversation();   // a conversation belongs to its library
    // Reopen where the reader left off: the last document shown in this library, at its page.
    if (m_pendingDocument.value(QStringLiteral("library")).toString() != directory) {
        m_pendingDocument.clear();
        for (const QVariant &entry : recentDocuments()) {
            if (entry.toMap().value(QStringLiteral("library")).toString() == directory) {
                m_pendingDocument = entry.toMap();
                break;
            }
        }
    }
    m_rescan->setEnabled(true);
    rememberLibrary(directory);
}

void MainWindow::updateSummary()
{
    const QVector<DocumentInfo> &documents = m_model->documents();
    int pages = 0;
    int indexed = 0;
    int waiting = 0;
    int attention = 0;
    for (const DocumentInfo &document : documents) {
        pages += document.pageCount;
        indexed += hasPages(document.status);
        waiting += document.status == DocumentStatus::Pending || document.status == DocumentStatus::Indexing;
        attention += document.status == DocumentStatus::NeedsPassword || document.status == DocumentStatus::Failed
                     || document.status == DocumentStatus::Partial;
    }
    QString text = tr("%n document(s)", nullptr, int(documents.size())) + QStringLiteral(" · ")
                   + tr("%n indexed", nullptr, indexed) + QStringLiteral(" · ") + tr("%n page(s)", nullptr, pages);
    if (waiting > 0)
        text += QStringLiteral(" · ") + tr("%n waiting", nullptr, waiting);
    if (attention > 0)
        text += QStringLiteral(" · ") + tr("%n need(s) attention", nullptr, attention);
    m_summary->setText(text);
    m_summary->setToolTip(text);
}

void MainWindow::handleIndexingFinished(const IndexSummary &summary)
{
    m_progress->finish();
    m_cancel->setEnabled(false);
    m_model->setIndexingPath({});
    if (summary.cancelled) {
        statusBar()->showMessage(tr("Indexing cancelled; unfinished documents stay pending."), messageTimeoutMs);
        return;
    }
    if (summary.indexed + summary.partial + summary.failed + summary.needsPassword + summary.changed == 0)
        return;
    QString text = tr("Indexed %n document(s)", nullptr, summary.indexed) + QStringLiteral(" (")
                   + tr("%n page(s)", nullptr, summary.pages) + QStringLiteral(")");
    if (summary.partial)
        text += QStringLiteral(", ") + tr("%n with unreadable pages", nullptr, summary.partial);
    if (summary.failed)
        text += QStringLiteral(", ") + tr("%n failed", nullptr, summary.failed);
    if (summary.changed)
        text += QStringLiteral(", ") + tr("%n changed while read (still pending)", nullptr, summary.changed);
    if (summary.needsPassword)
        text += QStringLiteral(", ") + tr("%n need(s) a password", nullptr, summary.needsPassword);
    statusBar()->showMessage(text, 2 * messageTimeoutMs);
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog;
}

EgressDialog *MainWindow::egressDialog() const
{
    return m_egressDialog;
}

QMessageBox *MainWindow::providerNeededDialog() const
{
    return m_providerDialog;
}

PrivacyChoiceDialog *MainWindow::privacyChoiceDialog() const
{
    return m_privacyDialog;
}

HelpDialog *MainWindow::helpDialog() const
{
    return m_helpDialog;
}

void MainWindow::showSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    m_settingsDialog = new SettingsDialog(m_controller, this);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->open();
}

void MainWindow::askEgressConsent(const EgressPreview &preview)
{
    if (m_egressDialog)
        return;   // one question at a time; the controller asks only once per preview anyway
    const ProviderSettings settings = m_controller->providerSession()->settings();
    const QString service = settings.kind == ProviderConfig::Kind::Gemini ? tr("Google Gemini") : tr("OpenAI-compatible service");
    m_egressDialog = new EgressDialog(preview, tr("%1 at %2").arg(service, settings.effectiveBaseUrl()), this);
    m_egressDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_egressDialog, &QDialog::accepted, m_controller, &LibraryController::startEnrichment);
    connect(m_egressDialog, &QDialog::rejected, m_controller, &LibraryController::declineEnrichment);
    m_egressDialog->open();
}

void MainWindow::explainProviderNeeded(const QString &reason)
{
    if (m_providerDialog)
        return;
    const ProviderSettings settings = m_controller->providerSession()->settings();
    const QString variable = settings.kind == ProviderConfig::Kind::Gemini ? QStringLiteral("GEMINI_API_KEY")
                                                                            : QStringLiteral("OPENAI_API_KEY");
    m_providerDialog = new QMessageBox(QMessageBox::Information, tr("Captions and Embeddings Need a Key"),
                                       tr("Nothing was sent: %1").arg(reason), QMessageBox::NoButton, this);
    m_providerDialog->setObjectName(QStringLiteral("providerNeededDialog"));
    m_providerDialog->setInformativeText(
        tr("To caption and embed pages, open Settings, paste the service's API key under API Key and press OK "
           "(it is kept in the OS keychain), or start PageLens with the environment variable %1 set. A local "
           "server such as Ollama or llama.cpp needs no key: enter its address under Server address. Search "
           "by words works without any of this.")
            .arg(variable));
    QPushButton *open = m_providerDialog->addButton(tr("Open &Settings…"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openSettings"));
    m_providerDialog->addButton(tr("&Not Now"), QMessageBox::RejectRole);
    m_providerDialog->setDefaultButton(open);
    m_providerDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_providerDialog, &QMessageBox::buttonClicked, this, [this, open](QAbstractButton *button) {
        if (button == open)
            showSettings();
    });
    m_providerDialog->open();
}

void MainWindow::askPrivacyChoice()
{
    if (m_privacyDialog)
        return;
    m_privacyDialog = new PrivacyChoiceDialog(m_controller->directory(), this);
    m_privacyDialog->setAttribute(Qt::WA_DeleteOnClose);
    PrivacyChoiceDialog *dialog = m_privacyDialog;
    connect(dialog, &QDialog::accepted, m_controller, [this, dialog] { m_controller->choosePrivacy(dialog->choice()); });
    connect(dialog, &QDialog::rejected, m_controller, [this] { m_controller->choosePrivacy(std::nullopt); });
    m_privacyDialog->open();
}

void MainWindow::handleEnrichmentFinished(const EnrichSummary &summary)
{
    m_progress->finish();
    m_cancel->setEnabled(false);
    m_enrich->setEnabled(true);
    if (summary.cancelled) {
        statusBar()->showMessage(tr("Captions and embeddings cancelled; pages done so far are kept."), messageTimeoutMs);
        return;
    }
    if (summary.captioned + summary.embedded + summary.failedPages == 0)
        return;   // a failure, already reported
    QString text = tr("Captioned %n page(s)", nullptr, summary.captioned) + QStringLiteral(", ")
                   + tr("embedded %n page(s)", nullptr, summary.embedded);
    if (summary.failedPages)
        text += QStringLiteral(", ") + tr("%n refused by the model", nullptr, summary.failedPages);
    statusBar()->showMessage(text, 2 * messageTimeoutMs);
}

void MainWindow::handleError(const QString &message)
{
    log::ui()->warn("{}", log::s(message));
    statusBar()->showMessage(message, 2 * messageTimeoutMs);
}

void MainWindow::showHelp(HelpDialog *dialog)
{
    if (m_helpDialog)
        m_helpDialog->close();
    m_helpDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PageLens"),
                       tr("<h3>PageLens %1</h3><p>Search folders of PDFs, scans and images, and see every "
                          "match on its page.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace PageLens
