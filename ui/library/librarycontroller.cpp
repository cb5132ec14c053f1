// SPDX-License-Identifier: MIT
#include "ui/library/librarycontroller.h"

#include <QtConcurrent/QtConcurrentRun>

#include "core/common/log.h"
#include "core/ingest/indexer.h"
#include "core/library/folderwatcher.h"
#include "core/library/library.h"

namespace PageLens {

namespace {

struct Snapshot {
    Result<QVector<DocumentInfo>> documents;
    Result<QStringList> folders;
};

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
{
    connect(m_watcher, &FolderWatcher::changed, this, &LibraryController::rescan);
    m_workers.setMaxThreadCount(2);
    m_indexThread.setMaxThreadCount(1);
}

LibraryController::~LibraryController()
{
    if (m_indexer)
        m_indexer->cancel();
    m_indexThread.waitForDone();
    m_workers.waitForDone();
}

void LibraryController::open(const QString &directory)
{
    const quint64 generation = ++m_openGeneration;
    Q_EMIT statusMessage(tr("Opening library %1…").arg(directory));
    QtConcurrent::run(&m_workers, [directory] { return Library::open(directory); })
        .then(this, [this, generation, directory](const Result<std::shared_ptr<Library>> &library) {
            if (generation != m_openGeneration)
                return;
            if (!library) {
                Q_EMIT errorOccurred(tr("Could not open the library %1: %2").arg(directory, library.error().message));
                return;
            }
            if (m_indexer) {
                m_indexer->cancel();
                m_indexAgain = true;
            }
            m_library = *library;
            m_directory = (*library)->directory();
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
    QtConcurrent::run(&m_workers, [library, paths] { return library->add(paths); })
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
    QtConcurrent::run(&m_workers, [library] { return library->rescan(); })
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

void LibraryController::refresh()
{
    if (!m_library)
        return;
    const quint64 generation = ++m_refreshGeneration;
    auto library = m_library;
    QtConcurrent::run(&m_workers, [library] { return Snapshot{library->documents(), library->folders()}; })
        .then(this, [this, generation](const Snapshot &snapshot) {
            if (generation != m_refreshGeneration)
                return;
            if (!snapshot.documents) {
                Q_EMIT errorOccurred(tr("Could not read the library: %1").arg(snapshot.documents.error().message));
                return;
            }
            const QStringList folders = snapshot.folders.value_or(QStringList());
            if (folders != m_watchedFolders) {
                m_watchedFolders = folders;
                m_watcher->setFolders(folders);
            }
            Q_EMIT documentsChanged(*snapshot.documents, folders);
        });
}

void LibraryController::startIndexing()
{
    if (!m_library)
        return;
    if (m_indexer) {
        m_indexAgain = true;
        return;
    }
    IndexOptions options;
    options.passwords = m_library->passwords();
    // Created here so its signals have a GUI-thread sender object; run() executes on a worker.
    m_indexer = std::make_unique<Indexer>(m_library->catalog(), options);
    connect(m_indexer.get(), &Indexer::progressChanged, this, &LibraryController::indexProgressChanged,
            Qt::QueuedConnection);
    connect(m_indexer.get(), &Indexer::documentFinished, this, &LibraryController::documentFinished,
            Qt::QueuedConnection);
    Indexer *indexer = m_indexer.get();
    Q_EMIT indexingStarted();
    QtConcurrent::run(&m_indexThread, [indexer] { return indexer->run(); })
        .then(this, [this](const Result<IndexSummary> &summary) { handleIndexingDone(summary); });
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
    if (std::exchange(m_indexAgain, false))
        startIndexing();
}

void LibraryController::cancelIndexing()
{
    m_indexAgain = false;
    if (m_indexer) {
        m_indexer->cancel();
        Q_EMIT statusMessage(tr("Cancelling indexing…"));
    }
}

void LibraryController::setPassword(qint64 documentId, const QString &password)
{
    if (!m_library)
        return;
    auto library = m_library;
    QtConcurrent::run(&m_workers, [library, documentId, password] { return library->setPassword(documentId, password); })
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

QFuture<Result<QVector<SearchHit>>> LibraryController::search(const QString &query, int limit) const
{
    auto library = m_library;
    return QtConcurrent::run(&m_workers, [library, query, limit]() -> Result<QVector<SearchHit>> {
        if (!library)
            return fail(Error::Code::NotFound, LibraryController::tr("No library is open."));
        return library->search(query, limit);
    });
}

QString LibraryController::password(qint64 documentId) const
{
    return m_library ? m_library->password(documentId) : QString();
}

} // namespace PageLens
