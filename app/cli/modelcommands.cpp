// SPDX-License-Identifier: MIT
#include "app/cli/modelcommands.h"

#include <cmath>
#include <memory>

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryFile>

#include "app/cli/cliapp.h"
#include "app/cli/detectioncommands.h"
#include "app/cli/provideroptions.h"
#include "core/detect/detectionpainter.h"
#include "core/detect/objectdetector.h"
#include "core/llm/futureresult.h"
#include "core/llm/providerfactory.h"
#include "core/media/documentopener.h"

namespace PageLens::Cli {

namespace {

constexpr qint64 kMaxDocumentBytes = 2LL * 1024 * 1024 * 1024;   // the Files API limit; the provider refuses sooner when it must

int inputError(CliContext &ctx, const Error &error)
{
    ctx.err << error.message << '\n';
    return error.code == Error::Code::InvalidArgument ? Usage : SomeInputsFailed;
}

int serviceError(CliContext &ctx, const Error &error)
{
    ctx.err << error.message << '\n';
    return error.code == Error::Code::Cancelled ? SomeInputsFailed : ModelServiceError;
}

std::unique_ptr<Provider> makeProvider(CliContext &ctx, const QCommandLineParser &parser, int &exitCode)
{
    auto config = ProviderOptions::config(parser);
    if (!config) {
        ctx.err << config.error().message << '\n';
        exitCode = config.error().code == Error::Code::InvalidArgument ? Usage : ModelServiceError;
        return {};
    }
    return ProviderFactory::create(*config);
}

QJsonObject usageJson(const PageLens::Usage &usage)
{
    return {{QStringLiteral("promptTokens"), usage.promptTokens},
            {QStringLiteral("outputTokens"), usage.outputTokens},
            {QStringLiteral("thoughtsTokens"), usage.thoughtsTokens},
            {QStringLiteral("totalTokens"), usage.totalTokens}};
}

/** Sends one request; streams the text to stdout unless --json, then prints JSON. */
int runGenerate(CliContext &ctx, Provider &provider, GenerateRequest request)
{
    request.stream = !ctx.json;
    bool printed = false;
    const auto response = awaitResult(provider.generate(request, StreamSink::textOnly([&](const QString &chunk) {
        ctx.out << chunk;
        ctx.out.flush();
        printed = true;
    })));
    if (!response) {
        if (printed)
            ctx.out << '\n';
        return serviceError(ctx, response.error());
    }
    if (ctx.json) {
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("text"), response->text},
                                                {QStringLiteral("model"), response->modelVersion},
                                                {QStringLiteral("finishReason"), response->finishReason},
                                                {QStringLiteral("usage"), usageJson(response->usage)}}));
    } else {
        if (!printed)
            ctx.out << response->text;
        ctx.out << '\n';
        if (ctx.verbose)
            ctx.err << QCoreApplication::translate("PageLens", "Tokens: %1 prompt, %2 output, %3 total.")
                           .arg(response->usage.promptTokens).arg(response->usage.outputTokens).arg(response->usage.totalTokens)
                    << '\n';
    }
    return Ok;
}

/** Sends one user turn made of `parts` to the provider the options name. */
int generateTurn(CliContext &ctx, const QCommandLineParser &parser, QVector<ContentPart> parts)
{
    int exitCode = Ok;
    auto provider = makeProvider(ctx, parser, exitCode);
    if (!provider)
        return exitCode;
    GenerateRequest request;
    request.turns.append(ChatTurn{ChatTurn::Role::User, std::move(parts)});
    return runGenerate(ctx, *provider, request);
}

QString mimeFromSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return QStringLiteral("application/pdf");
    if (suffix == QLatin1String("png") || suffix == QLatin1String("webp") || suffix == QLatin1String("heic") || suffix == QLatin1String("heif"))
        return QStringLiteral("image/") + suffix;
    return QStringLiteral("image/jpeg");
}

/** Media the provider fetches (gs://) or uploads (a local file) itself. */
ContentPart uriPart(const QString &uri, const QString &mime)
{
    ContentPart part;
    part.kind = ContentPart::Kind::Media;
    part.uri = uri;
    part.mimeType = mime;
    return part;
}

/**
 * The media part as --as asks: raw bytes (inlineData), base64 we already hold, or a URI. For a
 * URI the bytes go to a temporary file the provider uploads (Gemini's Files API); `holder` keeps
 * it alive until the request is done.
 */
Result<ContentPart> mediaPart(const QByteArray &bytes, const QString &mime, const QString &as,
                              std::unique_ptr<QTemporaryFile> &holder)
{
    ContentPart part = ContentPart::fromBytes(bytes, mime);
    if (as == QLatin1String("bytes"))
        return part;
    if (as == QLatin1String("base64")) {
        part.base64 = ImageCodec::toBase64(bytes);
        part.bytes.clear();
        return part;
    }
    if (as != QLatin1String("uri"))
        return fail(Error::Code::InvalidArgument,
                    QCoreApplication::translate("PageLens", "--as takes bytes, base64 or uri, not \"%1\".").arg(as));
    holder = std::make_unique<QTemporaryFile>();
    if (!holder->open() || holder->write(bytes) != bytes.size() || !holder->flush())
        return fail(Error::Code::Io, QCoreApplication::translate("PageLens", "Cannot write a temporary file for the upload."));
    part.bytes.clear();
    part.uri = holder->fileName();
    return part;
}

void addAsOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("as"), QCoreApplication::translate("PageLens", "How to send the file: bytes (default), base64 or uri (upload)."),
                      QStringLiteral("MODE"), QStringLiteral("bytes")});
}

void addPromptOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("prompt"), QCoreApplication::translate("PageLens", "The instruction sent with the file."),
                      QStringLiteral("TEXT")});
}

/** --prompt, or the command's own instruction. */
QString promptOr(const QCommandLineParser &parser, const QString &fallback)
{
    return parser.isSet(QStringLiteral("prompt")) ? parser.value(QStringLiteral("prompt")) : fallback;
}

QString captionPrompt()
{
    QFile file(QStringLiteral(":/prompts/caption.txt"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed()
                                          : QStringLiteral("Tell me what is in this image in one paragraph.");
}

} // namespace

QList<CliCommand> ModelCommands::commands()
{
    return {
        {QStringLiteral("describe"), QStringLiteral("FILE[#PAGE] [--as bytes|base64|uri] [--prompt TEXT]"), tr("Describe an image or a page with the model"), &describe},
        {QStringLiteral("compare"), QStringLiteral("FILE1 FILE2 [--prompt TEXT]"), tr("Describe the difference between two images"), &compare},
        {QStringLiteral("summarize"), QStringLiteral("FILE.pdf [--as bytes|base64|uri]"), tr("Summarize a whole PDF with the model"), &summarize},
        {QStringLiteral("detect"), QStringLiteral("FILE[#PAGE] [-o OUT.png] | PATH#PAGE --store [--yes]"), tr("Detect objects: labels and boxes (pixels, or stored for a library page)"), &detect},
        {QStringLiteral("embed"), QStringLiteral("TEXT... [--task query|document] [--dim N]"), tr("Print embedding vectors of texts"), &embed},
    };
}

int ModelCommands::describe(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("Image, or PDF page as FILE#PAGE."), QStringLiteral("FILE[#PAGE]"));
    ProviderOptions::addProviderOptions(parser);
    ProviderOptions::addImageOptions(parser);
    addAsOption(parser);
    addPromptOption(parser);
    if (!ctx.parse(parser, 1, 1))
        return Usage;
    const QString spec = parser.positionalArguments().first();

    ContentPart part;
    std::unique_ptr<QTemporaryFile> holder;
    if (spec.startsWith(QLatin1String("gs://"), Qt::CaseInsensitive)) {   // a Cloud Storage URI goes as given
        part = uriPart(spec, mimeFromSuffix(spec));
    } else {
        auto image = ProviderOptions::prepareImage(spec, parser);
        if (!image)
            return inputError(ctx, image.error());
        auto media = mediaPart(image->bytes, image->mimeType, parser.value(QStringLiteral("as")), holder);
        if (!media)
            return inputError(ctx, media.error());
        part = *media;
    }
    return generateTurn(ctx, parser, {part, ContentPart::fromText(promptOr(parser, captionPrompt()))});
}

int ModelCommands::compare(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("files"), tr("Two images (or PDF pages as FILE#PAGE)."), QStringLiteral("FILE1 FILE2"));
    ProviderOptions::addProviderOptions(parser);
    ProviderOptions::addImageOptions(parser);
    addPromptOption(parser);
    if (!ctx.parse(parser, 2, 2))
        return Usage;
    QVector<ContentPart> parts;
    for (const QString &spec : parser.positionalArguments()) {
        auto image = ProviderOptions::prepareImage(spec, parser);
        if (!image)
            return inputError(ctx, image.error());
        parts.append(ContentPart::fromBytes(image->bytes, image->mimeType));
    }
    parts.append(ContentPart::fromText(
        promptOr(parser, QStringLiteral("What's the difference between these two images? Describe it in one paragraph."))));
    return generateTurn(ctx, parser, parts);
}

int ModelCommands::summarize(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("A PDF file."), QStringLiteral("FILE.pdf"));
    ProviderOptions::addProviderOptions(parser);
    addAsOption(parser);
    addPromptOption(parser);
    if (!ctx.parse(parser, 1, 1))
        return Usage;
    const QString path = parser.positionalArguments().first();
    ContentPart part;
    std::unique_ptr<QTemporaryFile> holder;
    if (path.startsWith(QLatin1String("gs://"), Qt::CaseInsensitive)) {
        part = uriPart(path, QStringLiteral("application/pdf"));
    } else {
        if (!QFileInfo(path).isReadable())
            return inputError(ctx, Error(Error::Code::Io, tr("Cannot read %1.").arg(path)));
        if (DocumentOpener::kindOf(path) != QLatin1String("pdf"))
            return inputError(ctx, Error(Error::Code::InvalidArgument, tr("%1 is not a PDF file.").arg(QFileInfo(path).fileName())));
        const QString as = parser.value(QStringLiteral("as"));
        if (as == QLatin1String("uri")) {   // the provider uploads the file itself
            part = uriPart(QFileInfo(path).absoluteFilePath(), QStringLiteral("application/pdf"));
        } else {
            auto bytes = ImageCodec::readFile(path, kMaxDocumentBytes);
            if (!bytes)
                return inputError(ctx, bytes.error());
            auto media = mediaPart(*bytes, QStringLiteral("application/pdf"), as, holder);
            if (!media)
                return inputError(ctx, media.error());
            part = *media;
        }
    }
    return generateTurn(ctx, parser, {part, ContentPart::fromText(promptOr(
        parser, QStringLiteral("What is this document about? Provide a brief summary of the main topics.")))});
}

int ModelCommands::detect(CliContext &ctx)
{
    if (ctx.args.contains(QLatin1String("--store")))   // a library page, kept in the library
        return DetectionCommands::detectStored(ctx);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), tr("Image, or PDF page as FILE#PAGE."), QStringLiteral("FILE[#PAGE]"));
    ProviderOptions::addProviderOptions(parser);
    ProviderOptions::addImageOptions(parser);
    addPromptOption(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Write the image with boxes and labels to this PNG."),
                      QStringLiteral("OUT.png")});
    if (!ctx.parse(parser, 1, 1))
        return Usage;
    auto image = ProviderOptions::prepareImage(parser.positionalArguments().first(), parser);
    if (!image)
        return inputError(ctx, image.error());
    int exitCode = Ok;
    auto provider = makeProvider(ctx, parser, exitCode);
    if (!provider)
        return exitCode;
    ObjectDetector detector(provider.get());
    const auto run = awaitResult(detector.detect(image->bytes, image->mimeType, parser.value(QStringLiteral("prompt"))));
    if (!run)
        return serviceError(ctx, run.error());
    for (const QString &note : run->notes)
        ctx.err << note << '\n';
    const QVector<Detection> *detections = &run->detections;

    if (parser.isSet(QStringLiteral("output"))) {
        const QString out = parser.value(QStringLiteral("output"));
        if (!DetectionPainter::paint(image->image, *detections).save(out, "PNG")) {
            ctx.err << tr("Cannot write %1.").arg(out) << '\n';
            return SomeInputsFailed;
        }
    }
    if (ctx.json) {
        QJsonArray list;
        for (const Detection &d : *detections) {
            const QRect box = d.pixelBox(image->image.size());
            list.append(QJsonObject{{QStringLiteral("label"), d.label},
                                    {QStringLiteral("box_2d"), QJsonArray{d.box2d[0], d.box2d[1], d.box2d[2], d.box2d[3]}},
                                    {QStringLiteral("box"), QJsonArray{box.left(), box.top(), box.right() + 1, box.bottom() + 1}}});
        }
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("width"), image->image.width()},
                                                {QStringLiteral("height"), image->image.height()},
                                                {QStringLiteral("detections"), list}}));
        return Ok;
    }
    ctx.out << tr("Image size: %1 x %2").arg(image->image.width()).arg(image->image.height()) << '\n';
    for (const Detection &d : *detections) {
        const QRect box = d.pixelBox(image->image.size());
        ctx.out << QStringLiteral("ymin=%1 xmin=%2 ymax=%3 xmax=%4 label='%5'")
                       .arg(box.top()).arg(box.left()).arg(box.bottom() + 1).arg(box.right() + 1).arg(d.label)
                << '\n';
    }
    return Ok;
}

int ModelCommands::embed(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("texts"), tr("Texts to embed."), QStringLiteral("TEXT..."));
    ProviderOptions::addProviderOptions(parser);
    parser.addOption({QStringLiteral("task"), tr("query or document (default)."), QStringLiteral("TASK"), QStringLiteral("document")});
    parser.addOption({QStringLiteral("dim"), tr("Output dimensions, 1 to 8192 (default: the model's)."), QStringLiteral("N")});
    if (!ctx.parse(parser, 1))
        return Usage;
    EmbedRequest request;
    request.texts = parser.positionalArguments();
    const QString task = parser.value(QStringLiteral("task"));
    if (task != QLatin1String("query") && task != QLatin1String("document")) {
        ctx.err << tr("--task takes query or document.") << '\n';
        return Usage;
    }
    request.task = task == QLatin1String("query") ? EmbedTask::Query : EmbedTask::Document;
    if (parser.isSet(QStringLiteral("dim"))) {
        const Result<int> dimensions = CliContext::intOption(parser, QStringLiteral("dim"), 1, 8192, tr("output dimensions"));
        if (!dimensions) {
            ctx.err << dimensions.error().message << '\n';
            return Usage;
        }
        request.dimensions = *dimensions;
    }
    int exitCode = Ok;
    auto provider = makeProvider(ctx, parser, exitCode);
    if (!provider)
        return exitCode;
    const auto embeddings = awaitResult(provider->embed(request));
    if (!embeddings)
        return serviceError(ctx, embeddings.error());
    if (ctx.json) {
        QJsonArray vectors;
        for (const auto &vector : embeddings->vectors) {
            QJsonArray values;
            for (float v : vector)
                values.append(double(v));
            vectors.append(values);
        }
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("model"), embeddings->model},
                                                {QStringLiteral("dimensions"), embeddings->dimensions},
                                                {QStringLiteral("vectors"), vectors}}));
        return Ok;
    }
    for (qsizetype i = 0; i < embeddings->vectors.size(); ++i) {
        const auto &vector = embeddings->vectors.at(i);
        QStringList head;
        for (qsizetype k = 0; k < std::min<qsizetype>(8, vector.size()); ++k)
            head << QString::number(vector.at(k), 'f', 4);
        ctx.out << tr("%1 (%2 dimensions): [%3, ...]").arg(request.texts.at(i).left(40)).arg(vector.size()).arg(head.join(QStringLiteral(", ")))
                << '\n';
    }
    return Ok;
}

} // namespace PageLens::Cli
