// SPDX-License-Identifier: MIT
// Each schema step opens a library written by the schema before it. The old schemas are frozen
// here as the SQL those versions wrote (not taken from CatalogSchema), so a changed released step
// or a lossy upgrade fails.
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/library/catalog.h"
#include "core/library/catalogschema.h"
#include "core/retrieval/textsearch.h"

using namespace PageLens;

namespace {

/** The catalog PageLens 0.1 (schema version 1) wrote. */
const QStringList version1 = {
    QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT)"),
    QStringLiteral("CREATE TABLE folders(id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL)"),
    QStringLiteral("CREATE TABLE documents(id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, hash TEXT, size INTEGER, mtime INTEGER,"
                   "kind TEXT, status TEXT NOT NULL DEFAULT 'pending', page_count INTEGER NOT NULL DEFAULT 0, error TEXT, indexed_at INTEGER)"),
    QStringLiteral("CREATE INDEX documents_hash ON documents(hash)"),
    QStringLiteral("CREATE TABLE pages(id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                   "page INTEGER NOT NULL, width REAL, height REAL, rotation INTEGER, text_source TEXT, text TEXT NOT NULL DEFAULT '',"
                   "words BLOB, caption TEXT NOT NULL DEFAULT '', caption_model TEXT, UNIQUE(document_id, page))"),
    QStringLiteral("CREATE TABLE embeddings(page_id INTEGER PRIMARY KEY REFERENCES pages(id) ON DELETE CASCADE,"
                   "model TEXT NOT NULL, dim INTEGER NOT NULL, vector BLOB NOT NULL)"),
    QStringLiteral("CREATE VIRTUAL TABLE pages_fts USING fts5(text, caption, content='pages', content_rowid='id',"
                   "tokenize='porter unicode61 remove_diacritics 2')"),
    QStringLiteral("CREATE VIRTUAL TABLE pages_trigram USING fts5(text, caption, content='pages', content_rowid='id', tokenize='trigram')"),
    QStringLiteral("CREATE TRIGGER pages_ai AFTER INSERT ON pages BEGIN "
                   "INSERT INTO pages_fts(rowid, text, caption) VALUES (new.id, new.text, new.caption);"
                   "INSERT INTO pages_trigram(rowid, text, caption) VALUES (new.id, new.text, new.caption); END"),
    QStringLiteral("CREATE TRIGGER pages_ad AFTER DELETE ON pages BEGIN "
                   "INSERT INTO pages_fts(pages_fts, rowid, text, caption) VALUES ('delete', old.id, old.text, old.caption);"
                   "INSERT INTO pages_trigram(pages_trigram, rowid, text, caption) VALUES ('delete', old.id, old.text, old.caption); END"),
    QStringLiteral("CREATE TRIGGER pages_au AFTER UPDATE OF text, caption ON pages BEGIN "
                   "INSERT INTO pages_fts(pages_fts, rowid, text, caption) VALUES ('delete', old.id, old.text, old.caption);"
                   "INSERT INTO pages_fts(rowid, text, caption) VALUES (new.id, new.text, new.caption);"
                   "INSERT INTO pages_trigram(pages_trigram, rowid, text, caption) VALUES ('delete', old.id, old.text, old.caption);"
                   "INSERT INTO pages_trigram(rowid, text, caption) VALUES (new.id, new.text, new.caption); END"),
    QStringLiteral("PRAGMA user_version = 1"),
};

/** Rows every version can hold: a folder, a document with two pages (one captioned and embedded), settings. */
const QStringList version1Rows = {
    QStringLiteral("INSERT INTO settings VALUES ('privacy', 'text'), ('embedding.model', 'default/3')"),
    QStringLiteral("INSERT INTO folders(path) VALUES ('/archive')"),
    QStringLiteral("INSERT INTO documents(id, path, hash, size, mtime, kind, status, page_count) "
                   "VALUES (7, '/archive/harbour.pdf', 'abc123', 1000, 1700000000000, 'pdf', 'indexed', 2)"),
    QStringLiteral("INSERT INTO pages(id, document_id, page, width, height, rotation, text_source, text, caption, caption_model) "
                   "VALUES (70, 7, 0, 612, 792, 0, 'text', 'the harbour at dusk', 'boats in a harbour', 'gemini-2.5-flash')"),
    QStringLiteral("INSERT INTO pages(id, document_id, page, width, height, rotation, text_source, text) "
                   "VALUES (71, 7, 1, 792, 612, 90, 'ocr', 'quarterly revenue table')"),
    QStringLiteral("INSERT INTO embeddings VALUES (70, 'default', 3, x'0000803f0000000000000000')"),
};

class SqlFile
{
public:
    explicit SqlFile(const QString &path)
        : m_name(QStringLiteral("schema-test-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~SqlFile()
    {
        { QSqlDatabase::database(m_name).close(); }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool run(const QStringList &statements)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                return false;
            }
        }
        return m_ok;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_ok = false;
};

} // namespace

class tst_CatalogSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsAreNumberedFromOne()
    {
        QCOMPARE(CatalogSchema::currentVersion(), 7);
        QVERIFY(CatalogSchema::step(0).isEmpty());
        for (int v = 1; v <= CatalogSchema::currentVersion(); ++v)
            QVERIFY(!CatalogSchema::step(v).isEmpty());
        QVERIFY(CatalogSchema::step(CatalogSchema::currentVersion() + 1).isEmpty());
    }

    void step2OpensAVersion1Library()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            SqlFile v1(file);
            QVERIFY(v1.run(version1));
            QVERIFY(v1.run(version1Rows));
        }
        auto catalog = Catalog::open(dir.path());
        QVERIFY2(catalog, catalog ? "" : qPrintable(catalog.error().toLogString()));

        // Nothing was lost: documents, pages, captions, vectors, settings, folders, the text index.
        auto doc = (*catalog)->document(7);
        QVERIFY(doc);
        QCOMPARE(doc->path, QStringLiteral("/archive/harbour.pdf"));
        QCOMPARE(doc->hash, QStringLiteral("abc123"));
        QCOMPARE(doc->pageCount, 2);
        auto pages = (*catalog)->pages(7);
        QVERIFY(pages);
        QCOMPARE(pages->size(), 2);
        QCOMPARE(pages->at(0).caption, QStringLiteral("boats in a harbour"));
        QCOMPARE(pages->at(1).rotation, 90);
        QCOMPARE(pages->at(1).size, QSizeF(792, 612));
        QCOMPARE(*(*catalog)->setting(QStringLiteral("privacy")), QStringLiteral("text"));
        QCOMPARE(*(*catalog)->folders(), QStringList{QStringLiteral("/archive")});
        qint64 vectors = 0;
        QVERIFY((*catalog)->forEachEmbedding([&](qint64 id, const float *data, int dim) {
            ++vectors;
            QCOMPARE(id, qint64(70));
            QCOMPARE(dim, 3);
            QCOMPARE(data[0], 1.0f);
        }));
        QCOMPARE(vectors, qint64(1));
        auto hits = TextSearch(*catalog).search(QStringLiteral("revenue"), 5);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().pageId, qint64(71));

        // The step itself: a place for the reasons of pages that could not be read.
        SqlFile upgraded(file);
        QCOMPARE(upgraded.value(QStringLiteral("PRAGMA user_version")).toInt(), CatalogSchema::currentVersion());
        QVERIFY(upgraded.run({QStringLiteral("UPDATE documents SET page_errors = '{\"3\":\"damaged\"}' WHERE id = 7")}));
        QCOMPARE(upgraded.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void step3RereadsPdfsKeepingModelWork()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            SqlFile v2(file);
            QVERIFY(v2.run(version1));
            QVERIFY(v2.run({QStringLiteral("ALTER TABLE documents ADD COLUMN page_errors TEXT"), QStringLiteral("PRAGMA user_version = 2")}));
            QVERIFY(v2.run(version1Rows));
            QVERIFY(v2.run({QStringLiteral("INSERT INTO documents(id, path, hash, kind, status, page_count) "
                                           "VALUES (8, '/archive/cat.png', 'def456', 'image', 'indexed', 1)")}));
        }
        auto catalog = Catalog::open(dir.path());
        QVERIFY(catalog);
        // PDFs are read again once for the new word geometry; images keep their OCR.
        QCOMPARE(toString((*catalog)->document(7)->status), toString(DocumentStatus::Pending));
        QCOMPARE(toString((*catalog)->document(8)->status), toString(DocumentStatus::Indexed));

        // Reading the same content again keeps captions and vectors (nothing is sent twice)...
        DocumentInfo doc = *(*catalog)->document(7);
        doc.status = DocumentStatus::Indexed;
        QVector<PageRecord> pages(2);
        for (int i = 0; i < 2; ++i) {
            pages[i].ref = {7, i};
            pages[i].size = QSizeF(612, 792);
            pages[i].text.source = PageText::Source::TextLayer;
            pages[i].text.text = QStringLiteral("harbour lights page %1").arg(i + 1);
            pages[i].text.words << Word{QStringLiteral("harbour"), {0.1, 0.1, 0.2, 0.12}, 100};
        }
        QVERIFY((*catalog)->commitDocument(doc, pages));
        auto reread = (*catalog)->pages(7, true);
        QCOMPARE(reread->at(0).id, qint64(70));
        QCOMPARE(reread->at(0).caption, QStringLiteral("boats in a harbour"));
        QCOMPARE(reread->at(0).text.words.size(), 1);
        qint64 vectors = 0;
        QVERIFY((*catalog)->forEachEmbedding([&](qint64, const float *, int) { ++vectors; }));
        QCOMPARE(vectors, qint64(1));
        QCOMPARE(TextSearch(*catalog).search(QStringLiteral("lights"), 5)->size(), 2);

        // ...other content starts afresh.
        doc.hash = QStringLiteral("changed");
        QVERIFY((*catalog)->commitDocument(doc, pages));
        QVERIFY((*catalog)->pages(7)->at(0).caption.isEmpty());
        vectors = 0;
        QVERIFY((*catalog)->forEachEmbedding([&](qint64, const float *, int) { ++vectors; }));
        QCOMPARE(vectors, qint64(0));
    }

    void step4RereadsDocumentsWithUnreadablePages()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            SqlFile v3(file);
            QVERIFY(v3.run(version1));
            QVERIFY(v3.run({QStringLiteral("ALTER TABLE documents ADD COLUMN page_errors TEXT"),
                            QStringLiteral("ALTER TABLE documents ADD COLUMN pages_hash TEXT"), QStringLiteral("PRAGMA user_version = 3")}));
            QVERIFY(v3.run(version1Rows));
            // Version 3 counted unreadable pages in `error` and called the document indexed.
            QVERIFY(v3.run({QStringLiteral("INSERT INTO documents(id, path, hash, kind, status, page_count, error, pages_hash) "
                                           "VALUES (9, '/archive/torn.pdf', 'aaa', 'pdf', 'indexed', 30, '22 pages could not be read.', 'aaa')")}));
        }
        auto catalog = Catalog::open(dir.path());
        QVERIFY(catalog);
        QCOMPARE(toString((*catalog)->document(9)->status), QStringLiteral("pending"));   // read again, to name its pages
        QCOMPARE(toString((*catalog)->document(7)->status), QStringLiteral("indexed"));   // whole: untouched
        QCOMPARE((*catalog)->pages(7)->size(), 2);

        // A partial document keeps which pages did not read and why.
        DocumentInfo torn = *(*catalog)->document(9);
        torn.status = DocumentStatus::Partial;
        torn.error = QStringLiteral("2 pages could not be read.");
        torn.pageErrors = {{3, QStringLiteral("The page is too large to render.")}, {17, QStringLiteral("damaged stream")}};
        QVector<PageRecord> pages(30);
        for (int i = 0; i < 30; ++i)
            pages[i].ref = {9, i};
        QVERIFY((*catalog)->commitDocument(torn, pages));
        const DocumentInfo back = *(*catalog)->document(9);
        QCOMPARE(toString(back.status), QStringLiteral("partial"));
        QCOMPARE(back.pageErrors, torn.pageErrors);
        SqlFile raw(file);
        QCOMPARE(raw.value(QStringLiteral("SELECT json_extract(page_errors, '$.\"17\"') FROM documents WHERE id = 9")).toString(),
                 QStringLiteral("damaged stream"));
    }

    void step5AddsConversationsToAVersion3Library()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            SqlFile v3(file);
            QVERIFY(v3.run(version1));
            QVERIFY(v3.run({QStringLiteral("ALTER TABLE documents ADD COLUMN page_errors TEXT"),
                            QStringLiteral("ALTER TABLE documents ADD COLUMN pages_hash TEXT"),
                            QStringLiteral("PRAGMA user_version = 3")}));
            QVERIFY(v3.run(version1Rows));
        }
        auto catalog = Catalog::open(dir.path());
        QVERIFY2(catalog, catalog ? "" : qPrintable(catalog.error().toLogString()));
        QCOMPARE((*catalog)->document(7)->path, QStringLiteral("/archive/harbour.pdf"));
        QCOMPARE((*catalog)->pages(7)->at(0).caption, QStringLiteral("boats in a harbour"));

        // The step itself: conversations whose turns go with them.
        SqlFile upgraded(file);
        QCOMPARE(upgraded.value(QStringLiteral("PRAGMA user_version")).toInt(), CatalogSchema::currentVersion());
        QVERIFY(upgraded.run({QStringLiteral("PRAGMA foreign_keys = ON"),
                              QStringLiteral("INSERT INTO conversations(id, title, created, updated) VALUES ('c1', 'kitten?', 1, 2)"),
                              QStringLiteral("INSERT INTO conversation_turns(conversation_id, seq, role, question, parts) VALUES ('c1', 0, 'user', 1, '[]')"),
                              QStringLiteral("DELETE FROM conversations WHERE id = 'c1'")}));
        QCOMPARE(upgraded.value(QStringLiteral("SELECT count(*) FROM conversation_turns")).toInt(), 0);
        QCOMPARE(upgraded.value(QStringLiteral("SELECT count(*) FROM pages")).toInt(), 2);
        QCOMPARE(upgraded.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void step6AddsDetectionsKeepingPages()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            SqlFile v3(file);
            QVERIFY(v3.run(version1));
            QVERIFY(v3.run({QStringLiteral("ALTER TABLE documents ADD COLUMN page_errors TEXT"),
                            QStringLiteral("ALTER TABLE documents ADD COLUMN pages_hash TEXT"), QStringLiteral("PRAGMA user_version = 3")}));
            QVERIFY(v3.run(version1Rows));
        }
        auto catalog = Catalog::open(dir.path());
        QVERIFY2(catalog, catalog ? "" : qPrintable(catalog.error().toLogString()));
        QCOMPARE((*catalog)->pages(7)->at(0).caption, QStringLiteral("boats in a harbour"));
        QCOMPARE(*(*catalog)->hasDetections(), false);

        Detection boat;
        boat.label = QStringLiteral("sailing boats");
        boat.box2d = {100, 200, 500, 600};
        boat.box = {0.2, 0.1, 0.6, 0.5};
        QVERIFY((*catalog)->replaceDetections(70, QStringLiteral("find boats"), QStringLiteral("gemini-2.5-flash"), {boat}));
        QVERIFY((*catalog)->replaceDetections(71, QStringLiteral("find boats"), QStringLiteral("gemini-2.5-flash"), {boat}));
        auto stored = (*catalog)->detections(70);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().box, boat.box);
        QCOMPARE(stored->first().box2d, boat.box2d);
        QCOMPARE(stored->first().model, QStringLiteral("gemini-2.5-flash"));
        QCOMPARE(*(*catalog)->pagesWithDetections(7), (QSet<int>{0, 1}));

        // The label index stems like the page text, and follows replacements and page deletions.
        SqlFile upgraded(file);
        const QString match = QStringLiteral("SELECT count(*) FROM detections_fts WHERE detections_fts MATCH 'boat'");
        QCOMPARE(upgraded.value(match).toInt(), 2);
        QVERIFY((*catalog)->replaceDetections(70, QStringLiteral("find boats"), QStringLiteral("gemini-2.5-flash"), {}));
        QCOMPARE(upgraded.value(match).toInt(), 1);
        QVERIFY(upgraded.run({QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("DELETE FROM pages WHERE id = 71")}));
        QCOMPARE(upgraded.value(match).toInt(), 0);
        QCOMPARE(upgraded.value(QStringLiteral("SELECT count(*) FROM detections")).toInt(), 0);
        QCOMPARE(upgraded.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void step7MarksDetectedPagesOfAVersion6Library()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            // Version 6 as released: steps 2, 3 and 6 frozen here (step 5's conversations left out: unused).
            SqlFile v6(file);
            QVERIFY(v6.run(version1));
            QVERIFY(v6.run({QStringLiteral("ALTER TABLE documents ADD COLUMN page_errors TEXT"),
                            QStringLiteral("ALTER TABLE documents ADD COLUMN pages_hash TEXT"),
                            QStringLiteral("CREATE TABLE detections(id INTEGER PRIMARY KEY, page_id INTEGER NOT NULL REFERENCES pages(id) "
                                           "ON DELETE CASCADE, prompt TEXT NOT NULL, model TEXT NOT NULL DEFAULT '', label TEXT NOT NULL,"
                                           "box_left REAL NOT NULL, box_top REAL NOT NULL, box_right REAL NOT NULL, box_bottom REAL NOT NULL,"
                                           "ymin INTEGER NOT NULL, xmin INTEGER NOT NULL, ymax INTEGER NOT NULL, xmax INTEGER NOT NULL,"
                                           "mask BLOB, detected_at INTEGER NOT NULL)"),
                            QStringLiteral("CREATE VIRTUAL TABLE detections_fts USING fts5(label, content='detections',"
                                           "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')"),
                            QStringLiteral("CREATE TRIGGER detections_ai AFTER INSERT ON detections BEGIN "
                                           "INSERT INTO detections_fts(rowid, label) VALUES (new.id, new.label); END"),
                            QStringLiteral("CREATE TRIGGER detections_ad AFTER DELETE ON detections BEGIN "
                                           "INSERT INTO detections_fts(detections_fts, rowid, label) VALUES ('delete', old.id, old.label); END"),
                            QStringLiteral("CREATE TRIGGER detections_au AFTER UPDATE OF label ON detections BEGIN "
                                           "INSERT INTO detections_fts(detections_fts, rowid, label) VALUES ('delete', old.id, old.label);"
                                           "INSERT INTO detections_fts(rowid, label) VALUES (new.id, new.label); END"),
                            QStringLiteral("CREATE INDEX detections_page ON detections(page_id, prompt)"),
                            QStringLiteral("PRAGMA user_version = 6")}));
            QVERIFY(v6.run(version1Rows));
            QVERIFY(v6.run({QStringLiteral("INSERT INTO detections(page_id, prompt, model, label, box_left, box_top, box_right, box_bottom,"
                                           "ymin, xmin, ymax, xmax, detected_at) VALUES "
                                           "(70, 'find boats', 'gemini-2.5-flash', 'boat', 0.2, 0.1, 0.6, 0.5, 100, 200, 500, 600, 1700000000000),"
                                           "(70, 'find boats', 'gemini-2.5-flash', 'mast', 0.3, 0.1, 0.4, 0.5, 100, 300, 500, 400, 1700000000000)")}));
        }
        auto catalog = Catalog::open(dir.path());
        QVERIFY2(catalog, catalog ? "" : qPrintable(catalog.error().toLogString()));
        QCOMPARE((*catalog)->detections(70)->size(), 2);
        // The page detected before the step counts as detected with its prompt, once.
        SqlFile upgraded(file);
        QCOMPARE(upgraded.value(QStringLiteral("SELECT count(*) FROM detection_runs WHERE page_id = 70 AND prompt = 'find boats'")).toInt(), 1);
        QCOMPARE(*(*catalog)->countPagesNeedingDetection(QStringLiteral("find boats")), 1);
        QCOMPARE(*(*catalog)->countPagesNeedingDetection(QStringLiteral("find tables")), 2);
        auto pending = (*catalog)->pagesNeedingDetection(QStringLiteral("find boats"), 0, 10);
        QVERIFY(pending);
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().pageId, qint64(71));
        QCOMPARE((*catalog)->pagesNeedingDetection(QStringLiteral("find tables"), 70, 10)->size(), 1);   // after page 70

        // A page where nothing was found is done too: it has a run and no objects.
        QVERIFY((*catalog)->replaceDetections(71, QStringLiteral("find boats"), QStringLiteral("gemini-2.5-flash"), {}));
        QCOMPARE(*(*catalog)->countPagesNeedingDetection(QStringLiteral("find boats")), 0);
        QCOMPARE((*catalog)->detections(71)->size(), 0);
        // Runs go with their page.
        QVERIFY(upgraded.run({QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("DELETE FROM pages WHERE id = 71")}));
        QCOMPARE(upgraded.value(QStringLiteral("SELECT count(*) FROM detection_runs")).toInt(), 1);
        QCOMPARE(upgraded.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void aNewerCatalogIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            SqlFile future(file);
            QVERIFY(future.run(version1));
            QVERIFY(future.run({QStringLiteral("PRAGMA user_version = 99")}));
        }
        auto catalog = Catalog::open(dir.path());
        QVERIFY(!catalog);
        QCOMPARE(catalog.error().code, Error::Code::Unsupported);
        SqlFile after(file);
        QCOMPARE(after.value(QStringLiteral("PRAGMA user_version")).toInt(), 99);
    }

    void aFreshCatalogRunsEveryStep()
    {
        QTemporaryDir dir;
        QVERIFY(Catalog::open(dir.path()));
        SqlFile fresh(dir.filePath(QStringLiteral("catalog.sqlite")));
        QCOMPARE(fresh.value(QStringLiteral("PRAGMA user_version")).toInt(), CatalogSchema::currentVersion());
        QVERIFY(fresh.run({QStringLiteral("SELECT page_errors FROM documents")}));
    }
};

QTEST_GUILESS_MAIN(tst_CatalogSchema)
#include "tst_catalogschema.moc"
