// SPDX-License-Identifier: MIT
#include "core/service/libraryservice.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include "core/detect/objectdetector.h"
#include "core/ingest/enrichmentrun.h"
#include "core/library/library.h"
#include "core/library/catalog.h"
#include "core/retrieval/documentfind.h"

namespace PageLens {

namespace {

/** A task's result, after the task's thread has closed its catalog connections (see Catalog::closeThreadConnections). */
template <class T>
T finished(T result)
{
    Catalog::closeThreadConnections();
    return result;
}

template <class T>
Result<T> cancelledDetection()
{
    return fail(Error::Code::Cancelled, QCoreApplication::translate("PageLens", "The request was cancelled."));
}

} // namespace

LibraryService::LibraryService(Options options)
    : m_options(std::move(options))
    , m_writer(std::make_unique<QThreadPool>())
    , m_readers(std::make_unique<QThreadPool>())
{
    m_writer->setMaxThreadCount(1);
    m_readers->setMaxThreadCount(2);
}

LibraryService::~LibraryService()
{
    m_closing = true;
    waitForIdle();
}

void LibraryService::waitForIdle()
{
    m_writer->waitForDone();
    m_readers->waitForDone();
}

Result<std::shared_ptr<LibraryService>> LibraryService::open(const QString &directory, Options options)
{
    std::shared_ptr<LibraryService> service(new LibraryService(std::move(options)));
    // Opened on the service's writer thread: every catalog connection the service makes lives on
    // threads it owns and closes with them, never on a global pool thread that outlives the app.
    auto opened = QtConcurrent::run(service->m_writer.get(), [directory] {
                      return finished(Library::open(directory));
                  }).result();
    if (!opened)
        return tl::unexpected(opened.error());
    service->m_library = *opened;
    return service;
}

QString LibraryService::directory() const
{
    return m_library->directory();
}

template <class Work>
auto LibraryService::write(Work &&work) -> QFuture<std::invoke_result_t<Work>>
{
    using R = std::invoke_result_t<Work>;
    return QtConcurrent::run(m_writer.get(), [directory = directory(), options = m_options, closing = &m_closing,
                                              library = m_library, work = std::forward<Work>(work)]() -> R {
        if (library->isReadOnly())
            return R(tl::unexpected(library->readOnlyError()));
        auto lock = LibraryWriteLock::acquire(directory, options.writeWait, options.onWaiting, closing);
        if (!lock)
            return R(tl::unexpected(lock.error()));
        return finished(work());
    });
}

QFuture<Result<ScanReport>> LibraryService::add(const QStringList &paths)
{
    return write([library = m_library, paths] { return library->add(paths); });
}

QFuture<Result<ScanReport>> LibraryService::rescan()
{
    return write([library = m_library] { return library->rescan(); });
}

QFuture<Result<IndexSummary>> LibraryService::index(Indexer *indexer)
{
    return write([indexer] { return indexer->run(); });
}

QFuture<Result<EnrichSummary>> LibraryService::enrich(Enricher *enricher, int dimensions)
{
    return write([library = m_library, enricher, dimensions] { return EnrichmentRun::run(*library, *enricher, dimensions); });
}

QFuture<Result<LateEmbedSummary>> LibraryService::embedLate(LateEmbedder *embedder)
{
    return write([embedder] { return embedder->run(); });
}

QFuture<Result<void>> LibraryService::setPrivacy(Privacy privacy)
{
    return write([library = m_library, privacy] { return library->setPrivacy(privacy); });
}

QFuture<Result<void>> LibraryService::setIndexDetection(const IndexDetection &detection)
{
    return write([library = m_library, detection] { return detection.write(*library->catalog()); });
}

QFuture<Result<void>> LibraryService::setPassword(qint64 documentId, const QString &password)
{
    return write([library = m_library, documentId, password] { return library->setPassword(documentId, password); });
}

QFuture<Result<RemoveReport>> LibraryService::remove(const QStringList &paths)
{
    return write([library = m_library, paths] { return library->remove(paths); });
}

QFuture<Result<void>> LibraryService::reindex(const QVector<qint64> &documentIds)
{
    return write([library = m_library, documentIds] { return library->reindex(documentIds); });
}

QFuture<Result<LibraryService::Contents>> LibraryService::contents()
{
    return QtConcurrent::run(m_readers.get(), [library = m_library]() -> Result<Contents> {
        auto documents = library->documents();
        auto folders = library->folders();
        Catalog::closeThreadConnections();
        if (!documents)
            return tl::unexpected(documents.error());
        if (!folders)
            return tl::unexpected(folders.error());
        return Contents{*documents, *folders};
    });
}

QFuture<Result<SearchResult>> LibraryService::search(const QString &query, int k, const SearchOptions &options)
{
    return QtConcurrent::run(m_readers.get(), [library = m_library, query, k, options] {
        return finished(LibrarySearch(library).search(query, k, options));
    });
}

QFuture<Result<QVector<SearchHit>>> LibraryService::find(const QString &path, const QString &query)
{
    return QtConcurrent::run(m_readers.get(), [library = m_library, path, query] {
        return finished(DocumentFind(library->catalog()).find(path, query));
    });
}

QFuture<Result<EgressPreview>> LibraryService::preview(std::function<EnrichOptions(Privacy)> optionsFor)
{
    return QtConcurrent::run(m_readers.get(), [library = m_library, optionsFor]() -> Result<EgressPreview> {
        auto privacy = library->privacy();
        if (!privacy)
            return tl::unexpected(privacy.error());
        // No provider: nothing can be sent while previewing.
        return finished(Enricher(library->catalog(), nullptr, optionsFor(*privacy)).preview());
    });
}

QFuture<Result<Privacy>> LibraryService::privacy()
{
    return QtConcurrent::run(m_readers.get(), [library = m_library] { return finished(library->privacy()); });
}

QFuture<Result<IndexDetection>> LibraryService::indexDetection()
{
    return QtConcurrent::run(m_readers.get(), [library = m_library] { return finished(IndexDetection::read(*library->catalog())); });
}

QFuture<Result<PageRecord>> LibraryService::page(const PageRef &ref)
{
    return QtConcurrent::run(m_readers.get(), [library = m_library, ref] { return finished(library->page(ref)); });
}

QFuture<Result<std::optional<Privacy>>> LibraryService::chosenPrivacy()
{
    return QtConcurrent::run(m_readers.get(), [library = m_library] { return finished(library->chosenPrivacy()); });
}

QFuture<Result<QImage>> LibraryService::pageImage(const QString &path, int page, const PageImageSize &size, const QString &password)
{
    return QtConcurrent::run(m_readers.get(), [path, page, size, password] { return PageImager::render(path, page, size, password); });
}

QFuture<Result<QVector<Detection>>> LibraryService::detections(const PageRef &page)
{
    return QtConcurrent::run(m_readers.get(), [library = m_library, page]() -> Result<QVector<Detection>> {
        auto record = library->catalog()->page(page);
        if (!record)
            return finished(Result<QVector<Detection>>(tl::unexpected(record.error())));
        return finished(library->catalog()->detections(record->id));
    });
}

QFuture<Result<QSet<int>>> LibraryService::pagesWithDetections(qint64 documentId)
{
    return QtConcurrent::run(m_readers.get(), [library = m_library, documentId] {
        return finished(library->catalog()->pagesWithDetections(documentId));
    });
}

QFuture<Result<DetectionRun>> LibraryService::detect(Provider *provider, const PageRef &page, const DetectOptions &options)
{
    struct Prepared {
        qint64 pageId = 0;
        QByteArray image;
    };
    auto library = m_library;
    auto prepared = QtConcurrent::run(m_readers.get(), [library, page, options]() -> Result<Prepared> {
        if (options.cancel && options.cancel->isCancelled())
            return cancelledDetection<Prepared>();
        auto privacy = options.privacy ? Result<Privacy>(*options.privacy) : library->privacy();
        if (!privacy)
            return finished(Result<Prepared>(tl::unexpected(privacy.error())));
        if (*privacy != Privacy::Images)
            return finished(Result<Prepared>(fail(Error::Code::InvalidArgument,
                QCoreApplication::translate("PageLens", "Object detection sends the page image, which this library's "
                                                        "privacy setting (%1) does not allow.").arg(toString(*privacy)))));
        auto doc = library->catalog()->document(page.documentId);
        auto record = library->catalog()->page(page);
        Catalog::closeThreadConnections();
        if (!doc)
            return tl::unexpected(doc.error());
        if (!record)
            return tl::unexpected(record.error());
        auto image = PageImager::render(doc->path, page.page, PageImageSize::withLongestSide(options.longestSide),
                                        library->password(page.documentId));
        if (!image)
            return tl::unexpected(image.error());
        auto bytes = PageImager::modelImage(*image, options.longestSide);
        if (!bytes)
            return tl::unexpected(bytes.error());
        return Prepared{record->id, *bytes};
    });
    auto detected = prepared.then(QtFuture::Launch::Inherit, [provider, options](Result<Prepared> input) {
        using Detected = Result<std::pair<qint64, DetectionRun>>;
        if (!input)
            return QtFuture::makeReadyFuture(Detected(tl::unexpected(input.error())));
        if (options.cancel && options.cancel->isCancelled())
            return QtFuture::makeReadyFuture(cancelledDetection<std::pair<qint64, DetectionRun>>());
        const QString prompt = options.prompt.isEmpty() ? ObjectDetector::defaultPrompt() : options.prompt;
        // The provider's own future, so a cancel reaches HttpClient and aborts the request.
        auto request = provider->generate(ObjectDetector::request(input->image, QStringLiteral("image/webp"), prompt));
        if (options.cancel)
            options.cancel->track(request);
        return request.then(QtFuture::Launch::Sync, [pageId = input->pageId, prompt](const Result<GenerateResponse> &response) -> Detected {
            auto run = ObjectDetector::fromResponse(response, prompt);
            if (!run)
                return tl::unexpected(run.error());
            return std::pair{pageId, *run};
        });
    }).unwrap();
    if (!options.store)
        return detected.then(QtFuture::Launch::Sync, [](Result<std::pair<qint64, DetectionRun>> found) -> Result<DetectionRun> {
            if (!found)
                return tl::unexpected(found.error());
            return found->second;
        });
    return detected.then(QtFuture::Launch::Sync, [this, options](Result<std::pair<qint64, DetectionRun>> found) {
        if (!found)
            return QtFuture::makeReadyFuture(Result<DetectionRun>(tl::unexpected(found.error())));
        return write([library = m_library, found, cancel = options.cancel]() -> Result<DetectionRun> {
            if (cancel && cancel->isCancelled())   // an answer that came as the person cancelled is not kept
                return cancelledDetection<DetectionRun>();
            const DetectionRun &run = found->second;
            if (auto stored = library->catalog()->replaceDetections(found->first, run.prompt, run.model, run.detections); !stored)
                return tl::unexpected(stored.error());
            return run;
        });
    }).unwrap();
}

} // namespace PageLens
