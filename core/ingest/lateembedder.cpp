// SPDX-License-Identifier: MIT
#include "core/ingest/lateembedder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QThread>

#include "core/index/patchstorewriter.h"
#include "core/ingest/ratelimiter.h"
#include "core/library/catalog.h"
#include "core/library/latepatchindex.h"
#include "core/llm/futureresult.h"
#include "core/llm/lateinteractionclient.h"
#include "core/media/documentopener.h"
#include "core/media/pageimager.h"

namespace PageLens {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PageLens", text);
}

QByteArray png(const QImage &image)
{
    // Lossless: the vectors then depend on the page, not on a codec's artefacts.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

LateEmbedder::LateEmbedder(std::shared_ptr<Catalog> catalog, LatePatchIndex *index, LateInteractionClient *client,
                           LateEmbedOptions options, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_index(index)
    , m_client(client)
    , m_options(std::move(options))
{
}

void LateEmbedder::cancel()
{
    m_cancel = true;
}

Result<QImage> LateEmbedder::modelInput(PageSource &source, int page, const PatchGrid &grid)
{
    const QSize size = grid.inputSize();
    auto image = PageImager::render(source, page, PageImageSize::withLongestSide(std::max(size.width(), size.height())));
    if (!image)
        return image;
    return image->convertToFormat(QImage::Format_RGB32).scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

Result<std::vector<float>> LateEmbedder::patchRows(const MultiVector &vectors, const PatchGrid &grid)
{
    auto first = grid.firstPatchRow(vectors.rows);
    if (!first)
        return tl::unexpected(first.error());
    const int count = grid.hasGrid() ? grid.patchCount() : vectors.rows;
    return std::vector<float>(vectors.row(*first), vectors.row(*first + count));
}

Result<int> LateEmbedder::pendingPages() const
{
    const bool sameModel = m_index->model() == m_client->config().model;
    int pending = 0;
    qint64 after = 0;
    for (;;) {
        auto chunk = m_catalog->indexedPagesAfter(after, 4096);
        if (!chunk)
            return tl::unexpected(chunk.error());
        if (chunk->isEmpty())
            return pending;
        for (const PageWork &work : std::as_const(*chunk))
            pending += !(sameModel && m_index->contains(work.pageId));
        after = chunk->last().pageId;
    }
}

Result<LateEmbedSummary> LateEmbedder::run()
{
    if (m_options.privacy != Privacy::Images)
        return fail(Error::Code::InvalidArgument,
                    PageLens::tr("Late interaction sends page images, which this library's privacy setting (%1) does not allow. "
                       "Set it to \"images\" (--privacy images) to use it.").arg(toString(m_options.privacy)));
    const LateConfig &config = m_client->config();
    if (m_index->model() != config.model) {
        if (m_index->pageCount() > 0 && !m_options.reembed)
            return fail(Error::Code::Mismatch,
                        PageLens::tr("The library's page vectors were made with %1, not %2. Run again with --reembed to replace them.")
                            .arg(m_index->model(), config.model));
        if (auto r = m_index->reset(config.model, config.dim); !r)
            return tl::unexpected(r.error());
    }
    auto total = pendingPages();
    if (!total)
        return tl::unexpected(total.error());

    const PatchGrid::Family family = PatchGrid::familyOf(config.model);
    RateLimiter limiter(m_options.requestsPerMinute);
    LateEmbedSummary summary;
    QVector<PatchStoreWriter::EncodedPage> encoded;
    std::unique_ptr<PageSource> source;
    QString sourcePath;
    IndexProgress progress;
    progress.pagesTotal = *total;
    progress.stage = QStringLiteral("late");

    auto commit = [&]() -> Result<void> {
        auto r = m_index->addSegment(encoded);
        encoded.clear();
        return r;
    };
    // One batch: render, send, keep the grid rows. A page that cannot be rendered is counted and skipped.
    auto send = [&](const QVector<PageWork> &batch) -> Result<void> {
        QList<QByteArray> images;
        QVector<PageWork> sent;
        QVector<PatchGrid> grids;
        for (const PageWork &work : batch) {
            if (work.path != sourcePath) {
                sourcePath = work.path;
                auto opened = DocumentOpener::open(work.path, m_options.passwords.value(work.ref.documentId));
                source = opened ? std::move(*opened) : nullptr;
            }
            const PatchGrid grid = source ? PatchGrid::forPage(family, source->pageSize(work.ref.page)) : PatchGrid();
            auto image = source ? modelInput(*source, work.ref.page, grid) : Result<QImage>(QImage());
            if (!source || !image || image->isNull()) {
                ++summary.failedPages;
                continue;
            }
            images << png(*image);
            sent << work;
            grids << grid;
        }
        if (images.isEmpty())
            return {};
        if (!limiter.acquire(&m_cancel))
            return {};
        QFuture<Result<QVector<MultiVector>>> future = m_client->embedImages(images, QStringLiteral("image/png"));
        while (!future.isFinished()) {
            if (m_cancel)
                future.cancel();
            QThread::msleep(20);
        }
        ++summary.requests;
        auto answer = takeResult(future);
        if (!answer && m_cancel)
            return {};
        if (!answer)
            return tl::unexpected(answer.error());
        for (qsizetype i = 0; i < sent.size(); ++i) {
            const MultiVector &vectors = answer->at(i);
            if (vectors.dim != config.dim)
                return fail(Error::Code::Mismatch,
                            PageLens::tr("The late-interaction server returned %1-wide vectors; %2 expects %3.")
                                .arg(vectors.dim).arg(config.model).arg(config.dim));
            auto rows = patchRows(vectors, grids.at(i));
            if (!rows)
                return tl::unexpected(rows.error());
            const qint64 patches = qint64(rows->size()) / config.dim;
            encoded << PatchStoreWriter::encode(sent.at(i).pageId, grids.at(i).columns(), grids.at(i).rows(), rows->data(),
                                                patches, config.dim, LatePatchIndex::kPoolFactor);
            ++summary.embedded;
        }
        progress.pagesDone += int(sent.size());
        progress.currentFile = sent.last().path;
        emit progressChanged(progress);
        if (encoded.size() >= m_options.segmentPages)
            return commit();
        return {};
    };

    qint64 after = 0;
    QVector<PageWork> batch;
    Result<void> outcome;
    while (outcome && !m_cancel) {
        auto chunk = m_catalog->indexedPagesAfter(after, 256);
        if (!chunk) {
            outcome = tl::unexpected(chunk.error());
            break;
        }
        if (chunk->isEmpty())
            break;
        after = chunk->last().pageId;
        for (const PageWork &work : std::as_const(*chunk)) {
            if (m_index->contains(work.pageId))
                continue;
            batch << work;
            if (batch.size() >= std::max(1, m_options.batchPages)) {
                outcome = send(batch);
                batch.clear();
                if (!outcome || m_cancel)
                    break;
            }
        }
    }
    if (outcome && !m_cancel && !batch.isEmpty())
        outcome = send(batch);
    // What arrived is kept, also after a stop or a failure.
    const Result<void> committed = commit();
    summary.cancelled = m_cancel;
    if (!outcome)
        return tl::unexpected(outcome.error());
    if (!committed)
        return tl::unexpected(committed.error());
    return summary;
}

} // namespace PageLens
