// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QSortFilterProxyModel>

#include "core/model/documentstatus.h"

namespace PageLens {

/**
 * What the library pane shows of the DocumentModel: documents whose path below their folder
 * contains the filter text, and only those with one status when a status is picked. Folders show
 * when something below them does (all of them when nothing is filtered).
 */
class DocumentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DocumentFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    /** Empty: every status. Pending also shows documents being indexed. */
    void setStatus(std::optional<DocumentStatus> status);
    bool isFiltering() const { return !m_text.isEmpty() || m_status.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<DocumentStatus> m_status;
};

} // namespace PageLens
