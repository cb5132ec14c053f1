// SPDX-License-Identifier: MIT
#include "ui/library/librarypane.h"

#include <functional>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include "ui/library/documentfiltermodel.h"
#include "ui/library/documentmodel.h"

namespace PageLens {

namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace

LibraryPane::LibraryPane(DocumentModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new DocumentFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_view(new QTreeView(this))
{
    auto *title = new QLabel(tr("Library"), this);
    title->setObjectName(QStringLiteral("paneTitle"));
    title->setBuddy(m_view);

    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_filter->setPlaceholderText(tr("Filter by name or path"));
    m_filter->setAccessibleName(tr("Filter documents"));
    m_filter->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("libraryStatusFilter"));
    m_status->setAccessibleName(tr("Show documents with status"));
    m_status->addItem(tr("All"), -1);
    for (DocumentStatus status : {DocumentStatus::Failed, DocumentStatus::Partial, DocumentStatus::NeedsPassword,
                                  DocumentStatus::Pending, DocumentStatus::Indexed})
        m_status->addItem(DocumentModel::statusIcon(status), DocumentModel::statusText(status), int(status));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setAccessibleName(tr("Library documents"));
    m_view->setAccessibleDescription(tr("Documents in the library with their indexing status. "
                                        "Press Enter to open a document, the menu key for more."));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setIconSize(QSize(16, 16));
    m_view->setTextElideMode(Qt::ElideRight);
    // The status shows as the row's icon (with tooltip and accessible text), leaving the width to names.
    m_view->setColumnHidden(DocumentModel::StatusColumn, true);
    // Names get the width; the Path column joins them when the pane has room (the tooltip always has it).
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DocumentModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DocumentModel::PagesColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DocumentModel::PathColumn, QHeaderView::Interactive);
    header->setSectionsMovable(false);
    m_view->setColumnWidth(DocumentModel::PathColumn, 200);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(4);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    // Resets (a folder added, a library opened) would collapse the tree: what was open stays open.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LibraryPane::restoreExpansion);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LibraryPane::restoreExpansion);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LibraryPane::restoreExpansion);
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (!m_restoring && !m_proxy->isFiltering())
            m_collapsed.insert(index.data(DocumentModel::NodeKeyRole).toString());
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (!m_restoring && !m_proxy->isFiltering())
            m_collapsed.remove(index.data(DocumentModel::NodeKeyRole).toString());
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        restoreExpansion();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_status->currentData().toInt();
        m_proxy->setStatus(status < 0 ? std::nullopt : std::optional<DocumentStatus>(DocumentStatus(status)));
        restoreExpansion();
    });
    connect(m_view, &QTreeView::activated, this, &LibraryPane::activate);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &LibraryPane::showContextMenu);
}

void LibraryPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_view->setColumnHidden(DocumentModel::PathColumn, width() < kPathColumnWidth);
}

void LibraryPane::restoreExpansion()
{
    // While filtering everything that matches is shown open; the person's choices come back after.
    m_restoring = true;
    std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            if (m_proxy->rowCount(index) == 0)
                continue;
            const bool open = m_proxy->isFiltering() || !m_collapsed.contains(index.data(DocumentModel::NodeKeyRole).toString());
            m_view->setExpanded(index, open);
            visit(index);
        }
    };
    visit({});
    m_restoring = false;
}

std::optional<DocumentInfo> LibraryPane::currentDocument() const
{
    return m_model->document(m_proxy->mapToSource(m_view->currentIndex().siblingAtColumn(DocumentModel::NameColumn)));
}

void LibraryPane::selectDocument(qint64 documentId)
{
    const QModelIndex source = m_model->indexOfDocument(documentId);
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid() && source.isValid()) {
        // Hidden by a filter: the open document matters more than the filter.
        m_filter->clear();
        m_status->setCurrentIndex(0);
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid())
        return;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_view->expand(parent);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void LibraryPane::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex.siblingAtColumn(DocumentModel::NameColumn));
    const auto document = m_model->document(index);
    if (!document) {
        m_view->setExpanded(proxyIndex.siblingAtColumn(0), !m_view->isExpanded(proxyIndex.siblingAtColumn(0)));
        return;
    }
    if (document->status == DocumentStatus::NeedsPassword)
        Q_EMIT passwordRequested(*document);
    else
        Q_EMIT documentActivated(*document);
}

void LibraryPane::copyPath(const QString &path)
{
    QApplication::clipboard()->setText(QDir::toNativeSeparators(path));
    Q_EMIT statusMessage(tr("Copied %1").arg(QDir::toNativeSeparators(path)));
}

QMenu *LibraryPane::createContextMenu(const QModelIndex &sourceIndex, QWidget *parent)
{
    const QModelIndex index = sourceIndex.siblingAtColumn(DocumentModel::NameColumn);
    if (!index.isValid())
        return nullptr;
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("libraryContextMenu"));
    auto add = [menu](const char *name, const QIcon &icon, const QString &text, auto slot) {
        QAction *action = menu->addAction(icon, text);
        action->setObjectName(QLatin1String(name));
        QObject::connect(action, &QAction::triggered, menu, slot);
        return action;
    };
    const QString path = index.data(DocumentModel::PathRole).toString();
    const QVector<DocumentInfo> below = m_model->documentsUnder(index);
    QVector<qint64> ids;
    for (const DocumentInfo &document : below)
        ids << document.id;

    if (const auto document = m_model->document(index)) {
        const DocumentInfo doc = *document;
        const bool locked = doc.status == DocumentStatus::NeedsPassword;
        QAction *open = add("openDocument", icon("document"), tr("&Open"), [this, doc] { Q_EMIT documentActivated(doc); });
        open->setEnabled(!locked);
        menu->setDefaultAction(locked ? nullptr : open);
        QAction *password = add("enterPassword", icon("password"), tr("Enter &Password…"),
                                [this, doc] { Q_EMIT passwordRequested(doc); });
        password->setEnabled(locked);
        if (locked)
            menu->setDefaultAction(password);
        add("openExternally", QIcon(), tr("Open with the &System Viewer"),
            [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
        add("showInFolder", icon("folder"), tr("Show in &Folder"),
            [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath())); });
        add("copyPath", QIcon(), tr("&Copy Path"), [this, path] { copyPath(path); });
        menu->addSeparator();
        add("rescan", icon("rescan"), tr("&Rescan"), [this, ids] { Q_EMIT rescanRequested(ids); });
        menu->addSeparator();
        add("removeFromLibrary", icon("cancel"), tr("Re&move from Library"), [this, path] { Q_EMIT removeRequested({path}); });
        return menu;
    }

    const auto kind = DocumentModel::NodeKind(index.data(DocumentModel::NodeKindRole).toInt());
    add("rescan", icon("rescan"), tr("&Rescan"), [this, ids] { Q_EMIT rescanRequested(ids); });
    if (!path.isEmpty()) {
        add("showInFolder", icon("folder"), tr("Show in &Folder"), [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
        add("copyPath", QIcon(), tr("&Copy Path"), [this, path] { copyPath(path); });
    }
    if (kind == DocumentModel::NodeKind::Folder) {
        menu->addSeparator();
        QStringList paths;
        if (path.isEmpty()) {   // "Added files": each of them
            for (const DocumentInfo &document : below)
                paths << document.path;
        } else {
            paths << path;
        }
        QAction *remove = add("removeFromLibrary", icon("cancel"), tr("Re&move from Library"),
                              [this, paths] { Q_EMIT removeRequested(paths); });
        remove->setEnabled(!paths.isEmpty());
    }
    return menu;
}

void LibraryPane::showContextMenu(const QPoint &position)
{
    const QModelIndex proxyIndex = m_view->indexAt(position);
    QMenu *menu = createContextMenu(m_proxy->mapToSource(proxyIndex), this);
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

} // namespace PageLens
