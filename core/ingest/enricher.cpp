// SPDX-License-Identifier: MIT
#include "core/ingest/enricher.h"

#include <cmath>
#include <optional>
#include <thread>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFuture>

#include "core/common/log.h"
#include "core/detect/objectdetector.h"
#include "core/ingest/ratelimiter.h"
#include "core/library/catalog.h"
#include "core/llm/provider.h"
#include "core/media/documentopener.h"
#include "core/media/pageimager.h"
#include "core/media/imagecodec.h"

namespace PageLens {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PageLens", text); }

/** Errors that end the run (the next run resumes); others mark the page and move on. */
bool isFatal(Error::Code code)
{
    switch (code) {
    case Error::Code::Blocked:
    case Error::Code::Truncated:
    case Error::Code::BadResponse:
    case Error::Code::Unsupported:
    case Error::Code::InvalidArgument:
    case Error::Code::Corrupt:
    case Error::Code::NeedsPassword:
    case Error::Code::Io:
        return false;
    default:
        return true;
    }
}

/**
 * Waits for one batch's answers in the order they were sent, counting each page done. An answer
 * goes to `store`, a page's own failure to `refused`; the first fatal failure (key, quota, service)
 * is kept in `fatal`, so the batch's other answers are still stored before the run stops. Stops at
 * the first error of `store` or `refused` (the catalog's).
 */
template <typename T, typename Store, typename Refused>
Result<void> collectBatch(QVector<QFuture<Result<T>>> &futures, const QVector<PageWork> &sent, IndexProgress &progress,
                          std::optional<Error> &fatal, Store store, Refused refused)
{
    for (int i = 0; i < futures.size(); ++i) {
        futures[i].waitForFinished();
        Result<T> answer = fail(Error::Code::Cancelled, tr("The request was cancelled."));
        if (futures[i].resultCount() > 0)   // a cancelled request has no result to take
            answer = futures[i].result();
        progress.currentFile = sent[i].path;
        ++progress.pagesDone;
        if (!answer && isFatal(answer.error().code)) {
            if (!fatal)
                fatal = answer.error();
            continue;
        }
        if (auto stored = answer ? store(sent[i], *answer) : refused(sent[i], answer.error()); !stored)
            return stored;
    }
    return {};
}

constexpr int tokensPerTile = 258;
constexpr int captionOverheadTokens = 300;   // prompt + answer

int tilesFor(int width)
{
    const int height = int(width * 1.3);   // a portrait page
    return int(std::ceil(width / 768.0) * std::ceil(height / 768.0));
}

} // namespace

Enricher::Enricher(std::shared_ptr<Catalog> catalog, Provider *provider, EnrichOptions options, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_provider(provider)
    , m_options(std::move(options))
    , m_captionLimiter(std::make_unique<RateLimiter>(m_options.requestsPerMinute))
    , m_embedLimiter(std::make_unique<RateLimiter>(m_options.embedRequestsPerMinute))
{
    // The library records the real model names, whichever face configured the run, so a later
    // query is embedded by the same model (and the GUI and the CLI record the same rows).
    if (m_provider) {
        if (m_options.embedModel.isEmpty())
            m_options.embedModel = m_provider->embeddingModel();
        if (m_options.captionModel.isEmpty())
            m_options.captionModel = m_provider->generationModel();
    }
}

Enricher::~Enricher() = default;

void Enricher::cancel()
{
    m_cancel.store(true);
    if (m_provider)
        m_provider->cancelAll();
}

QString Enricher::captionPrompt()
{
    QFile file(QStringLiteral(":/prompts/caption.txt"));
    if (file.open(QIODevice::ReadOnly))
        return QString::fromUtf8(file.readAll()).trimmed();
    return QStringLiteral("Describe this image in detail for semantic search.");
}

Result<EgressPreview> Enricher::preview() const
{
    EgressPreview preview;
    preview.privacy = m_options.privacy;
    if (m_options.privacy == Privacy::Never)
        return preview;
    auto counts = m_catalog->egressCounts();
    if (!counts)
        return tl::unexpected(counts.error());
    const bool captions = m_options.privacy == Privacy::Images && m_options.captions;
    preview.pagesToCaption = captions ? counts->pagesWithoutCaption : 0;
    preview.textsToEmbed = counts->pagesWithoutEmbedding;
    preview.textChars = counts->textCharsWithoutEmbedding;
    const qint64 captionChars = qint64(preview.pagesToCaption) * 800;   // a caption is about 800 characters
    preview.estimatedTokens = qint64(preview.pagesToCaption) * (tilesFor(m_options.imageLongestSide) * tokensPerTile + captionOverheadTokens)
                              + (preview.textChars + captionChars) / 4;
    preview.requests = preview.pagesToCaption
                       + (preview.textsToEmbed + m_options.embedBatch - 1) / std::max(1, m_options.embedBatch);
    auto detection = this->detection();
    if (!detection)
        return tl::unexpected(detection.error());
    if (detection->enabled) {
        if (m_options.privacy != Privacy::Images) {
            preview.detectionSkipped = true;
        } else {
            auto pending = m_catalog->countPagesNeedingDetection(detection->prompt);
            if (!pending)
                return tl::unexpected(pending.error());
            preview.pagesToDetect = *pending;
            preview.estimatedTokens += qint64(*pending) * (tilesFor(m_options.imageLongestSide) * tokensPerTile + captionOverheadTokens);
            preview.requests += *pending;
        }
    }
    return preview;
}

Result<IndexDetection> Enricher::detection() const
{
    auto detection = m_options.detection ? Result<IndexDetection>(*m_options.detection) : IndexDetection::read(*m_catalog);
    if (detection && detection->prompt.trimmed().isEmpty())
        detection->prompt = ObjectDetector::defaultPrompt();
    return detection;
}

bool Enricher::waitWhilePaused() const
{
    while (m_paused.load() && !m_cancel.load())
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    return !m_cancel.load();
}

QString Enricher::libraryModel() const
{
    return QStringLiteral("%1/%2").arg(m_options.embedModel.isEmpty() ? QStringLiteral("default") : m_options.embedModel)
        .arg(m_options.embedDimensions);
}

Result<void> Enricher::checkEmbeddingModel()
{
    const QString wanted = libraryModel();
    auto current = m_catalog->setting(QStringLiteral("embedding.model"));
    if (!current)
        return tl::unexpected(current.error());
    if (!current->isEmpty() && *current != wanted) {
        if (!m_options.reembed)
            return fail(Error::Code::Mismatch,
                        PageLens::tr("This library's pages were embedded with %1, not %2. Re-embed the library to switch models.")
                            .arg(*current, wanted));
        log::ingest()->info("re-embedding: {} -> {}", log::s(*current), log::s(wanted));
        return m_catalog->clearEmbeddings();
    }
    // The model is recorded with the first vectors (storeEmbeddings), never before: a run that
    // stores nothing must not make searches ask for a dense signal that does not exist.
    return {};
}

Result<EnrichSummary> Enricher::run()
{
    EnrichSummary summary;
    if (m_options.privacy == Privacy::Never || !m_provider)
        return summary;
    if (auto r = checkEmbeddingModel(); !r)
        return tl::unexpected(r.error());
    auto preview = this->preview();
    if (!preview)
        return tl::unexpected(preview.error());
    IndexProgress progress;
    progress.pagesTotal = preview->pagesToCaption + preview->textsToEmbed + preview->pagesToDetect;

    if (m_options.privacy == Privacy::Images && m_options.captions) {
        if (auto r = captionPages(summary, progress); !r)
            return tl::unexpected(r.error());
    }
    if (!m_cancel.load()) {
        if (auto r = embedPages(summary, progress); !r)
            return tl::unexpected(r.error());
    }
    if (preview->detectionSkipped)
        log::ingest()->info("object detection skipped: privacy {}", log::s(toString(m_options.privacy)));
    if (!m_cancel.load() && !preview->detectionSkipped) {
        auto detection = this->detection();
        if (!detection)
            return tl::unexpected(detection.error());
        if (detection->enabled) {
            if (auto r = detectPages(detection->prompt, summary, progress); !r)
                return tl::unexpected(r.error());
        }
    }
    summary.cancelled = m_cancel.load();
    return summary;
}

Result<QByteArray> Enricher::pageImage(const PageWork &page) const
{
    auto source = DocumentOpener::open(page.path, m_options.passwords.value(page.ref.documentId));
    if (!source)
        return tl::unexpected(source.error());
    auto image = PageImager::render(**source, page.ref.page, PageImageSize::withLongestSide(m_options.imageLongestSide));
    if (!image)
        return tl::unexpected(image.error());
    return PageImager::modelImage(*image, m_options.imageLongestSide);
}

Result<void> Enricher::captionPages(EnrichSummary &summary, IndexProgress &progress)
{
    const QString prompt = captionPrompt();
    const QString model = m_options.captionModel.isEmpty() ? m_provider->name() : m_options.captionModel;
    progress.stage = QStringLiteral("caption");
    while (waitWhilePaused()) {
        auto batch = m_catalog->pagesNeedingCaption(std::max(1, m_options.maxInFlight));
        if (!batch)
            return tl::unexpected(batch.error());
        if (batch->isEmpty())
            return {};

        QVector<QFuture<Result<GenerateResponse>>> futures;
        QVector<PageWork> sent;
        for (const PageWork &page : std::as_const(*batch)) {
            auto image = pageImage(page);
            if (!image) {
                // The page cannot be shown to the model; mark it so it is not tried again.
                log::ingest()->warn("{} page {}: no image for caption: {}", log::s(page.path), page.ref.page + 1,
                                    log::s(image.error().toLogString()));
                ++summary.failedPages;
                if (auto r = m_catalog->setCaption(page.pageId, QString(), model); !r)
                    return r;
                continue;
            }
            if (!m_captionLimiter->acquire(&m_cancel))
                break;
            GenerateRequest request;
            request.model = m_options.captionModel;
            ChatTurn turn;
            turn.parts << ContentPart::fromText(prompt) << ContentPart::fromBytes(*image, ImageCodec::mimeType(ImageCodec::Format::Webp));
            request.turns << turn;
            futures << m_provider->generate(request);
            sent << page;
            ++summary.requests;
        }
        std::optional<Error> fatal;
        auto stored = collectBatch(
            futures, sent, progress, fatal,
            [&](const PageWork &page, const GenerateResponse &response) -> Result<void> {
                if (auto r = m_catalog->setCaption(page.pageId, response.text.trimmed(), model); !r)
                    return r;
                ++summary.captioned;
                return {};
            },
            [&](const PageWork &page, const Error &error) {
                log::ingest()->warn("{} page {}: caption refused: {}", log::s(page.path), page.ref.page + 1, log::s(error.toLogString()));
                ++summary.failedPages;
                return m_catalog->setCaption(page.pageId, QString(), model);
            });
        if (!stored)
            return stored;
        Q_EMIT progressChanged(progress);
        if (m_cancel.load())
            return {};
        if (fatal)
            return tl::unexpected(*fatal);
    }
    return {};
}

Result<void> Enricher::detectPages(const QString &prompt, EnrichSummary &summary, IndexProgress &progress)
{
    if (m_options.privacy != Privacy::Images)   // the page image is what is sent
        return {};
    progress.stage = QStringLiteral("detect");
    qint64 after = 0;   // pages whose answer was unusable stay undetected for the next run, not this one
    while (waitWhilePaused()) {
        auto batch = m_catalog->pagesNeedingDetection(prompt, after, std::max(1, m_options.maxInFlight));
        if (!batch)
            return tl::unexpected(batch.error());
        if (batch->isEmpty())
            return {};
        after = batch->last().pageId;

        QVector<QFuture<Result<DetectionRun>>> futures;
        QVector<PageWork> sent;
        for (const PageWork &page : std::as_const(*batch)) {
            auto image = pageImage(page);
            if (!image) {
                log::ingest()->warn("{} page {}: no image for detection: {}", log::s(page.path), page.ref.page + 1,
                                    log::s(image.error().toLogString()));
                ++summary.detectFailed;
                continue;
            }
            if (!m_captionLimiter->acquire(&m_cancel))
                break;
            futures << ObjectDetector(m_provider).detect(*image, ImageCodec::mimeType(ImageCodec::Format::Webp), prompt);
            sent << page;
            ++summary.requests;
        }
        std::optional<Error> fatal;
        auto stored = collectBatch(
            futures, sent, progress, fatal,
            [&](const PageWork &page, const DetectionRun &run) -> Result<void> {
                if (auto r = m_catalog->replaceDetections(page.pageId, prompt, run.model, run.detections); !r)
                    return r;
                ++summary.detected;
                return {};
            },
            [&](const PageWork &page, const Error &error) -> Result<void> {
                // Earlier detections stay; the page is asked again by the next run.
                log::ingest()->warn("{} page {}: detection answer not usable: {}", log::s(page.path), page.ref.page + 1,
                                    log::s(error.toLogString()));
                ++summary.detectFailed;
                return {};
            });
        if (!stored)
            return stored;
        Q_EMIT progressChanged(progress);
        if (m_cancel.load())
            return {};
        if (fatal)
            return tl::unexpected(*fatal);
    }
    return {};
}

Result<void> Enricher::embedPages(EnrichSummary &summary, IndexProgress &progress)
{
    const bool captionsFirst = m_options.privacy == Privacy::Images && m_options.captions;
    progress.stage = QStringLiteral("embed");
    while (waitWhilePaused()) {
        auto batch = m_catalog->pagesNeedingEmbedding(std::clamp(m_options.embedBatch, 1, 100), captionsFirst);
        if (!batch)
            return tl::unexpected(batch.error());
        if (batch->isEmpty())
            return {};
        EmbedRequest request;
        request.model = m_options.embedModel;
        request.task = EmbedTask::Document;
        request.dimensions = m_options.embedDimensions;
        QVector<qint64> ids;
        for (const PageWork &page : std::as_const(*batch)) {
            QString text = page.caption;
            if (!page.text.isEmpty())
                text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + page.text;
            if (text.trimmed().isEmpty())   // a blank page still gets a vector, so it is not asked for again
                text = QStringLiteral("Page %1 of %2").arg(page.ref.page + 1).arg(QFileInfo(page.path).fileName());
            request.texts << text.left(m_options.maxEmbedChars);
            ids << page.pageId;
        }
        if (!m_embedLimiter->acquire(&m_cancel))
            return {};
        auto future = m_provider->embed(request);
        ++summary.requests;
        future.waitForFinished();
        const Result<Embeddings> embeddings = future.result();
        if (m_cancel.load())
            return {};
        if (!embeddings)
            return tl::unexpected(embeddings.error());
        if (embeddings->vectors.size() != ids.size())
            return fail(Error::Code::BadResponse, PageLens::tr("The model service returned a wrong number of embeddings."),
                        QStringLiteral("%1 for %2 texts").arg(embeddings->vectors.size()).arg(ids.size()));
        for (const auto &vector : embeddings->vectors) {
            if (vector.size() != m_options.embedDimensions && m_options.embedDimensions > 0)
                return fail(Error::Code::Mismatch,
                            PageLens::tr("The model returned %1-dimensional vectors; the library uses %2.")
                                .arg(vector.size()).arg(m_options.embedDimensions));
        }
        const QString model = m_options.embedModel.isEmpty() ? embeddings->model : m_options.embedModel;
        if (auto r = m_catalog->storeEmbeddings(ids, embeddings->vectors, model, libraryModel()); !r)
            return r;
        if (m_onEmbedded)
            m_onEmbedded(ids, embeddings->vectors);
        summary.embedded += int(ids.size());
        progress.pagesDone += int(ids.size());
        progress.currentFile = batch->last().path;
        Q_EMIT progressChanged(progress);
    }
    return {};
}

} // namespace PageLens
