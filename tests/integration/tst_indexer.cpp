// SPDX-License-Identifier: MIT
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/ingest/indexer.h"
#include "core/library/catalog.h"
#include "core/library/library.h"
#include "tests/support/testpaths.h"

using namespace PageLens;
using PageLens::Test::corpusPath;

class tst_Indexer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cancelKeepsCommittedWorkAndResumes()
    {
        QTemporaryDir dir;
        auto library = *Library::open(dir.path());
        const QStringList files = {
            corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf")),
            corpusPath(QStringLiteral("pdfs/pypdf-multicolumn.pdf")),
            corpusPath(QStringLiteral("pdfs/docling-code_and_formula.pdf")),
            corpusPath(QStringLiteral("pdfs/pypdf-annotated_pdf.pdf")),
            corpusPath(QStringLiteral("pdfs/docling-redp5110_sampled.pdf")),
        };
        QCOMPARE(library->add(files)->added, files.size());

        IndexOptions options;
        options.workers = 1;   // one page at a time, so the cancel lands mid-run
        int finishedBeforeCancel = 0;
        {
            Indexer indexer(library->catalog(), options);
            connect(&indexer, &Indexer::documentFinished, this, [&](const DocumentInfo &) {
                ++finishedBeforeCancel;
                indexer.cancel();
            });
            auto summary = indexer.run();
            QVERIFY(summary);
            QVERIFY(summary->cancelled);
        }
        int indexed = 0;
        const auto documents = library->documents().value();
        for (const DocumentInfo &doc : documents) {
            QVERIFY2(doc.status == DocumentStatus::Indexed || doc.status == DocumentStatus::Pending, qPrintable(toString(doc.status)));
            if (doc.status == DocumentStatus::Indexed) {
                ++indexed;
                QCOMPARE(library->pages(doc.id)->size(), doc.pageCount);   // never half a document
            } else {
                QCOMPARE(library->pages(doc.id)->size(), 0);
            }
        }
        QVERIFY(indexed >= 1 && indexed < files.size());

        // The next run only does what is left.
        Indexer again(library->catalog(), IndexOptions{});
        QSignalSpy progress(&again, &Indexer::progressChanged);
        auto summary = again.run();
        QVERIFY(summary && !summary->cancelled);
        QCOMPARE(summary->indexed, files.size() - indexed);
        QVERIFY(!progress.isEmpty());
        const auto last = progress.last().first().value<IndexProgress>();
        QCOMPARE(last.filesDone, last.filesTotal);
        QCOMPARE(last.pagesDone, last.pagesTotal);
        const auto finalDocuments = library->documents().value();
        for (const DocumentInfo &doc : finalDocuments)
            QCOMPARE(toString(doc.status), toString(DocumentStatus::Indexed));
    }
};

QTEST_GUILESS_MAIN(tst_Indexer)
#include "tst_indexer.moc"
