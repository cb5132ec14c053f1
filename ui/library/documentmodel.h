// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QAbstractItemModel>
#include <QHash>
#include <QVector>

#include "core/model/documentinfo.h"

namespace PageLens {

/**
 * The library as a tree: the library, its watched folders (plus a group for files added one by
 * one), their subfolders as folder nodes, and the documents with status, page count, errors and
 * their path below the watched folder. Fed with snapshots taken on a worker (Library::documents());
 * updates in place when the shape is unchanged so selection and expansion survive an indexing run.
 */
class DocumentModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, PagesColumn, PathColumn, ColumnCount };
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        PathRole,          // absolute path of a document or folder (empty for "Added files")
        StatusRole,
        NodeKindRole,
        RelativePathRole,  // the path below its watched folder
        NodeKeyRole,       // stable across snapshots: the path, or a fixed key for the library and "Added files"
        WatchedRole,       // a folder the library watches (not a subfolder of one)
    };
    enum class NodeKind { Library, Folder, Document };

    explicit DocumentModel(QObject *parent = nullptr);
    ~DocumentModel() override;

    void setLibrary(const QString &directory);
    void setDocuments(const QVector<DocumentInfo> &documents, const QStringList &folders);
    void updateDocument(const DocumentInfo &document);
    /** Shows the document being read as "indexing" until the run moves on; empty clears it. */
    void setIndexingPath(const QString &path);

    std::optional<DocumentInfo> document(const QModelIndex &index) const;
    std::optional<DocumentInfo> documentById(qint64 id) const;
    /** The documents at and below `index` (a folder, the library or one document). */
    QVector<DocumentInfo> documentsUnder(const QModelIndex &index) const;
    QModelIndex indexOfDocument(qint64 id, int column = NameColumn) const;
    QModelIndex libraryIndex() const;
    int documentCount() const { return int(m_documents.size()); }
    /** The documents as last reported (snapshots and each document finished since). */
    const QVector<DocumentInfo> &documents() const { return m_documents; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(DocumentStatus status);
    static QIcon statusIcon(DocumentStatus status);
    /** What the person can do about a status ("Double-click to enter its password"), empty when nothing. */
    static QString statusHint(DocumentStatus status);

private:
    struct Node {
        NodeKind kind = NodeKind::Folder;
        Node *parent = nullptr;
        int row = 0;
        QString name;
        QString path;        // absolute; empty for "Added files"
        QString relative;    // below the watched folder
        bool watched = false;
        int document = -1;   // index into m_documents
        int pages = 0;       // documents: own; folders: the sum below
        std::vector<std::unique_ptr<Node>> children;
    };

    void build(const QStringList &folders);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = NameColumn) const;
    static int sumPages(Node *node, const QVector<DocumentInfo> &documents);
    DocumentStatus shownStatus(const DocumentInfo &document) const;
    QVariant documentData(const Node &node, int column, int role) const;
    QVariant folderData(const Node &node, int column, int role) const;
    void emitDocumentChanged(qint64 id);
    static QString shapeKey(const QVector<DocumentInfo> &documents, const QStringList &folders);

    QString m_directory;
    std::unique_ptr<Node> m_root;   // the library node, when a library is open
    QVector<DocumentInfo> m_documents;
    QString m_shape;
    QHash<qint64, int> m_documentIndex;   // id -> index into m_documents
    QHash<qint64, Node *> m_documentNodes;
    QString m_indexingPath;
};

} // namespace PageLens
