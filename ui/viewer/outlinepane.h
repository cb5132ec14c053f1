// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QIdentityProxyModel;
class QLabel;
class QPdfBookmarkModel;
class QPdfDocument;
class QTreeView;

namespace PageLens {

class PageView;

/**
 * The outline (bookmarks) of the PDF a PageView shows, from QPdfBookmarkModel: activating an
 * entry turns to its page. It reads the document only while it is visible, so a hidden pane
 * costs nothing; documents without an outline (and images) say so.
 */
class OutlinePane : public QWidget
{
    Q_OBJECT
public:
    explicit OutlinePane(PageView *view, QWidget *parent = nullptr);
    ~OutlinePane() override;

    QTreeView *treeView() const { return m_tree; }
    /** Top-level entries of the shown document's outline (0 without one). */
    int entryCount() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();

    PageView *m_view;
    QPdfDocument *m_document;
    QPdfBookmarkModel *m_bookmarks;
    QIdentityProxyModel *m_titles;
    QTreeView *m_tree;
    QLabel *m_empty;
    QString m_loadedPath;
};

} // namespace PageLens
