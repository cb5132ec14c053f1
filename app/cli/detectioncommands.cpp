// SPDX-License-Identifier: MIT
#include "app/cli/detectioncommands.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>
#include <QUrl>

#include "app/cli/cliapp.h"
#include "app/cli/librarycommands.h"
#include "app/cli/provideroptions.h"
#include "core/detect/objectdetector.h"
#include "core/library/catalog.h"
#include "core/library/library.h"
#include "core/llm/providerfactory.h"
#include "core/service/libraryservice.h"

namespace PageLens::Cli {

namespace {

/** A page of a library document named on the command line, with its 0-based number. */
struct LibraryPage {
    std::shared_ptr<LibraryService> service;
    PageRef ref;
    QString label;   // PATH#PAGE as given
};

/** Resolves PATH#PAGE to an indexed page of the library; prints why not and sets `exitCode`. */
std::optional<LibraryPage> libraryPage(CliContext &ctx, const QCommandLineParser &parser, int &exitCode)
{
    QString path;
    int page = 1;
    const QString spec = parser.positionalArguments().constFirst();
    if (!LibraryCommands::splitPageSpec(spec, path, page)) {
        ctx.err << QCoreApplication::translate("PageLens", "Name a page as PATH#PAGE (pages count from 1).") << '\n';
        exitCode = Usage;
        return std::nullopt;
    }
    auto service = LibraryCommands::openService(ctx, exitCode, &parser);
    if (!service)
        return std::nullopt;
    auto catalog = service->library()->catalog();
    auto doc = catalog->documentByPath(QFileInfo(path).absoluteFilePath());
    if (!doc) {
        ctx.err << doc.error().message << '\n';
        exitCode = Usage;
        return std::nullopt;
    }
    if (page > doc->pageCount || !catalog->page({doc->id, page - 1})) {
        ctx.err << (doc->pageCount == 0 ? QCoreApplication::translate("PageLens", "%1 is not indexed yet (run index).").arg(path)
                                        : QCoreApplication::translate("PageLens", "%1 has %n page(s).", nullptr, doc->pageCount).arg(path))
                << '\n';
        exitCode = Usage;
        return std::nullopt;
    }
    Catalog::closeThreadConnections();
    return LibraryPage{service, {doc->id, page - 1}, spec};
}

QString boxText(const NormalizedRect &box)
{
    return QStringLiteral("[%1, %2, %3, %4]").arg(box.left, 0, 'f', 3).arg(box.top, 0, 'f', 3).arg(box.right, 0, 'f', 3).arg(box.bottom, 0, 'f', 3);
}

} // namespace

QList<CliCommand> DetectionCommands::commands()
{
    return {
        {QStringLiteral("detections"), QStringLiteral("PATH#PAGE"), tr("List the objects stored for a library page"), &detections},
    };
}

QJsonArray DetectionCommands::toJson(const QVector<Detection> &detections)
{
    QJsonArray list;
    for (const Detection &d : detections) {
        list.append(QJsonObject{{QStringLiteral("label"), d.label},
                                {QStringLiteral("box"), QJsonArray{d.box.left, d.box.top, d.box.right, d.box.bottom}},
                                {QStringLiteral("box_2d"), QJsonArray{d.box2d[0], d.box2d[1], d.box2d[2], d.box2d[3]}},
                                {QStringLiteral("model"), d.model},
                                {QStringLiteral("prompt"), d.prompt},
                                {QStringLiteral("mask"), !d.mask.isEmpty()},
                                {QStringLiteral("detected_at"), d.detectedAt.isValid() ? QJsonValue(d.detectedAt.toUTC().toString(Qt::ISODate))
                                                                                       : QJsonValue()}});
    }
    return list;
}

int DetectionCommands::detectStored(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("page"), tr("A page of a library document."), QStringLiteral("PATH#PAGE"));
    parser.addOption({QStringLiteral("store"), tr("Keep the detections in the library (replacing this page's for the same prompt).")});
    parser.addOption({QStringLiteral("prompt"), tr("The instruction sent with the page."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("max-side"), tr("Longest side of the page image sent, 64 to 4096 pixels (default %1).")
                                                      .arg(PageImager::kModelLongestSide),
                      QStringLiteral("PIXELS"), QString::number(PageImager::kModelLongestSide)});
    parser.addOption({QStringLiteral("privacy"), tr("What may leave the machine in this run: never, text or images "
                                                    "(default: the library's setting)."), QStringLiteral("LEVEL")});
    parser.addOption({QStringLiteral("yes"), tr("Agree to send the page image.")});
    parser.addOption({QStringLiteral("wait"), tr("Seconds to wait while another PageLens writes to the library (default 600)."),
                      QStringLiteral("SECONDS"), QStringLiteral("600")});
    ProviderOptions::addProviderOptions(parser);
    if (!ctx.parse(parser, 1, 1))
        return Usage;
    const Result<int> side = CliContext::intOption(parser, QStringLiteral("max-side"), 64, 4096, tr("pixels"));
    if (!side) {
        ctx.err << side.error().message << '\n';
        return Usage;
    }
    LibraryService::DetectOptions options;
    options.longestSide = *side;
    options.prompt = parser.value(QStringLiteral("prompt"));
    if (parser.isSet(QStringLiteral("privacy"))) {
        options.privacy = privacyFromString(parser.value(QStringLiteral("privacy")));
        if (!options.privacy) {
            ctx.err << tr("--privacy takes never, text or images.") << '\n';
            return Usage;
        }
    }
    int exitCode = Ok;
    auto page = libraryPage(ctx, parser, exitCode);
    if (!page)
        return exitCode;
    auto privacy = options.privacy ? Result<Privacy>(*options.privacy) : page->service->library()->privacy();
    if (!privacy) {
        ctx.err << privacy.error().message << '\n';
        return SomeInputsFailed;
    }
    if (*privacy != Privacy::Images) {
        ctx.err << tr("Object detection sends the page image, which the privacy setting (%1) does not allow; "
                      "nothing was sent. Use --privacy images for this run.").arg(toString(*privacy)) << '\n';
        return Usage;
    }
    auto config = ProviderOptions::config(parser);
    if (!config) {
        ctx.err << config.error().message << '\n';
        return config.error().code == Error::Code::InvalidArgument ? Usage : ModelServiceError;
    }
    // The preview, as for every run that sends something: nothing leaves before --yes.
    ctx.err << tr("Object detection sends 1 page image (%1, longest side %2 px) to %3 at %4.")
                   .arg(page->label).arg(options.longestSide).arg(config->model, QUrl(config->baseUrl).host())
            << '\n';
    if (!parser.isSet(QStringLiteral("yes"))) {
        ctx.err << tr("Nothing was sent. Run again with --yes to agree.") << '\n';
        return Ok;
    }
    std::shared_ptr<Provider> provider = ProviderFactory::createOnOwnThread(*config);
    const auto run = page->service->detect(provider.get(), page->ref, options).result();
    if (!run) {
        ctx.err << run.error().message << '\n';
        switch (run.error().code) {
        case Error::Code::InvalidArgument:
        case Error::Code::Locked:
            return Usage;
        case Error::Code::Database:
        case Error::Code::Io:
        case Error::Code::NotFound:
        case Error::Code::Cancelled:
            return SomeInputsFailed;
        default:
            return ModelServiceError;
        }
    }
    for (const QString &note : run->notes)
        ctx.err << note << '\n';
    if (ctx.json) {
        QVector<Detection> shown = run->detections;
        for (Detection &d : shown) {
            d.model = run->model;
            d.prompt = run->prompt;
        }
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("detections"), toJson(shown)},
                                                {QStringLiteral("notes"), QJsonArray::fromStringList(run->notes)}}));
        return Ok;
    }
    for (const Detection &d : run->detections)
        ctx.out << d.label << '\t' << boxText(d.box) << '\n';
    ctx.err << tr("%n object(s) stored for %1.", nullptr, int(run->detections.size())).arg(page->label) << '\n';
    return Ok;
}

int DetectionCommands::detections(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("page"), tr("A page of a library document."), QStringLiteral("PATH#PAGE"));
    if (!ctx.parse(parser, 1, 1))
        return Usage;
    int exitCode = Ok;
    auto page = libraryPage(ctx, parser, exitCode);
    if (!page)
        return exitCode;
    const auto found = page->service->detections(page->ref).result();
    if (!found) {
        ctx.err << found.error().message << '\n';
        return SomeInputsFailed;
    }
    if (ctx.json) {
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("detections"), toJson(*found)}}));
        return Ok;
    }
    for (const Detection &d : *found)
        ctx.out << d.label << '\t' << boxText(d.box) << '\t' << d.model << '\t' << d.prompt.left(60) << '\n';
    return Ok;
}

} // namespace PageLens::Cli
