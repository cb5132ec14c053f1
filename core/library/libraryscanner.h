// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>

#include <QSet>
#include <QStringList>

#include "core/common/result.h"

namespace PageLens {

class Catalog;

/** What a scan changed in the catalog. */
struct ScanReport {
    int added = 0;
    int changed = 0;     // content changed: back to pending
    int unchanged = 0;
    int moved = 0;       // same content found under a new path
    int removed = 0;     // file gone: left the index
    int duplicates = 0;  // same content as a document already in the library: indexed once
    int skipped = 0;     // not a regular file, unreadable, symlink loop
    QStringList problems;   // one sentence per skipped explicit input
    bool anyChange() const { return added || changed || moved || removed; }
};

/**
 * Brings the catalog in line with the file system: walks files and folders (recursively, symlink
 * loops and non-regular files skipped), identifies documents by content hash, and touches only
 * what changed (size and mtime first, then the hash).
 */
class LibraryScanner
{
public:
    explicit LibraryScanner(std::shared_ptr<Catalog> catalog);

    /** Adds files and folders; folders are remembered (watched) for later rescans. */
    Result<ScanReport> add(const QStringList &paths, const std::atomic_bool *cancel = nullptr);
    /** Re-walks the remembered folders and re-checks every known document. */
    Result<ScanReport> rescan(const std::atomic_bool *cancel = nullptr);

    static Result<QString> hashFile(const QString &path);

private:
    Result<void> visitFile(const QString &path, bool explicitInput, ScanReport &report);
    Result<void> walk(const QString &dir, QSet<QString> &seenDirs, ScanReport &report, const std::atomic_bool *cancel,
                      QSet<QString> *visitedFiles = nullptr);

    std::shared_ptr<Catalog> m_catalog;
    QSet<QString> m_excluded;   // removed from the library by hand: walks skip them
};

} // namespace PageLens
