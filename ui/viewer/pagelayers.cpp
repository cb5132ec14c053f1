// SPDX-License-Identifier: MIT
#include "ui/viewer/pagelayers.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSettings>

#include "ui/viewer/detectionlayer.h"
#include "ui/viewer/heatmaplayer.h"
#include "ui/viewer/layerlegend.h"
#include "ui/viewer/pageview.h"

namespace PageLens {

namespace {

QAction *toggle(QObject *parent, const QString &icon, const QString &text, const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, parent);
    action->setCheckable(true);
    action->setChecked(true);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')), shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    return action;
}

} // namespace

PageLayers::PageLayers(PageView *view, LayerLegend *legend, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_legend(legend)
    , m_detections(new DetectionLayer(view->pageItem()))
    , m_heatmap(new HeatmapLayer(view->pageItem()))
{
    m_showHits = toggle(this, QStringLiteral("layer-hits"), tr("Show Search &Matches"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                        tr("Show or hide the boxes around the words the search matched"));
    m_showDetections = toggle(this, QStringLiteral("layer-objects"), tr("Show Detected &Objects"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), tr("Show or hide the objects detected on the page"));
    m_showHeatmap = toggle(this, QStringLiteral("layer-heatmap"), tr("Show Query &Heatmap"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                           tr("Show or hide where on the page the current query matched"));
    m_showHeatmap->setChecked(false);   // it costs a computation (or a request): on when asked for
    m_heatmap->setVisible(false);
    m_showHits->setObjectName(QStringLiteral("showHitsLayer"));
    m_showDetections->setObjectName(QStringLiteral("showDetectionsLayer"));
    m_showHeatmap->setObjectName(QStringLiteral("showHeatmapLayer"));
    m_heatmap->setOpacity(0.7);
    m_detections->setViewRotation(view->rotation());

    connect(m_showHits, &QAction::toggled, this, [this](bool on) { m_view->hitLayer()->setVisible(on); });
    connect(m_showDetections, &QAction::toggled, this, [this](bool on) {
        m_detections->setVisible(on);
        updateLegend();
    });
    connect(m_showHeatmap, &QAction::toggled, this, [this](bool on) {
        m_heatmap->setVisible(on);
        updateLegend();
        if (on && !hasHeatmap())
            Q_EMIT heatmapWanted();
    });
    // The toggles as the person left them last session (the heatmap stays off unless it was on).
    const QList<QPair<QAction *, QString>> remembered{
        {m_showHits, QStringLiteral("hits")}, {m_showDetections, QStringLiteral("detections")}, {m_showHeatmap, QStringLiteral("heatmap")}};
    for (const auto &[action, name] : remembered) {
        const QString key = settingsKey(name);
        action->setChecked(QSettings().value(key, action->isChecked()).toBool());
        connect(action, &QAction::toggled, this, [key](bool on) { QSettings().setValue(key, on); });
    }
    connect(m_view, &PageView::currentPageChanged, this, &PageLayers::clearPage);
    connect(m_view, &PageView::rotationChanged, this, [this](int degrees) { m_detections->setViewRotation(degrees); });
    connect(m_legend, &LayerLegend::tokenChosen, this, &PageLayers::selectToken);
    connect(m_legend, &LayerLegend::opacityChosen, this, &PageLayers::setHeatmapOpacity);
}

QString PageLayers::settingsKey(const QString &layer)
{
    return QStringLiteral("viewer/layers/") + layer;
}

void PageLayers::setDetections(int page, const QVector<Detection> &detections)
{
    if (page != m_view->currentPage())
        return;
    m_detections->setDetections(detections, m_view->pageSize());
    updateLegend();
}

void PageLayers::setHeatmaps(int page, const QueryHeatmaps &maps, const QString &source)
{
    if (page != m_view->currentPage())
        return;
    m_maps = maps;
    m_source = source;
    m_token = 0;
    m_heatmap->setHeatmap(maps.combined, m_view->pageSize(), QStringLiteral("%1: %2").arg(source, maps.tokens.join(QLatin1Char(' '))));
    m_legend->setHeatmap({}, {}, {});
    updateLegend();
}

void PageLayers::clearHeatmaps()
{
    m_maps = {};
    m_source.clear();
    m_token = 0;
    m_heatmap->clear();
    updateLegend();
}

void PageLayers::selectToken(int index)
{
    if (index < 0 || index > m_maps.perToken.size())
        return;
    m_token = index;
    const Heatmap &map = index == 0 ? m_maps.combined : m_maps.perToken.at(index - 1);
    const QString words = index == 0 ? m_maps.tokens.join(QLatin1Char(' ')) : m_maps.tokens.at(index - 1);
    m_heatmap->setHeatmap(map, m_view->pageSize(), QStringLiteral("%1: %2").arg(m_source, words));
    m_legend->setHeatmapRegions(HeatmapLayer::strongestRegions(map, 3));
}

void PageLayers::setHeatmapOpacity(double opacity)
{
    m_heatmap->setOpacity(std::clamp(opacity, 0.0, 1.0));
}

void PageLayers::clearPage()
{
    m_detections->clear();
    m_maps = {};
    m_heatmap->clear();
    updateLegend();
}

void PageLayers::updateLegend()
{
    m_legend->setDetectionLegend(m_showDetections->isChecked() ? m_detections->legend() : QVector<DetectionLayer::Entry>{});
    if (!m_showHeatmap->isChecked() || !m_heatmap->heatmap().isValid()) {
        m_legend->setHeatmap({}, {}, {});
        return;
    }
    if (m_legend->heatmapTitle()->text().isEmpty()) {   // a new map: fill the selector once, keep the chosen word otherwise
        m_legend->setHeatmap(tr("Heatmap (%1)").arg(m_source), m_maps.tokens, {});
        m_legend->tokenBox()->setCurrentIndex(m_token);
    }
    m_legend->setHeatmapRegions(HeatmapLayer::strongestRegions(m_heatmap->heatmap(), 3));
}

} // namespace PageLens
