// SPDX-License-Identifier: MIT
#include "core/library/library.h"

#include "core/library/catalog.h"
#include "core/retrieval/textsearch.h"

namespace PageLens {

Library::Library(std::shared_ptr<Catalog> catalog)
    : m_catalog(std::move(catalog))
{
}

Result<std::shared_ptr<Library>> Library::open(const QString &directory)
{
    auto catalog = Catalog::open(directory);
    if (!catalog)
        return tl::unexpected(catalog.error());
    return std::shared_ptr<Library>(new Library(*catalog));
}

QString Library::directory() const
{
    return m_catalog->directory();
}

Result<ScanReport> Library::add(const QStringList &paths, const std::atomic_bool *cancel)
{
    return LibraryScanner(m_catalog).add(paths, cancel);
}

Result<ScanReport> Library::rescan(const std::atomic_bool *cancel)
{
    return LibraryScanner(m_catalog).rescan(cancel);
}

Result<QVector<DocumentInfo>> Library::documents() const
{
    return m_catalog->documents();
}

Result<QStringList> Library::folders() const
{
    return m_catalog->folders();
}

Result<QVector<PageRecord>> Library::pages(qint64 documentId) const
{
    return m_catalog->pages(documentId);
}

Result<PageRecord> Library::page(const PageRef &ref) const
{
    return m_catalog->page(ref);
}

Result<QVector<SearchHit>> Library::search(const QString &query, int k) const
{
    return TextSearch(m_catalog).search(query, k);
}

Result<void> Library::setPassword(qint64 documentId, const QString &password)
{
    {
        QMutexLocker lock(&m_mutex);
        m_passwords.insert(documentId, password);
    }
    return m_catalog->setStatus(documentId, DocumentStatus::Pending);
}

QString Library::password(qint64 documentId) const
{
    QMutexLocker lock(&m_mutex);
    return m_passwords.value(documentId);
}

QHash<qint64, QString> Library::passwords() const
{
    QMutexLocker lock(&m_mutex);
    return m_passwords;
}

} // namespace PageLens
