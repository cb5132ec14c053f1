// SPDX-License-Identifier: MIT
#include "ui/library/librarycontroller.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include "core/common/log.h"
#include "core/ingest/enricher.h"
#include "core/ingest/indexer.h"
#include "core/library/folderwatcher.h"
#include "core/library/latepatchindex.h"
#include "core/library/library.h"
#include "core/llm/lateinteractionclient.h"
#include "core/llm/provider.h"
#include "core/service/libraryservice.h"
#include "ui/settings/consentstore.h"
#include "ui/settings/providersession.h"

namespace PageLens {

namespace {

QString scanSummary(const ScanReport &report)
{
    QStringList parts;
    if (report.added)
        parts << LibraryController::tr("%n document(s) added", nullptr, report.added);
    if (report.changed)
        parts << LibraryController::tr("%n changed", nullptr, report.changed);
    if (report.moved)
        parts << LibraryController::tr("%n moved", nullptr, report.moved);
    if (report.removed)
        parts << LibraryController::tr("%n removed", nullptr, report.removed);
    if (report.duplicates)
        parts << LibraryController::tr("%n duplicate(s) skipped", nullptr, report.duplicates);
    if (parts.isEmpty())
        return LibraryController::tr("No changes found");
    return parts.join(QStringLiteral(", "));
}

} // namespace

LibraryController::LibraryController(QObject *parent)
    : QObject(parent)
    , m_watcher(new FolderWatcher(this))
    , m_session(new ProviderSession(this))
{
    connect(m_watcher, &FolderWatcher::changed, this, &LibraryController::rescan);
    connect(m_session, &ProviderSession::providerChanged, this, [this] {
        if (m_session->isResolving())
            return;
        if (m_enrichWhenReady) {
            m_enrichWhenReady = false;
            runEnrichment();
        }
        if (const auto asked = std::exchange(m_previewWhenReady, std::nullopt))
            previewEnrichment(*asked);
    });
    m_workers.setMaxThreadCount(1);
}

LibraryController::~LibraryController()
{
    if (m_indexer)
        m_indexer->cancel();
    if (m_enricher) {
        m_enricher->cancel();
        m_enrichProvider->cancelAll();   // a caption in flight would otherwise hold the exit
    }
    if (m_lateEmbedder) {
        m_lateEmbedder->cancel();
        m_lateClient->cancelAll();
    }
    m_workers.waitForDone();
    // The indexer and enricher a write may still be running are members: wait before they go.
    if (m_service)
        m_service->waitForIdle();
}

void LibraryController::open(const QString &directory)
{
    const quint64 generation = ++m_openGeneration;
    Q_EMIT statusMessage(tr("Opening library %1…").arg(directory));
    LibraryService::Options options;
    QPointer<LibraryController> self(this);
    options.onWaiting = [self](const QString &message) {   // on the service's writer thread
        QMetaObject::invokeMethod(self, [self, message] {
            if (self)
                Q_EMIT self->statusMessage(message);
        });
    };
    QtConcurrent::run(&m_workers, [directory, options] { return LibraryService::open(directory, options); })
        .then(this, [this, generation, directory](const Result<std::shared_ptr<LibraryService>> &service) {
            if (generation != m_openGeneration)
                return;
            if (!service) {
                Q_EMIT errorOccurred(tr("Could not open the library %1: %2").arg(directory, service.error().message));
                return;
            }
            if (m_indexer) {
                m_indexer->cancel();
                m_indexAgain = true;
            }
            if (m_enricher) {
                cancelEnrichment();
                m_indexAgain = true;
            }
            m_preview.reset();
            m_enrichWhenReady = false;
            m_previewWhenReady.reset();
            m_choosingPrivacy = false;
            m_enrichmentDeclined = false;
            m_service = *service;
            m_library = (*service)->library();
            m_directory = m_library->directory();
            m_watchedFolders.clear();
            log::ui()->info("library opened: {}", log::s(m_directory));
            Q_EMIT libraryOpened(m_directory);
            refresh();
            if (!m_pendingAdds.isEmpty())
                runAdd(std::exchange(m_pendingAdds, {}));
            else
                startIndexing();
        });
}

void LibraryController::add(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (!m_library) {
        m_pendingAdds += paths;
        return;
    }
    runAdd(paths);
}

void LibraryController::runAdd(const QStringList &paths)
{
    Q_EMIT statusMessage(tr("Adding %n item(s)…", nullptr, int(paths.size())));
    auto library = m_library;
    m_service->add(paths)
        .then(this, [this, library](const Result<ScanReport> &report) {
            if (library != m_library)
                return;
            if (!report) {
                Q_EMIT errorOccurred(tr("Could not add files: %1").arg(report.error().message));
                return;
            }
            for (const QString &problem : report->problems)
                Q_EMIT errorOccurred(problem);
            Q_EMIT statusMessage(scanSummary(*report));
            refresh();
            startIndexing();
        });
}

void LibraryController::rescan()
{
    if (!m_library)
        return;
    Q_EMIT statusMessage(tr("Scanning folders…"));
    auto library = m_library;
    m_service->rescan()
        .then(this, [this, library](const Result<ScanReport> &report) {
            if (library != m_library)
                return;
            if (!report) {
                Q_EMIT errorOccurred(tr("Could not rescan the library: %1").arg(report.error().message));
                return;
            }
            Q_EMIT statusMessage(scanSummary(*report));
            refresh();
            startIndexing();
        });
}

void LibraryController::rescanDocuments(const QVector<qint64> &documentIds)
{
    if (!m_library)
        return;
    auto library = m_library;
    m_service->reindex(documentIds).then(this, [this, library](const Result<void> &reset) {
        if (library != m_library)
            return;
        if (!reset) {
            Q_EMIT errorOccurred(tr("Could not rescan: %1").arg(reset.error().message));
            return;
        }
        rescan();
    });
}

void LibraryController::remove(const QStringList &paths)
{
    if (!m_library || paths.isEmpty())
        return;
    if (m_indexer) {
        // The removal waits for the writer: stop reading now, and read what is left afterwards.
        m_indexer->cancel();
        m_indexAgain = true;
    }
    auto library = m_library;
    m_service->remove(paths).then(this, [this, library](const Result<RemoveReport> &report) {
        if (library != m_library)
            return;
        if (!report) {
            Q_EMIT errorOccurred(tr("Could not remove from the library: %1").arg(report.error().message));
            return;
        }
        for (const QString &problem : report->problems)
            Q_EMIT errorOccurred(problem);
        Q_EMIT statusMessage(tr("Removed %n document(s) from the library; the files were not touched. "
                                "Adding them again brings them back.", nullptr, report->documents));
        refresh();
        startIndexing();
    });
}

void LibraryController::refresh()
{
    if (!m_library)
        return;
    const quint64 generation = ++m_refreshGeneration;
    m_service->contents().then(this, [this, generation](const Result<LibraryService::Contents> &contents) {
        if (generation != m_refreshGeneration)
            return;
        if (!contents) {
            Q_EMIT errorOccurred(tr("Could not read the library: %1").arg(contents.error().message));
            return;
        }
        if (contents->folders != m_watchedFolders) {
            m_watchedFolders = contents->folders;
            m_watcher->setFolders(contents->folders);
        }
        Q_EMIT documentsChanged(contents->documents, contents->folders);
    });
}

void LibraryController::startIndexing()
{
    if (!m_library)
        return;
    if (m_indexer || m_enricher) {
        m_indexAgain = true;
        return;
    }
    const IndexOptions options = indexOptions();
    log::ui()->info("indexing with OCR languages {}", log::s(options.ocrLanguages));
    // Created here so its signals have a GUI-thread sender object; run() executes on a worker.
    m_indexer = std::make_unique<Indexer>(m_library->catalog(), options);
    connect(m_indexer.get(), &Indexer::progressChanged, this, &LibraryController::indexProgressChanged,
            Qt::QueuedConnection);
    connect(m_indexer.get(), &Indexer::documentFinished, this, &LibraryController::documentFinished,
            Qt::QueuedConnection);
    Indexer *indexer = m_indexer.get();
    Q_EMIT indexingStarted();
    m_service->index(indexer)
        .then(this, [this](const Result<IndexSummary> &summary) { handleIndexingDone(summary); });
}

IndexOptions LibraryController::indexOptions() const
{
    IndexOptions options = m_session->settings().indexOptions();
    if (m_library)
        options.passwords = m_library->passwords();
    return options;
}

void LibraryController::handleIndexingDone(const Result<IndexSummary> &summary)
{
    m_indexer.reset();
    if (!summary) {
        Q_EMIT errorOccurred(tr("Indexing stopped: %1").arg(summary.error().message));
        Q_EMIT indexingFinished(IndexSummary{});
    } else {
        Q_EMIT indexingFinished(*summary);
    }
    refresh();
    if (std::exchange(m_indexAgain, false)) {
        startIndexing();
        return;
    }
    if (summary && !summary->cancelled)
        startLateEmbedding();
    if (!summary || summary->cancelled || !m_session->settings().enabled)
        return;
    if (summary->indexed > 0)
        m_enrichmentDeclined = false;   // new pages: worth asking again
    if (!m_enrichmentDeclined)
        previewEnrichment(false);
}

void LibraryController::startLateEmbedding()
{
    auto client = m_session->lateClient();
    if (!m_library || !client || m_lateEmbedder)
        return;
    auto library = m_library;
    m_service->privacy().then(this, [this, library, client](const Result<Privacy> &privacy) {
        if (library != m_library || m_lateEmbedder || client != m_session->lateClient())
            return;
        if (!privacy) {
            Q_EMIT errorOccurred(tr("Late interaction: %1").arg(privacy.error().message));
            return;
        }
        LateEmbedOptions options;
        options.privacy = *privacy;
        options.passwords = library->passwords();
        // Opening the index and counting pages read files and the catalog: not on the GUI thread.
        QtConcurrent::run(&m_workers, [library, client, options]() -> Result<std::pair<LatePatchIndex *, int>> {
            auto index = library->latePatches();
            if (!index)
                return tl::unexpected(index.error());
            auto pending = LateEmbedder(library->catalog(), *index, client.get(), options).pendingPages();
            if (!pending)
                return tl::unexpected(pending.error());
            return std::pair{*index, *pending};
        }).then(this, [this, library, client, options](const Result<std::pair<LatePatchIndex *, int>> &found) {
            if (library != m_library || m_lateEmbedder || client != m_session->lateClient())
                return;
            if (!found) {
                Q_EMIT errorOccurred(tr("Late interaction: %1").arg(found.error().message));
                return;
            }
            runLateEmbedding(client, found->first, found->second, options);
        });
    });
}

void LibraryController::runLateEmbedding(const std::shared_ptr<LateInteractionClient> &client, LatePatchIndex *index,
                                         int pending, const LateEmbedOptions &options)
{
    if (pending == 0)
        return;
    // The same rules as the CLI's --yes: page images leave only where the library allows them,
    // and only after the person agreed once to send this library's page images.
    if (options.privacy != Privacy::Images) {
        Q_EMIT statusMessage(tr("Late interaction needs page images, which this library may not send (Tools ▸ Settings)."));
        return;
    }
    if (!ConsentStore::granted(m_directory, ConsentStore::Kind::Images)) {
        Q_EMIT statusMessage(tr("%n page image(s) wait for the late-interaction server: agree to send page images "
                                "(Library ▸ Caption and Embed Pages…) first.", nullptr, pending));
        return;
    }
    // Created here so its signals have a GUI-thread sender object; run() executes on the writer.
    m_lateEmbedder = std::make_unique<LateEmbedder>(m_library->catalog(), index, client.get(), options);
    m_lateClient = client;
    connect(m_lateEmbedder.get(), &LateEmbedder::progressChanged, this, [this](const IndexProgress &progress) {
        Q_EMIT statusMessage(tr("Late interaction: page %1 of %2").arg(progress.pagesDone).arg(progress.pagesTotal));
    }, Qt::QueuedConnection);
    log::ui()->info("late interaction: {} pages to {}", pending, log::s(client->config().model));
    m_service->embedLate(m_lateEmbedder.get()).then(this, [this](const Result<LateEmbedSummary> &summary) {
        m_lateEmbedder.reset();
        m_lateClient.reset();
        if (!summary) {
            Q_EMIT errorOccurred(tr("Late interaction stopped: %1 Pages done so far are kept.").arg(summary.error().message));
            Q_EMIT lateEmbeddingFinished(LateEmbedSummary{});
            return;
        }
        Q_EMIT statusMessage(tr("Late interaction: %n page(s) embedded.", nullptr, summary->embedded));
        Q_EMIT lateEmbeddingFinished(*summary);
    });
}

void LibraryController::cancelIndexing()
{
    m_indexAgain = false;
    if (m_lateEmbedder) {
        m_lateEmbedder->cancel();
        m_lateClient->cancelAll();
    }
    if (m_indexer) {
        m_indexer->cancel();
        Q_EMIT statusMessage(tr("Cancelling indexing…"));
    }
    cancelEnrichment();
}

void LibraryController::setPassword(qint64 documentId, const QString &password)
{
    if (!m_library)
        return;
    auto library = m_library;
    m_service->setPassword(documentId, password)
        .then(this, [this, library](const Result<void> &result) {
            if (library != m_library)
                return;
            if (!result) {
                Q_EMIT errorOccurred(tr("Could not set the password: %1").arg(result.error().message));
                return;
            }
            refresh();
            startIndexing();
        });
}

QFuture<Result<SearchResult>> LibraryController::search(const QString &query, int limit, const SearchFilter &filter,
                                                        bool offlineOnly) const
{
    if (!m_service)
        return QtFuture::makeReadyFuture(Result<SearchResult>(fail(Error::Code::NotFound, tr("No library is open."))));
    SearchOptions options;
    options.filter = filter;
    options.offlineOnly = offlineOnly;
    options.provider = m_session->provider().get();
    if (!options.provider && !m_session->unavailableReason().isEmpty())
        options.providerProblem = Error(Error::Code::InvalidKey, m_session->unavailableReason());
    options.late = m_session->lateClient().get();
    if (!options.late)
        options.lateProblem = Error(Error::Code::InvalidArgument, m_session->lateUnavailableReason());
    // The clients outlive the search: the session keeps them until the next settings change, and
    // a search holding a stale one only loses that signal (skipped, with the reason).
    return m_service->search(query, limit, options);
}

QFuture<Result<QVector<Detection>>> LibraryController::detections(const PageRef &page) const
{
    if (!m_service)
        return QtFuture::makeReadyFuture(Result<QVector<Detection>>(fail(Error::Code::NotFound, tr("No library is open."))));
    return m_service->detections(page);
}

QFuture<Result<QSet<int>>> LibraryController::pagesWithDetections(qint64 documentId) const
{
    if (!m_service)
        return QtFuture::makeReadyFuture(Result<QSet<int>>(fail(Error::Code::NotFound, tr("No library is open."))));
    return m_service->pagesWithDetections(documentId);
}

QFuture<Result<DetectionRun>> LibraryController::detect(const PageRef &page, const QString &prompt,
                                                        std::shared_ptr<CancelToken> cancel) const
{
    if (!m_service)
        return QtFuture::makeReadyFuture(Result<DetectionRun>(fail(Error::Code::NotFound, tr("No library is open."))));
    std::shared_ptr<Provider> provider = m_session->provider();
    if (!provider)
        return QtFuture::makeReadyFuture(Result<DetectionRun>(fail(Error::Code::NotFound,
            m_session->unavailableReason().isEmpty() ? tr("No model service is set up.") : m_session->unavailableReason())));
    LibraryService::DetectOptions options;
    options.prompt = prompt;
    options.cancel = std::move(cancel);
    // The provider must outlive the request even if Settings replace the session's provider meanwhile.
    return m_service->detect(provider.get(), page, options).then(QtFuture::Launch::Sync, [provider](Result<DetectionRun> run) {
        return run;
    });
}

QFuture<Result<Privacy>> LibraryController::privacy() const
{
    if (!m_service)
        return QtFuture::makeReadyFuture(Result<Privacy>(fail(Error::Code::NotFound, tr("No library is open."))));
    return m_service->privacy();
}

QFuture<Result<IndexDetection>> LibraryController::indexDetection() const
{
    if (!m_service)
        return QtFuture::makeReadyFuture(Result<IndexDetection>(fail(Error::Code::NotFound, tr("No library is open."))));
    return m_service->indexDetection();
}

QFuture<Result<void>> LibraryController::setIndexDetection(const IndexDetection &detection)
{
    if (!m_service)
        return QtFuture::makeReadyFuture(Result<void>(fail(Error::Code::NotFound, tr("No library is open."))));
    return m_service->setIndexDetection(detection);
}

QFuture<void> LibraryController::setPrivacy(Privacy privacy)
{
    auto library = m_library;
    if (!library)
        return QtFuture::makeReadyFuture();
    return m_service->setPrivacy(privacy)
        .then(this, [this, library, privacy](const Result<void> &written) {
            if (library != m_library)
                return;
            if (!written) {
                Q_EMIT errorOccurred(tr("Could not save the library's privacy setting: %1").arg(written.error().message));
                return;
            }
            log::ui()->info("library privacy: {}", log::s(toString(privacy)));
            Q_EMIT privacyChanged(privacy);
        });
}

void LibraryController::requestEnrichment()
{
    previewEnrichment(true);
}

void LibraryController::previewEnrichment(bool asked)
{
    if (!m_library || m_preview || m_choosingPrivacy)
        return;
    if (m_indexer || m_enricher) {
        if (asked)
            Q_EMIT statusMessage(tr("Pages are being indexed; you will be asked when that has finished."));
        if (m_indexer)
            m_enrichmentDeclined = false;
        return;
    }
    if (!m_session->settings().enabled) {
        if (asked)
            Q_EMIT statusMessage(tr("Turn on the model service in Settings first."));
        return;
    }
    // The key first: a preview of what would be sent means nothing if it cannot be sent.
    if (m_session->isResolving()) {
        m_previewWhenReady = m_previewWhenReady.value_or(false) || asked;
        return;
    }
    if (!m_session->provider()) {
        // After every indexing run that would be a nag: the dialog once per session, then the status bar.
        if (asked || !std::exchange(m_providerNoticeShown, true))
            Q_EMIT providerNeeded(m_session->unavailableReason());
        else
            Q_EMIT statusMessage(tr("Pages were not captioned: %1").arg(m_session->unavailableReason()));
        return;
    }
    auto library = m_library;
    // A request started before the privacy was chosen read the old (unset) privacy: it must not ask again.
    const int generation = ++m_previewGeneration;
    m_service->chosenPrivacy().then(this, [this, library, asked, generation](const Result<std::optional<Privacy>> &chosen) {
        if (generation != m_previewGeneration || library != m_library || m_preview || m_choosingPrivacy || m_indexer
            || m_enricher)
            return;
        if (!chosen) {
            Q_EMIT errorOccurred(tr("Could not read the library's privacy setting: %1").arg(chosen.error().message));
            return;
        }
        computePreview(asked, chosen->has_value(), generation);
    });
}

void LibraryController::computePreview(bool asked, bool privacyChosen, int generation)
{
    auto library = m_library;
    const ProviderSettings settings = m_session->settings();
    // Without a chosen privacy the preview counts everything a library could send (Library::privacy()).
    m_service->preview([settings](Privacy privacy) { return settings.enrichOptions(privacy); })
        .then(this, [this, library, asked, privacyChosen, generation](const Result<EgressPreview> &preview) {
        if (generation != m_previewGeneration || library != m_library || m_preview || m_choosingPrivacy || m_indexer
            || m_enricher)
            return;
        if (!preview) {
            Q_EMIT errorOccurred(tr("Could not work out what would be sent: %1").arg(preview.error().message));
            return;
        }
        if (preview->nothingToSend()) {
            if (asked)
                Q_EMIT statusMessage(preview->privacy == Privacy::Never
                                         ? tr("This library may not send anything; change its privacy in Settings.")
                                         : tr("Every page is already captioned and embedded."));
            return;
        }
        if (!privacyChosen) {   // something would leave a library nobody chose a privacy for: ask that first
            m_choosingPrivacy = true;
            Q_EMIT privacyChoiceNeeded();
            return;
        }
        m_preview = *preview;
        if (ConsentStore::covers(m_directory, *preview)) {
            Q_EMIT statusMessage(tr("Sending %1 as agreed for this library (Settings takes it back).")
                                     .arg(ConsentStore::describe(m_directory)));
            startEnrichment();
            return;
        }
        Q_EMIT enrichmentConsentNeeded(*preview);
    });
}

void LibraryController::choosePrivacy(std::optional<Privacy> privacy)
{
    if (!std::exchange(m_choosingPrivacy, false))
        return;
    if (!privacy) {
        m_enrichmentDeclined = true;
        Q_EMIT statusMessage(tr("Nothing was sent. Library ▸ Caption and Embed Pages… asks again."));
        return;
    }
    setPrivacy(*privacy).then(this, [this] { previewEnrichment(true); });
}

QFuture<Result<std::optional<Privacy>>> LibraryController::chosenPrivacy() const
{
    if (!m_service)
        return QtFuture::makeReadyFuture(
            Result<std::optional<Privacy>>(fail(Error::Code::NotFound, tr("No library is open."))));
    return m_service->chosenPrivacy();
}

void LibraryController::startEnrichment()
{
    if (!m_preview)
        return;
    ConsentStore::grant(m_directory, *m_preview);   // asked once per library and kind of data
    if (m_session->isResolving()) {
        m_enrichWhenReady = true;
        Q_EMIT statusMessage(tr("Looking up the API key…"));
        return;
    }
    runEnrichment();
}

void LibraryController::declineEnrichment()
{
    if (!m_preview)
        return;
    m_preview.reset();
    m_enrichmentDeclined = true;
    Q_EMIT statusMessage(tr("Nothing was sent. Library ▸ Caption and Embed Pages… offers it again."));
}

void LibraryController::runEnrichment()
{
    const std::optional<EgressPreview> consented = std::exchange(m_preview, std::nullopt);
    if (!consented || !m_library || m_indexer || m_enricher)
        return;
    auto provider = m_session->provider();
    if (!provider) {   // the settings changed between the preview and the answer
        Q_EMIT providerNeeded(m_session->unavailableReason());
        return;
    }
    auto library = m_library;
    // The privacy the person agreed to bounds the run, even if the setting changed meanwhile.
    EnrichOptions options = m_session->settings().enrichOptions(consented->privacy);
    options.passwords = library->passwords();
    const int dim = options.embedDimensions;
    // Created here so its signals have a GUI-thread sender object; run() executes on a worker.
    m_enricher = std::make_unique<Enricher>(library->catalog(), provider.get(), options);
    m_enrichProvider = provider;
    connect(m_enricher.get(), &Enricher::progressChanged, this, &LibraryController::enrichmentProgressChanged,
            Qt::QueuedConnection);
    Enricher *enricher = m_enricher.get();
    log::ui()->info("captions and embeddings: {} images, {} texts", consented->pagesToCaption, consented->textsToEmbed);
    Q_EMIT enrichmentStarted();
    m_service->enrich(enricher, dim).then(this, [this](const Result<EnrichSummary> &summary) { handleEnrichmentDone(summary); });
}

void LibraryController::handleEnrichmentDone(const Result<EnrichSummary> &summary)
{
    m_enricher.reset();
    m_enrichProvider.reset();
    if (!summary) {
        log::ui()->warn("captions and embeddings stopped: {}", log::s(summary.error().toLogString()));
        Q_EMIT errorOccurred(enrichmentError(summary.error()));
        Q_EMIT enrichmentFinished(EnrichSummary{});
    } else {
        Q_EMIT enrichmentFinished(*summary);
    }
    if (std::exchange(m_indexAgain, false))
        startIndexing();
}

QString LibraryController::enrichmentError(const Error &error) const
{
    QString hint;
    switch (error.code) {
    case Error::Code::InvalidKey:
        hint = tr("The key is set in Tools ▸ Settings.");
        break;
    case Error::Code::Network:
    case Error::Code::Timeout:
        hint = tr("Check the network and the server address (%1).").arg(m_session->settings().effectiveBaseUrl());
        break;
    case Error::Code::ModelNotFound:
        hint = tr("Check the model names in Tools ▸ Settings.");
        break;
    case Error::Code::Mismatch:
        hint = tr("Set the embedding model and dimension the library was made with in Tools ▸ Settings.");
        break;
    default:
        // Quota messages already say when to try again.
        hint = tr("Pages done so far are kept; Library ▸ Caption and Embed Pages… continues later.");
        break;
    }
    return tr("Captions and embeddings stopped: %1 %2").arg(error.message, hint);
}

void LibraryController::setEnrichmentPaused(bool paused)
{
    if (!m_enricher)
        return;
    m_enricher->setPaused(paused);
    Q_EMIT enrichmentPausedChanged(paused);
    Q_EMIT statusMessage(paused ? tr("Captions and embeddings paused.") : tr("Captions and embeddings resumed."));
}

void LibraryController::cancelEnrichment()
{
    if (!m_enricher)
        return;
    m_enricher->cancel();
    m_enrichProvider->cancelAll();   // answers in flight are dropped; those pages are asked for next time
    Q_EMIT statusMessage(tr("Cancelling captions and embeddings…"));
}

QString LibraryController::password(qint64 documentId) const
{
    return m_library ? m_library->password(documentId) : QString();
}

} // namespace PageLens
