// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QWidget>

#include "core/model/documentinfo.h"

class QComboBox;
class QLineEdit;
class QMenu;
class QTreeView;

namespace PageLens {

class DocumentFilterModel;
class DocumentModel;

/**
 * The library tree: folders and subfolders, documents with their status and path; a filter field
 * and a status filter; context menus for documents (open, open with the system viewer, show in
 * folder, copy path, rescan, enter password, remove) and folders (rescan, show in folder, copy
 * path, remove). Expanded folders stay expanded when the library changes.
 */
class LibraryPane : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPane(DocumentModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }
    QComboBox *statusFilter() const { return m_status; }
    DocumentFilterModel *filterModel() const { return m_proxy; }
    /** The selected document, if a document row is selected. */
    std::optional<DocumentInfo> currentDocument() const;
    /** Selects and shows the document (the one the viewer shows), without opening it again. */
    void selectDocument(qint64 documentId);
    /** The context menu for a row of the DocumentModel; the caller runs it. Null for no row. */
    QMenu *createContextMenu(const QModelIndex &sourceIndex, QWidget *parent);
    /** From this width the Path column shows next to the names. */
    static constexpr int kPathColumnWidth = 480;

Q_SIGNALS:
    void documentActivated(const PageLens::DocumentInfo &document);
    void passwordRequested(const PageLens::DocumentInfo &document);
    /** Take these documents or folders out of the library (the files stay). */
    void removeRequested(const QStringList &paths);
    /** Look at these documents again (and at the library's folders for new files). */
    void rescanRequested(const QVector<qint64> &documentIds);
    void statusMessage(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void activate(const QModelIndex &proxyIndex);
    void showContextMenu(const QPoint &position);
    void restoreExpansion();
    void copyPath(const QString &path);

    DocumentModel *m_model;
    DocumentFilterModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QTreeView *m_view;
    QSet<QString> m_collapsed;   // node keys the person collapsed; everything else opens
    bool m_restoring = false;
};

} // namespace PageLens
