// SPDX-License-Identifier: MIT
#include "app/cli/benchcommands.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include "app/cli/cliapp.h"
#include "core/index/densebenchmark.h"

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
};

void printBenchmarks(QTextStream &stream)
{
    stream << QCoreApplication::translate("PageLens", "Usage: pagelens-cli bench NAME [OPTIONS]") << '\n'
           << QCoreApplication::translate("PageLens", "Benchmarks:") << '\n';
    for (const Benchmark &benchmark : kBenchmarks)
        stream << "  " << QString(benchmark.name).leftJustified(10) << ' '
               << QCoreApplication::translate("PageLens", benchmark.summary) << '\n';
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
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("bench dense")} + ctx.args.mid(1)) || !parser.positionalArguments().isEmpty()) {
        ctx.err << (parser.errorText().isEmpty() ? tr("Unexpected argument %1.").arg(parser.positionalArguments().value(0))
                                                 : parser.errorText())
                << '\n'
                << parser.helpText();
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return Ok;
    }

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

} // namespace PageLens::Cli
