// SPDX-License-Identifier: MIT
#include "ui/viewer/layerlegend.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace PageLens {

LayerLegend::LayerLegend(QWidget *parent)
    : QWidget(parent)
    , m_objects(new QLabel(this))
    , m_heatmapRow(new QWidget(this))
    , m_heatmapTitle(new QLabel(m_heatmapRow))
    , m_token(new QComboBox(m_heatmapRow))
    , m_opacity(new QSlider(Qt::Horizontal, m_heatmapRow))
    , m_regions(new QLabel(this))
    , m_busyRow(new QWidget(this))
    , m_progress(new QProgressBar(m_busyRow))
    , m_busyText(new QLabel(m_busyRow))
    , m_cancel(new QPushButton(tr("Cancel"), m_busyRow))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("layerLegend"));
    setAccessibleName(tr("Page layers legend"));
    m_objects->setObjectName(QStringLiteral("detectionLegend"));
    m_objects->setTextFormat(Qt::RichText);
    m_objects->setWordWrap(true);
    m_heatmapTitle->setObjectName(QStringLiteral("heatmapTitle"));
    m_heatmapTitle->setTextFormat(Qt::PlainText);
    m_token->setObjectName(QStringLiteral("heatmapToken"));
    m_token->setAccessibleName(tr("Heatmap word"));
    m_token->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_opacity->setObjectName(QStringLiteral("heatmapOpacity"));
    m_opacity->setAccessibleName(tr("Heatmap opacity"));
    m_opacity->setRange(10, 100);
    m_opacity->setValue(70);
    m_opacity->setMaximumWidth(120);
    m_regions->setObjectName(QStringLiteral("heatmapRegions"));
    m_regions->setAccessibleName(tr("Strongest heatmap regions"));
    m_regions->setWordWrap(true);
    m_regions->setTextFormat(Qt::PlainText);
    m_regions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0);   // a model answers in one piece: busy, not a percentage
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("detectCancel"));
    m_message->setObjectName(QStringLiteral("layerMessage"));
    m_message->setAccessibleName(tr("Page layers message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *heatmap = new QHBoxLayout(m_heatmapRow);
    heatmap->setContentsMargins(0, 0, 0, 0);
    heatmap->addWidget(m_heatmapTitle, 1);
    heatmap->addWidget(m_token);
    heatmap->addWidget(new QLabel(tr("Opacity"), m_heatmapRow));
    heatmap->addWidget(m_opacity);
    auto *busy = new QHBoxLayout(m_busyRow);
    busy->setContentsMargins(0, 0, 0, 0);
    busy->addWidget(m_progress);
    busy->addWidget(m_busyText, 1);
    busy->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(2);
    layout->addWidget(m_busyRow);
    layout->addWidget(m_message);
    layout->addWidget(m_objects);
    layout->addWidget(m_heatmapRow);
    layout->addWidget(m_regions);

    connect(m_token, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            Q_EMIT tokenChosen(index);
    });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) { Q_EMIT opacityChosen(value / 100.0); });
    connect(m_cancel, &QPushButton::clicked, this, &LayerLegend::cancelRequested);
    setDetectionLegend({});
    setHeatmap({}, {}, {});
    setBusy({});
    setMessage({});
}

void LayerLegend::setDetectionLegend(const QVector<DetectionLayer::Entry> &entries)
{
    QStringList parts;
    QStringList plain;
    for (const DetectionLayer::Entry &entry : entries) {
        const QString name = entry.count > 1 ? QStringLiteral("%1 (%2)").arg(entry.label).arg(entry.count) : entry.label;
        parts << QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2").arg(entry.colour.name(), name.toHtmlEscaped());
        plain << name;
    }
    m_objects->setText(parts.isEmpty() ? QString() : tr("Objects:") + QStringLiteral(" ") + parts.join(QStringLiteral(" &nbsp; ")));
    m_objects->setAccessibleDescription(plain.join(QStringLiteral(", ")));
    m_objects->setVisible(!parts.isEmpty());
    updateVisibility();
}

void LayerLegend::setHeatmap(const QString &title, const QStringList &tokens, const QStringList &regions)
{
    m_heatmapTitle->setText(title);
    {
        const QSignalBlocker blocker(m_token);
        m_token->clear();
        m_token->addItem(tr("All words"));
        m_token->addItems(tokens);
        m_token->setVisible(tokens.size() > 1);
    }
    m_heatmapRow->setVisible(!title.isEmpty());
    setHeatmapRegions(title.isEmpty() ? QStringList() : regions);
}

void LayerLegend::setHeatmapRegions(const QStringList &regions)
{
    const QString text = regions.isEmpty() ? QString() : tr("Strongest: %1").arg(regions.join(QStringLiteral("; ")));
    m_regions->setText(text);
    m_regions->setVisible(!text.isEmpty());
    m_heatmapTitle->setAccessibleDescription(text);
    updateVisibility();
}

void LayerLegend::setBusy(const QString &text)
{
    m_busyText->setText(text);
    m_busyRow->setVisible(!text.isEmpty());
    updateVisibility();
}

void LayerLegend::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    updateVisibility();
}

void LayerLegend::updateVisibility()
{
    setVisible(!m_objects->isHidden() || !m_heatmapRow->isHidden() || !m_busyRow->isHidden() || !m_message->isHidden());
}

} // namespace PageLens
