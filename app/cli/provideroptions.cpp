// SPDX-License-Identifier: MIT
#include "app/cli/provideroptions.h"

#include <QFileInfo>

#include "app/cli/clicontext.h"
#include "core/llm/keypolicy.h"
#include "core/llm/keystore.h"
#include "core/llm/providerfactory.h"
#include "core/media/documentopener.h"
#include "core/media/pageimager.h"

namespace PageLens::Cli {

namespace {


} // namespace

void ProviderOptions::addProviderOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("provider"), tr("Model service: gemini (default) or openai."), QStringLiteral("NAME"),
                      QStringLiteral("gemini")});
    parser.addOption({QStringLiteral("base-url"), tr("Service address (default: the service's own, or PAGELENS_GEMINI_BASE_URL / PAGELENS_OPENAI_BASE_URL)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("model"), tr("Generation model (gemini: gemini-2.5-flash)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("embed-model"), tr("Embedding model (gemini: gemini-embedding-001)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("send-key"), tr("Send the API key to an http:// or local/private server too (by default it "
                                                     "goes only to public https servers).")});
}

void ProviderOptions::addImageOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("max-width"), tr("Resize images to at most this width before sending, 16 to 8192 (default 600)."),
                      QStringLiteral("PIXELS"), QStringLiteral("600")});
    parser.addOption({QStringLiteral("format"), tr("Image format to send: webp (default), jpeg or png."), QStringLiteral("FORMAT"),
                      QStringLiteral("webp")});
}

void ProviderOptions::addLateOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("late-url"), tr("Late-interaction server (infinity), e.g. http://localhost:7997 (default: PAGELENS_LATE_URL)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("late-model"), tr("Its ColPali-family model, e.g. vidore/colpali-v1.2-merged (default: PAGELENS_LATE_MODEL)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("late-encoding"), tr("How the server sends vectors: base64 (default) or float."),
                      QStringLiteral("ENCODING"), QStringLiteral("base64")});
    parser.addOption({QStringLiteral("late-dialect"), tr("The server's API: infinity (/embeddings, default) or vllm (/pooling, "
                                                         "task token_embed) (default: PAGELENS_LATE_DIALECT)."),
                      QStringLiteral("DIALECT")});
}

Result<LateConfig> ProviderOptions::lateConfig(const QCommandLineParser &parser)
{
    LateConfig config;
    auto value = [&parser](const QString &option, const char *variable) {
        const QString given = parser.optionNames().contains(option) ? parser.value(option) : QString();
        return given.isEmpty() ? qEnvironmentVariable(variable) : given;
    };
    config.url = value(QStringLiteral("late-url"), "PAGELENS_LATE_URL");
    config.model = value(QStringLiteral("late-model"), "PAGELENS_LATE_MODEL");
    if (config.url.isEmpty() && config.model.isEmpty())
        return config;
    if (config.url.isEmpty() || config.model.isEmpty())
        return fail(Error::Code::InvalidArgument, tr("A late-interaction server needs both --late-url and --late-model."));
    const QUrl url(config.url);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return fail(Error::Code::InvalidArgument, tr("--late-url takes an http:// or https:// address."));
    const QString encoding = parser.optionNames().contains(QStringLiteral("late-encoding"))
                                 ? parser.value(QStringLiteral("late-encoding")) : QStringLiteral("base64");
    if (encoding == QLatin1String("float"))
        config.encoding = LateConfig::Encoding::Float;
    else if (encoding != QLatin1String("base64"))
        return fail(Error::Code::InvalidArgument, tr("--late-encoding takes base64 or float."));
    const QString dialect = value(QStringLiteral("late-dialect"), "PAGELENS_LATE_DIALECT");
    if (!dialect.isEmpty() && !LateConfig::dialectFromName(dialect, config.dialect))
        return fail(Error::Code::InvalidArgument, tr("--late-dialect takes infinity or vllm."));
    config.sendKey = parser.optionNames().contains(QStringLiteral("send-key")) && parser.isSet(QStringLiteral("send-key"));
    if (KeyPolicy::mayReceiveKey(url, config.sendKey))
        config.apiKey = KeyStore::lookupLate();
    return config;
}

Result<ProviderConfig> ProviderOptions::config(const QCommandLineParser &parser)
{
    ProviderConfig config;
    const QString provider = parser.value(QStringLiteral("provider")).toLower();
    if (provider == QLatin1String("openai"))
        config.kind = ProviderConfig::Kind::OpenAi;
    else if (provider != QLatin1String("gemini"))
        return fail(Error::Code::InvalidArgument, tr("Unknown provider \"%1\": use gemini or openai.").arg(provider));
    config.baseUrl = parser.value(QStringLiteral("base-url"));
    config.model = parser.value(QStringLiteral("model"));
    config.embedModel = parser.value(QStringLiteral("embed-model"));
    config.sendKey = parser.isSet(QStringLiteral("send-key"));
    config = ProviderFactory::withDefaults(config);

    // A server that would not get the key needs none: don't look it up or wait on the keychain.
    if (!KeyPolicy::mayReceiveKey(QUrl(config.baseUrl), config.sendKey))
        return config;
    config.apiKey = KeyStore::lookup(config.kind);
    if (config.apiKey.isEmpty())
        return fail(Error::Code::InvalidKey,
                    config.kind == ProviderConfig::Kind::Gemini
                        ? tr("No Gemini API key: set GOOGLE_API_KEY or GEMINI_API_KEY, or store a key in the keychain.")
                        : tr("No OpenAI API key: set OPENAI_API_KEY or store a key in the keychain."));
    return config;
}

Result<PreparedImage> ProviderOptions::prepareImage(const QString &spec, const QCommandLineParser &parser)
{
    QString path = spec;
    int page = 1;
    const int hash = int(spec.lastIndexOf(QLatin1Char('#')));
    if (hash > 0 && !QFileInfo::exists(spec)) {
        bool ok = false;
        page = spec.mid(hash + 1).toInt(&ok);
        path = spec.left(hash);
        if (!ok || page < 1)
            return fail(Error::Code::InvalidArgument, tr("\"%1\" is not a page number.").arg(spec.mid(hash + 1)));
    }
    if (!QFileInfo(path).isReadable())
        return fail(Error::Code::Io, tr("Cannot read %1.").arg(path));

    const Result<int> maxWidth = CliContext::intOption(parser, QStringLiteral("max-width"), 16, 8192, tr("pixels"));
    if (!maxWidth)
        return tl::unexpected(maxWidth.error());
    const auto format = ImageCodec::formatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return tl::unexpected(format.error());

    auto source = DocumentOpener::open(path);
    if (!source)
        return tl::unexpected(source.error());
    if (page > (*source)->pageCount())
        return fail(Error::Code::InvalidArgument, tr("%1 has only %2 pages.").arg(QFileInfo(path).fileName()).arg((*source)->pageCount()));
    auto image = PageImager::render(**source, page - 1, PageImageSize::withLongestSide(*maxWidth));
    if (!image)
        return tl::unexpected(image.error());
    PreparedImage prepared;
    prepared.image = *image;
    auto encoded = PageImager::modelImage(prepared.image, *maxWidth, *format, 85);
    if (!encoded)
        return tl::unexpected(encoded.error());
    prepared.bytes = *encoded;
    prepared.mimeType = ImageCodec::mimeType(*format);
    return prepared;
}

} // namespace PageLens::Cli
