// SPDX-License-Identifier: MIT
#include "ui/library/documentfiltermodel.h"

#include "ui/library/documentmodel.h"

namespace PageLens {

DocumentFilterModel::DocumentFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);   // a folder stays while a document below it matches
}

void DocumentFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void DocumentFilterModel::setStatus(std::optional<DocumentStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

bool DocumentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, DocumentModel::NameColumn, sourceParent);
    if (DocumentModel::NodeKind(index.data(DocumentModel::NodeKindRole).toInt()) != DocumentModel::NodeKind::Document)
        return false;   // shown only for what matches below it (recursive filtering)
    if (m_status) {
        const auto status = DocumentStatus(index.data(DocumentModel::StatusRole).toInt());
        const bool pending = *m_status == DocumentStatus::Pending && status == DocumentStatus::Indexing;
        if (status != *m_status && !pending)
            return false;
    }
    return m_text.isEmpty() || index.data(DocumentModel::RelativePathRole).toString().contains(m_text, Qt::CaseInsensitive)
           || index.data(DocumentModel::PathRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace PageLens
