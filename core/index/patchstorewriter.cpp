// SPDX-License-Identifier: MIT
#include "core/index/patchstorewriter.h"

#include <cstring>
#include <limits>

#include <QCoreApplication>

#include "core/index/maxsimkernel.h"
#include "core/index/patchstore.h"
#include "core/index/tokenpooler.h"

namespace PageLens {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PageLens", text);
}

QByteArray encodeBlocks(const float *vectors, qint64 count, int dim)
{
    QByteArray blocks(MaxSimKernel::blockCount(count) * MaxSimKernel::blockBytes(dim), Qt::Uninitialized);
    MaxSimKernel::encode(vectors, count, dim, reinterpret_cast<uchar *>(blocks.data()));
    return blocks;
}

} // namespace

PatchStoreWriter::EncodedPage PatchStoreWriter::encode(qint64 id, int columns, int rows, const float *vectors,
                                                       qint64 patches, int dim, int poolFactor)
{
    EncodedPage page;
    page.id = id;
    page.columns = columns;
    page.rows = rows;
    page.patches = patches;
    page.blocks = encodeBlocks(vectors, patches, dim);
    page.pooled = TokenPooler::clusterCount(patches, poolFactor);
    if (page.pooled > 0) {
        const std::vector<float> pooled = TokenPooler::pool(vectors, patches, dim, page.pooled);
        page.pooledBlocks = encodeBlocks(pooled.data(), page.pooled, dim);
    }
    return page;
}

PatchStoreWriter::PatchStoreWriter(const QString &path, int dim, int poolFactor)
    : m_file(path), m_path(path), m_dim(dim), m_poolFactor(poolFactor)
{
}

Result<void> PatchStoreWriter::open()
{
    if (m_dim <= 0 || m_dim > 65536 || m_poolFactor < 0)
        return fail(Error::Code::InvalidArgument, PageLens::tr("Page vectors need a dimension between 1 and 65536."));
    return m_file.open();
}

Result<void> PatchStoreWriter::append(const EncodedPage &page)
{
    const qint64 blockBytes = MaxSimKernel::blockBytes(m_dim);
    if (page.patches <= 0 || page.patches > std::numeric_limits<quint32>::max()
        || page.blocks.size() != MaxSimKernel::blockCount(page.patches) * blockBytes
        || page.pooledBlocks.size() != MaxSimKernel::blockCount(page.pooled) * blockBytes
        || (m_poolFactor > 0) != (page.pooled > 0) || page.columns < 0 || page.rows < 0
        || page.columns > std::numeric_limits<quint16>::max() || page.rows > std::numeric_limits<quint16>::max())
        return fail(Error::Code::InvalidArgument, PageLens::tr("The vectors of page %1 do not fit the page vector file.").arg(page.id));
    if (!m_file.write(page.blocks.constData(), page.blocks.size()))
        return tl::unexpected(m_file.failure());
    PatchStore::Page row{};
    row.id = page.id;
    row.firstBlock = m_blocks;
    row.patches = quint32(page.patches);
    row.columns = quint16(page.columns);
    row.rows = quint16(page.rows);
    row.firstPooledBlock = quint32(m_pooledBlocks);
    row.pooled = quint32(page.pooled);
    m_table.append(reinterpret_cast<const char *>(&row), sizeof row);
    m_pooled += page.pooledBlocks;
    m_blocks += quint64(MaxSimKernel::blockCount(page.patches));
    m_pooledBlocks += quint64(MaxSimKernel::blockCount(page.pooled));
    return {};
}

Result<void> PatchStoreWriter::commit()
{
    PatchStore::Footer footer{};
    footer.pages = quint64(m_table.size()) / sizeof(PatchStore::Page);
    footer.blocks = m_blocks;
    footer.pooledBlocks = m_pooledBlocks;
    footer.dim = quint32(m_dim);
    footer.poolFactor = quint32(m_poolFactor);
    if (!m_file.write(m_pooled.constData(), m_pooled.size()) || !m_file.write(m_table.constData(), m_table.size())
        || !m_file.write(&footer, sizeof footer))
        return tl::unexpected(m_file.failure());
    return m_file.commit(PatchStore::kMagic, PatchStore::kVersion, quint32(m_dim));
}

} // namespace PageLens
