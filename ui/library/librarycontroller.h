// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QStringList>
#include <QVector>

#include "core/common/result.h"
#include "core/ingest/indexprogress.h"
#include "core/model/documentinfo.h"
#include "core/model/searchhit.h"

namespace PageLens {

class FolderWatcher;
class Indexer;
class Library;

/**
 * The GUI's handle on one open library. Lives on the GUI thread; every blocking Library or Indexer
 * call runs on a worker and comes back as a signal, so widgets never wait on SQL or OCR.
 * One indexing run at a time: a request while one runs is remembered and started after it.
 */
class LibraryController : public QObject
{
    Q_OBJECT
public:
    explicit LibraryController(QObject *parent = nullptr);
    /** Cancels a running indexing run and waits for it and other library calls to stop (page granularity). */
    ~LibraryController() override;

    void open(const QString &directory);
    /** Adds files and folders; queued until the library is open. Indexes what is new. */
    void add(const QStringList &paths);
    void rescan();
    void refresh();
    void startIndexing();
    void cancelIndexing();
    void setPassword(qint64 documentId, const QString &password);

    QFuture<Result<QVector<SearchHit>>> search(const QString &query, int limit) const;
    /** The session password of a document (in memory, never stored). */
    QString password(qint64 documentId) const;

    QString directory() const { return m_directory; }
    bool isOpen() const { return m_library != nullptr; }
    bool isIndexing() const { return m_indexer != nullptr; }

Q_SIGNALS:
    void libraryOpened(const QString &directory);
    void documentsChanged(const QVector<PageLens::DocumentInfo> &documents, const QStringList &folders);
    void documentFinished(const PageLens::DocumentInfo &document);
    void indexingStarted();
    void indexProgressChanged(const PageLens::IndexProgress &progress);
    void indexingFinished(const PageLens::IndexSummary &summary);
    /** A short line for the status bar ("Scanning…", "3 files added"). */
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);

private:
    void runAdd(const QStringList &paths);
    void handleIndexingDone(const Result<IndexSummary> &summary);

    std::shared_ptr<Library> m_library;
    QString m_directory;
    QStringList m_pendingAdds;
    QStringList m_watchedFolders;
    FolderWatcher *m_watcher = nullptr;
    std::unique_ptr<Indexer> m_indexer;
    // Own pools: a long indexing run must not starve short calls (search, refresh) of threads,
    // and neither may wait behind QtConcurrent work elsewhere in the process.
    mutable QThreadPool m_workers;   // search() is const but still needs a thread
    QThreadPool m_indexThread;
    bool m_indexAgain = false;
    quint64 m_openGeneration = 0;
    quint64 m_refreshGeneration = 0;
};

} // namespace PageLens
