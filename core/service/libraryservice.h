// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include <QFuture>
#include <QImage>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

#include "core/common/result.h"
#include "core/ingest/enricher.h"
#include "core/ingest/lateembedder.h"
#include "core/ingest/indexer.h"
#include "core/library/library.h"
#include "core/library/librarywritelock.h"
#include "core/library/libraryscanner.h"
#include "core/media/pageimager.h"
#include "core/model/detection.h"
#include "core/model/detectionrun.h"
#include "core/model/documentinfo.h"
#include "core/model/pagerecord.h"
#include "core/model/pageref.h"
#include "core/model/privacy.h"
#include "core/model/searchresult.h"
#include "core/retrieval/librarysearch.h"
#include "core/service/canceltoken.h"

namespace PageLens {

class Library;
class Provider;

/**
 * The library as both faces use it: every call returns a QFuture and runs on the service's threads,
 * never the caller's. Writes (add, rescan, index, enrich, settings) go through one writer thread
 * and hold the library's write lock, so inside a process and across processes there is one writer;
 * reads (search, page images, documents) run on a small reader pool and never wait for a write
 * (SQLite WAL). The GUI continues with `.then(this, ...)`, the CLI waits on the futures.
 */
class LibraryService
{
public:
    struct Options {
        std::chrono::seconds writeWait{600};     // how long a write waits for another writer process
        LibraryWriteLock::Waiting onWaiting;     // told once per write that has to wait (any thread)
    };

    /**
     * Opens (creating or upgrading) the library in `directory`. Blocks while the catalog opens:
     * the GUI calls it from a worker (a future here would have to own the service from one of the
     * service's own threads, which Qt 6.4's continuations keep alive past their run).
     */
    static Result<std::shared_ptr<LibraryService>> open(const QString &directory, Options options);
    /** Stops waiting for other writers and waits for the calls already running (see waitForIdle). */
    ~LibraryService();
    /** Blocks until every call already made has finished; for shutdown paths only. */
    void waitForIdle();

    std::shared_ptr<Library> library() const { return m_library; }
    QString directory() const;

    // Writes: one at a time, under the write lock.
    QFuture<Result<ScanReport>> add(const QStringList &paths);
    QFuture<Result<ScanReport>> rescan();
    /** Runs an indexer made by the caller (whose thread gets its progress signals). */
    QFuture<Result<IndexSummary>> index(Indexer *indexer);
    /** Sends what `enricher` was configured to send (after the caller's consent) and keeps the vectors in step. */
    QFuture<Result<EnrichSummary>> enrich(Enricher *enricher, int dimensions);
    /** Embeds the pages `embedder` finds missing with its late-interaction server (after the caller's consent). */
    QFuture<Result<LateEmbedSummary>> embedLate(LateEmbedder *embedder);
    QFuture<Result<void>> setPrivacy(Privacy privacy);
    /** Whether enrichment also detects objects on the pages, and with which prompt (per library). */
    QFuture<Result<void>> setIndexDetection(const IndexDetection &detection);
    QFuture<Result<void>> setPassword(qint64 documentId, const QString &password);
    /** Takes documents and folders out of the library (Library::remove); the files stay. */
    QFuture<Result<RemoveReport>> remove(const QStringList &paths);
    /** Sends documents back to pending so the next indexing run reads them again. */
    QFuture<Result<void>> reindex(const QVector<qint64> &documentIds);

    // Reads: never wait for a write.
    /** The documents and the watched folders, read together. */
    struct Contents {
        QVector<DocumentInfo> documents;
        QStringList folders;
    };
    QFuture<Result<Contents>> contents();
    QFuture<Result<SearchResult>> search(const QString &query, int k, const SearchOptions &options);
    /** Find in one document (DocumentFind): every occurrence of the words, with their boxes. */
    QFuture<Result<QVector<SearchHit>>> find(const QString &path, const QString &query);
    /** What enrichment would send with the options `optionsFor` gives for the library's privacy; sends nothing. */
    QFuture<Result<EgressPreview>> preview(std::function<EnrichOptions(Privacy)> optionsFor);
    QFuture<Result<Privacy>> privacy();
    QFuture<Result<IndexDetection>> indexDetection();
    /** One page as the catalog holds it: text, words and caption. */
    QFuture<Result<PageRecord>> page(const PageRef &ref);
    /** The privacy chosen for the library, or none when nobody chose one yet. */
    QFuture<Result<std::optional<Privacy>>> chosenPrivacy();
    QFuture<Result<QImage>> pageImage(const QString &path, int page, const PageImageSize &size, const QString &password = {});
    /** Every object stored for a page (all prompts). */
    QFuture<Result<QVector<Detection>>> detections(const PageRef &page);
    /** The 0-based pages of a document that have stored detections (thumbnail marks). */
    QFuture<Result<QSet<int>>> pagesWithDetections(qint64 documentId);

    /** How a library page is sent for detection. */
    struct DetectOptions {
        QString prompt;                                   // empty: ObjectDetector::defaultPrompt()
        int longestSide = PageImager::kModelLongestSide;  // of the image sent
        std::optional<Privacy> privacy;                   // for this run; unset: the library's setting
        bool store = true;                                // replace the page's detections for this prompt
        std::shared_ptr<CancelToken> cancel;              // set: cancel() aborts the request and stores nothing
    };
    /**
     * Renders a library page, sends it to `provider` and returns its detections as page
     * rectangles; with `store`, they replace the page's detections for the same prompt (a write).
     * Refused without sending when the privacy setting does not allow page images. A failed or
     * unreadable answer stores nothing, so earlier detections stay. `options.cancel` stops it at
     * any stage: before sending, during the request (aborted), or before storing.
     */
    QFuture<Result<DetectionRun>> detect(Provider *provider, const PageRef &page, const DetectOptions &options);

private:
    explicit LibraryService(Options options);

    template <class Work>
    auto write(Work &&work) -> QFuture<std::invoke_result_t<Work>>;

    std::shared_ptr<Library> m_library;
    Options m_options;
    std::unique_ptr<QThreadPool> m_writer;    // one thread: the library's one writer in this process
    std::unique_ptr<QThreadPool> m_readers;
    std::atomic_bool m_closing{false};        // a write still waiting for another process gives up
};

} // namespace PageLens
