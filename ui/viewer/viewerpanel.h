// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "core/model/searchhit.h"

class QAction;
class QLabel;
class QSpinBox;
class QToolBar;
class QToolButton;

namespace PageLens {

class FindBar;
class LayerLegend;
class PageLayers;
class PageView;
class TextSelection;
class ThumbnailStrip;

/** The page viewer with its tool row (pages, zoom, fit) and the thumbnail column. */
class ViewerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ViewerPanel(QWidget *parent = nullptr);

    void openDocument(const QString &path, const QString &password, int page = 0);
    void closeDocument();
    /** Shows the page of a hit with its matched words highlighted. */
    void showHit(const SearchHit &hit, const QString &password);
    /** Highlights follow the latest query: the shown page keeps boxes only when it is one of `hits`. */
    void setQueryHits(const QVector<SearchHit> &hits);

    /** Shows one hit of find in document (its page, its words boxed). */
    void showFindHit(const SearchHit &hit);

    PageView *pageView() const { return m_view; }
    FindBar *findBar() const { return m_findBar; }
    TextSelection *textSelection() const { return m_selection; }
    ThumbnailStrip *thumbnails() const { return m_thumbnails; }
    QSpinBox *pageSpin() const { return m_pageSpin; }
    PageLayers *layers() const { return m_layers; }
    LayerLegend *layerLegend() const { return m_legend; }
    /** The viewer's tool row (the main window adds Detect Objects to it). */
    QToolBar *toolBar() const { return m_tools; }

    QAction *previousPageAction() const { return m_previous; }
    QAction *nextPageAction() const { return m_next; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitWidthAction() const { return m_fitWidth; }
    QAction *fitPageAction() const { return m_fitPage; }
    QAction *findAction() const { return m_find; }
    QAction *findNextAction() const { return m_findNext; }
    QAction *findPreviousAction() const { return m_findPrevious; }
    QAction *copyAction() const { return m_copy; }
    QAction *selectAllAction() const { return m_selectAll; }
    QAction *rotateLeftAction() const { return m_rotateLeft; }
    QAction *rotateRightAction() const { return m_rotateRight; }
    /** View ▸ Continuous: all pages in one scroll (on by default, remembered in QSettings). */
    QAction *continuousAction() const { return m_continuous; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateControls();
    void setTitle(const QString &path);
    static QString matchToolTip(const SearchHit &hit);

    PageView *m_view;
    ThumbnailStrip *m_thumbnails;
    QLabel *m_title;
    QString m_titleText;
    QSpinBox *m_pageSpin;
    QLabel *m_pageTotal;
    QToolButton *m_zoomButton;
    QAction *m_previous;
    QAction *m_next;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fitWidth;
    QAction *m_fitPage;
    FindBar *m_findBar;
    TextSelection *m_selection;
    QAction *m_find;
    QAction *m_findNext;
    QAction *m_findPrevious;
    QAction *m_copy;
    QAction *m_selectAll;
    QAction *m_rotateLeft;
    QAction *m_rotateRight;
    QAction *m_continuous;
    QToolBar *m_tools;
    LayerLegend *m_legend;
    PageLayers *m_layers;
};

} // namespace PageLens
