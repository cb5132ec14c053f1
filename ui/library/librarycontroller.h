// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QStringList>
#include <QVector>

#include "core/common/result.h"
#include "core/ingest/enrichoptions.h"
#include "core/ingest/indexoptions.h"
#include "core/ingest/indexprogress.h"
#include "core/ingest/lateembedder.h"
#include "core/model/detection.h"
#include "core/model/pageref.h"
#include "core/model/detectionrun.h"
#include "core/model/documentinfo.h"
#include "core/model/privacy.h"
#include "core/model/searchresult.h"
#include "core/retrieval/searchfilter.h"
#include "core/service/canceltoken.h"

namespace PageLens {

class Enricher;
class FolderWatcher;
class Indexer;
class LateInteractionClient;
class LatePatchIndex;
class Library;
class LibraryService;
class Provider;
class ProviderSession;

/**
 * The GUI's handle on one open library. Lives on the GUI thread; every blocking Library or Indexer
 * call runs on a worker and comes back as a signal, so widgets never wait on SQL or OCR.
 * One indexing run at a time: a request while one runs is remembered and started after it.
 *
 * With the model service on, an offline run that indexed something is followed by, in this order:
 * the key (or local server) is checked (providerNeeded when there is none: nothing is previewed);
 * a library without a privacy setting asks for one (privacyChoiceNeeded); then a preview of what
 * captions and embeddings would send (enrichmentConsentNeeded) unless the person already agreed
 * for this library to every kind of data it holds (ConsentStore). Nothing leaves the machine until
 * startEnrichment() is called, which runs the Enricher on the indexing thread.
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
    /** Reads these documents again, then rescans the library's folders. */
    void rescanDocuments(const QVector<qint64> &documentIds);
    /** Takes documents or folders out of the library (the files stay). */
    void remove(const QStringList &paths);
    void refresh();
    void startIndexing();
    void cancelIndexing();
    void setPassword(qint64 documentId, const QString &password);
    /** What the next indexing run is given: the OCR languages from the session's settings, the passwords. */
    IndexOptions indexOptions() const;

    /**
     * BM25, plus the dense signal when the session has a provider and the library's vectors were
     * made with the session's embedding model; falls back to BM25 alone, silently, otherwise.
     */
    /** `offlineOnly`: BM25 and objects only (search as you type: instant, nothing sent). */
    QFuture<Result<SearchResult>> search(const QString &query, int limit, const SearchFilter &filter = {},
                                         bool offlineOnly = false) const;

    ProviderSession *providerSession() const { return m_session; }
    /** The open library's service (null before one is open), for the agent. */
    std::shared_ptr<LibraryService> service() const { return m_service; }
    /** Every object stored for a page of the open library (all prompts). */
    QFuture<Result<QVector<Detection>>> detections(const PageRef &page) const;
    /** The 0-based pages of a document that have stored detections. */
    QFuture<Result<QSet<int>>> pagesWithDetections(qint64 documentId) const;
    /**
     * Sends a page image to the session's provider for object detection and stores the objects
     * (LibraryService::detect, which refuses unless the library's privacy allows images). The caller
     * asks for consent first; NotFound without an open library or a provider. `cancel` aborts the
     * request and keeps its answer from being stored.
     */
    QFuture<Result<DetectionRun>> detect(const PageRef &page, const QString &prompt,
                                         std::shared_ptr<CancelToken> cancel = {}) const;
    /** What the open library may send. */
    QFuture<Result<Privacy>> privacy() const;
    /** Writes the library's privacy; privacyChanged() or errorOccurred() follows. */
    QFuture<void> setPrivacy(Privacy privacy);
    /** Whether the open library detects objects while indexing (counted in the enrichment preview). */
    QFuture<Result<IndexDetection>> indexDetection() const;
    QFuture<Result<void>> setIndexDetection(const IndexDetection &detection);

    /** Computes what would be sent (nothing is sent) and asks for consent, or says there is nothing to send. */
    void requestEnrichment();
    /** The user agreed to the last preview: captions and embeddings start. */
    void startEnrichment();
    /** The user said "Not now": not asked again until new pages are indexed. */
    void declineEnrichment();
    /** The answer to privacyChoiceNeeded(): written, then the preview goes on; empty: nothing is sent. */
    void choosePrivacy(std::optional<PageLens::Privacy> privacy);
    /** The privacy chosen for the open library, empty when none was chosen yet. */
    QFuture<Result<std::optional<Privacy>>> chosenPrivacy() const;
    void setEnrichmentPaused(bool paused);
    void cancelEnrichment();
    bool isEnriching() const { return m_enricher != nullptr; }
    /** The session password of a document (in memory, never stored). */
    QString password(qint64 documentId) const;

    QString directory() const { return m_directory; }
    bool isOpen() const { return m_library != nullptr; }
    bool isIndexing() const { return m_indexer != nullptr; }
    /**
     * Sends the pages not yet embedded to the late-interaction server of Settings (after indexing):
     * only when the library may send page images and that was agreed to once (ConsentStore).
     */
    void startLateEmbedding();
    bool isLateEmbedding() const { return m_lateEmbedder != nullptr; }

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

    void privacyChanged(PageLens::Privacy privacy);
    /** The model service is on but cannot be used (no key, keychain locked): say how to fix it. */
    void providerNeeded(const QString &reason);
    /** The library has no privacy setting yet and something would leave: call choosePrivacy(). */
    void privacyChoiceNeeded();
    /** Something would be sent: show the preview and call startEnrichment() or declineEnrichment(). */
    void enrichmentConsentNeeded(const PageLens::EgressPreview &preview);
    void enrichmentStarted();
    void enrichmentProgressChanged(const PageLens::IndexProgress &progress);
    void enrichmentPausedChanged(bool paused);
    /** Always follows enrichmentStarted(), also after a failure (then errorOccurred() came first). */
    void enrichmentFinished(const PageLens::EnrichSummary &summary);
    /** A late-interaction run ended (also after an error or when there was nothing to send). */
    void lateEmbeddingFinished(const PageLens::LateEmbedSummary &summary);

private:
    void runAdd(const QStringList &paths);
    void handleIndexingDone(const Result<IndexSummary> &summary);
    void previewEnrichment(bool asked);
    void computePreview(bool asked, bool privacyChosen, int generation);
    void runEnrichment();
    void handleEnrichmentDone(const Result<EnrichSummary> &summary);
    /** startLateEmbedding()'s second half, on the GUI thread: the privacy and consent checks, then the run. */
    void runLateEmbedding(const std::shared_ptr<LateInteractionClient> &client, LatePatchIndex *index, int pending,
                          const LateEmbedOptions &options);
    QString enrichmentError(const Error &error) const;

    std::shared_ptr<LibraryService> m_service;   // every library call goes through it
    std::shared_ptr<Library> m_library;          // the service's library, for quick in-memory reads
    QString m_directory;
    QStringList m_pendingAdds;
    QStringList m_watchedFolders;
    FolderWatcher *m_watcher = nullptr;
    std::unique_ptr<Indexer> m_indexer;
    ProviderSession *m_session;
    std::unique_ptr<Enricher> m_enricher;
    std::unique_ptr<LateEmbedder> m_lateEmbedder;
    std::shared_ptr<LateInteractionClient> m_lateClient;   // the running late-embedding run's
    std::shared_ptr<Provider> m_enrichProvider;   // the running enrichment's, to stop its requests on cancel
    std::optional<EgressPreview> m_preview;       // shown and not yet answered; its privacy bounds the run
    bool m_enrichmentDeclined = false;
    bool m_enrichWhenReady = false;             // consent given while the key was still being looked up
    std::optional<bool> m_previewWhenReady;     // a preview (asked or not) waiting for the key lookup
    bool m_choosingPrivacy = false;             // privacyChoiceNeeded() is waiting for an answer
    int m_previewGeneration = 0;                // only the newest preview request may ask or send
    bool m_providerNoticeShown = false;         // providerNeeded() after indexing: once per session
    // Opening a library (it blocks while the catalog opens): a pool of its own, off the GUI thread.
    QThreadPool m_workers;
    bool m_indexAgain = false;
    quint64 m_openGeneration = 0;
    quint64 m_refreshGeneration = 0;
};

} // namespace PageLens
