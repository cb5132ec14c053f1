// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include "core/model/detection.h"
#include "core/retrieval/queryheatmaps.h"

class QAction;

namespace PageLens {

class DetectionLayer;
class HeatmapLayer;
class LayerLegend;
class PageView;

/**
 * The independent layers over the page in a PageView: search hits (the view's highlights),
 * detected objects and the query heatmap. Each is a scene item under the page item, drawn in page
 * points, toggled by its checkable action; the toggles are remembered between sessions
 * (QSettings `viewer/layers/<hits|detections|heatmap>`). What a layer shows belongs to one page: a
 * page change clears detections and heatmap until the data for the new page is set.
 */
class PageLayers : public QObject
{
    Q_OBJECT
public:
    PageLayers(PageView *view, LayerLegend *legend, QObject *parent = nullptr);

    /** For `page` (0-based); ignored when the view shows another page by now. */
    void setDetections(int page, const QVector<Detection> &detections);
    /** `source` names the map kind ("late interaction" or "term matches"). */
    void setHeatmaps(int page, const QueryHeatmaps &maps, const QString &source);
    void clearHeatmaps();
    /** 0: the combined map; i > 0: the i-th query word's. */
    void selectToken(int index);
    void setHeatmapOpacity(double opacity);

    DetectionLayer *detectionLayer() const { return m_detections; }
    HeatmapLayer *heatmapLayer() const { return m_heatmap; }
    LayerLegend *legend() const { return m_legend; }
    bool hasHeatmap() const { return !m_maps.tokens.isEmpty() || m_maps.combined.isValid(); }

    QAction *hitsAction() const { return m_showHits; }
    QAction *detectionsAction() const { return m_showDetections; }
    QAction *heatmapAction() const { return m_showHeatmap; }
    /** The QSettings key of a layer's toggle: "hits", "detections" or "heatmap". */
    static QString settingsKey(const QString &layer);

Q_SIGNALS:
    /** The heatmap layer was switched on and has no map for this page yet. */
    void heatmapWanted();

private:
    void clearPage();
    void updateLegend();

    PageView *m_view;
    LayerLegend *m_legend;
    DetectionLayer *m_detections;
    HeatmapLayer *m_heatmap;
    QueryHeatmaps m_maps;
    QString m_source;
    int m_token = 0;
    QAction *m_showHits;
    QAction *m_showDetections;
    QAction *m_showHeatmap;
};

} // namespace PageLens
