// SPDX-License-Identifier: MIT
#include "ui/viewer/outlinepane.h"

#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/viewer/pageview.h"

namespace PageLens {

namespace {

/** Shows QPdfBookmarkModel's title role as the display text (Qt 6.4 gives it only as Role::Title). */
class OutlineTitles : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            role = int(QPdfBookmarkModel::Role::Title);
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

OutlinePane::OutlinePane(PageView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_document(new QPdfDocument(this))
    , m_bookmarks(new QPdfBookmarkModel(this))
    , m_titles(new OutlineTitles(this))
    , m_tree(new QTreeView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("outlinePane"));
    m_bookmarks->setDocument(m_document);
    m_titles->setSourceModel(m_bookmarks);
    m_tree->setObjectName(QStringLiteral("outlineTree"));
    m_tree->setAccessibleName(tr("Outline"));
    m_tree->setModel(m_titles);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_empty->setObjectName(QStringLiteral("outlineEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("This document has no outline."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty, 1);
    m_tree->hide();

    connect(m_view, &PageView::documentLoaded, this, [this] {
        if (isVisible())
            load();
    });
    // Enter, a double-click or a click on an entry turns to its page.
    auto turn = [this](const QModelIndex &index) {
        const QVariant page = index.data(int(QPdfBookmarkModel::Role::Page));
        if (page.isValid() && page.toInt() >= 0)
            m_view->setPage(page.toInt());
    };
    connect(m_tree, &QTreeView::activated, this, turn);
    connect(m_tree, &QTreeView::clicked, this, turn);
}

OutlinePane::~OutlinePane() = default;

int OutlinePane::entryCount() const
{
    return m_titles->rowCount();
}

void OutlinePane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    load();
}

void OutlinePane::load()
{
    const QString path = m_view->isLoaded() ? m_view->documentPath() : QString();
    if (path == m_loadedPath)
        return;
    m_loadedPath = path;
    m_document->close();
    // PDFium opens lazily: the outline costs a read of the cross-reference table, not of the pages.
    if (!path.isEmpty()) {   // an image is no PDF: it loads nothing and has no outline
        m_document->setPassword(m_view->documentPassword());
        m_document->load(path);
    }
    const bool has = m_titles->rowCount() > 0;
    m_tree->setVisible(has);
    m_empty->setVisible(!has);
    m_empty->setText(path.isEmpty() ? tr("Open a document to see its outline.") : tr("This document has no outline."));
    if (has)
        m_tree->expandToDepth(0);
}

} // namespace PageLens
