// SPDX-License-Identifier: MIT
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include "core/library/catalog.h"
#include "core/library/catalogschema.h"

using namespace PageLens;

class tst_Catalog : public QObject
{
    Q_OBJECT
private:
    static PageRecord makePage(int page, const QString &text, const Words &words = {})
    {
        PageRecord p;
        p.ref.page = page;
        p.size = QSizeF(612, 792);
        p.text.source = PageText::Source::TextLayer;
        p.text.text = text;
        p.text.words = words;
        return p;
    }

    static int ftsCount(Catalog &catalog, const QString &match)
    {
        QSqlQuery q(catalog.database());
        q.prepare(QStringLiteral("SELECT count(*) FROM pages_fts WHERE pages_fts MATCH ?"));
        q.addBindValue(match);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void createsWalCatalogWithSchema()
    {
        QTemporaryDir dir;
        auto catalog = Catalog::open(dir.path() + QStringLiteral("/lib"));
        QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error().toLogString()));
        QVERIFY(QFile::exists(dir.path() + QStringLiteral("/lib/catalog.sqlite")));
        QSqlQuery q((*catalog)->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), CatalogSchema::currentVersion());
        // Reopening a migrated catalog keeps its content.
        QVERIFY((*catalog)->setSetting(QStringLiteral("k"), QStringLiteral("v")));
        auto again = Catalog::open(dir.path() + QStringLiteral("/lib"));
        QVERIFY(again);
        QCOMPARE(*(*again)->setting(QStringLiteral("k")), QStringLiteral("v"));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        {
            auto catalog = Catalog::open(dir.path());
            QVERIFY(catalog);
            QSqlQuery q((*catalog)->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        auto reopened = Catalog::open(dir.path());
        QVERIFY(!reopened);
        QCOMPARE(reopened.error().code, Error::Code::Unsupported);
    }

    void commitReplacesPagesAndKeepsFtsInSync()
    {
        QTemporaryDir dir;
        auto catalog = *Catalog::open(dir.path());
        DocumentInfo doc;
        doc.path = QStringLiteral("/tmp/a.pdf");
        doc.hash = QStringLiteral("abc");
        doc.kind = QStringLiteral("pdf");
        doc.id = *catalog->insertDocument(doc);
        doc.status = DocumentStatus::Indexed;
        doc.pageCount = 2;
        QVERIFY(catalog->commitDocument(doc, {makePage(0, QStringLiteral("alpha beta")), makePage(1, QStringLiteral("gamma"))}));
        QCOMPARE(ftsCount(*catalog, QStringLiteral("alpha")), 1);
        QCOMPARE(toString(catalog->document(doc.id)->status), toString(DocumentStatus::Indexed));
        QCOMPARE(catalog->pages(doc.id)->size(), 2);

        // Re-indexing replaces: old words leave the full-text index.
        QVERIFY(catalog->commitDocument(doc, {makePage(0, QStringLiteral("delta"))}));
        QCOMPARE(ftsCount(*catalog, QStringLiteral("alpha")), 0);
        QCOMPARE(ftsCount(*catalog, QStringLiteral("delta")), 1);

        // Captions are searchable too, and updates keep FTS in sync.
        const qint64 pageId = catalog->pages(doc.id)->first().id;
        QVERIFY(catalog->setCaption(pageId, QStringLiteral("a kitten on a robot"), QStringLiteral("test-model")));
        QCOMPARE(ftsCount(*catalog, QStringLiteral("kitten")), 1);

        // Removing the document removes its pages from the index.
        QVERIFY(catalog->removeDocument(doc.id));
        QCOMPARE(ftsCount(*catalog, QStringLiteral("delta")), 0);
        QCOMPARE(ftsCount(*catalog, QStringLiteral("kitten")), 0);
    }

    void wordsRoundTrip()
    {
        Words words{{QStringLiteral("Größe"), {0.1, 0.2, 0.3, 0.25}, 91.5f}, {QStringLiteral("x"), {0, 0, 1, 1}, 100}};
        const Words back = Catalog::decodeWords(Catalog::encodeWords(words));
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[0].text, QStringLiteral("Größe"));
        QVERIFY(qAbs(back[0].box.top - 0.2) < 1e-6);
        QCOMPARE(back[0].confidence, 91.5f);
        QVERIFY(Catalog::decodeWords(QByteArray("\xff\xff\xff\xff garbage", 12)).size() < 2);
    }

    void interruptedDocumentsReturnToPending()
    {
        QTemporaryDir dir;
        auto catalog = *Catalog::open(dir.path());
        DocumentInfo doc;
        doc.path = QStringLiteral("/tmp/b.pdf");
        doc.status = DocumentStatus::Indexing;
        doc.id = *catalog->insertDocument(doc);
        QCOMPARE(*catalog->resetInterrupted(), 1);
        QCOMPARE(toString(catalog->document(doc.id)->status), toString(DocumentStatus::Pending));
    }

    void connectionsPerThread()
    {
        QTemporaryDir dir;
        auto catalog = *Catalog::open(dir.path());
        QList<QFuture<bool>> futures;
        for (int i = 0; i < 8; ++i) {
            futures << QtConcurrent::run([catalog, i] {
                DocumentInfo doc;
                doc.path = QStringLiteral("/tmp/t%1.pdf").arg(i);
                return bool(catalog->insertDocument(doc));
            });
        }
        for (auto &f : futures)
            QVERIFY(f.result());
        QCOMPARE(catalog->documents()->size(), 8);
    }
};

QTEST_GUILESS_MAIN(tst_Catalog)
#include "tst_catalog.moc"
