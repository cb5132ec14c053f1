// SPDX-License-Identifier: MIT
#include "core/library/catalog.h"
#include "core/library/catalogschema.h"

#include <atomic>
#include <map>

#include <unistd.h>

#include <QCoreApplication>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include "core/common/log.h"

namespace PageLens {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PageLens", text); }

/** Closes this thread's connections when the thread ends, so a reused thread id never meets a stale one. */
struct ThreadConnections {
    std::map<QString, QString> names;   // catalog prefix -> connection name
    void closeAll()
    {
        for (const auto &[prefix, name] : names) {
            { QSqlDatabase::database(name, false).close(); }
            QSqlDatabase::removeDatabase(name);
        }
        names.clear();
    }
    ~ThreadConnections() { closeAll(); }
};

thread_local ThreadConnections t_connections;

/** SQLITE_CORRUPT and SQLITE_NOTADB: the file is no (longer a) database. */
bool isDamage(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26");
}

tl::unexpected<Error> dbError(const QSqlQuery &query, const char *what)
{
    const QString detail = QStringLiteral("%1: %2").arg(QLatin1String(what), query.lastError().text());
    if (isDamage(query.lastError()))
        return fail(Error::Code::CatalogDamaged, Catalog::damagedMessage(query.lastError().databaseText()), detail);
    return fail(Error::Code::Database, PageLens::tr("The library catalog could not be updated."), detail);
}

QString pageErrorsToJson(const QMap<int, QString> &errors)
{
    if (errors.isEmpty())
        return QString();
    QJsonObject object;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        object.insert(QString::number(it.key()), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<int, QString> pageErrorsFromJson(const QString &json)
{
    QMap<int, QString> errors;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        errors.insert(it.key().toInt(), it.value().toString());
    return errors;
}

/**
 * A damaged file SQLite would still open: empty (SQLite takes 0 bytes for a new database), not
 * starting with the SQLite header, or shorter than the pages its header counts (truncated).
 * Returns the reason, empty when the file looks whole. Reads the 100-byte header only.
 */
QString headerProblem(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QString();
    if (!file.open(QIODevice::ReadOnly))
        return PageLens::tr("it cannot be read (%1)").arg(file.errorString());
    const qint64 size = file.size();
    if (size == 0)
        return PageLens::tr("the file is empty");
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return PageLens::tr("it is not an SQLite database");
    auto be32 = [&header](int at) {
        return (quint32(quint8(header[at])) << 24) | (quint32(quint8(header[at + 1])) << 16)
               | (quint32(quint8(header[at + 2])) << 8) | quint32(quint8(header[at + 3]));
    };
    quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = be32(28);
    // The header's page count is valid when its change counter matches "version-valid-for" (file format).
    const bool countValid = pageCount > 0 && be32(24) == be32(92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return PageLens::tr("its header is damaged");
    // With a write-ahead log in use the main file may lag behind it; the log is checked by SQLite.
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return QString();
    if (size % pageSize != 0 || (countValid && qint64(pageCount) * pageSize > size))
        return PageLens::tr("the file is truncated (%1 bytes)").arg(size);
    return QString();
}

/**
 * Makes a new catalog with its whole schema beside `path` and renames it into place, so a
 * catalog file exists only once it is complete: SQLite creates its file empty and writes the
 * schema later, and a process killed in between would leave an empty file that can no longer be
 * told from a damaged one. Another process creating the same library at once wins the rename;
 * its catalog is then used.
 */
Result<void> createWhole(const QString &path)
{
    const QString unique = QStringLiteral("%1.%2.%3.new").arg(path).arg(QCoreApplication::applicationPid()).arg(quintptr(QThread::currentThreadId()));
    const QString connection = QStringLiteral("create-") + unique;
    Result<void> made;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(unique);
        if (!db.open())
            made = fail(Error::Code::Database, PageLens::tr("The library catalog %1 cannot be created.").arg(path), db.lastError().text());
        else
            made = CatalogSchema::migrate(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (made && !QFile::rename(unique, path) && !QFileInfo::exists(path))
        made = fail(Error::Code::Io, PageLens::tr("The library catalog %1 cannot be created.").arg(path), unique);
    QFile::remove(unique);   // when another process's catalog won, or creating it failed
    QFile::remove(unique + QStringLiteral("-journal"));
    return made;
}

bool exec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql)) {
        log::library()->error("SQL failed: {} ({})", log::s(sql.left(120)), log::s(query.lastError().text()));
        return false;
    }
    return true;
}

DocumentInfo documentFromQuery(const QSqlQuery &q)
{
    DocumentInfo d;
    d.id = q.value(0).toLongLong();
    d.path = q.value(1).toString();
    d.hash = q.value(2).toString();
    d.size = q.value(3).toLongLong();
    d.modified = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong());
    d.kind = q.value(5).toString();
    d.status = documentStatusFromString(q.value(6).toString());
    d.pageCount = q.value(7).toInt();
    d.error = q.value(8).toString();
    d.pageErrors = pageErrorsFromJson(q.value(9).toString());
    d.scanned = q.value(10).toBool();
    return d;
}

// `scanned` is read from the pages (no text layer anywhere, OCR found words somewhere), so it is never stale.
const char *documentColumns = "id, path, hash, size, mtime, kind, status, page_count, error, page_errors, "
                              "(SELECT COALESCE(SUM(text_source = 'text'), 0) = 0 AND COALESCE(SUM(text_source = 'ocr' AND text != ''), 0) > 0 "
                              "FROM pages WHERE pages.document_id = documents.id)";

/** Binds path, hash, size, mtime, kind, status, page count, error in that order. */
void bindDocument(QSqlQuery &q, const DocumentInfo &doc)
{
    q.addBindValue(doc.path);
    q.addBindValue(doc.hash);
    q.addBindValue(doc.size);
    q.addBindValue(doc.modified.toMSecsSinceEpoch());
    q.addBindValue(doc.kind);
    q.addBindValue(toString(doc.status));
    q.addBindValue(doc.pageCount);
    q.addBindValue(doc.error);
    q.addBindValue(pageErrorsToJson(doc.pageErrors));
}

PageText::Source sourceFromString(const QString &s)
{
    if (s == QLatin1String("text")) return PageText::Source::TextLayer;
    if (s == QLatin1String("ocr")) return PageText::Source::Ocr;
    return PageText::Source::None;
}

QString sourceToString(PageText::Source s)
{
    switch (s) {
    case PageText::Source::TextLayer: return QStringLiteral("text");
    case PageText::Source::Ocr: return QStringLiteral("ocr");
    case PageText::Source::None: break;
    }
    return QStringLiteral("none");
}

} // namespace

Catalog::Catalog(QString directory, bool readOnly)
    : m_directory(std::move(directory))
    , m_readOnly(readOnly)
    , m_connectionPrefix(QStringLiteral("catalog-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

Catalog::~Catalog()
{
    // Connections of other threads close when those threads end; this thread's closes now.
    auto it = t_connections.names.find(m_connectionPrefix);
    if (it != t_connections.names.end()) {
        const QString name = it->second;
        t_connections.names.erase(it);
        { QSqlDatabase::database(name, false).close(); }
        QSqlDatabase::removeDatabase(name);
    }
}

void Catalog::closeThreadConnections()
{
    t_connections.closeAll();
}

QString Catalog::filePath() const
{
    return m_directory + QStringLiteral("/catalog.sqlite");
}

QSqlDatabase Catalog::database() const
{
    auto it = t_connections.names.find(m_connectionPrefix);
    if (it != t_connections.names.end())
        return QSqlDatabase::database(it->second);

    static std::atomic<quint64> counter{0};
    const QString name = m_connectionPrefix + QLatin1Char('-') + QString::number(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (m_readOnly) {
        // SQLite cannot make the WAL's shared-memory file in a folder it cannot write; nobody can
        // be writing there either, so a catalog without a pending log is read as immutable.
        const bool folderWritable = ::access(QFile::encodeName(m_directory).constData(), W_OK) == 0;
        const bool pendingLog = QFileInfo(filePath() + QStringLiteral("-wal")).size() > 0;
        db.setDatabaseName(QUrl::fromLocalFile(filePath()).toString(QUrl::FullyEncoded)
                           + (folderWritable || pendingLog ? QStringLiteral("?mode=ro") : QStringLiteral("?immutable=1")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000;QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
    } else {
        db.setDatabaseName(filePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    }
    if (!db.open()) {
        log::library()->error("cannot open catalog {}: {}", log::s(filePath()), log::s(db.lastError().text()));
    } else if (m_readOnly) {
        QSqlQuery q(db);
        exec(q, QStringLiteral("PRAGMA foreign_keys=ON"));
    } else {
        QSqlQuery q(db);
        exec(q, QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(q, QStringLiteral("PRAGMA synchronous=NORMAL"));
        exec(q, QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    t_connections.names[m_connectionPrefix] = name;
    return db;
}

QString Catalog::damagedMessage(const QString &reason)
{
    return PageLens::tr("The library catalog is damaged: %1. Run `pagelens-cli repair` to rebuild it "
              "(the damaged file is kept).").arg(reason);
}

bool Catalog::isWritable(const QString &directory)
{
    // access() answers for this process (root writes where the mode bits say no).
    const QString catalogPath = QDir(directory).filePath(QStringLiteral("catalog.sqlite"));
    return ::access(QFile::encodeName(directory).constData(), W_OK) == 0
           && (!QFileInfo::exists(catalogPath) || ::access(QFile::encodeName(catalogPath).constData(), W_OK) == 0);
}

Result<std::shared_ptr<Catalog>> Catalog::open(const QString &directory)
{
    const QString dir = QDir(directory).absolutePath();
    const QString path = QDir(dir).filePath(QStringLiteral("catalog.sqlite"));
    const bool exists = QFileInfo::exists(path);
    if (!exists && !QDir().mkpath(dir))
        return fail(Error::Code::Io, PageLens::tr("The library folder %1 cannot be created.").arg(dir));
    if (const QString problem = headerProblem(path); !problem.isEmpty())
        return fail(Error::Code::CatalogDamaged, damagedMessage(problem), path);
    const bool readOnly = !isWritable(dir);
    if (readOnly && !exists)
        return fail(Error::Code::ReadOnly, PageLens::tr("There is no library in %1, and it cannot be created there (the folder "
                                              "cannot be written).").arg(dir));
    if (!exists) {
        if (auto created = createWhole(path); !created)
            return tl::unexpected(created.error());
    }
    std::shared_ptr<Catalog> catalog(new Catalog(dir, readOnly));
    if (!catalog->database().isOpen()) {
        const QSqlError error = catalog->database().lastError();
        if (isDamage(error))
            return fail(Error::Code::CatalogDamaged, damagedMessage(error.databaseText()), error.text());
        return fail(Error::Code::Database, PageLens::tr("The library catalog in %1 cannot be opened.").arg(dir), error.text());
    }
    if (readOnly) {
        QSqlQuery q(catalog->database());
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return isDamage(q.lastError())
                       ? fail(Error::Code::CatalogDamaged, damagedMessage(q.lastError().databaseText()), q.lastError().text())
                       : fail(Error::Code::Database, PageLens::tr("The library catalog in %1 cannot be read.").arg(dir), q.lastError().text());
        if (q.value(0).toInt() != CatalogSchema::currentVersion())
            return fail(Error::Code::ReadOnly, PageLens::tr("The library in %1 is read-only and was written by another version of "
                                                  "PageLens, so it cannot be upgraded to be read.").arg(dir));
        log::library()->info("catalog {} opened read-only", log::s(path));
        return catalog;
    }
    if (auto migrated = CatalogSchema::migrate(catalog->database()); !migrated)
        return tl::unexpected(migrated.error());
    return catalog;
}

Result<void> Catalog::addFolder(const QString &path)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO folders(path) VALUES (?)"));
    q.addBindValue(path);
    if (!q.exec())
        return dbError(q, "addFolder");
    return {};
}

Result<QStringList> Catalog::folders() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT path FROM folders ORDER BY path")))
        return dbError(q, "folders");
    QStringList result;
    while (q.next())
        result << q.value(0).toString();
    return result;
}

Result<void> Catalog::removeFolder(const QString &path)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM folders WHERE path = ?"));
    q.addBindValue(path);
    if (!q.exec())
        return dbError(q, "removeFolder");
    return {};
}

Result<QStringList> Catalog::excludedPaths() const
{
    auto value = setting(QStringLiteral("scan.excluded"));
    if (!value)
        return tl::unexpected(value.error());
    return value->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

Result<void> Catalog::setExcludedPaths(const QStringList &paths)
{
    return setSetting(QStringLiteral("scan.excluded"), paths.join(QLatin1Char('\n')));
}

Result<QVector<DocumentInfo>> Catalog::documents() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM documents ORDER BY path").arg(QLatin1String(documentColumns))))
        return dbError(q, "documents");
    QVector<DocumentInfo> result;
    while (q.next())
        result << documentFromQuery(q);
    return result;
}

Result<DocumentInfo> Catalog::document(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM documents WHERE id = ?").arg(QLatin1String(documentColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return dbError(q, "document");
    if (!q.next())
        return fail(Error::Code::NotFound, PageLens::tr("The document is not in the library."));
    return documentFromQuery(q);
}

Result<DocumentInfo> Catalog::documentByPath(const QString &path) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM documents WHERE path = ?").arg(QLatin1String(documentColumns)));
    q.addBindValue(path);
    if (!q.exec())
        return dbError(q, "documentByPath");
    if (!q.next())
        return fail(Error::Code::NotFound, PageLens::tr("%1 is not in the library.").arg(path));
    return documentFromQuery(q);
}

Result<QVector<DocumentInfo>> Catalog::documentsByHash(const QString &hash) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM documents WHERE hash = ?").arg(QLatin1String(documentColumns)));
    q.addBindValue(hash);
    if (!q.exec())
        return dbError(q, "documentsByHash");
    QVector<DocumentInfo> result;
    while (q.next())
        result << documentFromQuery(q);
    return result;
}

Result<qint64> Catalog::insertDocument(const DocumentInfo &doc)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO documents(path, hash, size, mtime, kind, status, page_count, error, page_errors) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindDocument(q, doc);
    if (!q.exec())
        return dbError(q, "insertDocument");
    return q.lastInsertId().toLongLong();
}

Result<void> Catalog::updateDocument(const DocumentInfo &doc)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE documents SET path = ?, hash = ?, size = ?, mtime = ?, kind = ?, status = ?, "
                             "page_count = ?, error = ?, page_errors = ? WHERE id = ?"));
    bindDocument(q, doc);
    q.addBindValue(doc.id);
    if (!q.exec())
        return dbError(q, "updateDocument");
    return {};
}

Result<void> Catalog::setStatus(qint64 id, DocumentStatus status, const QString &error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE documents SET status = ?, error = ?, page_errors = NULL WHERE id = ?"));
    q.addBindValue(toString(status));
    q.addBindValue(error);
    q.addBindValue(id);
    if (!q.exec())
        return dbError(q, "setStatus");
    return {};
}

Result<void> Catalog::removeDocument(qint64 id)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM documents WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return dbError(q, "removeDocument");
    return {};
}

Result<void> Catalog::commitDocument(const DocumentInfo &doc, const QVector<PageRecord> &pages)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(Error::Code::Database, PageLens::tr("The library catalog is locked."), db.lastError().text());
    QSqlQuery q(db);
    auto rollback = [&](const char *what) {
        auto error = dbError(q, what);
        db.rollback();
        return error;
    };
    // Pages read again from the same content (a new reader, a retry) keep their captions and
    // vectors: model work is never thrown away or sent twice. Other content starts afresh.
    q.prepare(QStringLiteral("SELECT pages_hash FROM documents WHERE id = ?"));
    q.addBindValue(doc.id);
    if (!q.exec())
        return rollback("commitDocument read");
    const bool sameContent = q.next() && !doc.hash.isEmpty() && q.value(0).toString() == doc.hash;
    q.finish();
    q.prepare(sameContent ? QStringLiteral("DELETE FROM pages WHERE document_id = ? AND page >= ?")
                          : QStringLiteral("DELETE FROM pages WHERE document_id = ? AND ? >= 0"));
    q.addBindValue(doc.id);
    q.addBindValue(int(pages.size()));
    if (!q.exec())
        return rollback("commitDocument delete");
    q.prepare(QStringLiteral("INSERT INTO pages(document_id, page, width, height, rotation, text_source, text, words, caption) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT(document_id, page) DO UPDATE SET width = excluded.width, height = excluded.height, "
                             "rotation = excluded.rotation, text_source = excluded.text_source, text = excluded.text, "
                             "words = excluded.words"));
    for (const PageRecord &page : pages) {
        q.addBindValue(doc.id);
        q.addBindValue(page.ref.page);
        q.addBindValue(page.size.width());
        q.addBindValue(page.size.height());
        q.addBindValue(page.rotation);
        q.addBindValue(sourceToString(page.text.source));
        // A null QString binds as SQL NULL; these columns are NOT NULL.
        q.addBindValue(page.text.text.isNull() ? QStringLiteral("") : page.text.text);
        q.addBindValue(encodeWords(page.text.words));
        q.addBindValue(page.caption.isNull() ? QStringLiteral("") : page.caption);
        if (!q.exec())
            return rollback("commitDocument insert");
    }
    q.prepare(QStringLiteral("UPDATE documents SET status = ?, error = ?, page_errors = ?, page_count = ?, hash = ?, size = ?, "
                             "mtime = ?, kind = ?, indexed_at = strftime('%s','now'), pages_hash = ? WHERE id = ?"));
    q.addBindValue(toString(doc.status));
    q.addBindValue(doc.error);
    q.addBindValue(pageErrorsToJson(doc.pageErrors));
    q.addBindValue(doc.pageCount);
    q.addBindValue(doc.hash);
    q.addBindValue(doc.size);
    q.addBindValue(doc.modified.toMSecsSinceEpoch());
    q.addBindValue(doc.kind);
    q.addBindValue(doc.hash);
    q.addBindValue(doc.id);
    if (!q.exec())
        return rollback("commitDocument update");
    if (!db.commit())
        return fail(Error::Code::Database, PageLens::tr("The library catalog could not be updated."), db.lastError().text());
    return {};
}

Result<int> Catalog::resetInterrupted()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("UPDATE documents SET status = 'pending' WHERE status = 'indexing'")))
        return dbError(q, "resetInterrupted");
    return q.numRowsAffected();
}

namespace {

const char *pageColumns = "id, document_id, page, width, height, rotation, text_source, text, caption";

PageRecord pageFromQuery(const QSqlQuery &q, bool withWords)
{
    PageRecord p;
    p.id = q.value(0).toLongLong();
    p.ref = {q.value(1).toLongLong(), q.value(2).toInt()};
    p.size = QSizeF(q.value(3).toDouble(), q.value(4).toDouble());
    p.rotation = q.value(5).toInt();
    p.text.source = sourceFromString(q.value(6).toString());
    p.text.text = q.value(7).toString();
    p.caption = q.value(8).toString();
    if (withWords)
        p.text.words = Catalog::decodeWords(q.value(9).toByteArray());
    return p;
}

} // namespace

Result<PageRecord> Catalog::page(const PageRef &ref) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1, words FROM pages WHERE document_id = ? AND page = ?").arg(QLatin1String(pageColumns)));
    q.addBindValue(ref.documentId);
    q.addBindValue(ref.page);
    if (!q.exec())
        return dbError(q, "page");
    if (!q.next())
        return fail(Error::Code::NotFound, PageLens::tr("Page %1 is not in the library.").arg(ref.page + 1));
    return pageFromQuery(q, true);
}

Result<PageRecord> Catalog::pageById(qint64 pageId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1, words FROM pages WHERE id = ?").arg(QLatin1String(pageColumns)));
    q.addBindValue(pageId);
    if (!q.exec())
        return dbError(q, "pageById");
    if (!q.next())
        return fail(Error::Code::NotFound, PageLens::tr("The page is not in the library."));
    return pageFromQuery(q, true);
}

Result<QVector<PageRecord>> Catalog::pages(qint64 documentId, bool withWords) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1%2 FROM pages WHERE document_id = ? ORDER BY page")
                  .arg(QLatin1String(pageColumns), withWords ? QStringLiteral(", words") : QString()));
    q.addBindValue(documentId);
    if (!q.exec())
        return dbError(q, "pages");
    QVector<PageRecord> result;
    while (q.next())
        result << pageFromQuery(q, withWords);
    return result;
}

Result<void> Catalog::setCaption(qint64 pageId, const QString &caption, const QString &model)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE pages SET caption = ?, caption_model = ? WHERE id = ?"));
    q.addBindValue(caption.isNull() ? QStringLiteral("") : caption);
    q.addBindValue(model);
    q.addBindValue(pageId);
    if (!q.exec())
        return dbError(q, "setCaption");
    return {};
}

Result<QString> Catalog::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return dbError(q, "setting");
    return q.next() ? q.value(0).toString() : fallback;
}

Result<void> Catalog::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return dbError(q, "setSetting");
    return {};
}

namespace {

/** Pages of indexed documents matching `condition`, oldest first. */
Result<QVector<PageWork>> pageWork(QSqlDatabase db, const QString &joins, const QString &condition, int limit,
                                   const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT p.id, p.document_id, p.page, d.path, d.kind, p.text, p.caption FROM pages p"
                             " JOIN documents d ON d.id = p.document_id %1"
                             " WHERE d.status IN ('indexed', 'partial') AND %2 ORDER BY p.id LIMIT ?")
                  .arg(joins, condition));
    for (const QVariant &value : binds)
        q.addBindValue(value);
    q.addBindValue(limit);
    if (!q.exec())
        return dbError(q, "pageWork");
    QVector<PageWork> result;
    while (q.next())
        result << PageWork{q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toInt()}, q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
    return result;
}

} // namespace

Result<void> Catalog::replaceDetections(qint64 pageId, const QString &prompt, const QString &model,
                                       const QVector<Detection> &detections)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(Error::Code::Database, PageLens::tr("The library catalog is locked."), db.lastError().text());
    QSqlQuery q(db);
    auto rollback = [&](const char *what) {
        auto error = dbError(q, what);
        db.rollback();
        return error;
    };
    q.prepare(QStringLiteral("DELETE FROM detections WHERE page_id = ? AND prompt = ?"));
    q.addBindValue(pageId);
    q.addBindValue(prompt);
    if (!q.exec())
        return rollback("replaceDetections delete");
    q.prepare(QStringLiteral("INSERT INTO detections(page_id, prompt, model, label, box_left, box_top, box_right, box_bottom,"
                             "ymin, xmin, ymax, xmax, mask, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Detection &d : detections) {
        q.addBindValue(pageId);
        q.addBindValue(prompt);
        q.addBindValue(model);
        q.addBindValue(d.label.isNull() ? QStringLiteral("") : d.label);
        q.addBindValue(d.box.left);
        q.addBindValue(d.box.top);
        q.addBindValue(d.box.right);
        q.addBindValue(d.box.bottom);
        for (int v : d.box2d)
            q.addBindValue(v);
        q.addBindValue(d.mask.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(d.mask));
        q.addBindValue(now);
        if (!q.exec())
            return rollback("replaceDetections insert");
    }
    // The page counts as detected with this prompt even when nothing was found.
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO detection_runs(page_id, prompt, model, detected_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(pageId);
    q.addBindValue(prompt);
    q.addBindValue(model);
    q.addBindValue(now);
    if (!q.exec())
        return rollback("replaceDetections run");
    if (!db.commit())
        return fail(Error::Code::Database, PageLens::tr("The library catalog could not be updated."), db.lastError().text());
    return {};
}

Result<QVector<Detection>> Catalog::detections(qint64 pageId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT label, box_left, box_top, box_right, box_bottom, ymin, xmin, ymax, xmax, mask, model, prompt,"
                             "detected_at FROM detections WHERE page_id = ? ORDER BY id"));
    q.addBindValue(pageId);
    if (!q.exec())
        return dbError(q, "detections");
    QVector<Detection> found;
    while (q.next()) {
        Detection d;
        d.label = q.value(0).toString();
        d.box = {q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toDouble(), q.value(4).toDouble()};
        for (int i = 0; i < 4; ++i)
            d.box2d[i] = q.value(5 + i).toInt();
        d.mask = q.value(9).toByteArray();
        d.model = q.value(10).toString();
        d.prompt = q.value(11).toString();
        d.detectedAt = QDateTime::fromMSecsSinceEpoch(q.value(12).toLongLong());
        found << d;
    }
    return found;
}

Result<bool> Catalog::hasDetections() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM detections)")) || !q.next())
        return dbError(q, "hasDetections");
    return q.value(0).toBool();
}

Result<QSet<int>> Catalog::pagesWithDetections(qint64 documentId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT DISTINCT p.page FROM detections d JOIN pages p ON p.id = d.page_id WHERE p.document_id = ?"));
    q.addBindValue(documentId);
    if (!q.exec())
        return dbError(q, "pagesWithDetections");
    QSet<int> pages;
    while (q.next())
        pages.insert(q.value(0).toInt());
    return pages;
}

Result<QVector<PageWork>> Catalog::pagesNeedingCaption(int limit) const
{
    return pageWork(database(), QString(), QStringLiteral("p.caption_model IS NULL"), limit);
}

Result<QVector<PageWork>> Catalog::pagesNeedingEmbedding(int limit, bool captionsFirst) const
{
    // With captions on, a page is embedded once its caption is settled, so the vector covers both.
    return pageWork(database(), QStringLiteral("LEFT JOIN embeddings e ON e.page_id = p.id"),
                    captionsFirst ? QStringLiteral("e.page_id IS NULL AND p.caption_model IS NOT NULL")
                                  : QStringLiteral("e.page_id IS NULL"),
                    limit);
}

Result<QVector<PageWork>> Catalog::indexedPagesAfter(qint64 afterId, int limit) const
{
    return pageWork(database(), QString(), QStringLiteral("p.id > %1").arg(afterId), limit);
}

Result<QVector<PageWork>> Catalog::pagesNeedingDetection(const QString &prompt, qint64 afterId, int limit) const
{
    return pageWork(database(), QStringLiteral("LEFT JOIN detection_runs r ON r.page_id = p.id AND r.prompt = ?"),
                    QStringLiteral("r.page_id IS NULL AND p.id > %1").arg(afterId), limit, {prompt});
}

Result<int> Catalog::countPagesNeedingDetection(const QString &prompt) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*) FROM pages p JOIN documents d ON d.id = p.document_id"
                             " LEFT JOIN detection_runs r ON r.page_id = p.id AND r.prompt = ?"
                             " WHERE d.status IN ('indexed', 'partial') AND r.page_id IS NULL"));
    q.addBindValue(prompt);
    if (!q.exec() || !q.next())
        return dbError(q, "countPagesNeedingDetection");
    return q.value(0).toInt();
}

Result<EgressCounts> Catalog::egressCounts() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM pages p JOIN documents d ON d.id = p.document_id"
            "        WHERE d.status IN ('indexed', 'partial') AND p.caption_model IS NULL),"
            "       (SELECT count(*) FROM pages p JOIN documents d ON d.id = p.document_id"
            "        LEFT JOIN embeddings e ON e.page_id = p.id WHERE d.status IN ('indexed', 'partial') AND e.page_id IS NULL),"
            "       (SELECT coalesce(sum(length(p.text)), 0) FROM pages p JOIN documents d ON d.id = p.document_id"
            "        LEFT JOIN embeddings e ON e.page_id = p.id WHERE d.status IN ('indexed', 'partial') AND e.page_id IS NULL)"))
        || !q.next())
        return dbError(q, "egressCounts");
    return EgressCounts{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toLongLong()};
}

Result<void> Catalog::storeEmbeddings(const QVector<qint64> &pageIds, const QVector<QVector<float>> &vectors,
                                      const QString &model, const QString &libraryModel)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(Error::Code::Database, PageLens::tr("The library catalog is locked."), db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO embeddings(page_id, model, dim, vector) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < pageIds.size() && i < vectors.size(); ++i) {
        q.addBindValue(pageIds[i]);
        q.addBindValue(model);
        q.addBindValue(int(vectors[i].size()));
        q.addBindValue(QByteArray(reinterpret_cast<const char *>(vectors[i].constData()),
                                  qsizetype(vectors[i].size() * sizeof(float))));
        if (!q.exec()) {
            auto error = dbError(q, "storeEmbeddings");
            db.rollback();
            return error;
        }
    }
    if (auto r = setSetting(QStringLiteral("embedding.model"), libraryModel); !r) {
        db.rollback();
        return r;
    }
    if (!db.commit())
        return fail(Error::Code::Database, PageLens::tr("The library catalog could not be updated."), db.lastError().text());
    return {};
}

Result<qint64> Catalog::forEachEmbedding(const std::function<void(qint64, const float *, int)> &visit) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT e.page_id, e.dim, e.vector FROM embeddings e JOIN pages p ON p.id = e.page_id")))
        return dbError(q, "forEachEmbedding");
    qint64 count = 0;
    while (q.next()) {
        const int dim = q.value(1).toInt();
        const QByteArray blob = q.value(2).toByteArray();
        if (blob.size() != qsizetype(dim * sizeof(float)))
            continue;
        visit(q.value(0).toLongLong(), reinterpret_cast<const float *>(blob.constData()), dim);
        ++count;
    }
    return count;
}

Result<void> Catalog::clearEmbeddings()
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(Error::Code::Database, PageLens::tr("The library catalog is locked."), db.lastError().text());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM embeddings"))
        || !q.exec(QStringLiteral("DELETE FROM settings WHERE key = 'embedding.model'"))) {
        auto error = dbError(q, "clearEmbeddings");
        db.rollback();
        return error;
    }
    if (!db.commit())
        return fail(Error::Code::Database, PageLens::tr("The library catalog could not be updated."), db.lastError().text());
    return {};
}

QByteArray Catalog::encodeWords(const Words &words)
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint32(words.size());
    for (const Word &w : words)
        out << w.text << float(w.box.left) << float(w.box.top) << float(w.box.right) << float(w.box.bottom) << w.confidence;
    return blob;
}

Words Catalog::decodeWords(const QByteArray &blob)
{
    Words words;
    if (blob.isEmpty())
        return words;
    QDataStream in(blob);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 count = 0;
    in >> count;
    words.reserve(int(std::min<quint32>(count, 1u << 20)));
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Word w;
        float l, t, r, b;
        in >> w.text >> l >> t >> r >> b >> w.confidence;
        w.box = {l, t, r, b};
        words << w;
    }
    return words;
}

} // namespace PageLens
