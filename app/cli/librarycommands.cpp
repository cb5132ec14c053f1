// SPDX-License-Identifier: MIT
#include "app/cli/librarycommands.h"

#include <cmath>
#include <optional>
#include <utility>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/cliapp.h"
#include "app/cli/indexrunner.h"
#include "app/cli/provideroptions.h"
#include "core/library/library.h"
#include "core/llm/providerfactory.h"
#include "core/media/documentopener.h"
#include "core/media/pageimager.h"
#include "core/retrieval/evaluator.h"
#include "core/retrieval/librarysearch.h"
#include "core/service/libraryservice.h"
#include "core/retrieval/queryparser.h"

namespace PageLens::Cli {

namespace {

/**
 * The library's services for a command. Writes wait (saying so on stderr) while another process
 * writes, up to --wait seconds when the command has that option.
 */
std::shared_ptr<LibraryService> openService(CliContext &ctx, const QCommandLineParser *parser = nullptr)
{
    LibraryService::Options options;
    if (parser && parser->optionNames().contains(QStringLiteral("wait"))) {
        bool ok = false;
        const int seconds = parser->value(QStringLiteral("wait")).toInt(&ok);
        if (!ok || seconds < 0) {
            ctx.err << QCoreApplication::translate("PageLens", "--wait takes a number of seconds (0 or more).") << '\n';
            return {};
        }
        options.writeWait = std::chrono::seconds(seconds);
    }
    QTextStream *err = &ctx.err;
    options.onWaiting = [err](const QString &message) {   // the main thread is blocked on the write meanwhile
        *err << message << '\n';
        err->flush();
    };
    auto service = LibraryService::open(ctx.libraryDir, options);
    if (!service) {
        ctx.err << service.error().message << '\n';
        return {};
    }
    return *service;
}

/** A failed write: waiting for another writer too long is exit 1 (the contract), anything else 2. */
int reportWriteError(CliContext &ctx, const Error &error)
{
    ctx.err << error.message << '\n';
    return error.code == Error::Code::Locked ? Usage : SomeInputsFailed;
}

/** PATH#PAGE with a 1-based page; a path without '#' means page 1. */
bool splitPageSpec(const QString &spec, QString &path, int &page)
{
    const int hash = spec.lastIndexOf(QLatin1Char('#'));
    if (hash > 0 && !QFileInfo::exists(spec)) {
        bool ok = false;
        page = spec.mid(hash + 1).toInt(&ok);
        path = spec.left(hash);
        return ok && page >= 1;
    }
    path = spec;
    page = 1;
    return true;
}

/** Search settings from the command line; holds the provider that embeds queries. */
struct SearchSetup {
    std::shared_ptr<LibraryService> service;
    std::shared_ptr<Provider> provider;
    SearchOptions options;
};

void addSearchOptions(QCommandLineParser &parser)
{
    ProviderOptions::addProviderOptions(parser);
    parser.addOption({QStringLiteral("signals"), QCoreApplication::translate("PageLens", "Signals to use, e.g. bm25,dense (default: all the library has)."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("weights"), QCoreApplication::translate("PageLens", "Fusion weights, e.g. bm25=1,dense=0.5 (default 1 each)."),
                      QStringLiteral("LIST")});
}

/**
 * Search options from the command line. The dense signal needs the library's embedding model to
 * embed the query; without a usable provider it is reported as skipped (LibrarySearch decides).
 */
Result<SearchSetup> searchSetup(const QCommandLineParser &parser, Library &library)
{
    SearchSetup setup;
    setup.options.signalNames = parser.value(QStringLiteral("signals")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &name : setup.options.signalNames)
        name = name.trimmed();
    auto weights = LibrarySearch::parseWeights(parser.value(QStringLiteral("weights")));
    if (!weights)
        return tl::unexpected(weights.error());
    setup.options.weights = *weights;
    auto model = library.embeddingModel();
    if (!model)
        return tl::unexpected(model.error());
    const bool named = setup.options.signalNames.contains(QStringLiteral("dense"));
    if (model->isEmpty() || (!setup.options.signalNames.isEmpty() && !named))
        return setup;
    auto config = ProviderOptions::config(parser);
    if (!config) {
        setup.options.providerProblem = config.error();
        return setup;
    }
    setup.provider = ProviderFactory::createOnOwnThread(*config);
    setup.options.provider = setup.provider.get();
    return setup;
}

/** Exit codes by cause: bad input 1, a model service 3, anything else (catalog, files) 2. */
int reportSearchError(CliContext &ctx, const Error &error)
{
    ctx.err << error.message << '\n';
    switch (error.code) {
    case Error::Code::InvalidArgument:
        return Usage;
    case Error::Code::Network:
    case Error::Code::Timeout:
    case Error::Code::InvalidKey:
    case Error::Code::Quota:
    case Error::Code::ModelNotFound:
    case Error::Code::Overloaded:
    case Error::Code::Blocked:
    case Error::Code::Truncated:
    case Error::Code::BadResponse:
    case Error::Code::Mismatch:
        return ModelServiceError;
    default:
        return SomeInputsFailed;
    }
}

/** Signals that could not answer: one line each on stderr, so stdout stays the hits. */
void reportSkipped(CliContext &ctx, const SearchResult &result)
{
    for (auto it = result.skipped.cbegin(); it != result.skipped.cend(); ++it)
        ctx.err << QCoreApplication::translate("PageLens", "Signal \"%1\" skipped: %2").arg(it.key(), it.value()) << '\n';
}

/** Opens the library and its search signals for `search` and `eval`; on failure prints why and sets `exitCode`. */
std::optional<SearchSetup> prepareSearch(CliContext &ctx, const QCommandLineParser &parser, int &exitCode)
{
    auto service = openService(ctx);
    if (!service) {
        exitCode = Usage;
        return std::nullopt;
    }
    auto setup = searchSetup(parser, *service->library());
    if (!setup) {
        exitCode = reportSearchError(ctx, setup.error());
        return std::nullopt;
    }
    setup->service = service;
    return *setup;
}

QJsonArray boxesToJson(const SearchHit &hit)
{
    QJsonArray boxes;
    for (const NormalizedRect &box : hit.boxes) {
        const QRectF r = box.toRect(hit.pageSize);
        boxes.append(QJsonArray{std::round(r.left() * 100) / 100, std::round(r.top() * 100) / 100,
                                std::round(r.right() * 100) / 100, std::round(r.bottom() * 100) / 100});
    }
    return boxes;
}

} // namespace

QList<CliCommand> LibraryCommands::commands()
{
    return {
        {QStringLiteral("add"), QStringLiteral("PATH..."), tr("Add files and folders to the library and index them"), &add},
        {QStringLiteral("index"), QString(), tr("Pick up changes and index pending documents"), &index},
        {QStringLiteral("status"), QString(), tr("List the documents and their state"), &status},
        {QStringLiteral("remove"), QStringLiteral("PATH..."), tr("Take documents or folders out of the library (the files stay)"), &remove},
        {QStringLiteral("search"), QStringLiteral("QUERY [-k N]"), tr("Search the library"), &search},
        {QStringLiteral("render"), QStringLiteral("PATH#PAGE -o OUT.png [--dpi N]"), tr("Render a page to an image"), &render},
        {QStringLiteral("eval"), QStringLiteral("QUERIES.tsv --root DIR"), tr("Run a relevance set: Recall@5, MRR@10, nDCG@5"), &eval},
    };
}

int LibraryCommands::add(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("paths"), tr("Files and folders to add."), QStringLiteral("PATH..."));
    IndexRunner::addOptions(parser);
    if (!ctx.parse(parser, 1))
        return Usage;
    auto service = openService(ctx, &parser);
    if (!service)
        return Usage;
    auto report = service->add(parser.positionalArguments()).result();
    if (!report)
        return reportWriteError(ctx, report.error());
    for (const QString &problem : std::as_const(report->problems))
        ctx.err << problem << '\n';
    const int indexed = IndexRunner(ctx, parser).run(*service);
    if (indexed == Usage || indexed == ModelServiceError)
        return indexed;
    return report->problems.isEmpty() && indexed == Ok ? Ok : SomeInputsFailed;
}

int LibraryCommands::index(CliContext &ctx)
{
    QCommandLineParser parser;
    IndexRunner::addOptions(parser);
    if (!ctx.parse(parser, 0))
        return Usage;
    auto service = openService(ctx, &parser);
    if (!service)
        return Usage;
    if (auto report = service->rescan().result(); !report)
        return reportWriteError(ctx, report.error());
    return IndexRunner(ctx, parser).run(*service);
}

int LibraryCommands::status(CliContext &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, 0))
        return Usage;
    auto service = openService(ctx);
    if (!service)
        return Usage;
    auto documents = service->library()->documents();
    if (!documents) {
        ctx.err << documents.error().message << '\n';
        return SomeInputsFailed;
    }
    if (ctx.json) {
        QJsonArray items;
        for (const DocumentInfo &doc : *documents) {
            items.append(QJsonObject{{QStringLiteral("path"), doc.path},
                                     {QStringLiteral("status"), toString(doc.status)},
                                     {QStringLiteral("pages"), doc.pageCount},
                                     {QStringLiteral("error"), doc.error.isEmpty() ? QJsonValue() : QJsonValue(doc.error)}});
        }
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("documents"), items}}));
        return Ok;
    }
    for (const DocumentInfo &doc : *documents) {
        ctx.out << toString(doc.status).leftJustified(15) << QString::number(doc.pageCount).rightJustified(5) << "  "
                << doc.path;
        if (!doc.error.isEmpty())
            ctx.out << "  (" << doc.error << ')';
        ctx.out << '\n';
    }
    return Ok;
}

int LibraryCommands::remove(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("paths"), tr("Documents or folders to take out of the library."),
                                 QStringLiteral("PATH..."));
    parser.addOption({QStringLiteral("wait"), tr("Seconds to wait for another PageLens writing to the library (default 600)."),
                      QStringLiteral("SECONDS"), QStringLiteral("600")});
    if (!ctx.parse(parser, 1))
        return Usage;
    auto service = openService(ctx, &parser);
    if (!service)
        return Usage;
    auto report = service->remove(parser.positionalArguments()).result();
    if (!report)
        return reportWriteError(ctx, report.error());
    for (const QString &problem : std::as_const(report->problems))
        ctx.err << problem << '\n';
    if (ctx.json) {
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("removed"), report->documents},
                                                {QStringLiteral("folders"), report->folders},
                                                {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}}));
    } else {
        ctx.out << tr("Removed %n document(s) from the library; the files were not touched.", nullptr, report->documents)
                << '\n';
    }
    return report->problems.isEmpty() ? Ok : SomeInputsFailed;
}

int LibraryCommands::search(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("query"), tr("What to look for."), QStringLiteral("QUERY"));
    parser.addOption({QStringLiteral("k"), tr("Number of hits, 1 to 1000 (default 10)."), QStringLiteral("N"), QStringLiteral("10")});
    addSearchOptions(parser);
    parser.addHelpOption();
    if (ctx.args.contains(QLatin1String("--help")) || ctx.args.contains(QLatin1String("-h"))) {
        ctx.out << tr("Usage: pagelens-cli search QUERY [options]") << '\n'
                << parser.helpText().section(QLatin1Char('\n'), 1) << '\n'
                << tr("Query syntax:") << '\n'
                << QueryParser::syntaxHelp() << '\n'
                << tr("Quote the whole query for the shell; a query that starts with '-' goes after --.") << '\n';
        return Ok;
    }
    if (!ctx.parse(parser, 1))
        return Usage;
    const Result<int> k = CliContext::intOption(parser, QStringLiteral("k"), 1, 1000, tr("hits to show"));
    if (!k) {
        ctx.err << k.error().message << '\n';
        return Usage;
    }
    int failure = Ok;
    auto setup = prepareSearch(ctx, parser, failure);
    if (!setup)
        return failure;
    auto found = setup->service->search(parser.positionalArguments().join(QLatin1Char(' ')), *k, setup->options).result();
    if (!found)
        return reportSearchError(ctx, found.error());
    const QVector<SearchHit> &hits = found->hits;
    reportSkipped(ctx, *found);
    if (ctx.json) {
        // The top level stays the array of hits (a contract): each hit carries the skipped signals.
        QJsonObject skipped;
        for (auto it = found->skipped.cbegin(); it != found->skipped.cend(); ++it)
            skipped.insert(it.key(), it.value());
        QJsonArray items;
        for (const SearchHit &hit : hits) {
            QJsonObject signalsJson;
            for (auto it = hit.signalScores.cbegin(); it != hit.signalScores.cend(); ++it)
                signalsJson.insert(it.key(), QJsonObject{{QStringLiteral("score"), it->score}, {QStringLiteral("rank"), it->rank}});
            QJsonObject item{{QStringLiteral("path"), hit.path},
                             {QStringLiteral("page"), hit.ref.page + 1},
                             {QStringLiteral("score"), hit.score},
                             {QStringLiteral("snippet"), hit.snippet},
                             {QStringLiteral("boxes"), boxesToJson(hit)},
                             {QStringLiteral("signals"), signalsJson},
                             {QStringLiteral("partial"), hit.partialMatch},
                             {QStringLiteral("matched_terms"), QJsonArray::fromStringList(hit.matchedTerms)}};
            if (!skipped.isEmpty())
                item.insert(QStringLiteral("skipped"), skipped);
            items.append(item);
        }
        ctx.printJson(QJsonDocument(items));
        return Ok;
    }
    // Pages with only some of the words come after those with all of them, under a heading.
    bool headed = false;
    for (const SearchHit &hit : hits) {
        if (hit.partialMatch && !std::exchange(headed, true))
            ctx.out << (&hit == &hits.first() ? tr("No page has all the words; pages with most of them:")
                                                : tr("Pages with some of the words:"))
                    << '\n';
        ctx.out << hit.path << '#' << hit.ref.page + 1 << '\t' << QString::number(hit.score, 'f', 4) << '\t' << hit.snippet;
        if (hit.partialMatch)
            ctx.out << '\t' << tr("has: %1").arg(hit.matchedTerms.join(QStringLiteral(", ")));
        ctx.out << '\n';
    }
    return Ok;
}

int LibraryCommands::render(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("page"), tr("The page to render."), QStringLiteral("PATH#PAGE"));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Output image file."), QStringLiteral("OUT.png")});
    parser.addOption({QStringLiteral("dpi"), tr("Resolution (default 150)."), QStringLiteral("N"), QStringLiteral("150")});
    parser.addOption({QStringLiteral("password"), tr("Password of an encrypted PDF."), QStringLiteral("PASSWORD")});
    if (!ctx.parse(parser, 1))
        return Usage;
    QString path;
    int page = 1;
    bool dpiOk = false;
    const double dpi = parser.value(QStringLiteral("dpi")).toDouble(&dpiOk);
    if (!splitPageSpec(parser.positionalArguments().constFirst(), path, page) || !parser.isSet(QStringLiteral("o"))
        || !dpiOk || !std::isfinite(dpi) || dpi < PageImager::kMinDpi || dpi > PageImager::kMaxDpi) {
        ctx.err << tr("Usage: pagelens-cli render PATH#PAGE -o OUT.png [--dpi N] (%1-%2 dpi)")
                       .arg(PageImager::kMinDpi).arg(PageImager::kMaxDpi) << '\n';
        return Usage;
    }
    auto source = DocumentOpener::open(path, parser.value(QStringLiteral("password")));
    if (!source) {
        ctx.err << source.error().message << '\n';
        return SomeInputsFailed;
    }
    if (page > (*source)->pageCount()) {
        ctx.err << tr("%1 has %n page(s).", nullptr, (*source)->pageCount()).arg(path) << '\n';
        return Usage;
    }
    auto image = PageImager::render(**source, page - 1, PageImageSize::atDpi(dpi));
    if (!image) {
        ctx.err << image.error().message << '\n';
        return SomeInputsFailed;
    }
    const QString out = parser.value(QStringLiteral("o"));
    if (!image->save(out)) {
        ctx.err << tr("%1 cannot be written.").arg(out) << '\n';
        return SomeInputsFailed;
    }
    if (ctx.json)
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("output"), QFileInfo(out).absoluteFilePath()},
                                                {QStringLiteral("width"), image->width()},
                                                {QStringLiteral("height"), image->height()}}));
    return Ok;
}

int LibraryCommands::eval(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("queries"), tr("Relevance set (TSV)."), QStringLiteral("QUERIES.tsv"));
    parser.addOption({QStringLiteral("root"), tr("Folder the relevance set's paths are relative to."), QStringLiteral("DIR")});
    addSearchOptions(parser);
    if (!ctx.parse(parser, 1))
        return Usage;
    const QString root = parser.isSet(QStringLiteral("root")) ? parser.value(QStringLiteral("root"))
                                                              : QFileInfo(parser.positionalArguments().constFirst()).absolutePath();
    auto queries = RelevanceSet::load(parser.positionalArguments().constFirst(), root);
    if (!queries) {
        ctx.err << queries.error().message << '\n';
        return Usage;
    }
    int failure = Ok;
    auto setup = prepareSearch(ctx, parser, failure);
    if (!setup)
        return failure;
    auto evaluation = Evaluator::evaluate(*queries, [&](const QString &query, int k) {
        auto found = setup->service->search(query, k, setup->options).result();
        return found ? Result<QVector<SearchHit>>(found->hits) : Result<QVector<SearchHit>>(tl::unexpected(found.error()));
    });
    if (!evaluation) {
        return reportSearchError(ctx, evaluation.error());
    }
    if (ctx.json) {
        ctx.printJson(QJsonDocument(evaluation->toJson()));
        return Ok;
    }
    for (const QueryEvaluation &q : std::as_const(evaluation->perQuery))
        ctx.out << QStringLiteral("%1  rr=%2  r@5=%3  %4\n")
                       .arg(q.query.left(60).leftJustified(60))
                       .arg(q.reciprocalRankAt10, 0, 'f', 2)
                       .arg(q.recallAt5, 0, 'f', 2)
                       .arg(q.top.mid(0, 3).join(QStringLiteral(", ")));
    ctx.out << QStringLiteral("queries %1  Recall@5 %2  MRR@10 %3  nDCG@5 %4\n")
                   .arg(evaluation->queries)
                   .arg(evaluation->recallAt5, 0, 'f', 3)
                   .arg(evaluation->mrrAt10, 0, 'f', 3)
                   .arg(evaluation->ndcgAt5, 0, 'f', 3);
    return Ok;
}

} // namespace PageLens::Cli
