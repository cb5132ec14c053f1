// SPDX-License-Identifier: MIT
#include "ui/library/librarypane.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/library/documentmodel.h"

namespace PageLens {

LibraryPane::LibraryPane(DocumentModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
{
    auto *title = new QLabel(tr("Library"), this);
    title->setObjectName(QStringLiteral("paneTitle"));
    title->setBuddy(m_view);

    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setAccessibleName(tr("Library documents"));
    m_view->setAccessibleDescription(tr("Documents in the library with their indexing status. "
                                        "Press Enter to open a document."));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setIconSize(QSize(16, 16));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DocumentModel::NameColumn, QHeaderView::Stretch);
    // The status shows as the row's icon (with tooltip and accessible text), leaving the width to names.
    m_view->setColumnHidden(DocumentModel::StatusColumn, true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->header()->setSectionResizeMode(DocumentModel::PagesColumn, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(m_view);

    // A reset (new library, new documents) collapses the tree: show everything again.
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_view, &QTreeView::activated, this, &LibraryPane::activate);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &LibraryPane::showContextMenu);
}

std::optional<DocumentInfo> LibraryPane::currentDocument() const
{
    return m_model->document(m_view->currentIndex().siblingAtColumn(DocumentModel::NameColumn));
}

void LibraryPane::activate(const QModelIndex &index)
{
    const auto document = m_model->document(index.siblingAtColumn(DocumentModel::NameColumn));
    if (!document) {
        m_view->setExpanded(index.siblingAtColumn(0), !m_view->isExpanded(index.siblingAtColumn(0)));
        return;
    }
    if (document->status == DocumentStatus::NeedsPassword)
        Q_EMIT passwordRequested(*document);
    else
        Q_EMIT documentActivated(*document);
}

void LibraryPane::showContextMenu(const QPoint &position)
{
    const auto document = m_model->document(m_view->indexAt(position).siblingAtColumn(DocumentModel::NameColumn));
    if (!document)
        return;
    QMenu menu(this);
    QAction *open = menu.addAction(QIcon(QStringLiteral(":/icons/document.svg")), tr("&Open"));
    open->setEnabled(document->status != DocumentStatus::NeedsPassword);
    QAction *password = menu.addAction(QIcon(QStringLiteral(":/icons/password.svg")), tr("Enter &Password…"));
    password->setEnabled(document->status == DocumentStatus::NeedsPassword);
    QAction *chosen = menu.exec(m_view->viewport()->mapToGlobal(position));
    if (chosen == open)
        Q_EMIT documentActivated(*document);
    else if (chosen == password)
        Q_EMIT passwordRequested(*document);
}

} // namespace PageLens
