// SPDX-License-Identifier: MIT
// Ingest throughput over ../shared/corpus/pdfs: text layer (open + textLayer) and OCR (render at the OCR
// dpi + recognize), with 1 and 2 threads, beside pdftoppm and the tesseract CLI on the same pages.
//   bench_ingest [--dpi N] [--ocr-pages N]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtConcurrent>

#include "core/media/documentopener.h"
#include "core/ocr/ocrengine.h"
#include "tests/support/testpaths.h"

using namespace PageLens;

namespace {

struct PageJob {
    QString path;
    int page = 0;
};

/**
 * Runs `work` over `jobs` on `threads` fresh threads, each taking every n-th job; returns seconds. Fresh
 * threads start with empty per-thread caches, so every run opens its documents and engines again.
 */
template <class Work>
double timed(const QList<PageJob> &jobs, int threads, Work work)
{
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    QElapsedTimer timer;
    timer.start();
    QList<int> lanes;
    for (int i = 0; i < threads; ++i)
        lanes << i;
    QtConcurrent::blockingMap(&pool, lanes, [&](int lane) {
        for (qsizetype i = lane; i < jobs.size(); i += threads)
            work(jobs[i]);
    });
    return timer.nsecsElapsed() / 1e9;
}

/** One opened document per thread, kept while its pages come in order (as the indexer does). */
PageSource *sourceFor(const QString &path)
{
    thread_local QString openPath;
    thread_local std::unique_ptr<PageSource> source;
    if (openPath != path) {
        auto opened = DocumentOpener::open(path);
        source = opened ? std::move(*opened) : nullptr;
        openPath = path;
    }
    return source.get();
}

double runTool(const QString &program, const QStringList &args)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("dpi"), QStringLiteral("OCR render resolution."), QStringLiteral("N"),
                      QString::number(OcrEngine::recommendedDpi())});
    parser.addOption({QStringLiteral("ocr-pages"), QStringLiteral("Pages to OCR (scans first)."), QStringLiteral("N"), QStringLiteral("8")});
    parser.process(app);
    const int dpi = parser.value(QStringLiteral("dpi")).toInt();
    const int ocrPages = parser.value(QStringLiteral("ocr-pages")).toInt();

    // Every page of every PDF that opens without a password.
    const QDir dir(Test::corpusPath(QStringLiteral("pdfs")));
    QList<PageJob> textJobs, scanJobs, otherJobs;
    for (const QString &name : dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name)) {
        auto source = DocumentOpener::open(dir.filePath(name));
        if (!source)
            continue;
        for (int page = 0; page < (*source)->pageCount(); ++page) {
            textJobs.append({dir.filePath(name), page});
            auto text = (*source)->textLayer(page);
            (text && text->source == PageText::Source::None ? scanJobs : otherJobs).append({dir.filePath(name), page});
        }
    }
    // OCR set: the scans, then text pages spread over the corpus for a realistic mix of densities.
    QList<PageJob> ocrJobs = scanJobs;
    for (qsizetype i = 0; ocrJobs.size() < ocrPages && i < otherJobs.size(); i += std::max<qsizetype>(1, otherJobs.size() / ocrPages))
        ocrJobs << otherJobs[i];
    ocrJobs = ocrJobs.mid(0, ocrPages);

    printf("PageLens ingest bench: %lld PDF pages (%lld without text layer), OCR on %lld pages at %d dpi, OMP_THREAD_LIMIT=%s\n\n",
           qint64(textJobs.size()), qint64(scanJobs.size()), qint64(ocrJobs.size()), dpi,
           qEnvironmentVariableIsSet("OMP_THREAD_LIMIT") ? qgetenv("OMP_THREAD_LIMIT").constData() : "unset");
    printf("| measure | threads | pages | seconds | pages/s |\n|---|---|---|---|---|\n");
    const auto row = [](const char *what, int threads, qsizetype pages, double seconds) {
        printf("| %s | %d | %lld | %.2f | %.2f |\n", what, threads, qint64(pages), seconds, pages / seconds);
        fflush(stdout);
    };

    for (int threads : {1, 2}) {
        const double s = timed(textJobs, threads, [](const PageJob &job) {
            // Open per document as the indexer does (cached per thread), then read the text layer.
            if (PageSource *source = sourceFor(job.path))
                (void)source->textLayer(job.page);
        });
        row("text layer (open + textLayer)", threads, textJobs.size(), s);
    }

    for (int threads : {1, 2}) {
        const double s = timed(ocrJobs, threads, [dpi](const PageJob &job) {
            if (PageSource *source = sourceFor(job.path))
                (void)source->render(job.page, dpi);
        });
        row("render only (QtPdf)", threads, ocrJobs.size(), s);
    }

    for (int threads : {1, 2}) {
        const double s = timed(ocrJobs, threads, [dpi](const PageJob &job) {
            thread_local OcrEngine engine;
            if (PageSource *source = sourceFor(job.path)) {
                if (auto image = source->render(job.page, dpi))
                    (void)engine.recognize(*image);
            }
        });
        row("OCR (render + OSD + recognize)", threads, ocrJobs.size(), s);
    }

    // The CLI tools on the same pages: pdftoppm renders to PPM, tesseract reads our renders saved as PNG.
    QTemporaryDir temp;
    QStringList images;
    for (qsizetype i = 0; i < ocrJobs.size(); ++i) {
        auto source = DocumentOpener::open(ocrJobs[i].path);
        auto image = source ? (*source)->render(ocrJobs[i].page, dpi) : Result<QImage>(tl::unexpected(Error()));
        images << temp.filePath(QStringLiteral("page%1.png").arg(i));
        if (image)
            image->convertToFormat(QImage::Format_Grayscale8).save(images.last());
    }
    double popplerSeconds = 0;
    for (qsizetype i = 0; i < ocrJobs.size(); ++i) {
        const QString page = QString::number(ocrJobs[i].page + 1);
        popplerSeconds += runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), page,
                                                               QStringLiteral("-l"), page, ocrJobs[i].path,
                                                               temp.filePath(QStringLiteral("ppm%1").arg(i))});
    }
    row("pdftoppm -r DPI (PPM), sequential processes", 1, ocrJobs.size(), popplerSeconds);
    for (int threads : {1, 2}) {
        QList<PageJob> files;
        for (const QString &image : images)
            files.append({image, 0});
        const double s = timed(files, threads, [](const PageJob &job) {
            runTool(QStringLiteral("tesseract"), {job.path, QStringLiteral("-"), QStringLiteral("-l"), QStringLiteral("eng"),
                                                  QStringLiteral("--psm"), QStringLiteral("3")});
        });
        row("tesseract CLI --psm 3 (no OSD), per page", threads, files.size(), s);
    }
    return 0;
}
