// SPDX-License-Identifier: MIT
#include "ui/library/documentmodel.h"

#include <algorithm>
#include <functional>

#include <QDir>
#include <QFileInfo>
#include <QIcon>

namespace PageLens {

namespace {

const QString libraryKey = QStringLiteral("#library");
const QString addedFilesKey = QStringLiteral("#added");

} // namespace

DocumentModel::DocumentModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

DocumentModel::~DocumentModel() = default;

void DocumentModel::setLibrary(const QString &directory)
{
    beginResetModel();
    m_directory = directory;
    m_documents.clear();
    m_shape.clear();
    m_indexingPath.clear();
    build({});
    endResetModel();
}

QString DocumentModel::shapeKey(const QVector<DocumentInfo> &documents, const QStringList &folders)
{
    QStringList parts = folders;
    parts.sort();
    parts << QStringLiteral("|");
    for (const DocumentInfo &document : documents)
        parts << QString::number(document.id) + QLatin1Char(':') + document.path;
    return parts.join(QLatin1Char('\n'));
}

void DocumentModel::build(const QStringList &folders)
{
    m_documentIndex.clear();
    m_documentNodes.clear();
    m_root.reset();
    if (m_directory.isEmpty())
        return;
    m_root = std::make_unique<Node>();
    m_root->kind = NodeKind::Library;
    m_root->name = QFileInfo(m_directory).fileName();
    m_root->path = m_directory;

    QStringList watched;
    for (const QString &folder : folders)
        watched << QDir::cleanPath(folder);
    QHash<QString, Node *> folderNodes;   // absolute folder path -> node
    for (const QString &folder : std::as_const(watched)) {
        auto node = std::make_unique<Node>();
        node->parent = m_root.get();
        node->name = QFileInfo(folder).fileName();
        node->path = folder;
        node->watched = true;
        folderNodes.insert(folder, node.get());
        m_root->children.push_back(std::move(node));
    }
    Node *added = nullptr;

    for (int i = 0; i < m_documents.size(); ++i) {
        const DocumentInfo &document = m_documents[i];
        m_documentIndex.insert(document.id, i);
        // The deepest watched folder holding the file owns it (nested folders can both be watched).
        QString owner;
        for (const QString &folder : std::as_const(watched)) {
            if (document.path.startsWith(folder + QLatin1Char('/')) && folder.size() > owner.size())
                owner = folder;
        }
        Node *parent = nullptr;
        auto leaf = std::make_unique<Node>();
        leaf->kind = NodeKind::Document;
        leaf->document = i;
        leaf->name = QFileInfo(document.path).fileName();
        leaf->path = document.path;
        if (owner.isEmpty()) {
            if (!added) {
                auto group = std::make_unique<Node>();
                group->parent = m_root.get();
                group->name = tr("Added files");
                added = group.get();
                m_root->children.push_back(std::move(group));
            }
            parent = added;
            leaf->relative = QDir::toNativeSeparators(document.path);
        } else {
            leaf->relative = QDir(owner).relativeFilePath(document.path);
            parent = folderNodes.value(owner);
            QString path = owner;
            const QStringList dirs = leaf->relative.split(QLatin1Char('/')).mid(0, leaf->relative.count(QLatin1Char('/')));
            for (const QString &dir : dirs) {
                path += QLatin1Char('/') + dir;
                Node *&sub = folderNodes[path];
                if (!sub) {
                    auto node = std::make_unique<Node>();
                    node->parent = parent;
                    node->name = dir;
                    node->path = path;
                    node->relative = QDir(owner).relativeFilePath(path);
                    sub = node.get();
                    parent->children.push_back(std::move(node));
                }
                parent = sub;
            }
        }
        leaf->parent = parent;
        m_documentNodes.insert(document.id, leaf.get());
        parent->children.push_back(std::move(leaf));
    }

    // Folders before documents, each by name; "Added files" last.
    std::function<void(Node *)> order = [&order](Node *node) {
        std::stable_sort(node->children.begin(), node->children.end(), [](const auto &a, const auto &b) {
            const bool aAdded = a->kind == NodeKind::Folder && a->path.isEmpty();
            const bool bAdded = b->kind == NodeKind::Folder && b->path.isEmpty();
            if (aAdded != bAdded)
                return bAdded;
            if ((a->kind == NodeKind::Folder) != (b->kind == NodeKind::Folder))
                return a->kind == NodeKind::Folder;
            const int byName = QString::compare(a->name, b->name, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a->path < b->path;
        });
        for (int row = 0; row < int(node->children.size()); ++row) {
            node->children[row]->row = row;
            order(node->children[row].get());
        }
    };
    order(m_root.get());
    sumPages(m_root.get(), m_documents);
}

int DocumentModel::sumPages(Node *node, const QVector<DocumentInfo> &documents)
{
    if (node->kind == NodeKind::Document)
        return node->pages = documents[node->document].pageCount;
    int pages = 0;
    for (const auto &child : node->children)
        pages += sumPages(child.get(), documents);
    return node->pages = pages;
}

void DocumentModel::setDocuments(const QVector<DocumentInfo> &documents, const QStringList &folders)
{
    const QString shape = shapeKey(documents, folders);
    if (shape != m_shape || !m_root) {
        beginResetModel();
        m_documents = documents;
        m_shape = shape;
        build(folders);
        endResetModel();
        return;
    }
    for (const DocumentInfo &document : documents)
        updateDocument(document);
}

void DocumentModel::updateDocument(const DocumentInfo &document)
{
    const auto it = m_documentIndex.constFind(document.id);
    if (it == m_documentIndex.cend())
        return;
    DocumentInfo &current = m_documents[*it];
    if (current.status == document.status && current.pageCount == document.pageCount
        && current.error == document.error && current.path == document.path)
        return;
    current = document;
    emitDocumentChanged(document.id);
}

void DocumentModel::setIndexingPath(const QString &path)
{
    if (path == m_indexingPath)
        return;
    const QString previous = std::exchange(m_indexingPath, path);
    for (const DocumentInfo &document : std::as_const(m_documents)) {
        if (document.path == previous || document.path == path)
            emitDocumentChanged(document.id);
    }
}

void DocumentModel::emitDocumentChanged(qint64 id)
{
    Node *node = m_documentNodes.value(id);
    if (!node)
        return;
    // The folders above show page totals: they change with the document.
    const int delta = m_documents[node->document].pageCount - node->pages;
    for (Node *at = node; at; at = at->parent) {
        at->pages += delta;
        const QModelIndex first = indexOfNode(at, NameColumn);
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    }
}

std::optional<DocumentInfo> DocumentModel::document(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node || node->kind != NodeKind::Document)
        return std::nullopt;
    return m_documents[node->document];
}

std::optional<DocumentInfo> DocumentModel::documentById(qint64 id) const
{
    const auto it = m_documentIndex.constFind(id);
    if (it == m_documentIndex.cend())
        return std::nullopt;
    return m_documents[*it];
}

QVector<DocumentInfo> DocumentModel::documentsUnder(const QModelIndex &index) const
{
    QVector<DocumentInfo> found;
    std::function<void(const Node *)> visit = [&](const Node *node) {
        if (node->kind == NodeKind::Document)
            found << m_documents[node->document];
        for (const auto &child : node->children)
            visit(child.get());
    };
    if (const Node *node = nodeOf(index))
        visit(node);
    return found;
}

QModelIndex DocumentModel::indexOfDocument(qint64 id, int column) const
{
    return indexOfNode(m_documentNodes.value(id), column);
}

QModelIndex DocumentModel::libraryIndex() const
{
    return indexOfNode(m_root.get());
}

DocumentModel::Node *DocumentModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex DocumentModel::indexOfNode(const Node *node, int column) const
{
    return node ? createIndex(node->row, column, const_cast<Node *>(node)) : QModelIndex();
}

QModelIndex DocumentModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, m_root.get());
    return createIndex(row, column, nodeOf(parent)->children[row].get());
}

QModelIndex DocumentModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    return node ? indexOfNode(node->parent) : QModelIndex();
}

int DocumentModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_root ? 1 : 0;
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int DocumentModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString DocumentModel::statusText(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Pending: return tr("Pending");
    case DocumentStatus::Indexing: return tr("Indexing");
    case DocumentStatus::Indexed: return tr("Indexed");
    case DocumentStatus::Partial: return tr("Indexed with errors");
    case DocumentStatus::NeedsPassword: return tr("Needs password");
    case DocumentStatus::Failed: return tr("Failed");
    }
    return {};
}

QString DocumentModel::statusHint(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::NeedsPassword:
        return tr("Double-click it, or right-click ▸ Enter Password…, to type its password (kept for this session only).");
    case DocumentStatus::Failed:
    case DocumentStatus::Partial:
        return tr("Right-click ▸ Rescan reads it again, for example after the file was repaired.");
    default: return {};
    }
}

QIcon DocumentModel::statusIcon(DocumentStatus status)
{
    return QIcon(QStringLiteral(":/icons/status-%1.svg").arg(toString(status)));
}

DocumentStatus DocumentModel::shownStatus(const DocumentInfo &document) const
{
    if (document.status == DocumentStatus::Pending && !m_indexingPath.isEmpty() && document.path == m_indexingPath)
        return DocumentStatus::Indexing;
    return document.status;
}

QVariant DocumentModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    if (role == NodeKindRole)
        return int(node->kind);
    if (role == NodeKeyRole)
        return node->kind == NodeKind::Library ? libraryKey : node->path.isEmpty() ? addedFilesKey : node->path;
    return node->kind == NodeKind::Document ? documentData(*node, index.column(), role)
                                            : folderData(*node, index.column(), role);
}

QVariant DocumentModel::folderData(const Node &node, int column, int role) const
{
    const bool library = node.kind == NodeKind::Library;
    if (role == PathRole)
        return node.path;
    if (role == RelativePathRole)
        return node.relative;
    if (role == WatchedRole)
        return node.watched;
    if (column == PagesColumn) {
        if (role == Qt::DisplayRole)
            return node.pages > 0 ? QVariant(node.pages) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (column == PathColumn) {
        if (role == Qt::DisplayRole)
            return node.watched || library ? QDir::toNativeSeparators(node.path) : QDir::toNativeSeparators(node.relative);
        return {};
    }
    if (column != NameColumn)
        return {};
    switch (role) {
    case Qt::DisplayRole: return node.name;
    case Qt::ToolTipRole:
        if (library)
            return tr("Library in %1").arg(QDir::toNativeSeparators(m_directory));
        return node.path.isEmpty() ? tr("Files added one by one") : QDir::toNativeSeparators(node.path);
    case Qt::DecorationRole:
        return QIcon(library ? QStringLiteral(":/icons/library.svg") : QStringLiteral(":/icons/folder.svg"));
    case Qt::AccessibleTextRole:
        return library ? tr("Library %1, %n document(s)", nullptr, int(m_documents.size())).arg(node.name)
                       : tr("Folder %1").arg(node.name);
    default: return {};
    }
}

QVariant DocumentModel::documentData(const Node &node, int column, int role) const
{
    const DocumentInfo &document = m_documents[node.document];
    const DocumentStatus status = shownStatus(document);
    switch (role) {
    case DocumentIdRole: return document.id;
    case PathRole: return document.path;
    case RelativePathRole: return node.relative;
    case StatusRole: return int(status);
    case WatchedRole: return false;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b><br>%2").arg(QDir::toNativeSeparators(document.path).toHtmlEscaped(),
                                                           statusText(status));
        if (document.pageCount > 0)
            tip += QStringLiteral(" · ") + tr("%n page(s)", nullptr, document.pageCount);
        if (!document.error.isEmpty())
            tip += QStringLiteral("<br>") + document.error.toHtmlEscaped();
        // Indexed with errors: which pages did not read, and why (those pages are not searchable).
        for (auto it = document.pageErrors.cbegin(); it != document.pageErrors.cend(); ++it)
            tip += QStringLiteral("<br>") + tr("Page %1: %2").arg(it.key()).arg(it.value().toHtmlEscaped());
        if (const QString hint = statusHint(status); !hint.isEmpty())
            tip += QStringLiteral("<br><i>%1</i>").arg(hint.toHtmlEscaped());
        return tip;
    }
    default: break;
    }
    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return node.name;
        if (role == Qt::DecorationRole)
            return statusIcon(status);
        if (role == Qt::AccessibleTextRole)
            return tr("%1, %2").arg(node.name, statusText(status));
        return {};
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return statusText(status);
        return {};
    case PagesColumn:
        if (role == Qt::DisplayRole)
            return document.pageCount > 0 ? QVariant(document.pageCount) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PathColumn:
        if (role == Qt::DisplayRole)
            return node.relative;
        return {};
    default: return {};
    }
}

QVariant DocumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case PagesColumn: return tr("Pages");
    case PathColumn: return tr("Path");
    default: return {};
    }
}

} // namespace PageLens
