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

qint64 storedVectorCount(Catalog &catalog)
{
    QSqlQuery q(catalog.database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM embeddings e JOIN pages p ON p.id = e.page_id")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}
} // namespace

PageVectorIndex::PageVectorIndex(std::shared_ptr<Catalog> catalog)
    : m_catalog(std::move(catalog))
{
}

PageVectorIndex::~PageVectorIndex() = default;

bool PageVectorIndex::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_index != nullptr;
}

qint64 PageVectorIndex::count() const
{
    QMutexLocker lock(&m_mutex);
    return m_index ? m_index->count() : 0;
}

Result<void> PageVectorIndex::open(int dim)
{
    QMutexLocker lock(&m_mutex);
    if (m_index && m_index->dim() == dim)
        return {};
    m_index = std::make_unique<DenseIndex>(dim);
    auto generation = m_catalog->setting(generationKey);
    if (!generation)
        return tl::unexpected(generation.error());
    if (!generation->isEmpty()) {
        auto loaded = m_index->load(m_catalog->directory(), generation->toLongLong());
        if (loaded && m_index->count() == storedVectorCount(*m_catalog))
            return {};
        log::index()->warn("dense index generation {} {}: rebuilding from the catalog", log::s(*generation),
                           loaded ? "is stale" : log::s(loaded.error().toLogString()));
    }
    if (auto r = rebuild(); !r)
        return r;
    lock.unlock();
    return save();
}

Result<void> PageVectorIndex::rebuild()
{
    const int dim = m_index->dim();
    return m_index->rebuild([this, dim](const DenseIndex::Sink &sink) -> Result<void> {
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

Result<void> PageVectorIndex::add(const QVector<qint64> &pageIds, const QVector<QVector<float>> &vectors)
{
    QMutexLocker lock(&m_mutex);
    if (!m_index)
        return fail(Error::Code::InvalidArgument, QStringLiteral("The dense index is not open."));
    std::vector<float> data;
    data.reserve(size_t(vectors.size()) * size_t(m_index->dim()));
    for (const auto &v : vectors)
        data.insert(data.end(), v.begin(), v.end());
    return m_index->add(std::span<const qint64>(pageIds.constData(), size_t(pageIds.size())), data);
}

Result<QVector<DenseHit>> PageVectorIndex::search(const QVector<float> &query, int k) const
{
    QMutexLocker lock(&m_mutex);
    if (!m_index)
        return QVector<DenseHit>{};
    auto hits = m_index->search(std::span<const float>(query.constData(), size_t(query.size())), k);
    if (!hits)
        return tl::unexpected(hits.error());
    return QVector<DenseHit>(hits->begin(), hits->end());
}

Result<void> PageVectorIndex::save()
{
    QMutexLocker lock(&m_mutex);
    if (!m_index)
        return {};
    auto generation = m_index->save(m_catalog->directory());
    if (!generation)
        return tl::unexpected(generation.error());
    if (auto r = m_catalog->setSetting(generationKey, QString::number(*generation)); !r)
        return r;
    return m_index->removeOtherGenerations(m_catalog->directory());
}

} // namespace PageLens
