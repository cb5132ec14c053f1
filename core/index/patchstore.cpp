// SPDX-License-Identifier: MIT
#include "core/index/patchstore.h"

#include <cstring>

#include <QCoreApplication>
#include <QFileInfo>
#include <QtEndian>

#include "core/index/maxsimkernel.h"

namespace PageLens {

// The table, footer, codes and scales are the host's bytes; every supported target is little-endian.
static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN);

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PageLens", text);
}

tl::unexpected<Error> corrupt(const QString &path, const QString &detail)
{
    return fail(Error::Code::Corrupt, PageLens::tr("The page vector file %1 is damaged; it needs to be rebuilt.").arg(QFileInfo(path).fileName()),
                QStringLiteral("%1: %2").arg(path, detail));
}

} // namespace

QString PatchStore::fileName(qint64 generation)
{
    return QStringLiteral("patches-%1.plp").arg(generation);
}

Result<PatchStore> PatchStore::open(const QString &path)
{
    auto file = ChecksummedFile::open(path, kMagic);
    if (!file) {
        Error error = file.error();
        if (error.code == Error::Code::Corrupt)
            error.message = PageLens::tr("The page vector file %1 is damaged or missing; it needs to be rebuilt.").arg(QFileInfo(path).fileName());
        return tl::unexpected(error);
    }
    if (file->version() != kVersion)
        return corrupt(path, QStringLiteral("format version %1").arg(file->version()));
    const qint64 size = file->bodySize();
    if (size < qint64(sizeof(Footer)))
        return corrupt(path, QStringLiteral("no footer"));
    Footer footer;
    std::memcpy(&footer, file->body() + size - sizeof footer, sizeof footer);
    const qint64 blockBytes = MaxSimKernel::blockBytes(int(footer.dim));
    // A valid checksum over a body that a faulty writer produced must still not send reads out of the file.
    if (footer.dim == 0 || footer.dim != file->dim() || footer.dim > 65536 || footer.pages > quint64(size)
        || footer.blocks > quint64(size) / quint64(blockBytes) || footer.pooledBlocks > quint64(size) / quint64(blockBytes)
        || qint64(footer.blocks + footer.pooledBlocks) * blockBytes + qint64(footer.pages * sizeof(Page)) + qint64(sizeof footer) != size)
        return corrupt(path, QStringLiteral("inconsistent footer"));

    PatchStore store(std::move(*file));
    store.m_dim = int(footer.dim);
    store.m_poolFactor = int(footer.poolFactor);
    store.m_blockBytes = blockBytes;
    store.m_fileBytes = QFileInfo(path).size();
    const uchar *body = store.m_file.body();
    const qint64 pooledStart = qint64(footer.blocks) * blockBytes;
    const qint64 tableStart = pooledStart + qint64(footer.pooledBlocks) * blockBytes;
    store.m_pages.resize(size_t(footer.pages));
    if (footer.pages > 0)   // an empty vector's data() may be null, which memcpy must never get
        std::memcpy(store.m_pages.data(), body + tableStart, footer.pages * sizeof(Page));
    quint64 nextBlock = 0, nextPooled = 0;
    for (const Page &page : store.m_pages) {
        if (page.patches == 0 || page.firstBlock != nextBlock || page.firstPooledBlock != nextPooled
            || (footer.poolFactor > 0) != (page.pooled > 0) || page.pooled > page.patches)
            return corrupt(path, QStringLiteral("inconsistent page table at page %1").arg(page.id));
        nextBlock += quint64(MaxSimKernel::blockCount(page.patches));
        nextPooled += quint64(MaxSimKernel::blockCount(page.pooled));
    }
    if (nextBlock != footer.blocks || nextPooled != footer.pooledBlocks)
        return corrupt(path, QStringLiteral("page table does not cover the vectors"));
    store.m_pooled.assign(body + pooledStart, body + tableStart);
    return store;
}

const uchar *PatchStore::blocks(qint64 index) const
{
    return m_file.body() + qint64(m_pages[size_t(index)].firstBlock) * m_blockBytes;
}

const uchar *PatchStore::pooledBlocks(qint64 index) const
{
    return m_pooled.data() + qint64(m_pages[size_t(index)].firstPooledBlock) * m_blockBytes;
}

qint64 PatchStore::residentBytes() const
{
    return qint64(m_pages.size() * sizeof(Page) + m_pooled.size());
}

} // namespace PageLens
