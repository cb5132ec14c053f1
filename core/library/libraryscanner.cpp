// SPDX-License-Identifier: MIT
#include "core/library/libraryscanner.h"

#include <algorithm>
#include <filesystem>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include "core/common/log.h"
#include "core/library/catalog.h"
#include "core/media/documentopener.h"

namespace PageLens {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PageLens", text); }

bool cancelled(const std::atomic_bool *cancel) { return cancel && cancel->load(); }

/** Regular file check that does not open the file: FIFOs and devices would block or never end. */
bool isRegularFile(const QString &path)
{
    std::error_code ec;
    return std::filesystem::is_regular_file(std::filesystem::path(path.toStdString()), ec) && !ec;
}

} // namespace

LibraryScanner::LibraryScanner(std::shared_ptr<Catalog> catalog)
    : m_catalog(std::move(catalog))
{
}

Result<QString> LibraryScanner::hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, PageLens::tr("%1 cannot be read.").arg(path), file.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(Error::Code::Io, PageLens::tr("%1 cannot be read.").arg(path), file.errorString());
    return QString::fromLatin1(hash.result().toHex());
}

Result<ScanReport> LibraryScanner::add(const QStringList &paths, const std::atomic_bool *cancel)
{
    ScanReport report;
    auto excluded = m_catalog->excludedPaths();
    if (!excluded)
        return tl::unexpected(excluded.error());
    // Adding something again by hand takes it (and what is inside it) off the removed list.
    QStringList kept;
    for (const QString &path : std::as_const(*excluded)) {
        const bool readded = std::any_of(paths.cbegin(), paths.cend(), [&](const QString &input) {
            const QString added = QFileInfo(input).canonicalFilePath();
            return !added.isEmpty() && (path == added || path.startsWith(added + QLatin1Char('/')));
        });
        if (!readded)
            kept << path;
    }
    if (kept != *excluded) {
        if (auto r = m_catalog->setExcludedPaths(kept); !r)
            return tl::unexpected(r.error());
    }
    m_excluded = QSet<QString>(kept.cbegin(), kept.cend());
    for (const QString &input : paths) {
        if (cancelled(cancel))
            break;
        const QFileInfo info(input);
        const QString path = info.absoluteFilePath();
        if (!info.exists()) {
            ++report.skipped;
            report.problems << PageLens::tr("%1 does not exist.").arg(input);
            continue;
        }
        if (info.isDir()) {
            const QString canonical = info.canonicalFilePath();
            if (auto r = m_catalog->addFolder(canonical); !r)
                return tl::unexpected(r.error());
            QSet<QString> seen;
            if (auto r = walk(canonical, seen, report, cancel); !r)
                return tl::unexpected(r.error());
            continue;
        }
        if (auto r = visitFile(info.canonicalFilePath(), true, report); !r)
            return tl::unexpected(r.error());
    }
    return report;
}

Result<ScanReport> LibraryScanner::rescan(const std::atomic_bool *cancel)
{
    ScanReport report;
    auto excluded = m_catalog->excludedPaths();
    if (!excluded)
        return tl::unexpected(excluded.error());
    m_excluded = QSet<QString>(excluded->cbegin(), excluded->cend());
    // Folders first: a file that moved inside them is found under its new path before the old one is missed.
    auto folders = m_catalog->folders();
    if (!folders)
        return tl::unexpected(folders.error());
    QSet<QString> visited;
    for (const QString &folder : *folders) {
        if (!QFileInfo(folder).isDir())
            continue;
        QSet<QString> seen;
        if (auto r = walk(folder, seen, report, cancel, &visited); !r)
            return tl::unexpected(r.error());
    }
    auto documents = m_catalog->documents();
    if (!documents)
        return tl::unexpected(documents.error());
    for (const DocumentInfo &doc : *documents) {
        if (cancelled(cancel))
            return report;
        if (visited.contains(doc.path))
            continue;
        if (!QFileInfo::exists(doc.path)) {
            if (auto r = m_catalog->removeDocument(doc.id); !r)
                return tl::unexpected(r.error());
            log::library()->info("removed {} (file gone)", log::s(doc.path));
            ++report.removed;
            continue;
        }
        if (auto r = visitFile(doc.path, false, report); !r)
            return tl::unexpected(r.error());
    }
    return report;
}

Result<void> LibraryScanner::walk(const QString &dir, QSet<QString> &seenDirs, ScanReport &report,
                                  const std::atomic_bool *cancel, QSet<QString> *visitedFiles)
{
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    if (canonical.isEmpty() || seenDirs.contains(canonical)) {
        log::library()->info("skipping {} (symlink loop or unreadable)", log::s(dir));
        return {};
    }
    seenDirs.insert(canonical);
    const QFileInfoList entries = QDir(canonical).entryInfoList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (cancelled(cancel))
            return {};
        if (entry.fileName().startsWith(QLatin1Char('.')) || m_excluded.contains(entry.absoluteFilePath()))
            continue;
        if (entry.isDir()) {
            if (auto r = walk(entry.absoluteFilePath(), seenDirs, report, cancel, visitedFiles); !r)
                return r;
            continue;
        }
        if (!DocumentOpener::isSupportedSuffix(entry.fileName()))
            continue;
        const QString target = entry.canonicalFilePath();
        if (target.isEmpty()) {   // dangling symlink
            ++report.skipped;
            continue;
        }
        if (visitedFiles)
            visitedFiles->insert(target);
        if (auto r = visitFile(target, false, report); !r)
            return r;
    }
    return {};
}

Result<void> LibraryScanner::visitFile(const QString &path, bool explicitInput, ScanReport &report)
{
    if (!isRegularFile(path)) {
        ++report.skipped;
        if (explicitInput)
            report.problems << PageLens::tr("%1 is not a regular file.").arg(path);
        log::library()->info("skipping {} (not a regular file)", log::s(path));
        return {};
    }
    const QFileInfo info(path);
    auto existing = m_catalog->documentByPath(path);
    if (existing && existing->size == info.size() && existing->modified == info.lastModified()) {
        ++report.unchanged;
        return {};
    }

    auto hash = hashFile(path);
    if (!hash) {
        ++report.skipped;
        report.problems << hash.error().message;
        return {};
    }

    if (existing) {
        DocumentInfo doc = *existing;
        doc.size = info.size();
        doc.modified = info.lastModified();
        if (doc.hash == *hash) {
            ++report.unchanged;   // touched, not changed
        } else {
            doc.hash = *hash;
            doc.kind = DocumentOpener::kindOf(path);
            doc.status = DocumentStatus::Pending;
            doc.error.clear();
            ++report.changed;
            log::library()->info("{} changed: re-indexing", log::s(path));
        }
        return m_catalog->updateDocument(doc);
    }

    // Same content under another path: a move when the old path is gone, otherwise a copy we index once.
    auto sameContent = m_catalog->documentsByHash(*hash);
    if (!sameContent)
        return tl::unexpected(sameContent.error());
    for (DocumentInfo doc : *sameContent) {
        if (!QFileInfo::exists(doc.path)) {
            doc.path = path;
            doc.size = info.size();
            doc.modified = info.lastModified();
            ++report.moved;
            log::library()->info("{} moved to {}", log::s(doc.path), log::s(path));
            return m_catalog->updateDocument(doc);
        }
    }
    if (!sameContent->isEmpty()) {
        ++report.duplicates;
        log::library()->info("{} has the same content as {}: indexed once", log::s(path),
                             log::s(sameContent->first().path));
        return {};
    }

    DocumentInfo doc;
    doc.path = path;
    doc.hash = *hash;
    doc.size = info.size();
    doc.modified = info.lastModified();
    doc.kind = DocumentOpener::kindOf(path);
    doc.status = DocumentStatus::Pending;
    if (auto id = m_catalog->insertDocument(doc); !id)
        return tl::unexpected(id.error());
    ++report.added;
    return {};
}

} // namespace PageLens
