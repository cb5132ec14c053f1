// SPDX-License-Identifier: MIT
#include "core/library/latepatchindex.h"

#include <algorithm>
#include <mutex>

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include "core/index/maxsimkernel.h"
#include "core/library/catalog.h"

namespace PageLens {

namespace {

const QString kModel = QStringLiteral("late.model");
const QString kDim = QStringLiteral("late.dim");
const QString kSegments = QStringLiteral("late.segments");
const QString kNext = QStringLiteral("late.next_generation");

} // namespace

LatePatchIndex::LatePatchIndex(std::shared_ptr<Catalog> catalog)
    : m_catalog(std::move(catalog))
{
}

QString LatePatchIndex::pathOf(qint64 generation) const
{
    return QDir(m_catalog->directory()).filePath(PatchStore::fileName(generation));
}

Result<void> LatePatchIndex::open()
{
    auto model = m_catalog->setting(kModel);
    auto dim = m_catalog->setting(kDim, QStringLiteral("0"));
    auto list = m_catalog->setting(kSegments);
    auto next = m_catalog->setting(kNext, QStringLiteral("1"));
    if (!model || !dim || !list || !next)
        return tl::unexpected((!model ? model : !dim ? dim : !list ? list : next).error());
    auto segments = std::make_shared<std::vector<Segment>>();
    QSet<qint64> ids;
    int dropped = 0;
    for (const QString &item : list->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qint64 generation = item.toLongLong();
        auto store = PatchStore::open(pathOf(generation));
        if (!store || store->dim() != dim->toInt()) {
            ++dropped;
            continue;
        }
        auto shared = std::make_shared<const PatchStore>(std::move(*store));
        for (qint64 i = 0; i < shared->pageCount(); ++i)
            ids.insert(shared->page(i).id);
        segments->push_back({generation, std::move(shared)});
    }
    std::unique_lock lock(m_mutex);
    m_model = *model;
    m_dim = dim->toInt();
    m_nextGeneration = std::max<qint64>(1, next->toLongLong());
    m_segments = std::move(segments);
    m_ids = std::move(ids);
    m_dropped = dropped;
    return {};
}

QString LatePatchIndex::model() const
{
    std::shared_lock lock(m_mutex);
    return m_model;
}

int LatePatchIndex::dim() const
{
    std::shared_lock lock(m_mutex);
    return m_dim;
}

qint64 LatePatchIndex::pageCount() const
{
    std::shared_lock lock(m_mutex);
    return m_ids.size();
}

bool LatePatchIndex::contains(qint64 pageId) const
{
    std::shared_lock lock(m_mutex);
    return m_ids.contains(pageId);
}

int LatePatchIndex::dropped() const
{
    std::shared_lock lock(m_mutex);
    return m_dropped;
}

LatePatchIndex::Segments LatePatchIndex::segments() const
{
    std::shared_lock lock(m_mutex);
    return m_segments;
}

Result<void> LatePatchIndex::record(const std::vector<Segment> &segments, qint64 nextGeneration)
{
    QStringList list;
    for (const Segment &segment : segments)
        list << QString::number(segment.generation);
    for (const auto &[key, value] : {std::pair{kSegments, list.join(QLatin1Char(','))},
                                     std::pair{kNext, QString::number(nextGeneration)}})
        if (auto r = m_catalog->setSetting(key, value); !r)
            return r;
    return {};
}

Result<void> LatePatchIndex::reset(const QString &model, int dim)
{
    const Segments old = segments();
    if (auto r = m_catalog->setSetting(kModel, model); !r)
        return r;
    if (auto r = m_catalog->setSetting(kDim, QString::number(dim)); !r)
        return r;
    const qint64 next = [this] { std::shared_lock lock(m_mutex); return m_nextGeneration; }();
    if (auto r = record({}, next); !r)
        return r;
    {
        std::unique_lock lock(m_mutex);
        m_model = model;
        m_dim = dim;
        m_segments = std::make_shared<std::vector<Segment>>();
        m_ids.clear();
    }
    // Readers that still hold the old segments keep their mappings; the names go now.
    for (const Segment &segment : *old)
        QFile::remove(pathOf(segment.generation));
    return {};
}

Result<LatePatchIndex::Segment> LatePatchIndex::write(qint64 generation, const QVector<PatchStoreWriter::EncodedPage> &pages) const
{
    const QString path = pathOf(generation);
    PatchStoreWriter writer(path, dim(), kPoolFactor);
    if (auto r = writer.open(); !r)
        return tl::unexpected(r.error());
    for (const PatchStoreWriter::EncodedPage &page : pages)
        if (auto r = writer.append(page); !r)
            return tl::unexpected(r.error());
    if (auto r = writer.commit(); !r)
        return tl::unexpected(r.error());
    auto store = PatchStore::open(path);
    if (!store)
        return tl::unexpected(store.error());
    return Segment{generation, std::make_shared<const PatchStore>(std::move(*store))};
}

Result<void> LatePatchIndex::addSegment(const QVector<PatchStoreWriter::EncodedPage> &pages)
{
    if (pages.isEmpty())
        return {};
    if (dim() <= 0)
        return fail(Error::Code::InvalidArgument,
                    QCoreApplication::translate("PageLens", "The late-interaction index has no model yet."));
    const qint64 generation = [this] { std::shared_lock lock(m_mutex); return m_nextGeneration; }();
    auto segment = write(generation, pages);
    if (!segment)
        return tl::unexpected(segment.error());
    auto next = std::make_shared<std::vector<Segment>>(*segments());
    next->push_back(*segment);
    if (auto r = record(*next, generation + 1); !r) {
        QFile::remove(pathOf(generation));
        return r;
    }
    {
        std::unique_lock lock(m_mutex);
        m_nextGeneration = generation + 1;
        m_segments = next;
        for (const PatchStoreWriter::EncodedPage &page : pages)
            m_ids.insert(page.id);
    }
    return int(next->size()) > kMaxSegments ? merge() : Result<void>();
}

Result<void> LatePatchIndex::merge()
{
    const Segments old = segments();
    const qint64 blockBytes = MaxSimKernel::blockBytes(dim());
    QVector<PatchStoreWriter::EncodedPage> pages;
    for (const Segment &segment : *old) {
        const PatchStore &store = *segment.store;
        for (qint64 i = 0; i < store.pageCount(); ++i) {
            const PatchStore::Page &row = store.page(i);
            PatchStoreWriter::EncodedPage page;
            page.id = row.id;
            page.columns = row.columns;
            page.rows = row.rows;
            page.patches = row.patches;
            page.pooled = row.pooled;
            page.blocks = QByteArray(reinterpret_cast<const char *>(store.blocks(i)),
                                     MaxSimKernel::blockCount(row.patches) * blockBytes);
            page.pooledBlocks = QByteArray(reinterpret_cast<const char *>(store.pooledBlocks(i)),
                                           MaxSimKernel::blockCount(row.pooled) * blockBytes);
            pages << page;
        }
    }
    const qint64 generation = [this] { std::shared_lock lock(m_mutex); return m_nextGeneration; }();
    auto merged = write(generation, pages);
    if (!merged)
        return tl::unexpected(merged.error());
    if (auto r = record({*merged}, generation + 1); !r) {
        QFile::remove(pathOf(generation));
        return r;
    }
    {
        std::unique_lock lock(m_mutex);
        m_nextGeneration = generation + 1;
        m_segments = std::make_shared<std::vector<Segment>>(std::vector<Segment>{*merged});
    }
    for (const Segment &segment : *old)
        QFile::remove(pathOf(segment.generation));
    return {};
}

Result<QList<MaxSimEngine::Hit>> LatePatchIndex::search(std::span<const float> query, int k) const
{
    QList<MaxSimEngine::Hit> all;
    for (const Segment &segment : *segments()) {
        MaxSimEngine::Options options;
        options.candidates = kCandidates;
        auto hits = MaxSimEngine(*segment.store, options).twoStage(query, k);
        if (!hits)
            return tl::unexpected(hits.error());
        all += *hits;
    }
    std::sort(all.begin(), all.end(), [](const MaxSimEngine::Hit &a, const MaxSimEngine::Hit &b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    if (all.size() > k)
        all.resize(k);
    return all;
}

} // namespace PageLens
