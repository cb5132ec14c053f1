// SPDX-License-Identifier: MIT
// Ingest throughput over ../shared/corpus/pdfs: text layer (open + textLayer) and OCR (render at the OCR
// dpi + recognize), with 1 and 2 threads, beside pdftoppm and the tesseract CLI on the same pages; and
// the whole offline ingest (Indexer) through 1 and 2 pagelens-docworker processes.
//   bench_ingest [--dpi N] [--ocr-pages N] [--pool-only] [--rounds N]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtConcurrent>

#include "core/ingest/indexer.h"
#include "core/library/library.h"
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

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2) : QStringLiteral("?");
}

/** The offline ingest of `folder` into a fresh library with `workers` document workers: seconds and pages. */
std::pair<double, int> poolIngest(const QString &folder, int workers)
{
    QTemporaryDir dir;
    auto library = Library::open(dir.path());
    if (!library || !(*library)->add({folder}))
        qFatal("cannot make a library in %s", qPrintable(dir.path()));
    IndexOptions options;
    options.workers = workers;
    options.workerProgram = QStringLiteral(PAGELENS_DOCWORKER_PATH);
    QElapsedTimer timer;
    timer.start();
    auto summary = Indexer((*library)->catalog(), options).run();
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!summary)
        qFatal("indexing failed: %s", qPrintable(summary.error().toLogString()));
    return {seconds, summary->pages};
}

/** Rounds of 1 then 2 workers, alternating so a change in the machine's load hits both alike. */
void poolBench(int rounds)
{
    const QString folder = Test::corpusPath(QStringLiteral("pdfs"));
    printf("Offline ingest of %s through the document worker pool (Indexer, pagelens-docworker per thread)\n\n", qPrintable(folder));
    printf("| round | workers | pages | seconds | pages/s | load average before |\n|---|---|---|---|---|---|\n");
    QList<double> one, two;
    for (int round = 1; round <= rounds; ++round) {
        for (int workers : {1, 2}) {
            const QString load = loadAverage();
            const auto [seconds, pages] = poolIngest(folder, workers);
            (workers == 1 ? one : two) << seconds;
            printf("| %d | %d | %d | %.2f | %.1f | %s |\n", round, workers, pages, seconds, pages / seconds, qPrintable(load));
            fflush(stdout);
        }
    }
    std::sort(one.begin(), one.end());
    std::sort(two.begin(), two.end());
    printf("\nmedian: 1 worker %.2f s, 2 workers %.2f s, speed-up %.2fx (load average now %s)\n\n", one[one.size() / 2],
           two[two.size() / 2], one[one.size() / 2] / two[two.size() / 2], qPrintable(loadAverage()));
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
    parser.addOption({QStringLiteral("pool-only"), QStringLiteral("Only the offline ingest through the worker pool.")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Rounds of the worker pool ingest."), QStringLiteral("N"), QStringLiteral("3")});
    parser.process(app);
    poolBench(std::max(1, parser.value(QStringLiteral("rounds")).toInt()));
    if (parser.isSet(QStringLiteral("pool-only")))
        return 0;
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
