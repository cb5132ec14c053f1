// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>

#include <QMutex>
#include <QObject>
#include <QSet>

#include "core/common/result.h"
#include "core/ingest/indexoptions.h"
#include "core/ingest/indexprogress.h"
#include "core/model/documentinfo.h"
#include "core/model/pagerecord.h"

class QThreadPool;

namespace PageLens {

class Catalog;

/**
 * Indexes every pending document of a library: a bounded pipeline with one render/text/OCR job
 * per page on a thread pool and this thread as the single writer. Each pool thread hands its pages
 * to its own `pagelens-docworker` process (WorkerClient); a file that crashes, exhausts or hangs
 * its worker fails alone with the reason, and the worker is started again for the next file. A document is committed in one
 * transaction once all its pages are read, so a crash or cancel never leaves it half-indexed.
 */
class Indexer : public QObject
{
    Q_OBJECT
public:
    Indexer(std::shared_ptr<Catalog> catalog, IndexOptions options, QObject *parent = nullptr);
    ~Indexer() override;

    /** Blocks the calling thread until every pending document is done or the run is cancelled. */
    Result<IndexSummary> run();
    /** Safe from any thread; documents not yet committed stay pending. */
    void cancel();

    /**
     * Reads one page: the text layer when it has text, else OCR of the rendered page. `version`
     * names the file's content (its hash), so a file read again after a change is opened afresh.
     */
    static Result<PageRecord> readPage(const QString &path, const QString &password, int page,
                                       const IndexOptions &options, const QString &version = {});

Q_SIGNALS:
    void progressChanged(const PageLens::IndexProgress &progress);
    void documentFinished(const PageLens::DocumentInfo &document);

private:
    void releaseThreadCaches();
    Result<int> countPages(const QString &path, const QString &password);
    Result<PageRecord> readPageIsolated(const QString &path, const QString &password, int page, const QString &version);


    std::shared_ptr<Catalog> m_catalog;
    IndexOptions m_options;
    std::unique_ptr<QThreadPool> m_pool;
    std::atomic_bool m_cancel{false};
    bool m_useWorkers = false;   // pages read in pagelens-docworker processes (WorkerClient), one per pool thread
    QMutex m_failedMutex;
    QSet<QString> m_readerFailed;   // files whose reader crashed, ran out of memory or hung: their other pages are skipped
};

} // namespace PageLens
