// SPDX-License-Identifier: MIT
// The library pane says "indexed with errors" for a document whose pages did not all read: its
// own icon, and a tooltip naming each page and why. The document is indexed for real.
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include "core/ingest/indexer.h"
#include "core/library/library.h"
#include "tests/support/handmadepdf.h"
#include "ui/library/documentmodel.h"

using namespace PageLens;

class tst_DocumentStatusView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void partialDocumentShowsItsUnreadablePages()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("torn.pdf"));
        {
            // Page 2 is a 7 m strip with no text layer, too wide to render for OCR; pages 1 and 3 read.
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(Test::makePdf({{612, 792, QStringLiteral("Harbour lights shine over the quiet northern water")},
                                     {20000, 20, {}},
                                     {612, 792, QStringLiteral("Zeppelin quartz engines hum above the southern desert")}}));
        }
        auto library = Library::open(dir.filePath(QStringLiteral("lib")));
        QVERIFY(library);
        QVERIFY((*library)->add({file}));
        auto summary = Indexer((*library)->catalog(), IndexOptions{}).run();
        QVERIFY(summary);
        QCOMPARE(summary->partial, 1);

        DocumentModel model;
        model.setLibrary((*library)->directory());
        model.setDocuments(*(*library)->documents(), *(*library)->folders());
        const qint64 id = (*library)->documents()->first().id;
        const QModelIndex name = model.indexOfDocument(id, DocumentModel::NameColumn);
        QVERIFY(name.isValid());
        QCOMPARE(model.indexOfDocument(id, DocumentModel::StatusColumn).data().toString(), QStringLiteral("Indexed with errors"));
        const QString tip = name.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("Page 2: ")) && !tip.contains(QLatin1String("Page 1: "))
                     && !tip.contains(QLatin1String("Page 3: ")),
                 qPrintable(tip));
        // A warning of its own, not the "indexed" tick nor the "failed" mark.
        const QImage shown = name.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();
        QVERIFY(!shown.isNull());
        QVERIFY(shown != DocumentModel::statusIcon(DocumentStatus::Indexed).pixmap(16).toImage());
        QVERIFY(shown != DocumentModel::statusIcon(DocumentStatus::Failed).pixmap(16).toImage());
    }
};

QTEST_MAIN(tst_DocumentStatusView)
#include "tst_documentstatusview.moc"
