// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>
#include <optional>

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <QString>

#include "core/common/result.h"
#include "core/library/libraryscanner.h"
#include "core/model/documentinfo.h"
#include "core/model/privacy.h"
#include "core/model/pagerecord.h"

namespace PageLens {

class Catalog;
class PageVectorIndex;
class LatePatchIndex;

/** What Library::remove() did. */
struct RemoveReport {
    int documents = 0;      // documents taken out of the library
    int folders = 0;        // watched folders no longer watched
    QStringList problems;   // one sentence per input that was not in the library
};

/**
 * A library: a folder holding its catalog and indexes. The entry point for the GUI and the CLI.
 * Every call is thread-safe and may block (SQL, file system): call it off the GUI thread.
 */
class Library
{
public:
    /**
     * Opens the library. When no other process is writing to it, documents a killed run left
     * "indexing" go back to pending (interruptedReset() says how many).
     */
    static Result<std::shared_ptr<Library>> open(const QString &directory);
    ~Library();

    QString directory() const;
    /** The folder or catalog cannot be written: reads work, every write fails (Error::Code::ReadOnly). */
    bool isReadOnly() const;
    /** Why writes fail in a read-only library; the error every write returns. */
    Error readOnlyError() const;
    /** Documents found "indexing" when the library was opened, set back to pending. */
    int interruptedReset() const { return m_interruptedReset; }
    std::shared_ptr<Catalog> catalog() const { return m_catalog; }

    /** Adds files and folders (folders are watched); new and changed documents become pending. */
    Result<ScanReport> add(const QStringList &paths, const std::atomic_bool *cancel = nullptr);
    /** Brings the catalog in line with the watched folders and known files. */
    Result<ScanReport> rescan(const std::atomic_bool *cancel = nullptr);
    /**
     * Takes documents and folders out of the library (the files stay): a document path, a folder
     * (every document below it; a watched one is no longer watched). What lies inside a folder
     * still watched is remembered as removed, so rescans do not bring it back; adding it again does.
     */
    Result<RemoveReport> remove(const QStringList &paths);
    /** Sends documents back to pending (errors cleared) so the next run reads them again. */
    Result<void> reindex(const QVector<qint64> &documentIds);

    Result<QVector<DocumentInfo>> documents() const;
    Result<QStringList> folders() const;
    Result<QVector<PageRecord>> pages(qint64 documentId) const;
    Result<PageRecord> page(const PageRef &ref) const;

    /** The embedding model and dimension the library's vectors were made with ("model/dim"), empty if none. */
    Result<QString> embeddingModel() const;
    /** The dense index, opened (or rebuilt from the catalog) for the library's embedding dimension. */
    Result<PageVectorIndex *> vectors(int dim);
    /** Brings an open dense index in line with the catalog (after rescans and re-indexing). */
    Result<void> refreshVectors();

    /** The late-interaction page vectors (opened on first use; empty until a late server embedded pages). */
    Result<LatePatchIndex *> latePatches();

    /** What may leave the machine for this library (default: page images, always after a consent preview). */
    Result<Privacy> privacy() const;
    /** The privacy someone chose for this library, or none yet (the GUI asks before anything leaves). */
    Result<std::optional<Privacy>> chosenPrivacy() const;
    Result<void> setPrivacy(Privacy privacy);

    /** A password for this session only (never stored); the document goes back to pending. */
    Result<void> setPassword(qint64 documentId, const QString &password);
    QString password(qint64 documentId) const;
    QHash<qint64, QString> passwords() const;

private:
    explicit Library(std::shared_ptr<Catalog> catalog);

    std::shared_ptr<Catalog> m_catalog;
    std::unique_ptr<PageVectorIndex> m_vectors;
    int m_interruptedReset = 0;
    std::unique_ptr<LatePatchIndex> m_late;
    bool m_lateOpen = false;
    mutable QMutex m_mutex;
    QHash<qint64, QString> m_passwords;
};

} // namespace PageLens
