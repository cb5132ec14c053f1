// SPDX-License-Identifier: MIT
#include "app/cli/librarycommands.h"

#include <cmath>
#include <optional>
#include <utility>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>

#include "app/cli/cliapp.h"
#include "app/cli/indexrunner.h"
#include "app/cli/provideroptions.h"
#include "core/detect/detectionpainter.h"
#include "core/library/catalog.h"
#include "core/library/library.h"
#include "core/library/libraryrepair.h"
#include "core/llm/lateinteractionclient.h"
#include "core/llm/providerfactory.h"
#include "core/media/documentopener.h"
#include "core/media/pageimager.h"
#include "core/retrieval/evaluator.h"
#include "core/retrieval/matchexplanation.h"
#include "core/retrieval/librarysearch.h"
#include "core/service/libraryservice.h"
#include "core/retrieval/queryparser.h"

namespace PageLens::Cli {

std::shared_ptr<LibraryService> LibraryCommands::openService(CliContext &ctx, int &exitCode, const QCommandLineParser *parser)
{
    exitCode = Usage;
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
        // A damaged, unreadable or uncreatable catalog is an input that failed (2), never a usage error.
        ctx.err << service.error().message << '\n';
        exitCode = service.error().code == Error::Code::Locked ? Usage : SomeInputsFailed;
        return {};
    }
    exitCode = Ok;
    return *service;
}

bool LibraryCommands::splitPageSpec(const QString &spec, QString &path, int &page)
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

namespace {

// Search hits as the viewer shows them: a translucent yellow fill with an amber edge.
const QColor kHitFill(255, 220, 0, 90);
const QColor kHitEdge(230, 150, 0);

/** A document for --json: path, status, pages, error, and for `partial` the pages that did not read. */
QJsonObject documentJson(const DocumentInfo &doc)
{
    QJsonObject item{{QStringLiteral("path"), doc.path},
                     {QStringLiteral("status"), toString(doc.status)},
                     {QStringLiteral("pages"), doc.pageCount},
                     {QStringLiteral("error"), doc.error.isEmpty() ? QJsonValue() : QJsonValue(doc.error)}};
    if (!doc.pageErrors.isEmpty()) {
        QJsonArray pages;
        for (auto it = doc.pageErrors.cbegin(); it != doc.pageErrors.cend(); ++it)
            pages.append(QJsonObject{{QStringLiteral("page"), it.key()}, {QStringLiteral("reason"), it.value()}});
        item.insert(QStringLiteral("page_errors"), pages);
    }
    return item;
}

/** `add` and `index` with --json: the documents the run finished and how it went. */
void printRunJson(CliContext &ctx, const LibraryService &service, const IndexRunner &runner, const ScanReport *report)
{
    QJsonArray documents;
    for (const DocumentInfo &doc : runner.finished())
        documents.append(documentJson(doc));
    QJsonObject result{{QStringLiteral("documents"), documents},
                       {QStringLiteral("interrupted_reset"), service.library()->interruptedReset()}};
    if (report)
        result.insert(QStringLiteral("problems"), QJsonArray::fromStringList(report->problems));
    ctx.printJson(QJsonDocument(result));
}

/** A failed write: waiting for another writer too long is exit 1 (the contract), anything else 2. */
int reportWriteError(CliContext &ctx, const Error &error)
{
    ctx.err << error.message << '\n';
    return error.code == Error::Code::Locked ? Usage : SomeInputsFailed;
}

/** Search settings from the command line; holds the provider that embeds queries. */
struct SearchSetup {
    std::shared_ptr<LibraryService> service;
    std::shared_ptr<Provider> provider;
    std::shared_ptr<LateInteractionClient> late;
    SearchOptions options;
};

void addSearchOptions(QCommandLineParser &parser)
{
    ProviderOptions::addProviderOptions(parser);
    ProviderOptions::addLateOptions(parser);
    parser.addOption({QStringLiteral("signals"), QCoreApplication::translate("PageLens", "Signals to use, e.g. bm25,dense,late (default: all the library has)."),
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
    auto late = ProviderOptions::lateConfig(parser);
    if (!late)
        return tl::unexpected(late.error());
    if (late->isSet()) {
        setup.late = LateInteractionClient::createOnOwnThread(*late);
        setup.options.late = setup.late.get();
    }
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
    case Error::Code::Mismatch:   // the library's vectors come from another model: a setting to change
        return Usage;
    default:
        return error.fromModelService() ? ModelServiceError : SomeInputsFailed;
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
    auto service = LibraryCommands::openService(ctx, exitCode);
    if (!service)
        return std::nullopt;
    auto setup = searchSetup(parser, *service->library());
    if (!setup) {
        exitCode = reportSearchError(ctx, setup.error());
        return std::nullopt;
    }
    setup->service = service;
    return *setup;
}

/** --folder, --type, --modified-after/-before and --sort of `search`. */
Result<SearchFilter> searchFilter(const QCommandLineParser &parser)
{
    SearchFilter filter;
    if (parser.isSet(QStringLiteral("folder")))
        filter.folder = QFileInfo(parser.value(QStringLiteral("folder"))).absoluteFilePath();
    for (const QString &type : parser.value(QStringLiteral("type")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!SearchFilter::knownTypes().contains(type.trimmed()))
            return fail(Error::Code::InvalidArgument, LibraryCommands::tr("--type takes pdf, image or scan, not \"%1\".").arg(type));
        filter.types << type.trimmed();
    }
    for (const auto &[name, date] : {std::pair{QStringLiteral("modified-after"), &filter.modifiedFrom},
                                     std::pair{QStringLiteral("modified-before"), &filter.modifiedTo}}) {
        if (!parser.isSet(name))
            continue;
        *date = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!date->isValid())
            return fail(Error::Code::InvalidArgument, LibraryCommands::tr("--%1 takes a day such as 2024-05-31.").arg(name));
    }
    if (parser.isSet(QStringLiteral("sort"))) {
        const auto sort = SearchFilter::parseSort(parser.value(QStringLiteral("sort")));
        if (!sort)
            return fail(Error::Code::InvalidArgument, LibraryCommands::tr("--sort takes relevance, name or date."));
        filter.sort = *sort;
    }
    return filter;
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
        {QStringLiteral("find"), QStringLiteral("QUERY PATH"), tr("Find words in one document: every occurrence, page by page, with boxes"), &find},
        {QStringLiteral("render"), QStringLiteral("PATH#PAGE -o OUT.png [--dpi N] [--layers detections,hits] [--query Q]"), tr("Render a page to an image, with layers"), &render},
        {QStringLiteral("eval"), QStringLiteral("QUERIES.tsv --root DIR"), tr("Run a relevance set: Recall@5, MRR@10, nDCG@5"), &eval},
        {QStringLiteral("repair"), QString(), tr("Check the catalog; rebuild its indexes, or a new catalog from the library's files"), &repair},
    };
}

int LibraryCommands::add(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("paths"), tr("Files and folders to add."), QStringLiteral("PATH..."));
    IndexRunner::addOptions(parser);
    if (!ctx.parse(parser, 1))
        return Usage;
    int opened = Ok;
    auto service = LibraryCommands::openService(ctx, opened, &parser);
    if (!service)
        return opened;
    auto report = service->add(parser.positionalArguments()).result();
    if (!report)
        return reportWriteError(ctx, report.error());
    for (const QString &problem : std::as_const(report->problems))
        ctx.err << problem << '\n';
    IndexRunner runner(ctx, parser);
    const int indexed = runner.run(*service);
    if (ctx.json)
        printRunJson(ctx, *service, runner, &*report);
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
    int opened = Ok;
    auto service = LibraryCommands::openService(ctx, opened, &parser);
    if (!service)
        return opened;
    if (auto report = service->rescan().result(); !report)
        return reportWriteError(ctx, report.error());
    IndexRunner runner(ctx, parser);
    const int indexed = runner.run(*service);
    if (ctx.json)
        printRunJson(ctx, *service, runner, nullptr);
    return indexed;
}

int LibraryCommands::status(CliContext &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, 0))
        return Usage;
    int opened = Ok;
    auto service = LibraryCommands::openService(ctx, opened);
    if (!service)
        return opened;
    auto documents = service->library()->documents();
    if (!documents) {
        ctx.err << documents.error().message << '\n';
        return SomeInputsFailed;
    }
    const Library &library = *service->library();
    if (ctx.json) {
        QJsonArray items;
        for (const DocumentInfo &doc : *documents)
            items.append(documentJson(doc));
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("documents"), items},
                                                {QStringLiteral("interrupted_reset"), library.interruptedReset()},
                                                {QStringLiteral("read_only"), library.isReadOnly()}}));
        return Ok;
    }
    for (const DocumentInfo &doc : *documents) {
        ctx.out << toString(doc.status).leftJustified(15) << QString::number(doc.pageCount).rightJustified(5) << "  "
                << doc.path;
        if (!doc.error.isEmpty())
            ctx.out << "  (" << doc.error << ')';
        ctx.out << '\n';
        for (auto it = doc.pageErrors.cbegin(); it != doc.pageErrors.cend(); ++it)
            ctx.out << QString(22, QLatin1Char(' ')) << tr("page %1: %2").arg(it.key()).arg(it.value()) << '\n';
    }
    if (library.interruptedReset() > 0)
        ctx.out << tr("%n document(s) left \"indexing\" by an interrupted run were reset to pending.", nullptr,
                      library.interruptedReset()) << '\n';
    if (library.isReadOnly())
        ctx.out << tr("The library is read-only: search, status and render work; add and index do not.") << '\n';
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
    int opened = Ok;
    auto service = openService(ctx, opened, &parser);
    if (!service)
        return opened;
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
    parser.addOption({QStringLiteral("offline"), tr("Only the signals that need no model service (bm25, objects), as the window searches while you type.")});
    parser.addOption({QStringLiteral("folder"), tr("Only documents at or below this folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("type"), tr("Only these document types: pdf, image, scan (comma-separated)."), QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("modified-after"), tr("Only documents modified on or after this day."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("modified-before"), tr("Only documents modified on or before this day."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("sort"), tr("Order of the hits: relevance (default), name, date (newest first)."), QStringLiteral("ORDER")});
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
    const Result<SearchFilter> filter = searchFilter(parser);
    if (!filter) {
        ctx.err << filter.error().message << '\n';
        return Usage;
    }
    int failure = Ok;
    auto setup = prepareSearch(ctx, parser, failure);
    if (!setup)
        return failure;
    setup->options.filter = *filter;
    setup->options.offlineOnly = parser.isSet(QStringLiteral("offline"));
    auto found = setup->service->search(parser.positionalArguments().join(QLatin1Char(' ')), *k, setup->options).result();
    if (!found)
        return reportSearchError(ctx, found.error());
    const QVector<SearchHit> &hits = found->hits;
    reportSkipped(ctx, *found);
    // A hit on a document indexed with errors says so: some of its pages are not searchable.
    QHash<QString, DocumentStatus> statusOf;
    if (auto documents = setup->service->library()->documents()) {
        for (const DocumentInfo &doc : std::as_const(*documents))
            statusOf.insert(doc.path, doc.status);
    }
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
                             {QStringLiteral("matched_terms"), QJsonArray::fromStringList(hit.matchedTerms)},
                             {QStringLiteral("why"), MatchExplanation::describe(hit)},
                             {QStringLiteral("reason"), MatchExplanation::reason(hit)},
                             {QStringLiteral("document_status"), toString(statusOf.value(hit.path, DocumentStatus::Indexed))}};
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
        // Why it matched (words, signals), not raw scores: they mean nothing to a reader.
        ctx.out << hit.path << '#' << hit.ref.page + 1 << '\t' << MatchExplanation::describe(hit) << '\t' << hit.snippet << '\n';
    }
    return Ok;
}

int LibraryCommands::find(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("query"), tr("The words to find, in this order."), QStringLiteral("QUERY"));
    parser.addPositionalArgument(QStringLiteral("path"), tr("A document of the library."), QStringLiteral("PATH"));
    if (!ctx.parse(parser, 2, 2))
        return Usage;
    const QStringList args = parser.positionalArguments();
    int failure = Ok;
    auto service = openService(ctx, failure);
    if (!service)
        return failure;
    const QString path = QFileInfo(args[1]).absoluteFilePath();
    auto found = service->find(path, args[0]).result();
    if (!found) {
        ctx.err << found.error().message << '\n';
        return SomeInputsFailed;
    }
    if (ctx.json) {
        QJsonArray items;
        for (const SearchHit &hit : std::as_const(*found))
            items.append(QJsonObject{{QStringLiteral("page"), hit.ref.page + 1},
                                     {QStringLiteral("text"), hit.snippet},
                                     {QStringLiteral("boxes"), boxesToJson(hit)}});
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("path"), path},
                                                {QStringLiteral("query"), args[0]},
                                                {QStringLiteral("count"), int(found->size())},
                                                {QStringLiteral("hits"), items}}));
        return Ok;
    }
    for (const SearchHit &hit : std::as_const(*found))
        ctx.out << path << '#' << hit.ref.page + 1 << '\t' << hit.snippet << '\n';
    ctx.err << tr("%n hit(s)", nullptr, int(found->size())) << '\n';
    return Ok;
}

int LibraryCommands::render(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("page"), tr("The page to render."), QStringLiteral("PATH#PAGE"));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Output image file."), QStringLiteral("OUT.png")});
    parser.addOption({QStringLiteral("dpi"), tr("Resolution (default 150)."), QStringLiteral("N"), QStringLiteral("150")});
    parser.addOption({QStringLiteral("password"), tr("Password of an encrypted PDF."), QStringLiteral("PASSWORD")});
    parser.addOption({QStringLiteral("layers"), tr("Draw these layers of a library page: detections, hits (with --query)."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("query"), tr("The search whose hit boxes the hits layer draws."), QStringLiteral("Q")});
    if (!ctx.parse(parser, 1))
        return Usage;
    const QStringList layers = parser.value(QStringLiteral("layers")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &layer : layers) {
        if (layer != QLatin1String("detections") && layer != QLatin1String("hits")) {
            ctx.err << tr("--layers takes detections and hits, not \"%1\".").arg(layer) << '\n';
            return Usage;
        }
    }
    if (layers.contains(QStringLiteral("hits")) && !parser.isSet(QStringLiteral("query"))) {
        ctx.err << tr("The hits layer needs --query.") << '\n';
        return Usage;
    }
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
    if (!layers.isEmpty()) {
        const int drawn = drawLayers(ctx, *image, path, page - 1, layers, parser.value(QStringLiteral("query")));
        if (drawn != Ok)
            return drawn;
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

int LibraryCommands::drawLayers(CliContext &ctx, QImage &image, const QString &path, int page, const QStringList &layers,
                                const QString &query)
{
    int opened = Ok;
    auto service = LibraryCommands::openService(ctx, opened);
    if (!service)
        return opened;
    auto doc = service->library()->catalog()->documentByPath(QFileInfo(path).absoluteFilePath());
    if (!doc) {
        ctx.err << doc.error().message << '\n';
        return Usage;
    }
    const PageRef ref{doc->id, page};
    if (layers.contains(QStringLiteral("hits"))) {
        auto found = service->search(query, 1000, SearchOptions{}).result();
        if (!found)
            return reportSearchError(ctx, found.error());
        QPainter painter(&image);
        for (const SearchHit &hit : std::as_const(found->hits)) {
            if (hit.ref != ref)
                continue;
            for (const NormalizedRect &box : hit.boxes) {
                const QRectF r = box.toRect(image.size());
                painter.fillRect(r, kHitFill);
                painter.setPen(QPen(kHitEdge, std::max(1.0, image.width() / 400.0)));
                painter.drawRect(r);
            }
        }
    }
    if (layers.contains(QStringLiteral("detections"))) {
        auto detections = service->detections(ref).result();
        if (!detections) {
            ctx.err << detections.error().message << '\n';
            return SomeInputsFailed;
        }
        image = DetectionPainter::paint(image, *detections);
    }
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

int LibraryCommands::repair(CliContext &ctx)
{
    QCommandLineParser parser;
    IndexRunner::addOptions(parser);   // for the re-index of a catalog made anew
    if (!ctx.parse(parser, 0))
        return Usage;
    auto report = LibraryRepair::run(ctx.libraryDir);
    if (!report) {
        ctx.err << report.error().message << '\n';
        return report.error().code == Error::Code::Locked ? Usage : SomeInputsFailed;
    }
    // A catalog made anew has its documents pending: they are read again now.
    int indexed = Ok;
    std::optional<IndexRunner> runner;
    std::shared_ptr<LibraryService> service;
    if (report->recreated()) {
        service = LibraryCommands::openService(ctx, indexed, &parser);
        if (!service)
            return indexed;
        runner.emplace(ctx, parser);
        indexed = runner->run(*service);
    }
    if (ctx.json) {
        QJsonObject json{{QStringLiteral("integrity"), report->integrity.isEmpty() ? QJsonValue() : QJsonValue(report->integrity)},
                         {QStringLiteral("problem"), report->problem.isEmpty() ? QJsonValue() : QJsonValue(report->problem)},
                         {QStringLiteral("text_index_rebuilt"), report->textIndexRebuilt},
                         {QStringLiteral("vectors_rebuilt"), report->vectorsRebuilt < 0 ? QJsonValue() : QJsonValue(report->vectorsRebuilt)},
                         {QStringLiteral("moved_aside"), report->movedAside.isEmpty() ? QJsonValue() : QJsonValue(report->movedAside)},
                         {QStringLiteral("re_added"), QJsonArray::fromStringList(report->reAdded)}};
        if (runner) {
            QJsonArray documents;
            for (const DocumentInfo &doc : runner->finished())
                documents.append(documentJson(doc));
            json.insert(QStringLiteral("documents"), documents);
        }
        ctx.printJson(QJsonDocument(json));
    } else {
        ctx.out << tr("Catalog check: %1").arg(report->integrity.isEmpty() ? report->problem : report->integrity) << '\n';
        if (report->textIndexRebuilt)
            ctx.out << tr("Text indexes (pages_fts, pages_trigram) rebuilt from the catalog's pages.") << '\n';
        if (report->vectorsRebuilt >= 0)
            ctx.out << tr("Dense index rebuilt from the catalog: %n vector(s).", nullptr, int(report->vectorsRebuilt)) << '\n';
        if (report->recreated()) {
            ctx.out << tr("Rows were lost, so a new catalog was made. The damaged one is kept at %1.").arg(report->movedAside) << '\n'
                    << tr("Added again from the files the library knew (%n folder(s) and file(s)):", nullptr, int(report->reAdded.size()))
                    << '\n';
            for (const QString &path : std::as_const(report->reAdded))
                ctx.out << "  " << path << '\n';
            if (runner)
                ctx.out << tr("%n document(s) read again.", nullptr, int(runner->finished().size())) << '\n';
        }
    }
    return indexed == Usage ? SomeInputsFailed : indexed;
}

} // namespace PageLens::Cli
