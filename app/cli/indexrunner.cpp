// SPDX-License-Identifier: MIT
#include "app/cli/indexrunner.h"

#include <csignal>
#include <tuple>

#include <QFileInfo>

#include "app/cli/provideroptions.h"
#include "core/ingest/enricher.h"
#include "core/ingest/indexer.h"
#include "core/ingest/lateembedder.h"
#include "core/library/latepatchindex.h"
#include "core/library/library.h"
#include "core/llm/lateinteractionclient.h"
#include "core/llm/providerfactory.h"
#include "core/service/libraryservice.h"

namespace PageLens::Cli {

namespace {

std::atomic<QObject *> s_running{nullptr};   // the Indexer or Enricher that Ctrl-C cancels; committed work stays

void handleInterrupt(int)
{
    QObject *running = s_running.load();
    if (auto *indexer = qobject_cast<Indexer *>(running))
        indexer->cancel();
    else if (auto *enricher = qobject_cast<Enricher *>(running))
        enricher->cancel();
    else if (auto *late = qobject_cast<LateEmbedder *>(running))
        late->cancel();
}

/** Installs the Ctrl-C handler for one run. */
class InterruptScope
{
public:
    explicit InterruptScope(QObject *running)
    {
        s_running = running;
        m_previous = std::signal(SIGINT, handleInterrupt);
    }
    ~InterruptScope()
    {
        std::signal(SIGINT, m_previous);
        s_running = nullptr;
    }

private:
    void (*m_previous)(int) = nullptr;
};

/** Exit 3 only for a model service's failure; the catalog or files failing is 2, a mismatch or a long wait 1. */
int enrichmentExitCode(const Error &error)
{
    switch (error.code) {
    case Error::Code::Mismatch:
    case Error::Code::Locked:
    case Error::Code::InvalidArgument:
        return Usage;
    default:
        return error.fromModelService() ? ModelServiceError : SomeInputsFailed;
    }
}

} // namespace

IndexRunner::IndexRunner(CliContext &ctx, const QCommandLineParser &parser)
    : m_ctx(ctx)
    , m_parser(parser)
{
}

void IndexRunner::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("password"), tr("Password to try on documents that need one."), QStringLiteral("PASSWORD")});
    parser.addOption({QStringLiteral("ocr-lang"), tr("Tesseract languages, e.g. eng+deu (default eng)."), QStringLiteral("LANGS"),
                      QStringLiteral("eng")});
    parser.addOption({QStringLiteral("workers"), tr("Render/OCR threads, 0 to 256 (default 0: one per core)."), QStringLiteral("N"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("page-timeout"), tr("Seconds a document reader may take on one page, 1 to 3600 (default 60); "
                                                         "a file that takes longer fails."),
                      QStringLiteral("SECONDS"), QStringLiteral("60")});
    ProviderOptions::addProviderOptions(parser);
    parser.addOption({QStringLiteral("privacy"), tr("What may leave the machine in this run: never, text or images "
                                                    "(default: the library's setting)."), QStringLiteral("LEVEL")});
    parser.addOption({QStringLiteral("yes"), tr("Agree to the egress and cost preview and send.")});
    parser.addOption({QStringLiteral("dim"), tr("Embedding dimension, 1 to 8192 (default 768)."), QStringLiteral("N"), QStringLiteral("768")});
    parser.addOption({QStringLiteral("no-captions"), tr("Embed page text only; send no page images.")});
    parser.addOption({QStringLiteral("rpm"), tr("Caption requests per minute, 0 (no limit) to 1000 (default 10, Gemini's free tier)."),
                      QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("in-flight"), tr("Caption requests at once, 1 to 32 (default 2)."), QStringLiteral("N"),
                      QStringLiteral("2")});
    parser.addOption({QStringLiteral("reembed"), tr("Replace vectors made with another embedding model or dimension.")});
    parser.addOption({QStringLiteral("detect"), tr("Also detect objects on every page not yet detected (sends page images).")});
    parser.addOption({QStringLiteral("detect-prompt"), tr("The prompt for --detect (default: the library's, else prominent items)."),
                      QStringLiteral("TEXT")});
    ProviderOptions::addLateOptions(parser);
    parser.addOption({QStringLiteral("wait"), tr("Seconds to wait while another PageLens writes to the library (default 600)."),
                      QStringLiteral("SECONDS"), QStringLiteral("600")});
}

bool IndexRunner::wantsProvider(const QCommandLineParser &parser)
{
    for (const char *name : {"provider", "base-url", "model", "embed-model", "yes", "privacy", "detect", "detect-prompt"}) {
        if (parser.isSet(QLatin1String(name)))
            return true;
    }
    return false;
}

bool IndexRunner::readNumbers()
{
    // Checked before anything is indexed or sent: a typo must not quietly mean "no limit".
    const QList<std::tuple<int *, QString, int, int, QString>> numbers = {
        {&m_workers, QStringLiteral("workers"), 0, 256, tr("render/OCR threads; 0: one per core")},
        {&m_pageTimeout, QStringLiteral("page-timeout"), 1, 3600, tr("seconds per page")},
        {&m_dimensions, QStringLiteral("dim"), 1, 8192, tr("embedding dimensions")},
        {&m_requestsPerMinute, QStringLiteral("rpm"), 0, 1000, tr("caption requests per minute; 0: no limit")},
        {&m_inFlight, QStringLiteral("in-flight"), 1, 32, tr("caption requests at once")},
    };
    for (const auto &[target, name, min, max, meaning] : numbers) {
        const Result<int> value = CliContext::intOption(m_parser, name, min, max, meaning);
        if (!value) {
            m_ctx.err << value.error().message << '\n';
            return false;
        }
        *target = *value;
    }
    return true;
}

int IndexRunner::run(LibraryService &service)
{
    if (!readNumbers())
        return Usage;
    const auto late = ProviderOptions::lateConfig(m_parser);
    if (!late) {
        m_ctx.err << late.error().message << '\n';
        return Usage;
    }
    const int offline = runOffline(service);
    if (offline == Usage)
        return offline;
    int online = Ok;
    // With a late-interaction server alone, --yes and --privacy are its consent, not a caption run's.
    bool provider = false;
    for (const char *name : {"provider", "base-url", "model", "embed-model"})
        provider = provider || m_parser.isSet(QLatin1String(name));
    if (provider || (wantsProvider(m_parser) && !late->isSet()))
        online = runProvider(service);
    if (online == Ok && late->isSet())
        online = runLate(service, *late);
    return online != Ok ? online : offline;
}

int IndexRunner::runLate(LibraryService &service, const LateConfig &config)
{
    Library &library = *service.library();
    QTextStream &err = m_ctx.err;
    auto privacy = library.privacy();
    if (!privacy) {
        err << privacy.error().message << '\n';
        return SomeInputsFailed;
    }
    if (m_parser.isSet(QStringLiteral("privacy"))) {
        const auto chosen = privacyFromString(m_parser.value(QStringLiteral("privacy")));
        if (!chosen) {
            err << tr("--privacy takes never, text or images.") << '\n';
            return Usage;
        }
        privacy = *chosen;
    }
    auto index = library.latePatches();
    if (!index) {
        err << index.error().message << '\n';
        return SomeInputsFailed;
    }
    std::shared_ptr<LateInteractionClient> client = LateInteractionClient::createOnOwnThread(config);
    LateEmbedOptions options;
    options.privacy = *privacy;
    options.reembed = m_parser.isSet(QStringLiteral("reembed"));
    options.passwords = library.passwords();
    LateEmbedder embedder(library.catalog(), *index, client.get(), options);
    const auto pending = embedder.pendingPages();
    if (!pending) {
        err << pending.error().message << '\n';
        return SomeInputsFailed;
    }
    if (*pending == 0) {
        err << tr("Late interaction: every page is embedded with %1.").arg(config.model) << '\n';
        return Ok;
    }
    if (*privacy != Privacy::Images) {
        err << tr("Late interaction sends page images, which the privacy setting (%1) does not allow; nothing was sent.")
                   .arg(toString(*privacy)) << '\n';
        return Usage;
    }
    err << tr("Late interaction: %n page image(s) would be sent to %1 (%2).", nullptr, *pending).arg(config.url, config.model) << '\n';
    if (!m_parser.isSet(QStringLiteral("yes"))) {
        err << tr("Nothing was sent. Run again with --yes to agree.") << '\n';
        return Ok;
    }
    QObject::connect(&embedder, &LateEmbedder::progressChanged, [&](const IndexProgress &p) {
        err << QStringLiteral("[%1 %2/%3] %4\n").arg(p.stage).arg(p.pagesDone).arg(p.pagesTotal).arg(QFileInfo(p.currentFile).fileName());
        err.flush();
    });
    Result<LateEmbedSummary> summary;
    {
        InterruptScope interrupt(&embedder);
        summary = service.embedLate(&embedder).result();
    }
    if (!summary) {
        err << summary.error().message << '\n';
        switch (summary.error().code) {
        case Error::Code::Mismatch:
        case Error::Code::Locked:
        case Error::Code::InvalidArgument:
            return Usage;
        case Error::Code::Io:
        case Error::Code::Corrupt:
        case Error::Code::Database:
            return SomeInputsFailed;
        default:
            return ModelServiceError;
        }
    }
    err << tr("%1 pages embedded for late interaction, %2 could not be read, %3 requests%4")
               .arg(summary->embedded).arg(summary->failedPages).arg(summary->requests)
               .arg(summary->cancelled ? tr(" (cancelled)") : QString())
        << '\n';
    return summary->cancelled || summary->failedPages > 0 ? SomeInputsFailed : Ok;
}

int IndexRunner::runOffline(LibraryService &service)
{
    Library &library = *service.library();
    IndexOptions options;
    options.password = m_parser.value(QStringLiteral("password"));
    options.ocrLanguages = m_parser.value(QStringLiteral("ocr-lang"));
    options.workers = m_workers;
    options.pageDeadlineMs = m_pageTimeout * 1000;
    options.passwords = library.passwords();

    Indexer indexer(library.catalog(), options);
    QTextStream &err = m_ctx.err;
    int failures = 0;
    QObject::connect(&indexer, &Indexer::documentFinished, [&](const DocumentInfo &doc) {
        const QString name = QFileInfo(doc.path).fileName();
        m_finished << doc;
        if (doc.status == DocumentStatus::Indexed) {
            err << tr("indexed  %1 (%n page(s))", nullptr, doc.pageCount).arg(name) << '\n';
        } else if (doc.status == DocumentStatus::Partial) {
            // Indexed with errors: the run did not fully succeed (exit 2), each page says why.
            ++failures;
            err << tr("partial  %1: %2 of %n page(s) could not be read", nullptr, doc.pageCount)
                       .arg(name).arg(doc.pageErrors.size()) << '\n';
            for (auto it = doc.pageErrors.cbegin(); it != doc.pageErrors.cend(); ++it)
                err << "  " << tr("page %1: %2").arg(it.key()).arg(it.value()) << '\n';
        } else {
            ++failures;
            err << toString(doc.status) << "  " << name << ": " << doc.error << '\n';
        }
        err.flush();
    });
    QObject::connect(&indexer, &Indexer::progressChanged, [&](const IndexProgress &p) {
        if (m_ctx.verbose)
            err << QStringLiteral("[%1/%2 files, %3/%4 pages] %5\n")
                       .arg(p.filesDone).arg(p.filesTotal).arg(p.pagesDone).arg(p.pagesTotal)
                       .arg(QFileInfo(p.currentFile).fileName());
    });

    Result<IndexSummary> summary;
    {
        InterruptScope interrupt(&indexer);
        summary = service.index(&indexer).result();
    }
    if (!summary) {
        err << (m_ctx.verbose ? summary.error().toLogString() : summary.error().message) << '\n';
        return summary.error().code == Error::Code::Locked ? Usage : SomeInputsFailed;
    }
    if (library.interruptedReset() > 0)
        err << tr("%n document(s) left \"indexing\" by an interrupted run were reset to pending.", nullptr,
                  library.interruptedReset()) << '\n';
    if (summary->changed > 0)
        err << tr("%n document(s) kept changing while they were read and stay pending.", nullptr, summary->changed) << '\n';
    err << tr("%1 indexed, %2 with errors, %3 failed, %4 need a password; %5 pages (%6 text layer, %7 OCR) in %8 s%9")
               .arg(summary->indexed).arg(summary->partial).arg(summary->failed).arg(summary->needsPassword)
               .arg(summary->pages).arg(summary->textLayerPages).arg(summary->ocrPages)
               .arg(summary->seconds, 0, 'f', 1)
               .arg(summary->cancelled ? tr(" (cancelled)") : QString())
        << '\n';
    err.flush();
    return failures == 0 && !summary->cancelled ? Ok : SomeInputsFailed;
}

int IndexRunner::runProvider(LibraryService &service)
{
    Library &library = *service.library();
    QTextStream &err = m_ctx.err;
    auto privacy = library.privacy();
    if (!privacy) {
        err << privacy.error().message << '\n';
        return SomeInputsFailed;
    }
    if (m_parser.isSet(QStringLiteral("privacy"))) {
        const auto chosen = privacyFromString(m_parser.value(QStringLiteral("privacy")));
        if (!chosen) {
            err << tr("--privacy takes never, text or images.") << '\n';
            return Usage;
        }
        privacy = *chosen;
    }
    EnrichOptions options;
    options.privacy = *privacy;
    options.captions = !m_parser.isSet(QStringLiteral("no-captions"));
    options.captionModel = m_parser.value(QStringLiteral("model"));
    options.embedModel = m_parser.value(QStringLiteral("embed-model"));
    options.embedDimensions = m_dimensions;
    options.requestsPerMinute = m_requestsPerMinute;
    options.maxInFlight = m_inFlight;
    options.reembed = m_parser.isSet(QStringLiteral("reembed"));
    options.passwords = library.passwords();
    // Without the flags the library's own setting (Settings) decides.
    if (m_parser.isSet(QStringLiteral("detect")) || m_parser.isSet(QStringLiteral("detect-prompt"))) {
        auto saved = IndexDetection::read(*library.catalog());
        const QString prompt = m_parser.isSet(QStringLiteral("detect-prompt")) ? m_parser.value(QStringLiteral("detect-prompt"))
                                                                              : saved ? saved->prompt : QString();
        options.detection = IndexDetection{true, prompt};
    }

    // The preview needs no provider: nothing is contacted before the user agrees.
    Enricher previewer(library.catalog(), nullptr, options);
    auto preview = previewer.preview();
    if (!preview) {
        err << preview.error().message << '\n';
        return SomeInputsFailed;
    }
    if (preview->detectionSkipped)
        err << preview->detectionSkippedText() << '\n';
    if (preview->nothingToSend()) {
        if (options.privacy == Privacy::Never)
            err << preview->toText() << '\n';
        return Ok;
    }
    err << preview->toText() << '\n';
    if (!m_parser.isSet(QStringLiteral("yes"))) {
        err << tr("Nothing was sent. Run again with --yes to agree.") << '\n';
        return Ok;
    }

    auto config = ProviderOptions::config(m_parser);
    if (!config) {
        err << config.error().message << '\n';
        return ModelServiceError;
    }
    std::shared_ptr<Provider> provider = ProviderFactory::createOnOwnThread(*config);
    Enricher enricher(library.catalog(), provider.get(), options);
    QObject::connect(&enricher, &Enricher::progressChanged, [&](const IndexProgress &p) {
        err << QStringLiteral("[%1 %2/%3] %4\n").arg(p.stage).arg(p.pagesDone).arg(p.pagesTotal).arg(QFileInfo(p.currentFile).fileName());
        err.flush();
    });
    Result<EnrichSummary> summary;
    {
        InterruptScope interrupt(&enricher);
        summary = service.enrich(&enricher, options.embedDimensions).result();
    }
    if (!summary) {
        err << summary.error().message << '\n';
        return enrichmentExitCode(summary.error());
    }
    err << tr("%1 captioned, %2 embedded, %3 refused by the model, %4 requests%5")
               .arg(summary->captioned).arg(summary->embedded).arg(summary->failedPages).arg(summary->requests)
               .arg(summary->cancelled ? tr(" (cancelled)") : QString())
        << '\n';
    if (preview->pagesToDetect > 0)
        err << tr("%1 pages detected, %2 unusable answers (asked again next run)").arg(summary->detected).arg(summary->detectFailed)
            << '\n';
    return summary->cancelled ? SomeInputsFailed : Ok;
}

} // namespace PageLens::Cli
