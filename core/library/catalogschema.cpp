// SPDX-License-Identifier: MIT
#include "core/library/catalogschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "core/common/log.h"
#include "core/library/catalog.h"

namespace PageLens {

namespace {

const QVector<QStringList> &steps()
{
    static const QVector<QStringList> all = {
        // 1: documents, pages with words and captions, embeddings, BM25 and trigram indexes.
        {
            QStringLiteral("CREATE TABLE IF NOT EXISTS settings(key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS folders(id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS documents("
                           "id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, hash TEXT, size INTEGER, mtime INTEGER,"
                           "kind TEXT, status TEXT NOT NULL DEFAULT 'pending', page_count INTEGER NOT NULL DEFAULT 0,"
                           "error TEXT, indexed_at INTEGER)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS documents_hash ON documents(hash)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS pages("
                           "id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                           "page INTEGER NOT NULL, width REAL, height REAL, rotation INTEGER, text_source TEXT,"
                           "text TEXT NOT NULL DEFAULT '', words BLOB, caption TEXT NOT NULL DEFAULT '',"
                           "caption_model TEXT, UNIQUE(document_id, page))"),
            // Dense vectors, the source of truth the FAISS file is rebuilt from.
            QStringLiteral("CREATE TABLE IF NOT EXISTS embeddings("
                           "page_id INTEGER PRIMARY KEY REFERENCES pages(id) ON DELETE CASCADE,"
                           "model TEXT NOT NULL, dim INTEGER NOT NULL, vector BLOB NOT NULL)"),
            // External-content FTS5 over pages: BM25 on text layer + OCR + captions. Porter stemming
            // finds inflected forms (Recall@5 on shared/eval 0.91 -> 1.0, MRR 0.81 -> 0.74; docs/benchmarks.md).
            QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS pages_fts USING fts5(text, caption, content='pages',"
                           "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')"),
            // Chinese and Japanese have no spaces and Korean glues particles to words: word tokens miss
            // them, so such queries go to a trigram index (substring matching) instead.
            QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS pages_trigram USING fts5(text, caption, content='pages',"
                           "content_rowid='id', tokenize='trigram')"),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS pages_ai AFTER INSERT ON pages BEGIN "
                           "INSERT INTO pages_fts(rowid, text, caption) VALUES (new.id, new.text, new.caption);"
                           "INSERT INTO pages_trigram(rowid, text, caption) VALUES (new.id, new.text, new.caption); END"),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS pages_ad AFTER DELETE ON pages BEGIN "
                           "INSERT INTO pages_fts(pages_fts, rowid, text, caption) VALUES ('delete', old.id, old.text, old.caption);"
                           "INSERT INTO pages_trigram(pages_trigram, rowid, text, caption) VALUES ('delete', old.id, old.text, old.caption); END"),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS pages_au AFTER UPDATE OF text, caption ON pages BEGIN "
                           "INSERT INTO pages_fts(pages_fts, rowid, text, caption) VALUES ('delete', old.id, old.text, old.caption);"
                           "INSERT INTO pages_fts(rowid, text, caption) VALUES (new.id, new.text, new.caption);"
                           "INSERT INTO pages_trigram(pages_trigram, rowid, text, caption) VALUES ('delete', old.id, old.text, old.caption);"
                           "INSERT INTO pages_trigram(rowid, text, caption) VALUES (new.id, new.text, new.caption); END"),
        },
        // 2: pages that could not be read are kept per document (JSON: page -> reason), so a
        // document can say "indexed with errors" and which pages.
        {
            QStringLiteral("ALTER TABLE documents ADD COLUMN page_errors TEXT"),
        },
        // 3: word geometry 2 (PDF word boxes from Poppler, exact in every column and page box).
        // `pages_hash` names the content the stored pages were read from, so reading a document
        // again keeps its captions and vectors when the content is the same; PDFs are read once more.
        {
            QStringLiteral("ALTER TABLE documents ADD COLUMN pages_hash TEXT"),
            QStringLiteral("UPDATE documents SET pages_hash = hash WHERE status = 'indexed'"),
            QStringLiteral("UPDATE documents SET status = 'pending' WHERE kind = 'pdf' AND status = 'indexed'"),
        },
        // 4: documents indexed with unreadable pages say so ('partial', with the pages in
        // page_errors). Those indexed before, known only by a count in `error`, are read again.
        {
            QStringLiteral("UPDATE documents SET status = 'pending' WHERE status = 'indexed' AND coalesce(error, '') <> ''"),
        },
        // 5: the agent's conversations (core/agent/ConversationStore): the turns as sent to the model
        // (function calls with their thought signatures, page images left out) and the source ids
        // [S1]... the answers cite, so a conversation resumes where it stopped.
        {
            QStringLiteral("CREATE TABLE IF NOT EXISTS conversations(id TEXT PRIMARY KEY, title TEXT NOT NULL,"
                           "created INTEGER NOT NULL, updated INTEGER NOT NULL, sources TEXT NOT NULL DEFAULT '[]')"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS conversation_turns("
                           "conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
                           "seq INTEGER NOT NULL, role TEXT NOT NULL, question INTEGER NOT NULL DEFAULT 0, parts TEXT NOT NULL,"
                           "PRIMARY KEY(conversation_id, seq))"),
        },
        // 6: objects a model detected on a page: the box on the page as displayed ([0,1], after
        // /Rotate), the model's raw box_2d, an optional segmentation mask (PNG inside the box), and
        // which model and prompt found it. Labels are searchable with the page text's stemming.
        {
            QStringLiteral("CREATE TABLE IF NOT EXISTS detections("
                           "id INTEGER PRIMARY KEY, page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,"
                           "prompt TEXT NOT NULL, model TEXT NOT NULL DEFAULT '', label TEXT NOT NULL,"
                           "box_left REAL NOT NULL, box_top REAL NOT NULL, box_right REAL NOT NULL, box_bottom REAL NOT NULL,"
                           "ymin INTEGER NOT NULL, xmin INTEGER NOT NULL, ymax INTEGER NOT NULL, xmax INTEGER NOT NULL,"
                           "mask BLOB, detected_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS detections_page ON detections(page_id, prompt)"),
            QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS detections_fts USING fts5(label, content='detections',"
                           "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS detections_ai AFTER INSERT ON detections BEGIN "
                           "INSERT INTO detections_fts(rowid, label) VALUES (new.id, new.label); END"),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS detections_ad AFTER DELETE ON detections BEGIN "
                           "INSERT INTO detections_fts(detections_fts, rowid, label) VALUES ('delete', old.id, old.label); END"),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS detections_au AFTER UPDATE OF label ON detections BEGIN "
                           "INSERT INTO detections_fts(detections_fts, rowid, label) VALUES ('delete', old.id, old.label);"
                           "INSERT INTO detections_fts(rowid, label) VALUES (new.id, new.label); END"),
        },
        // 7: which pages were sent for detection with which prompt, found objects or not, so
        // detection while indexing resumes without sending a page twice (a page with no objects
        // has no `detections` row to say so). Pages detected before are marked from their objects.
        {
            QStringLiteral("CREATE TABLE IF NOT EXISTS detection_runs("
                           "page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE, prompt TEXT NOT NULL,"
                           "model TEXT NOT NULL DEFAULT '', detected_at INTEGER NOT NULL, PRIMARY KEY(page_id, prompt))"),
            QStringLiteral("INSERT OR IGNORE INTO detection_runs(page_id, prompt, model, detected_at) "
                           "SELECT page_id, prompt, max(model), max(detected_at) FROM detections GROUP BY page_id, prompt"),
        },
    };
    return all;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("PageLens", text);
}

} // namespace

int CatalogSchema::currentVersion()
{
    return int(steps().size());
}

QStringList CatalogSchema::step(int version)
{
    return version >= 1 && version <= currentVersion() ? steps().at(version - 1) : QStringList();
}

Result<void> CatalogSchema::migrate(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(Error::Code::CatalogDamaged, Catalog::damagedMessage(q.lastError().databaseText()), q.lastError().text());
    const int version = q.value(0).toInt();
    q.finish();
    if (version > currentVersion())
        return fail(Error::Code::Unsupported,
                    PageLens::tr("This library was written by a newer PageLens (catalog version %1).").arg(version));
    for (int next = version + 1; next <= currentVersion(); ++next) {
        if (!db.transaction())
            return fail(Error::Code::Database, PageLens::tr("The library catalog is locked."), db.lastError().text());
        QStringList statements = step(next);
        statements << QStringLiteral("PRAGMA user_version = %1").arg(next);
        for (const QString &sql : std::as_const(statements)) {
            if (!q.exec(sql)) {
                const QString detail = q.lastError().text();
                db.rollback();
                return fail(Error::Code::Database, PageLens::tr("The library catalog could not be upgraded (step %1).").arg(next),
                            detail);
            }
        }
        if (!db.commit())
            return fail(Error::Code::Database, PageLens::tr("The library catalog could not be upgraded (step %1).").arg(next),
                        db.lastError().text());
        log::library()->info("catalog upgraded to version {}", next);
    }
    return {};
}

} // namespace PageLens
