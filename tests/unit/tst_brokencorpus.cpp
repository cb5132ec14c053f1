// SPDX-License-Identifier: MIT
#include <QDir>
#include <QElapsedTimer>
#include <QTest>
#include <QtConcurrent>

#include "core/media/documentopener.h"
#include "core/media/popplertextlayer.h"
#include "tests/support/testpaths.h"

using namespace PageLens;
using Test::corpusPath;

namespace {

// Seconds one hostile file may take to open, render and read every page.
constexpr int kBudgetSeconds = 30;

struct Outcome {
    bool opened = false;
    int pages = 0;
    int pagesFailed = 0;
    QString error;   // first error met, with its code
};

Outcome readEverything(const QString &path)
{
    Outcome outcome;
    auto source = DocumentOpener::open(path);
    if (!source) {
        outcome.error = source.error().message;
        return outcome;
    }
    outcome.opened = true;
    outcome.pages = (*source)->pageCount();
    for (int page = 0; page < outcome.pages; ++page) {
        auto image = (*source)->render(page, 72);
        auto text = (*source)->textLayer(page);
        if (!image || !text) {
            ++outcome.pagesFailed;
            const Error &error = !image ? image.error() : text.error();
            if (outcome.error.isEmpty())
                outcome.error = error.message;
        } else if (image->isNull()) {
            ++outcome.pagesFailed;
        }
    }
    return outcome;
}

/** Poppler alone, without the sniffing and QtPdf checks in front of it: the text of every page. */
Outcome readText(const QString &path)
{
    Outcome outcome;
    auto text = PopplerTextLayer::open(path);
    if (!text) {
        outcome.error = text.error().message;
        return outcome;
    }
    outcome.opened = true;
    outcome.pages = (*text)->pageCount();
    for (int page = 0; page < outcome.pages; ++page) {
        auto words = (*text)->page(page);
        if (!words) {
            ++outcome.pagesFailed;
            if (outcome.error.isEmpty())
                outcome.error = words.error().message;
        }
    }
    return outcome;
}

Outcome withinBudget(Outcome (*read)(const QString &), const QString &path, const char *what)
{
    QFuture<Outcome> future = QtConcurrent::run(read, path);
    QDeadlineTimer deadline(kBudgetSeconds * 1000);
    while (!future.isFinished() && !deadline.hasExpired())
        QThread::msleep(5);
    if (!future.isFinished())
        qFatal("%s did not finish within %d s: %s hangs on it", qPrintable(path), kBudgetSeconds, what);
    return future.result();
}

} // namespace

class tst_BrokenCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFileEndsInAFinalState_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("mustFail");
        const QDir dir(corpusPath(QStringLiteral("broken")));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 36);
        // Empty, not a PDF at all, or an image header claiming a decompression bomb: refused outright.
        const QStringList mustFail = {QStringLiteral("pdfplumber-empty.pdf"), QStringLiteral("qpdf-bad1.pdf"),
                                      QStringLiteral("derived-huge-ihdr-easyocr-width_ths.png"),
                                      QStringLiteral("qpdf-dctfuzz-25297ce5-huge-dims.jpg"),
                                      QStringLiteral("qpdf-dctfuzz-e0b87af8-huge-dims.jpg")};
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file) << mustFail.contains(file);
    }
    void everyFileEndsInAFinalState()
    {
        QFETCH(QString, path);
        QFETCH(bool, mustFail);
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = withinBudget(readEverything, path, "PDFium, Poppler or a decoder");
        qInfo("%-45s %-6s pages %3d failed %2d  %lld ms  %s", qPrintable(QFileInfo(path).fileName()),
              outcome.opened ? "opened" : "error", outcome.pages, outcome.pagesFailed, timer.elapsed(), qPrintable(outcome.error));
        if (mustFail) {
            QVERIFY(!outcome.opened);
            QVERIFY(!outcome.error.isEmpty());
        }
        // Final state: opened with every page rendered and read, or a reason a person can read.
        QVERIFY(outcome.opened || !outcome.error.isEmpty());
        QVERIFY(outcome.pagesFailed == 0 || !outcome.error.isEmpty());
    }

    void popplerOnEveryFile_data() { everyFileEndsInAFinalState_data(); }
    void popplerOnEveryFile()
    {
        // Every file straight to Poppler, also those the opener refuses before it gets there.
        QFETCH(QString, path);
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = withinBudget(readText, path, "Poppler");
        qInfo("%-45s %-6s pages %3d failed %2d  %lld ms  %s", qPrintable(QFileInfo(path).fileName()),
              outcome.opened ? "opened" : "error", outcome.pages, outcome.pagesFailed, timer.elapsed(), qPrintable(outcome.error));
        QVERIFY(outcome.opened || !outcome.error.isEmpty());
        QVERIFY(outcome.pagesFailed == 0 || !outcome.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_BrokenCorpus)
#include "tst_brokencorpus.moc"
