// SPDX-License-Identifier: MIT
#include "ui/library/documentmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>

namespace PageLens {

DocumentModel::DocumentModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void DocumentModel::setLibrary(const QString &directory)
{
    beginResetModel();
    m_directory = directory;
    m_hasLibrary = !directory.isEmpty();
    m_documents.clear();
    m_groups.clear();
    m_documentIndex.clear();
    m_position.clear();
    m_indexingPath.clear();
    endResetModel();
}

QVector<DocumentModel::Group> DocumentModel::groupDocuments(const QVector<DocumentInfo> &documents,
                                                            const QStringList &folders)
{
    QStringList sortedFolders = folders;
    sortedFolders.sort(Qt::CaseInsensitive);
    QVector<Group> groups;
    for (const QString &folder : sortedFolders)
        groups.push_back({QDir::cleanPath(folder), {}});
    Group loose;
    for (int i = 0; i < documents.size(); ++i) {
        // The deepest watched folder holding the file owns it (nested folders can both be watched).
        int best = -1;
        for (int g = 0; g < groups.size(); ++g) {
            const QString prefix = groups[g].path + QLatin1Char('/');
            if (documents[i].path.startsWith(prefix) && (best < 0 || groups[g].path.size() > groups[best].path.size()))
                best = g;
        }
        (best >= 0 ? groups[best] : loose).documents.push_back(i);
    }
    if (!loose.documents.isEmpty())
        groups.push_back(loose);
    for (Group &group : groups) {
        std::sort(group.documents.begin(), group.documents.end(), [&](int a, int b) {
            return QString::compare(documents[a].path, documents[b].path, Qt::CaseInsensitive) < 0;
        });
    }
    return groups;
}

void DocumentModel::setDocuments(const QVector<DocumentInfo> &documents, const QStringList &folders)
{
    const QVector<Group> groups = groupDocuments(documents, folders);
    bool sameShape = groups == m_groups && documents.size() == m_documents.size();
    for (int i = 0; sameShape && i < documents.size(); ++i)
        sameShape = documents[i].id == m_documents[i].id;

    if (!sameShape) {
        beginResetModel();
        m_documents = documents;
        m_groups = groups;
        m_documentIndex.clear();
        m_position.clear();
        for (int i = 0; i < m_documents.size(); ++i)
            m_documentIndex.insert(m_documents[i].id, i);
        for (int g = 0; g < m_groups.size(); ++g)
            for (int row = 0; row < m_groups[g].documents.size(); ++row)
                m_position.insert(m_documents[m_groups[g].documents[row]].id, {g, row});
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
    const QModelIndex first = indexOfDocument(id, NameColumn);
    if (first.isValid())
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
}

std::optional<DocumentInfo> DocumentModel::document(const QModelIndex &index) const
{
    if (kindOf(index) != NodeKind::Document)
        return std::nullopt;
    const Group &group = m_groups[int(index.internalId() - 2)];
    return m_documents[group.documents[index.row()]];
}

std::optional<DocumentInfo> DocumentModel::documentById(qint64 id) const
{
    const auto it = m_documentIndex.constFind(id);
    if (it == m_documentIndex.cend())
        return std::nullopt;
    return m_documents[*it];
}

QModelIndex DocumentModel::indexOfDocument(qint64 id, int column) const
{
    const auto it = m_position.constFind(id);
    if (it == m_position.cend())
        return {};
    return createIndex(it->second, column, quintptr(it->first) + 2);
}

QModelIndex DocumentModel::libraryIndex() const
{
    return m_hasLibrary ? createIndex(0, 0, LibraryId) : QModelIndex();
}

DocumentModel::NodeKind DocumentModel::kindOf(const QModelIndex &index) const
{
    if (index.internalId() == LibraryId)
        return NodeKind::Library;
    return index.internalId() == GroupId ? NodeKind::Folder : NodeKind::Document;
}

QModelIndex DocumentModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, LibraryId);
    switch (kindOf(parent)) {
    case NodeKind::Library: return createIndex(row, column, GroupId);
    case NodeKind::Folder: return createIndex(row, column, quintptr(parent.row()) + 2);
    case NodeKind::Document: break;
    }
    return {};
}

QModelIndex DocumentModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    switch (kindOf(child)) {
    case NodeKind::Library: return {};
    case NodeKind::Folder: return createIndex(0, 0, LibraryId);
    case NodeKind::Document: return createIndex(int(child.internalId() - 2), 0, GroupId);
    }
    return {};
}

int DocumentModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_hasLibrary ? 1 : 0;
    if (parent.column() != 0)
        return 0;
    switch (kindOf(parent)) {
    case NodeKind::Library: return int(m_groups.size());
    case NodeKind::Folder: return int(m_groups[parent.row()].documents.size());
    case NodeKind::Document: break;
    }
    return 0;
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
    if (!index.isValid())
        return {};
    switch (kindOf(index)) {
    case NodeKind::Library:
        if (index.column() != NameColumn)
            return {};
        if (role == Qt::DisplayRole)
            return QFileInfo(m_directory).fileName();
        if (role == Qt::ToolTipRole)
            return tr("Library in %1").arg(QDir::toNativeSeparators(m_directory));
        if (role == Qt::DecorationRole)
            return QIcon(QStringLiteral(":/icons/library.svg"));
        if (role == Qt::AccessibleTextRole)
            return tr("Library %1, %n document(s)", nullptr, int(m_documents.size())).arg(QFileInfo(m_directory).fileName());
        if (role == NodeKindRole)
            return int(NodeKind::Library);
        return {};
    case NodeKind::Folder:
        return groupData(m_groups[index.row()], index.column(), role);
    case NodeKind::Document: {
        const Group &group = m_groups[int(index.internalId() - 2)];
        return documentData(m_documents[group.documents[index.row()]], group, index.column(), role);
    }
    }
    return {};
}

QVariant DocumentModel::groupData(const Group &group, int column, int role) const
{
    if (role == NodeKindRole)
        return int(NodeKind::Folder);
    if (column == PagesColumn && role == Qt::DisplayRole) {
        int pages = 0;
        for (int i : group.documents)
            pages += m_documents[i].pageCount;
        return pages > 0 ? QVariant(pages) : QVariant();
    }
    if (column != NameColumn)
        return {};
    const QString title = group.path.isEmpty() ? tr("Added files") : QFileInfo(group.path).fileName();
    switch (role) {
    case Qt::DisplayRole: return title;
    case Qt::ToolTipRole:
        return group.path.isEmpty() ? tr("Files added one by one") : QDir::toNativeSeparators(group.path);
    case Qt::DecorationRole: return QIcon(QStringLiteral(":/icons/folder.svg"));
    case Qt::AccessibleTextRole: return tr("Folder %1, %n document(s)", nullptr, int(group.documents.size())).arg(title);
    case PathRole: return group.path;
    default: return {};
    }
}

QVariant DocumentModel::documentData(const DocumentInfo &document, const Group &group, int column, int role) const
{
    const DocumentStatus status = shownStatus(document);
    switch (role) {
    case DocumentIdRole: return document.id;
    case PathRole: return document.path;
    case StatusRole: return int(status);
    case NodeKindRole: return int(NodeKind::Document);
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
        return tip;
    }
    default: break;
    }
    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole) {
            // Inside a folder, the path below it tells files of the same name apart.
            return group.path.isEmpty() ? QFileInfo(document.path).fileName()
                                        : QDir(group.path).relativeFilePath(document.path);
        }
        if (role == Qt::DecorationRole)
            return statusIcon(status);
        if (role == Qt::AccessibleTextRole)
            return tr("%1, %2").arg(QFileInfo(document.path).fileName(), statusText(status));
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
    default: return {};
    }
}

} // namespace PageLens
