// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QVariantMap>

#include "core/ingest/enrichoptions.h"
#include "core/ingest/indexprogress.h"
#include "core/agent/agentanswer.h"
#include "core/model/documentinfo.h"
#include "core/model/searchhit.h"

class QDockWidget;
class QLabel;
class QMenu;
class QMessageBox;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolBar;

namespace PageLens {

class ChatPanel;
class DocumentModel;
class EgressDialog;
class HelpDialog;
class IndexProgressWidget;
class LayerController;
class LibraryController;
class LibraryPane;
class OutlinePane;
class PrivacyChoiceDialog;
class SearchPanel;
class SettingsDialog;
class ViewerPanel;

/**
 * The main window: library tree, page viewer and search results side by side, indexing progress in
 * the status bar. Files and folders dropped anywhere on it are added to the library. It only
 * reacts: the LibraryController does the work off the GUI thread.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LibraryController *controller, QWidget *parent = nullptr);

    /** What a drop does: adds these files and folders to the library and indexes them. */
    void addPaths(const QStringList &paths);
    /** Searches with every signal (Enter). */
    void search(const QString &query);
    /** Searches with the offline signals only (the typing paused). */
    void quickSearch(const QString &query);

    LibraryPane *libraryPane() const { return m_libraryPane; }
    DocumentModel *documentModel() const { return m_model; }
    ViewerPanel *viewerPanel() const { return m_viewer; }
    SearchPanel *searchPanel() const { return m_search; }
    ChatPanel *chatPanel() const { return m_chat; }
    /** Detections, thumbnail marks, the query heatmap and Detect Objects for the page shown. */
    LayerController *layerController() const { return m_layers; }
    /** The "Ask the Library" dock (View ▸ Ask the Library, Ctrl+Shift+A). */
    QDockWidget *chatDock() const { return m_chatDock; }
    IndexProgressWidget *progressWidget() const { return m_progress; }
    /** The PDF outline dock (View ▸ Outline, F7). */
    QDockWidget *outlineDock() const { return m_outlineDock; }
    OutlinePane *outlinePane() const { return m_outline; }
    /** The open Settings dialog, or null. */
    SettingsDialog *settingsDialog() const;
    /** The consent dialog waiting for an answer, or null. */
    EgressDialog *egressDialog() const;
    /** "Captions need an API key" with Open Settings, or null. */
    QMessageBox *providerNeededDialog() const;
    /** The new library's "what may it send" question, or null. */
    PrivacyChoiceDialog *privacyChoiceDialog() const;
    /** The help or shortcuts window last opened from the Help menu, or null. */
    HelpDialog *helpDialog() const;

    void showSettings();

    QAction *fullScreenAction() const { return m_fullScreen; }

    /** The library opened last time, empty on first start. */
    static QString lastLibrary();
    /** Recently shown documents, newest first: maps with "library", "path" and 0-based "page". */
    static QVariantList recentDocuments();
    QMenu *recentMenu() const { return m_recentMenu; }

    /** Narrower than this (device-independent pixels), the library and search panes share one tabbed pane. */
    static constexpr int kNarrowWidth = 1100;
    /** The page area never gets narrower than this. */
    static constexpr int kMinimumPageWidth = 320;
    bool isNarrowLayout() const { return m_narrow; }
    /** The tabbed side pane of the narrow layout (hidden when wide). */
    QTabWidget *sideTabs() const { return m_sideTabs; }

Q_SIGNALS:
    /** The viewer now shows this document (opened from the library or from a search result). */
    void currentDocumentChanged(qint64 documentId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void applyLayout(bool narrow);
    void restoreSettings();
    void saveSettings() const;
    void rememberLibrary(const QString &directory);
    void rebuildRecentMenu();
    /** Puts the shown document first in File ▸ Open Recent, at `page` (reopened there next time). */
    void rememberDocument(const QString &path, int page);
    /** Opens m_pendingDocument once its library is open and lists it. */
    void openPendingDocument();

    void chooseLibrary();
    void chooseFiles();
    void chooseFolder();
    void askPassword(const DocumentInfo &document);
    void showDocument(const DocumentInfo &document);
    void showHit(const SearchHit &hit);
    void runSearch(const QString &query, bool offlineOnly);
    /** A citation link in the chat: its page, its regions highlighted. */
    void showCitation(const AgentCitation &citation);
    void showAbout();
    void showHelp(HelpDialog *dialog);

    void handleLibraryOpened(const QString &directory);
    void updateSummary();
    void handleIndexingFinished(const IndexSummary &summary);
    void askEgressConsent(const EgressPreview &preview);
    void explainProviderNeeded(const QString &reason);
    void askPrivacyChoice();
    void handleEnrichmentFinished(const EnrichSummary &summary);
    void handleError(const QString &message);

    LibraryController *m_controller;
    DocumentModel *m_model;
    LibraryPane *m_libraryPane;
    ViewerPanel *m_viewer;
    LayerController *m_layers;
    SearchPanel *m_search;
    ChatPanel *m_chat;
    QDockWidget *m_chatDock;
    QDockWidget *m_outlineDock;
    OutlinePane *m_outline;
    QSplitter *m_splitter;
    QTabWidget *m_sideTabs;
    QToolBar *m_toolBar = nullptr;
    bool m_narrow = false;
    QByteArray m_wideSplitterState;   // the three-pane sizes, kept while the narrow layout shows
    IndexProgressWidget *m_progress;
    QLabel *m_summary;
    QTimer *m_summaryTimer;   // coalesces the many document updates of an indexing run
    QMenu *m_recentMenu = nullptr;
    QAction *m_rescan = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_addFiles = nullptr;
    QAction *m_addFolder = nullptr;
    QAction *m_password = nullptr;
    QAction *m_enrich = nullptr;
    QAction *m_embedImages = nullptr;
    QAction *m_fullScreen = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<EgressDialog> m_egressDialog;
    QPointer<QMessageBox> m_providerDialog;
    QPointer<HelpDialog> m_helpDialog;
    QPointer<PrivacyChoiceDialog> m_privacyDialog;
    QVariantMap m_pendingDocument;   // {library, path, page}: to open when its library lists it
    QSet<qint64> m_passwordsTried;   // documents whose next result says whether the password was right
};

} // namespace PageLens
