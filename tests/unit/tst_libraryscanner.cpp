// SPDX-License-Identifier: MIT
#include <sys/stat.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/library/catalog.h"
#include "core/library/libraryscanner.h"
#include "tests/support/testpaths.h"

using namespace PageLens;

class tst_LibraryScanner : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString copyCorpus(const QString &relative, const QString &target)
    {
        const QString to = m_dir.path() + QStringLiteral("/docs/") + target;
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::remove(to);
        if (!QFile::copy(PageLens::Test::corpusPath(relative), to))
            return {};
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
        return to;
    }

private Q_SLOTS:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void addsFolderRecursivelyAndOnlySupportedFiles()
    {
        QVERIFY(!copyCorpus(QStringLiteral("pdfs/pypdf-multicolumn.pdf"), QStringLiteral("a.pdf")).isEmpty());
        QVERIFY(!copyCorpus(QStringLiteral("images/pypdf-coati-photo.jpg"), QStringLiteral("sub/deeper/coati.jpg")).isEmpty());
        QFile notes(m_dir.path() + QStringLiteral("/docs/notes.txt"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a document");
        notes.close();

        auto catalog = *Catalog::open(m_dir.path() + QStringLiteral("/lib"));
        LibraryScanner scanner(catalog);
        auto report = scanner.add({m_dir.path() + QStringLiteral("/docs")});
        QVERIFY(report);
        QCOMPARE(report->added, 2);
        QCOMPARE(catalog->folders()->size(), 1);
        const auto docs = *catalog->documents();
        QCOMPARE(docs.size(), 2);
        for (const DocumentInfo &d : docs) {
            QCOMPARE(toString(d.status), toString(DocumentStatus::Pending));
            QCOMPARE(d.hash.size(), 64);
        }

        // The same folder again: nothing changes, nothing is hashed twice into a second document.
        auto again = scanner.add({m_dir.path() + QStringLiteral("/docs")});
        QCOMPARE(again->added, 0);
        QCOMPARE(again->unchanged, 2);
        QCOMPARE(catalog->documents()->size(), 2);
    }

    void sameContentIsOneDocument()
    {
        const QString a = copyCorpus(QStringLiteral("pdfs/pypdf-multicolumn.pdf"), QStringLiteral("a.pdf"));
        const QString b = copyCorpus(QStringLiteral("pdfs/pypdf-multicolumn.pdf"), QStringLiteral("copy/b.pdf"));
        auto catalog = *Catalog::open(m_dir.path() + QStringLiteral("/lib"));
        LibraryScanner scanner(catalog);
        auto report = scanner.add({a, b});
        QCOMPARE(report->added, 1);
        QCOMPARE(report->duplicates, 1);
        QCOMPARE(catalog->documents()->size(), 1);
    }

    void changedRemovedAndMovedFiles()
    {
        const QString a = copyCorpus(QStringLiteral("pdfs/pypdf-multicolumn.pdf"), QStringLiteral("a.pdf"));
        const QString b = copyCorpus(QStringLiteral("pdfs/pypdf-annotated_pdf.pdf"), QStringLiteral("b.pdf"));
        auto catalog = *Catalog::open(m_dir.path() + QStringLiteral("/lib"));
        LibraryScanner scanner(catalog);
        QVERIFY(scanner.add({m_dir.path() + QStringLiteral("/docs")}));
        auto docA = *catalog->documentByPath(QFileInfo(a).canonicalFilePath());
        QVERIFY(catalog->setStatus(docA.id, DocumentStatus::Indexed));

        // Content change: back to pending with a new hash.
        QVERIFY(!copyCorpus(QStringLiteral("pdfs/pypdf-libreoffice-form.pdf"), QStringLiteral("a.pdf")).isEmpty());
        {
            QFile touched(a);
            QVERIFY(touched.open(QIODevice::ReadWrite));
            QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
        }
        // Move: same content under a new name.
        const QString moved = m_dir.path() + QStringLiteral("/docs/renamed.pdf");
        QVERIFY(QFile::rename(b, moved));

        auto report = scanner.rescan();
        QVERIFY(report);
        QCOMPARE(report->changed, 1);
        QCOMPARE(report->moved, 1);
        auto changed = *catalog->document(docA.id);
        QCOMPARE(toString(changed.status), toString(DocumentStatus::Pending));
        QVERIFY(changed.hash != docA.hash);
        QVERIFY(catalog->documentByPath(QFileInfo(moved).canonicalFilePath()));

        // Removal: the document leaves the catalog.
        QVERIFY(QFile::remove(moved));
        report = scanner.rescan();
        QCOMPARE(report->removed, 1);
        QCOMPARE(catalog->documents()->size(), 1);
    }

    void hostileFileSystemEntries()
    {
        const QString docs = m_dir.path() + QStringLiteral("/docs");
        QDir().mkpath(docs + QStringLiteral("/loop"));
        QVERIFY(QFile::link(docs, docs + QStringLiteral("/loop/back")));          // symlink loop
        QVERIFY(::mkfifo(QFile::encodeName(docs + QStringLiteral("/pipe.pdf")).constData(), 0600) == 0);   // would block a reader
        QFile empty(docs + QStringLiteral("/empty.pdf"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(QFile::link(docs + QStringLiteral("/missing.pdf"), docs + QStringLiteral("/dangling.pdf")));

        auto catalog = *Catalog::open(m_dir.path() + QStringLiteral("/lib"));
        LibraryScanner scanner(catalog);
        auto report = scanner.add({docs, docs + QStringLiteral("/pipe.pdf"), docs + QStringLiteral("/nope.pdf")});
        QVERIFY(report);
        QCOMPARE(report->added, 1);   // the empty file: indexing will fail it with a reason
        QVERIFY(report->skipped >= 3);
        QCOMPARE(report->problems.size(), 2);   // the explicit FIFO and the missing path
    }
};

QTEST_GUILESS_MAIN(tst_LibraryScanner)
#include "tst_libraryscanner.moc"
