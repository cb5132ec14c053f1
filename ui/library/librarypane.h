// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "core/model/documentinfo.h"

class QTreeView;

namespace PageLens {

class DocumentModel;

/** The library tree: documents with their status; opens a document or asks for its password. */
class LibraryPane : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPane(DocumentModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    /** The selected document, if a document row is selected. */
    std::optional<DocumentInfo> currentDocument() const;

Q_SIGNALS:
    void documentActivated(const PageLens::DocumentInfo &document);
    void passwordRequested(const PageLens::DocumentInfo &document);

private:
    void activate(const QModelIndex &index);
    void showContextMenu(const QPoint &position);

    DocumentModel *m_model;
    QTreeView *m_view;
};

} // namespace PageLens
