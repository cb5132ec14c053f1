// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include "core/common/result.h"
#include "core/model/detection.h"
#include "core/model/documentinfo.h"
#include "core/model/pagerecord.h"

namespace PageLens {

/** A page waiting for model work (caption, embedding). */
struct PageWork {
    qint64 pageId = 0;
    PageRef ref;
    QString path;
    QString kind;
    QString text;
    QString caption;
};

/** What is not yet sent to a model service. */
struct EgressCounts {
    int pagesWithoutCaption = 0;
    int pagesWithoutEmbedding = 0;
    qint64 textCharsWithoutEmbedding = 0;
};

/**
 * The library's SQLite catalog (WAL): documents, pages with text, words and captions, an FTS5
 * index over text and captions, and library settings. Thread-safe: every thread gets its own
 * connection to the same file; SQLite serialises the writers.
 */
class Catalog
{
public:
    /**
     * Opens (creating and migrating when needed) `catalog.sqlite` in `directory`. A damaged file
     * (empty, not SQLite, truncated) fails with Error::Code::CatalogDamaged and is left as it is.
     * When the folder or the catalog cannot be written, the catalog opens read-only: nothing is
     * written, not even the journal mode, and every write fails.
     */
    static Result<std::shared_ptr<Catalog>> open(const QString &directory);
    ~Catalog();

    /** "The library catalog is damaged: <reason>. Run `pagelens-cli repair` …" */
    static QString damagedMessage(const QString &reason);
    /** Whether this process can write `directory` (and its catalog, when there is one). */
    static bool isWritable(const QString &directory);

    QString directory() const { return m_directory; }
    bool isReadOnly() const { return m_readOnly; }
    QString filePath() const;
    /** This thread's connection (opened on first use). */
    QSqlDatabase database() const;
    /**
     * Closes every catalog connection of the calling thread. Pool threads call it when a task ends:
     * QThreadPool reports a thread finished before its thread_local destructors run, so closing in
     * those destructors can race with the process exit.
     */
    static void closeThreadConnections();

    // Folders the library watches.
    Result<void> addFolder(const QString &path);
    Result<QStringList> folders() const;
    /** Stops watching `path` (a folder); documents are not touched. */
    Result<void> removeFolder(const QString &path);
    /** Files and folders inside watched folders that were removed from the library: scans skip them. */
    Result<QStringList> excludedPaths() const;
    Result<void> setExcludedPaths(const QStringList &paths);

    // Documents.
    Result<QVector<DocumentInfo>> documents() const;
    Result<DocumentInfo> document(qint64 id) const;
    Result<DocumentInfo> documentByPath(const QString &path) const;
    Result<QVector<DocumentInfo>> documentsByHash(const QString &hash) const;
    Result<qint64> insertDocument(const DocumentInfo &doc);
    /** Updates path, hash, size, mtime, kind, status, page count and error of `doc.id`. */
    Result<void> updateDocument(const DocumentInfo &doc);
    Result<void> setStatus(qint64 id, DocumentStatus status, const QString &error = {});
    Result<void> removeDocument(qint64 id);
    /** Replaces every page of a document in one transaction and marks it indexed. */
    Result<void> commitDocument(const DocumentInfo &doc, const QVector<PageRecord> &pages);
    /** Documents left "indexing" by a crash go back to pending. */
    Result<int> resetInterrupted();

    // Pages.
    Result<PageRecord> page(const PageRef &ref) const;
    Result<PageRecord> pageById(qint64 pageId) const;
    Result<QVector<PageRecord>> pages(qint64 documentId, bool withWords = false) const;
    /** Settles a page's caption; `model` marks it done so it is never sent again. */
    Result<void> setCaption(qint64 pageId, const QString &caption, const QString &model);

    // Objects detected on pages.
    /**
     * Replaces the page's detections made with `prompt` in one transaction (other prompts' stay);
     * the label index (`detections_fts`) follows by trigger.
     */
    Result<void> replaceDetections(qint64 pageId, const QString &prompt, const QString &model,
                                   const QVector<Detection> &detections);
    /** Every detection on a page, in the order stored. */
    Result<QVector<Detection>> detections(qint64 pageId) const;
    /** Whether any page of the library has detections. */
    Result<bool> hasDetections() const;
    /** The 0-based numbers of a document's pages that have detections. */
    Result<QSet<int>> pagesWithDetections(qint64 documentId) const;

    // Model work.
    Result<QVector<PageWork>> pagesNeedingCaption(int limit) const;
    Result<QVector<PageWork>> pagesNeedingEmbedding(int limit, bool captionsFirst) const;
    Result<EgressCounts> egressCounts() const;
    /**
     * Pages above `afterId` not yet sent for detection with `prompt` (replaceDetections marks
     * them, objects or not), by id: a run walks past pages whose answer was unusable.
     */
    Result<QVector<PageWork>> pagesNeedingDetection(const QString &prompt, qint64 afterId, int limit) const;
    Result<int> countPagesNeedingDetection(const QString &prompt) const;
    /** Pages of indexed documents with an id above `afterId`, by id (late-interaction embedding walks them). */
    Result<QVector<PageWork>> indexedPagesAfter(qint64 afterId, int limit) const;
    /**
     * Stores vectors and, in the same transaction, records `libraryModel` ("model/dim") as the
     * library's embedding model, so a library never names a model it holds no vectors of.
     */
    Result<void> storeEmbeddings(const QVector<qint64> &pageIds, const QVector<QVector<float>> &vectors,
                                 const QString &model, const QString &libraryModel);
    /** Visits every stored vector (page id, data, dim); returns how many. */
    Result<qint64> forEachEmbedding(const std::function<void(qint64, const float *, int)> &visit) const;
    /** Drops every vector and the recorded embedding model with them. */
    Result<void> clearEmbeddings();

    // Library settings (key/value).
    Result<QString> setting(const QString &key, const QString &fallback = {}) const;
    Result<void> setSetting(const QString &key, const QString &value);

    static QByteArray encodeWords(const Words &words);
    static Words decodeWords(const QByteArray &blob);

private:
    Catalog(QString directory, bool readOnly);

    QString m_directory;
    bool m_readOnly = false;
    QString m_connectionPrefix;
};

} // namespace PageLens
