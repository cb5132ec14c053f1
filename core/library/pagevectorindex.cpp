// SPDX-License-Identifier: MIT
#include "core/library/pagevectorindex.h"

#include <QSqlQuery>
#include <QVariant>

#include "core/common/log.h"
#include "core/index/denseindex.h"
#include "core/library/catalog.h"

namespace PageLens {

namespace {
const QString generationKey = QStringLiteral("dense.generation");

/** True when the index holds exactly the catalog's vectors (same ids, no strays). */
bool matchesCatalog(Catalog &catalog, const DenseIndex &index)
{
    QSqlQuery q(catalog.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT e.page_id FROM embeddings e JOIN pages p ON p.id = e.page_id")))
        return false;
    qint64 count = 0;
    while (q.next()) {
        if (!index.contains(q.value(0).toLongLong()))
            return false;
        ++count;
    }
    return count == index.count();
}
} // namespace

PageVectorIndex::PageVectorIndex(std::shared_ptr<Catalog> catalog)
    : m_catalog(std::move(catalog))
{
}

PageVectorIndex::~PageVectorIndex() = default;

std::shared_ptr<DenseIndex> PageVectorIndex::current() const
{
    QMutexLocker lock(&m_mutex);
    return m_index;
}

bool PageVectorIndex::isOpen() const
{
    return current() != nullptr;
}

qint64 PageVectorIndex::count() const
{
    auto index = current();
    return index ? index->count() : 0;
}

Result<void> PageVectorIndex::open(int dim, bool forceRebuild)
{
    if (auto index = current(); index && index->dim() == dim && !forceRebuild)
        return {};
    auto index = std::make_shared<DenseIndex>(dim);
    auto generation = m_catalog->setting(generationKey);
    if (!generation)
        return tl::unexpected(generation.error());
    bool ready = false;
    if (!generation->isEmpty() && !forceRebuild) {
        auto loaded = index->load(m_catalog->directory(), generation->toLongLong());
        ready = loaded && matchesCatalog(*m_catalog, *index);
        if (!ready)
            log::index()->warn("dense index generation {} {}: rebuilding from the catalog", log::s(*generation),
                               loaded ? "is stale" : log::s(loaded.error().toLogString()));
    }
    if (!ready) {
        if (auto r = rebuild(*index); !r)
            return r;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_index = index;
    }
    return ready ? Result<void>{} : save();
}

Result<void> PageVectorIndex::rebuild(DenseIndex &index)
{
    const int dim = index.dim();
    return index.rebuild([this, dim](const DenseIndex::Sink &sink) -> Result<void> {
        std::vector<qint64> ids;
        std::vector<float> data;
        Result<void> status;
        auto flush = [&]() {
            if (!ids.empty() && status)
                status = sink(ids, data);
            ids.clear();
            data.clear();
        };
        auto visited = m_catalog->forEachEmbedding([&](qint64 id, const float *vector, int vectorDim) {
            if (vectorDim != dim)
                return;
            ids.push_back(id);
            data.insert(data.end(), vector, vector + dim);
            if (ids.size() >= 4096)
                flush();
        });
        flush();
        if (!visited)
            return tl::unexpected(visited.error());
        return status;
    });
}

Result<void> PageVectorIndex::refresh()
{
    auto index = current();
    if (!index || matchesCatalog(*m_catalog, *index))
        return {};
    if (auto r = rebuild(*index); !r)
        return r;
    return save();
}

Result<void> PageVectorIndex::add(const QVector<qint64> &pageIds, const QVector<QVector<float>> &vectors)
{
    auto index = current();
    if (!index)
        return fail(Error::Code::InvalidArgument, QStringLiteral("The dense index is not open."));
    std::vector<float> data;
    data.reserve(size_t(vectors.size()) * size_t(index->dim()));
    for (const auto &v : vectors)
        data.insert(data.end(), v.begin(), v.end());
    return index->add(std::span<const qint64>(pageIds.constData(), size_t(pageIds.size())), data);
}

Result<QVector<DenseHit>> PageVectorIndex::search(const QVector<float> &query, int k) const
{
    auto index = current();
    if (!index)
        return QVector<DenseHit>{};
    auto hits = index->search(std::span<const float>(query.constData(), size_t(query.size())), k);
    if (!hits)
        return tl::unexpected(hits.error());
    return QVector<DenseHit>(hits->begin(), hits->end());
}

Result<void> PageVectorIndex::save()
{
    auto index = current();
    if (!index)
        return {};
    auto generation = index->save(m_catalog->directory());
    if (!generation)
        return tl::unexpected(generation.error());
    if (auto r = m_catalog->setSetting(generationKey, QString::number(*generation)); !r)
        return r;
    return index->removeOtherGenerations(m_catalog->directory());
}

} // namespace PageLens
