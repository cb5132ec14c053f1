// SPDX-License-Identifier: MIT
#include "core/library/library.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include "core/common/log.h"
#include "core/library/catalog.h"
#include "core/library/latepatchindex.h"
#include "core/library/libraryrepair.h"
#include "core/library/librarywritelock.h"
#include "core/library/pagevectorindex.h"

namespace PageLens {

Library::Library(std::shared_ptr<Catalog> catalog)
    : m_catalog(std::move(catalog))
    , m_vectors(std::make_unique<PageVectorIndex>(m_catalog))
    , m_late(std::make_unique<LatePatchIndex>(m_catalog))
{
}

Library::~Library() = default;

Result<std::shared_ptr<Library>> Library::open(const QString &directory)
{
    auto catalog = Catalog::open(directory);
    if (!catalog)
        return tl::unexpected(catalog.error());
    std::shared_ptr<Library> library(new Library(*catalog));
    if (!(*catalog)->isReadOnly()) {
        // Only while nobody writes: a running indexer's documents are "indexing" for real.
        if (auto lock = LibraryWriteLock::acquire((*catalog)->directory(), std::chrono::seconds(0))) {
            auto reset = (*catalog)->resetInterrupted();
            if (!reset)
                return tl::unexpected(reset.error());
            library->m_interruptedReset = *reset;
            if (*reset > 0)
                log::library()->info("{} document(s) left indexing by an interrupted run are pending again", *reset);
        }
    }
    return library;
}

QString Library::directory() const
{
    return m_catalog->directory();
}

bool Library::isReadOnly() const
{
    return m_catalog->isReadOnly();
}

Error Library::readOnlyError() const
{
    return Error(Error::Code::ReadOnly,
                 QCoreApplication::translate("PageLens", "The library %1 is read-only (its folder or catalog cannot be "
                                                         "written): search, status and render work, adding and indexing do not.")
                     .arg(QDir::toNativeSeparators(directory())));
}

Result<ScanReport> Library::add(const QStringList &paths, const std::atomic_bool *cancel)
{
    auto report = LibraryScanner(m_catalog).add(paths, cancel);
    if (!report)
        return report;
    // Kept beside the catalog too, so a repair can find the library's files when the catalog is lost.
    QStringList sources;
    for (const QString &path : paths) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (!canonical.isEmpty())
            sources << canonical;
    }
    if (auto r = LibraryRepair::rememberSources(directory(), sources); !r)
        log::library()->warn("{}", log::s(r.error().toLogString()));
    return report;
}

Result<ScanReport> Library::rescan(const std::atomic_bool *cancel)
{
    auto report = LibraryScanner(m_catalog).rescan(cancel);
    if (report && (report->removed || report->changed) && m_vectors->isOpen()) {
        if (auto r = m_vectors->refresh(); !r)
            return tl::unexpected(r.error());
    }
    return report;
}

Result<RemoveReport> Library::remove(const QStringList &paths)
{
    auto documents = m_catalog->documents();
    if (!documents)
        return tl::unexpected(documents.error());
    auto folders = m_catalog->folders();
    if (!folders)
        return tl::unexpected(folders.error());
    auto excluded = m_catalog->excludedPaths();
    if (!excluded)
        return tl::unexpected(excluded.error());
    RemoveReport report;
    QSet<qint64> removed;
    for (const QString &input : paths) {
        // The catalog holds canonical paths; a file already deleted still has its clean absolute path.
        const QFileInfo info(input);
        const QString path = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
        const QString prefix = path + QLatin1Char('/');
        int matched = 0;
        for (const DocumentInfo &doc : std::as_const(*documents)) {
            if (removed.contains(doc.id) || (doc.path != path && !doc.path.startsWith(prefix)))
                continue;
            if (auto r = m_catalog->removeDocument(doc.id); !r)
                return tl::unexpected(r.error());
            removed.insert(doc.id);
            ++matched;
        }
        int unwatched = 0;
        for (auto it = folders->begin(); it != folders->end();) {
            if (*it == path || it->startsWith(prefix)) {
                if (auto r = m_catalog->removeFolder(*it); !r)
                    return tl::unexpected(r.error());
                it = folders->erase(it);
                ++unwatched;
            } else {
                ++it;
            }
        }
        if (matched == 0 && unwatched == 0) {
            report.problems << QCoreApplication::translate("PageLens", "%1 is not in the library.").arg(input);
            continue;
        }
        const bool stillWatched = std::any_of(folders->cbegin(), folders->cend(),
                                              [&](const QString &folder) { return path.startsWith(folder + QLatin1Char('/')); });
        if (stillWatched && !excluded->contains(path))
            excluded->append(path);
        report.documents += matched;
        report.folders += unwatched;
    }
    if (auto r = m_catalog->setExcludedPaths(*excluded); !r)
        return tl::unexpected(r.error());
    if (!removed.isEmpty() && m_vectors->isOpen()) {
        if (auto r = m_vectors->refresh(); !r)
            return tl::unexpected(r.error());
    }
    return report;
}

Result<void> Library::reindex(const QVector<qint64> &documentIds)
{
    for (qint64 id : documentIds) {
        if (auto r = m_catalog->setStatus(id, DocumentStatus::Pending); !r)
            return r;
    }
    return {};
}

Result<QVector<DocumentInfo>> Library::documents() const
{
    return m_catalog->documents();
}

Result<QStringList> Library::folders() const
{
    return m_catalog->folders();
}

Result<QVector<PageRecord>> Library::pages(qint64 documentId) const
{
    return m_catalog->pages(documentId);
}

Result<PageRecord> Library::page(const PageRef &ref) const
{
    return m_catalog->page(ref);
}

Result<QString> Library::embeddingModel() const
{
    return m_catalog->setting(QStringLiteral("embedding.model"));
}

Result<PageVectorIndex *> Library::vectors(int dim)
{
    if (auto r = m_vectors->open(dim); !r)
        return tl::unexpected(r.error());
    return m_vectors.get();
}

Result<LatePatchIndex *> Library::latePatches()
{
    QMutexLocker lock(&m_mutex);
    if (!m_lateOpen) {
        if (auto r = m_late->open(); !r)
            return tl::unexpected(r.error());
        m_lateOpen = true;
    }
    return m_late.get();
}

Result<void> Library::refreshVectors()
{
    return m_vectors->refresh();
}

Result<Privacy> Library::privacy() const
{
    // Consent is asked before every run that sends anything; the policy bounds what such a run may send.
    auto value = m_catalog->setting(QStringLiteral("privacy"), QStringLiteral("images"));
    if (!value)
        return tl::unexpected(value.error());
    return privacyFromString(*value).value_or(Privacy::Never);
}

Result<std::optional<Privacy>> Library::chosenPrivacy() const
{
    auto value = m_catalog->setting(QStringLiteral("privacy"));
    if (!value)
        return tl::unexpected(value.error());
    return privacyFromString(*value);
}

Result<void> Library::setPrivacy(Privacy privacy)
{
    return m_catalog->setSetting(QStringLiteral("privacy"), toString(privacy));
}

Result<void> Library::setPassword(qint64 documentId, const QString &password)
{
    {
        QMutexLocker lock(&m_mutex);
        m_passwords.insert(documentId, password);
    }
    return m_catalog->setStatus(documentId, DocumentStatus::Pending);
}

QString Library::password(qint64 documentId) const
{
    QMutexLocker lock(&m_mutex);
    return m_passwords.value(documentId);
}

QHash<qint64, QString> Library::passwords() const
{
    QMutexLocker lock(&m_mutex);
    return m_passwords;
}

} // namespace PageLens
