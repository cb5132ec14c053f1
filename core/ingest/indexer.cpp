// SPDX-License-Identifier: MIT
#include "core/ingest/indexer.h"

#include <deque>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QScopeGuard>
#include <QSemaphore>
#include <QThreadPool>
#include <QtConcurrent>

#include "core/common/log.h"
#include "core/ingest/workerclient.h"
#include "core/library/catalog.h"
#include "core/library/libraryscanner.h"
#include "core/media/documentopener.h"
#include "core/media/pageimager.h"
#include "core/ocr/ocrengine.h"

namespace PageLens {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PageLens", text); }

int visibleChars(const QString &text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.isSpace() ? 0 : 1;
    return n;
}

/** Each pool thread keeps the document it read last open: pages of one document arrive together. */
struct OpenDocumentCache {
    QString key;
    std::unique_ptr<PageSource> source;
};
thread_local OpenDocumentCache t_document;

/** Tesseract engines are expensive to start and not thread-safe: one per pool thread. */
struct OcrEngineCache {
    QString languages;
    std::unique_ptr<OcrEngine> engine;
};
thread_local OcrEngineCache t_ocr;

/** Each pool thread drives its own worker process. */
thread_local std::unique_ptr<WorkerClient> t_worker;

Result<PageSource *> cachedSource(const QString &path, const QString &password, const QString &version)
{
    // `version` (the content hash) tells a file read again after it changed from the one open here.
    const QString key = path + QLatin1Char('\n') + password + QLatin1Char('\n') + version + QLatin1Char('\n')
                        + QString::number(QFileInfo(path).lastModified().toMSecsSinceEpoch());
    if (t_document.key != key || !t_document.source) {
        t_document.source.reset();
        t_document.key.clear();
        auto opened = DocumentOpener::open(path, password);
        if (!opened)
            return tl::unexpected(opened.error());
        t_document.source = std::move(*opened);
        t_document.key = key;
    }
    return t_document.source.get();
}

OcrEngine &ocrEngine(const QString &languages)
{
    if (!t_ocr.engine || t_ocr.languages != languages) {
        t_ocr.engine = std::make_unique<OcrEngine>(languages);
        t_ocr.languages = languages;
    }
    return *t_ocr.engine;
}

/** What a file was when read: when any of these differ after the read, its pages may mix two versions. */
struct FileState {
    qint64 size = -1;
    qint64 modified = 0;   // ms since the epoch
    QString hash;
    bool operator==(const FileState &other) const = default;
};

Result<FileState> fileState(const QString &path)
{
    const QFileInfo info(path);
    const FileState stat{info.size(), info.lastModified().toMSecsSinceEpoch(), {}};
    auto hash = LibraryScanner::hashFile(path);
    if (!hash)
        return tl::unexpected(hash.error());
    return FileState{stat.size, stat.modified, *hash};
}

struct DocumentJob {
    DocumentInfo doc;
    QString password;
    QVector<QFuture<Result<PageRecord>>> pages;
    FileState before;   // the file when its pages were queued
    int attempt = 0;    // reads so far that ended with a changed file
};

} // namespace

Indexer::Indexer(std::shared_ptr<Catalog> catalog, IndexOptions options, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_options(std::move(options))
    , m_pool(std::make_unique<QThreadPool>())
{
    const int workers = m_options.workers > 0 ? m_options.workers : QThread::idealThreadCount();
    m_pool->setMaxThreadCount(std::max(1, workers));
    const QString program = m_options.workerProgram.isEmpty() ? WorkerClient::defaultProgram() : m_options.workerProgram;
    m_useWorkers = !program.isEmpty();
    if (m_useWorkers)
        m_options.workerProgram = program;
    else
        log::ingest()->warn("pagelens-docworker not found beside {}: documents are read inside this process",
                            log::s(QCoreApplication::applicationDirPath()));
}

Indexer::~Indexer()
{
    cancel();
    m_pool->waitForDone();
}

void Indexer::cancel()
{
    m_cancel.store(true);
}

void Indexer::releaseThreadCaches()
{
    // Pool threads otherwise drop their open documents and OCR engines when they exit, which can be
    // after main() returned and QtPdf's global lock is gone (a crash at exit). One task per thread,
    // held at a barrier so no thread takes two, clears them now.
    const int threads = m_pool->maxThreadCount();
    QSemaphore arrived;
    QSemaphore leave;
    for (int i = 0; i < threads; ++i) {
        QtConcurrent::run(m_pool.get(), [&arrived, &leave] {
            t_document = {};
            t_ocr = {};
            t_worker.reset();
            arrived.release();
            leave.acquire();
        });
    }
    arrived.acquire(threads);
    leave.release(threads);
    m_pool->waitForDone();
}

Result<PageRecord> Indexer::readPage(const QString &path, const QString &password, int page, const IndexOptions &options,
                                     const QString &version)
{
    auto source = cachedSource(path, password, version);
    if (!source)
        return tl::unexpected(source.error());
    PageRecord record;
    record.ref.page = page;
    record.size = (*source)->pageSize(page);

    auto text = (*source)->textLayer(page);
    if (text && text->source == PageText::Source::TextLayer && visibleChars(text->text) >= options.minTextLayerChars) {
        record.text = std::move(*text);
        return record;
    }
    if (!text)
        log::ingest()->warn("{} page {}: text layer unreadable ({}), trying OCR", log::s(path), page + 1,
                            log::s(text.error().toLogString()));

    auto image = PageImager::render(**source, page, PageImageSize::atDpi(options.ocrDpi));
    if (!image)
        return tl::unexpected(image.error());
    auto ocr = ocrEngine(options.ocrLanguages).recognize(*image);
    if (!ocr)
        return tl::unexpected(ocr.error());
    record.text = std::move(ocr->text);
    record.rotation = ocr->rotation;
    return record;
}

Result<int> Indexer::countPages(const QString &path, const QString &password)
{
    if (!m_useWorkers) {
        auto opened = DocumentOpener::open(path, password);
        if (!opened)
            return tl::unexpected(opened.error());
        return (*opened)->pageCount();
    }
    // On a pool thread (its worker), ahead of the pages already queued.
    return QtConcurrent::task([this, path, password]() -> Result<int> {
               if (!t_worker)
                   t_worker = std::make_unique<WorkerClient>(m_options);
               return t_worker->pageCount(path, password);
           })
        .onThreadPool(*m_pool)
        .withPriority(1)
        .spawn()
        .result();
}

Result<PageRecord> Indexer::readPageIsolated(const QString &path, const QString &password, int page, const QString &version)
{
    if (!m_useWorkers)
        return readPage(path, password, page, m_options, version);
    {
        const QMutexLocker lock(&m_failedMutex);
        if (m_readerFailed.contains(path))
            return fail(Error::Code::Cancelled, PageLens::tr("Not read: the file already failed."));
    }
    if (!t_worker)
        t_worker = std::make_unique<WorkerClient>(m_options);
    auto record = t_worker->readPage(path, password, page, version);
    if (!record && record.error().code == Error::Code::ReaderFailed) {
        const QMutexLocker lock(&m_failedMutex);
        m_readerFailed.insert(path);
    }
    return record;
}

Result<IndexSummary> Indexer::run()
{
    QElapsedTimer timer;
    timer.start();
    IndexSummary summary;
    IndexProgress progress;
    const auto releaseCaches = qScopeGuard([this] { releaseThreadCaches(); });

    if (auto reset = m_catalog->resetInterrupted(); !reset)
        return tl::unexpected(reset.error());
    auto documents = m_catalog->documents();
    if (!documents)
        return tl::unexpected(documents.error());

    QVector<DocumentJob> pending;
    for (const DocumentInfo &doc : *documents) {
        QString password = m_options.passwords.value(doc.id, m_options.password);
        if (doc.status == DocumentStatus::Pending
            || (doc.status == DocumentStatus::NeedsPassword && !password.isEmpty()))
            pending.push_back({doc, password, {}});
    }
    progress.filesTotal = int(pending.size());
    Q_EMIT progressChanged(progress);

    const int window = 4 * m_pool->maxThreadCount() + 4;   // pages in flight: bounds memory, keeps workers busy
    std::deque<DocumentJob> inflight;
    int pagesInFlight = 0;

    auto finish = [&](DocumentJob &job, const Error *error) {
        DocumentInfo &doc = job.doc;
        doc.pageErrors.clear();
        if (error) {
            doc.status = error->code == Error::Code::NeedsPassword ? DocumentStatus::NeedsPassword : DocumentStatus::Failed;
            doc.error = error->message;
            log::ingest()->info("{}: {}", log::s(doc.path), log::s(error->toLogString()));
            if (auto r = m_catalog->commitDocument(doc, {}); !r)
                return r;
            ++(doc.status == DocumentStatus::NeedsPassword ? summary.needsPassword : summary.failed);
        } else {
            QVector<PageRecord> pages;
            pages.reserve(job.pages.size());
            std::optional<Error> firstError;
            std::optional<Error> readerError;   // the worker crashed, ran out of memory or hung on this file
            for (int i = 0; i < job.pages.size(); ++i) {
                Result<PageRecord> page = job.pages[i].result();
                if (!page) {
                    if (page.error().code == Error::Code::ReaderFailed && !readerError)
                        readerError = page.error();
                    doc.pageErrors.insert(i + 1, page.error().message);
                    if (!firstError)
                        firstError = page.error();
                    log::ingest()->warn("{} page {}: {}", log::s(doc.path), i + 1, log::s(page.error().toLogString()));
                    PageRecord empty;
                    empty.ref = {doc.id, i};
                    pages << empty;
                    continue;
                }
                page->ref = {doc.id, i};
                (page->text.source == PageText::Source::Ocr ? summary.ocrPages : summary.textLayerPages)++;
                pages << std::move(*page);
            }
            const int failedPages = int(doc.pageErrors.size());
            if (readerError || (failedPages == job.pages.size() && firstError)) {
                // A file that breaks the reader fails whole: its other pages were not read safely.
                doc.status = DocumentStatus::Failed;
                doc.error = (readerError ? readerError : firstError)->message;
                doc.pageErrors.clear();
                pages.clear();
                ++summary.failed;
            } else {
                // Pages that did not read are kept empty (so page numbers stay) and named with their reasons.
                doc.status = failedPages ? DocumentStatus::Partial : DocumentStatus::Indexed;
                doc.error = failedPages ? QCoreApplication::translate("PageLens", "%n page(s) could not be read.", nullptr, failedPages)
                                        : QString();
                summary.pages += int(pages.size());
                ++(failedPages ? summary.partial : summary.indexed);
            }
            if (auto r = m_catalog->commitDocument(doc, pages); !r)
                return r;
        }
        ++progress.filesDone;
        Q_EMIT documentFinished(doc);
        Q_EMIT progressChanged(progress);
        return Result<void>{};
    };

    // Notes the file's state, classifies the document (password, corrupt) and queues its pages.
    // False when the document finished here with an error.
    auto start = [&](DocumentJob &job) -> Result<bool> {
        auto state = fileState(job.doc.path);
        if (!state) {
            if (auto r = finish(job, &state.error()); !r)
                return tl::unexpected(r.error());
            return false;
        }
        // What is stored is what was read: the content's hash, size and time as of now.
        job.before = *state;
        job.doc.hash = state->hash;
        job.doc.size = state->size;
        job.doc.modified = QDateTime::fromMSecsSinceEpoch(state->modified);
        auto opened = countPages(job.doc.path, job.password);
        if (!opened) {
            if (auto r = finish(job, &opened.error()); !r)
                return tl::unexpected(r.error());
            return false;
        }
        const int pageCount = *opened;
        if (pageCount <= 0) {
            const Error noPages(Error::Code::Corrupt, PageLens::tr("The document has no pages."));
            if (auto r = finish(job, &noPages); !r)
                return tl::unexpected(r.error());
            return false;
        }
        job.doc.pageCount = pageCount;
        progress.pagesTotal += pageCount;
        job.pages.clear();
        for (int page = 0; page < pageCount; ++page) {
            job.pages << QtConcurrent::run(m_pool.get(), [path = job.doc.path, password = job.password, page,
                                                          version = state->hash, this]() -> Result<PageRecord> {
                if (m_cancel.load())
                    return fail(Error::Code::Cancelled, PageLens::tr("Indexing was cancelled."));
                return readPageIsolated(path, password, page, version);
            });
        }
        pagesInFlight += pageCount;
        return true;
    };

    auto drainOldest = [&]() -> Result<void> {
        DocumentJob job = std::move(inflight.front());
        inflight.pop_front();
        progress.currentFile = job.doc.path;
        progress.stage = QStringLiteral("read");
        for (auto &future : job.pages) {
            future.waitForFinished();
            ++progress.pagesDone;
            if (progress.pagesDone % 4 == 0)
                Q_EMIT progressChanged(progress);
        }
        pagesInFlight -= int(job.pages.size());
        if (m_cancel.load())
            return m_catalog->setStatus(job.doc.id, DocumentStatus::Pending);
        if (m_options.afterRead)
            m_options.afterRead(job.doc.path, job.attempt);
        // A file written while it was read gives pages of two versions (or unreadable ones) under
        // the hash of neither: read it again, and after that leave it pending, marked changed.
        auto after = fileState(job.doc.path);
        if (!after)
            return finish(job, &after.error());
        if (*after == job.before)
            return finish(job, nullptr);
        if (job.attempt < m_options.maxRereads) {
            ++job.attempt;
            ++summary.reread;
            log::ingest()->info("{} changed while it was read: reading it again", log::s(job.doc.path));
            auto started = start(job);
            if (!started)
                return tl::unexpected(started.error());
            if (*started)
                inflight.push_back(std::move(job));
            return {};
        }
        ++summary.changed;
        job.doc.status = DocumentStatus::Pending;
        job.doc.error = PageLens::tr("The file kept changing while it was read; it will be read again on the next run.");
        log::ingest()->warn("{} kept changing while it was read: left pending", log::s(job.doc.path));
        if (auto r = m_catalog->setStatus(job.doc.id, DocumentStatus::Pending, job.doc.error); !r)
            return r;
        ++progress.filesDone;
        Q_EMIT documentFinished(job.doc);
        return {};
    };

    for (DocumentJob &job : pending) {
        if (m_cancel.load())
            break;
        progress.currentFile = job.doc.path;
        Q_EMIT progressChanged(progress);
        if (auto r = m_catalog->setStatus(job.doc.id, DocumentStatus::Indexing); !r)
            return tl::unexpected(r.error());
        auto started = start(job);
        if (!started)
            return tl::unexpected(started.error());
        if (!*started)
            continue;
        inflight.push_back(std::move(job));
        while (pagesInFlight > window && !inflight.empty()) {
            if (auto r = drainOldest(); !r)
                return tl::unexpected(r.error());
        }
    }
    while (!inflight.empty()) {
        if (auto r = drainOldest(); !r)
            return tl::unexpected(r.error());
    }
    if (m_cancel.load()) {
        summary.cancelled = true;
        for (const DocumentJob &job : pending) {
            auto current = m_catalog->document(job.doc.id);
            if (current && current->status == DocumentStatus::Indexing)
                m_catalog->setStatus(job.doc.id, DocumentStatus::Pending);
        }
    }
    summary.seconds = timer.elapsed() / 1000.0;
    return summary;
}

} // namespace PageLens
