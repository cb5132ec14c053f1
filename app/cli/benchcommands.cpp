// SPDX-License-Identifier: MIT
#include "app/cli/benchcommands.h"

#include <utility>

#include <QCommandLineParser>
#include <QJsonDocument>

#include "app/cli/cliapp.h"
#include "core/agent/agentbenchmark.h"
#include "core/index/densebenchmark.h"
#include "core/index/maxsimbenchmark.h"

namespace PageLens::Cli {

namespace {

struct Benchmark {
    QLatin1String name;
    const char *summary;
    int (*run)(CliContext &);
};

// New benchmarks (e.g. "ingest") are one more row here.
const Benchmark kBenchmarks[] = {
    {QLatin1String("dense"),
     QT_TRANSLATE_NOOP("PageLens", "Dense vector index: build, save, load, query latency, recall@10"),
     &BenchCommands::dense},
    {QLatin1String("maxsim"),
     QT_TRANSLATE_NOOP("PageLens", "Late interaction (MaxSim): exact and two-stage latency, recall@10, memory roofline"),
     &BenchCommands::maxsim},
    {QLatin1String("agent"),
     QT_TRANSLATE_NOOP("PageLens", "Agent: its own time per step (search, view, read, request), model excluded"),
     &BenchCommands::agent},
};

void printBenchmarks(QTextStream &stream)
{
    stream << QCoreApplication::translate("PageLens", "Usage: pagelens-cli bench NAME [OPTIONS]") << '\n'
           << QCoreApplication::translate("PageLens", "Benchmarks:") << '\n';
    for (const Benchmark &benchmark : kBenchmarks)
        stream << "  " << QString(benchmark.name).leftJustified(10) << ' '
               << QCoreApplication::translate("PageLens", benchmark.summary) << '\n';
}

/** Parses `bench NAME` options; returns false (having printed why or the help) when the command is done. */
bool parseOptions(QCommandLineParser &parser, const QString &name, CliContext &ctx, int &exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("bench ") + name} + ctx.args.mid(1)) || !parser.positionalArguments().isEmpty()) {
        ctx.err << (parser.errorText().isEmpty()
                        ? QCoreApplication::translate("PageLens", "Unexpected argument %1.").arg(parser.positionalArguments().value(0))
                        : parser.errorText())
                << '\n'
                << parser.helpText();
        exitCode = Usage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        exitCode = Ok;
        return false;
    }
    return true;
}

/** Reads a positive integer option; prints the problem and returns false when it is not one. */
bool positive(const QCommandLineParser &parser, const QString &name, qint64 &value, CliContext &ctx)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    value = parser.value(name).toLongLong(&ok);
    if (!ok || value <= 0) {
        ctx.err << QCoreApplication::translate("PageLens", "--%1 needs a positive number.").arg(name) << '\n';
        return false;
    }
    return true;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms");
}

} // namespace

QList<CliCommand> BenchCommands::commands()
{
    return {
        {QStringLiteral("bench"), QStringLiteral("NAME [OPTIONS]"), tr("Run a benchmark (bench --help lists them)"), &bench},
    };
}

int BenchCommands::bench(CliContext &ctx)
{
    const QString name = ctx.args.value(0);
    for (const Benchmark &benchmark : kBenchmarks) {
        if (name == benchmark.name)
            return benchmark.run(ctx);
    }
    const bool help = name.isEmpty() || name == QLatin1String("--help") || name == QLatin1String("-h");
    if (!help)
        ctx.err << tr("Unknown benchmark %1.").arg(name) << '\n';
    printBenchmarks(help ? ctx.out : ctx.err);
    return help && !name.isEmpty() ? Ok : Usage;
}

int BenchCommands::dense(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("pages"), tr("Number of vectors (default 10000)."), QStringLiteral("N")},
        {QStringLiteral("dim"), tr("Dimensions (default 768)."), QStringLiteral("D")},
        {QStringLiteral("queries"), tr("Number of timed queries (default 200)."), QStringLiteral("Q")},
        {QStringLiteral("index"), tr("flat, hnsw or auto (default auto: flat below the HNSW threshold)."), QStringLiteral("KIND")},
        {QStringLiteral("threads"), tr("OpenMP and BLAS threads (default: one per core)."), QStringLiteral("T")},
        {QStringLiteral("faiss-baseline"), tr("Also time FAISS's own IndexFlatIP search, one query at a time.")},
        {QStringLiteral("dir"), tr("Folder for the index file (default: a temporary folder)."), QStringLiteral("DIR")},
    });
    if (int exitCode = Ok; !parseOptions(parser, QStringLiteral("dense"), ctx, exitCode))
        return exitCode;

    DenseBenchmark::Options options;
    qint64 pages = options.pages, dim = options.dim, queries = options.queries, threads = 0;
    if (!positive(parser, QStringLiteral("pages"), pages, ctx) || !positive(parser, QStringLiteral("dim"), dim, ctx)
        || !positive(parser, QStringLiteral("queries"), queries, ctx) || !positive(parser, QStringLiteral("threads"), threads, ctx))
        return Usage;
    options.pages = pages;
    options.dim = int(dim);
    options.queries = int(queries);
    options.threads = int(threads);
    options.faissBaseline = parser.isSet(QStringLiteral("faiss-baseline"));
    options.workDir = parser.value(QStringLiteral("dir"));
    const QString kind = parser.value(QStringLiteral("index"));
    if (kind == QLatin1String("flat")) {
        options.mode = DenseIndex::Mode::Flat;
    } else if (kind == QLatin1String("hnsw")) {
        options.mode = DenseIndex::Mode::Hnsw;
    } else if (!kind.isEmpty() && kind != QLatin1String("auto")) {
        ctx.err << tr("--index is flat, hnsw or auto.") << '\n';
        return Usage;
    }

    const auto report = DenseBenchmark::run(options);
    if (!report) {
        ctx.err << report.error().message << '\n';
        if (ctx.verbose)
            ctx.err << report.error().detail << '\n';
        return SomeInputsFailed;
    }
    if (ctx.json) {
        ctx.printJson(QJsonDocument(report->toJson()));
        return Ok;
    }
    const DenseBenchmark::Report &r = *report;
    ctx.out << tr("Dense index, %1 pages × %2 dimensions, %3, %4 threads (OpenMP %5)")
                   .arg(r.pages)
                   .arg(r.dim)
                   .arg(r.kind)
                   .arg(r.threads)
                   .arg(r.openMpThreads)
            << '\n'
            << tr("  build %1, save %2, load %3, file %4 MB")
                   .arg(ms(r.buildMs), ms(r.saveMs), ms(r.loadMs))
                   .arg(double(r.fileBytes) / 1e6, 0, 'f', 1)
            << '\n'
            << tr("  query p50 %1, p99 %2 over %3 queries, recall@%4 %5")
                   .arg(ms(r.queryP50Ms), ms(r.queryP99Ms))
                   .arg(r.queries)
                   .arg(r.k)
                   .arg(r.recallAtK, 0, 'f', 3)
            << '\n';
    if (const double scan = r.scanGBps(); scan > 0)
        ctx.out << tr("  scan %1 GB/s, memory read %2 GB/s (bound ratio %3)")
                       .arg(scan, 0, 'f', 1)
                       .arg(r.bandwidthGBps, 0, 'f', 1)
                       .arg(r.bandwidthGBps / scan, 0, 'f', 2)
                << '\n';
    if (r.faissP50Ms >= 0)
        ctx.out << tr("  FAISS IndexFlatIP::search p50 %1").arg(ms(r.faissP50Ms)) << '\n';
    ctx.out << tr("  BLAS: %1; FAISS build: %2").arg(r.blas, r.faissBuild) << '\n';
    ctx.out.flush();
    return Ok;
}

int BenchCommands::maxsim(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("pages"), tr("Number of pages (default 10000)."), QStringLiteral("N")},
        {QStringLiteral("patches"), tr("Vectors per page (default 1030: ColPali's 32 × 32 grid and 6 more)."), QStringLiteral("P")},
        {QStringLiteral("dim"), tr("Dimensions (default 128)."), QStringLiteral("D")},
        {QStringLiteral("query-tokens"), tr("Vectors per query (default 20)."), QStringLiteral("T")},
        {QStringLiteral("queries"), tr("Number of timed queries (default 20)."), QStringLiteral("Q")},
        {QStringLiteral("threads"), tr("Search threads (default: one per core)."), QStringLiteral("T")},
        {QStringLiteral("pool-factor"), tr("Patches per pooled vector of the candidate stage (default 32)."), QStringLiteral("F")},
        {QStringLiteral("candidates"), tr("Pages reranked exactly by the two-stage search (default 256)."), QStringLiteral("C")},
        {QStringLiteral("dir"), tr("Folder for the vector file (default: a temporary folder)."), QStringLiteral("DIR")},
        {QStringLiteral("keep"), tr("Keep the vector file in --dir and reuse it when the pages, vectors, dimensions and pool factor match.")},
    });
    if (int exitCode = Ok; !parseOptions(parser, QStringLiteral("maxsim"), ctx, exitCode))
        return exitCode;

    MaxSimBenchmark::Options options;
    qint64 pages = options.pages, patches = options.patches, dim = options.dim, tokens = options.queryTokens,
           queries = options.queries, threads = 0, poolFactor = options.poolFactor, candidates = options.candidates;
    for (const auto &[name, value] : {std::pair{QStringLiteral("pages"), &pages}, std::pair{QStringLiteral("patches"), &patches},
                                      std::pair{QStringLiteral("dim"), &dim}, std::pair{QStringLiteral("query-tokens"), &tokens},
                                      std::pair{QStringLiteral("queries"), &queries}, std::pair{QStringLiteral("threads"), &threads},
                                      std::pair{QStringLiteral("pool-factor"), &poolFactor},
                                      std::pair{QStringLiteral("candidates"), &candidates}}) {
        if (!positive(parser, name, *value, ctx))
            return Usage;
    }
    options.pages = pages;
    options.patches = int(patches);
    options.dim = int(dim);
    options.queryTokens = int(tokens);
    options.queries = int(queries);
    options.threads = int(threads);
    options.poolFactor = int(poolFactor);
    options.candidates = int(candidates);
    options.workDir = parser.value(QStringLiteral("dir"));
    options.keepFile = parser.isSet(QStringLiteral("keep"));
    if (options.keepFile && options.workDir.isEmpty()) {
        ctx.err << tr("--keep needs --dir.") << '\n';
        return Usage;
    }

    const auto report = MaxSimBenchmark::run(options);
    if (!report) {
        ctx.err << report.error().message << '\n';
        if (ctx.verbose)
            ctx.err << report.error().detail << '\n';
        return SomeInputsFailed;
    }
    if (ctx.json) {
        ctx.printJson(QJsonDocument(report->toJson()));
        return Ok;
    }
    const MaxSimBenchmark::Report &r = *report;
    ctx.out << tr("MaxSim, %1 pages × %2 vectors × %3 dimensions, %4 query tokens, kernel %5, %6 threads")
                   .arg(r.pages)
                   .arg(r.patches)
                   .arg(r.dim)
                   .arg(r.queryTokens)
                   .arg(r.kernel)
                   .arg(r.threads)
            << '\n'
            << tr("  write %1, open %2, file %3 MB; %4 bytes per page mapped, %5 resident")
                   .arg(ms(r.writeMs), ms(r.openMs))
                   .arg(double(r.fileBytes) / 1e6, 0, 'f', 1)
                   .arg(r.bytesPerPage)
                   .arg(r.residentBytesPerPage)
            << '\n'
            << tr("  exact p50 %1, p99 %2; memory roofline %3 at %4 GB/s (ratio %5)")
                   .arg(ms(r.exactP50Ms), ms(r.exactP99Ms), ms(r.rooflineMs()))
                   .arg(r.bandwidthGBps, 0, 'f', 1)
                   .arg(r.rooflineMs() > 0 ? r.exactP50Ms / r.rooflineMs() : 0, 0, 'f', 2)
            << '\n'
            << tr("  two-stage p50 %1, p99 %2 (pool factor %3, %4 candidates), recall@%5 %6 over %7 queries")
                   .arg(ms(r.twoStageP50Ms), ms(r.twoStageP99Ms))
                   .arg(r.poolFactor)
                   .arg(r.candidates)
                   .arg(r.k)
                   .arg(r.recallAtK, 0, 'f', 3)
                   .arg(r.queries)
            << '\n';
    ctx.out.flush();
    return Ok;
}

int BenchCommands::agent(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("pages"), tr("Number of pages (default 10000)."), QStringLiteral("N")},
        {QStringLiteral("steps"), tr("Number of timed steps (default 30)."), QStringLiteral("S")},
        {QStringLiteral("image"), tr("The page view_page shows (default: the first image of the seed notebook, when found)."), QStringLiteral("FILE")},
    });
    if (int exitCode = Ok; !parseOptions(parser, QStringLiteral("agent"), ctx, exitCode))
        return exitCode;
    AgentBenchmark::Options options;
    qint64 pages = options.pages, steps = options.steps;
    if (!positive(parser, QStringLiteral("pages"), pages, ctx) || !positive(parser, QStringLiteral("steps"), steps, ctx))
        return Usage;
    if (pages < 20) {
        ctx.err << tr("--pages needs at least 20.") << '\n';
        return Usage;
    }
    options.pages = int(pages);
    options.steps = int(steps);
    options.imagePath = parser.value(QStringLiteral("image"));
    if (options.imagePath.isEmpty())
        options.imagePath = QCoreApplication::applicationDirPath() + QStringLiteral("/../../../shared/corpus/seed/course-ai-agents-l11/images/image_1.jpeg");
    const auto report = AgentBenchmark::run(options);
    if (!report) {
        ctx.err << report.error().message << '\n';
        return SomeInputsFailed;
    }
    if (ctx.json)
        ctx.printJson(QJsonDocument(report->toJson()));
    else
        ctx.out << report->toText();
    return Ok;
}

} // namespace PageLens::Cli
