// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QPointer>

#include "core/ingest/enrichoptions.h"
#include "core/ingest/indexprogress.h"
#include "core/model/documentinfo.h"
#include "core/model/searchhit.h"

class QLabel;
class QMenu;
class QSplitter;

namespace PageLens {

class DocumentModel;
class EgressDialog;
class IndexProgressWidget;
class LibraryController;
class LibraryPane;
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
    void search(const QString &query);

    LibraryPane *libraryPane() const { return m_libraryPane; }
    DocumentModel *documentModel() const { return m_model; }
    ViewerPanel *viewerPanel() const { return m_viewer; }
    SearchPanel *searchPanel() const { return m_search; }
    IndexProgressWidget *progressWidget() const { return m_progress; }
    /** The open Settings dialog, or null. */
    SettingsDialog *settingsDialog() const;
    /** The consent dialog waiting for an answer, or null. */
    EgressDialog *egressDialog() const;

    void showSettings();

    /** The library opened last time, empty on first start. */
    static QString lastLibrary();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void restoreSettings();
    void saveSettings() const;
    void rememberLibrary(const QString &directory);
    void rebuildRecentMenu();

    void chooseLibrary();
    void chooseFiles();
    void chooseFolder();
    void askPassword(const DocumentInfo &document);
    void showDocument(const DocumentInfo &document);
    void showHit(const SearchHit &hit);
    void showAbout();

    void handleLibraryOpened(const QString &directory);
    void handleDocumentsChanged(const QVector<DocumentInfo> &documents);
    void handleIndexingFinished(const IndexSummary &summary);
    void askEgressConsent(const EgressPreview &preview);
    void handleEnrichmentFinished(const EnrichSummary &summary);
    void handleError(const QString &message);

    LibraryController *m_controller;
    DocumentModel *m_model;
    LibraryPane *m_libraryPane;
    ViewerPanel *m_viewer;
    SearchPanel *m_search;
    QSplitter *m_splitter;
    IndexProgressWidget *m_progress;
    QLabel *m_summary;
    QMenu *m_recentMenu = nullptr;
    QAction *m_rescan = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_addFiles = nullptr;
    QAction *m_addFolder = nullptr;
    QAction *m_password = nullptr;
    QAction *m_enrich = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<EgressDialog> m_egressDialog;
    quint64 m_searchGeneration = 0;
};

} // namespace PageLens
