// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QAbstractItemModel>
#include <QHash>
#include <QVector>

#include "core/model/documentinfo.h"

namespace PageLens {

/**
 * The library as a tree: the library, its watched folders (plus a group for files added one by
 * one), and their documents with status, page count and errors. Fed with snapshots taken on a
 * worker (Library::documents()); updates in place when the shape is unchanged so selection and
 * expansion survive an indexing run.
 */
class DocumentModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, PagesColumn, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1, PathRole, StatusRole, NodeKindRole };
    enum class NodeKind { Library, Folder, Document };

    explicit DocumentModel(QObject *parent = nullptr);

    void setLibrary(const QString &directory);
    void setDocuments(const QVector<DocumentInfo> &documents, const QStringList &folders);
    void updateDocument(const DocumentInfo &document);
    /** Shows the document being read as "indexing" until the run moves on; empty clears it. */
    void setIndexingPath(const QString &path);

    std::optional<DocumentInfo> document(const QModelIndex &index) const;
    std::optional<DocumentInfo> documentById(qint64 id) const;
    QModelIndex indexOfDocument(qint64 id, int column = NameColumn) const;
    QModelIndex libraryIndex() const;
    int documentCount() const { return int(m_documents.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(DocumentStatus status);
    static QIcon statusIcon(DocumentStatus status);

private:
    struct Group {
        QString path;            // the watched folder; empty for files added one by one
        QVector<int> documents;  // indexes into m_documents
        bool operator==(const Group &) const = default;
    };
    // internalId: 0 library node, 1 group node, 2 + group for a document node.
    static constexpr quintptr LibraryId = 0;
    static constexpr quintptr GroupId = 1;

    static QVector<Group> groupDocuments(const QVector<DocumentInfo> &documents, const QStringList &folders);
    NodeKind kindOf(const QModelIndex &index) const;
    DocumentStatus shownStatus(const DocumentInfo &document) const;
    QVariant documentData(const DocumentInfo &document, const Group &group, int column, int role) const;
    QVariant groupData(const Group &group, int column, int role) const;
    void emitDocumentChanged(qint64 id);

    QString m_directory;
    bool m_hasLibrary = false;
    QVector<DocumentInfo> m_documents;
    QVector<Group> m_groups;
    QHash<qint64, int> m_documentIndex;   // id -> index into m_documents
    QHash<qint64, QPair<int, int>> m_position;   // id -> (group, row)
    QString m_indexingPath;
};

} // namespace PageLens
