// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QImage>

#include "core/common/result.h"
#include "core/llm/lateconfig.h"
#include "core/llm/providerconfig.h"
#include "core/media/imagecodec.h"

namespace PageLens::Cli {

/** An image prepared as the model will see it: resized, encoded, with its pixel size. */
struct PreparedImage {
    QImage image;        // the pixels as sent (boxes refer to these)
    QByteArray bytes;    // encoded
    QString mimeType;
};

/**
 * The options every model command shares: --provider, --base-url, --model, --embed-model,
 * --send-key, and for images --max-width and --format (the notebook's 600 px WEBP by default).
 */
class ProviderOptions
{
    Q_DECLARE_TR_FUNCTIONS(ProviderOptions)
public:
    static void addProviderOptions(QCommandLineParser &parser);
    static void addImageOptions(QCommandLineParser &parser);
    /** --late-url, --late-model, --late-encoding, --late-dialect (a late-interaction server: infinity or vLLM). */
    static void addLateOptions(QCommandLineParser &parser);

    /** Config with defaults and the key (environment, then keychain); an error when a key is required but missing. */
    static Result<ProviderConfig> config(const QCommandLineParser &parser);
    /**
     * The late-interaction server from --late-url / --late-model (or PAGELENS_LATE_URL /
     * PAGELENS_LATE_MODEL); its key from PAGELENS_LATE_API_KEY, then the keychain, where KeyPolicy allows. An unset
     * config (isSet() false) when neither names a server; an error when only one of the two is given.
     */
    static Result<LateConfig> lateConfig(const QCommandLineParser &parser);
    /** FILE or FILE#PAGE (1-based; PDFs are rendered), resized and encoded per --max-width / --format. */
    static Result<PreparedImage> prepareImage(const QString &spec, const QCommandLineParser &parser);
};

} // namespace PageLens::Cli
