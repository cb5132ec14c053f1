// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "ui/viewer/detectionlayer.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;

namespace PageLens {

/**
 * The strip under the page that explains the layers: the detection labels with their colours, the
 * heatmap's source with a token selector, an opacity slider and its strongest regions in words, and
 * the progress of a running detection with Cancel. Rows without content are hidden.
 */
class LayerLegend : public QWidget
{
    Q_OBJECT
public:
    explicit LayerLegend(QWidget *parent = nullptr);

    /** Empty hides the row. */
    void setDetectionLegend(const QVector<DetectionLayer::Entry> &entries);
    /** `tokens` fill the selector after "all words"; empty title hides the row. */
    void setHeatmap(const QString &title, const QStringList &tokens, const QStringList &regions);
    void setHeatmapRegions(const QStringList &regions);
    /** A running detection (busy bar and Cancel); empty text hides the row. */
    void setBusy(const QString &text);
    /** A sentence about the last run (error or note); empty hides it. */
    void setMessage(const QString &text);

    QLabel *detectionLabel() const { return m_objects; }
    QLabel *heatmapTitle() const { return m_heatmapTitle; }
    QComboBox *tokenBox() const { return m_token; }
    QSlider *opacitySlider() const { return m_opacity; }
    QLabel *regionsLabel() const { return m_regions; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    /** 0: the combined map; i > 0: the i-th token's map. */
    void tokenChosen(int index);
    /** 0–1. */
    void opacityChosen(double opacity);
    void cancelRequested();

private:
    void updateVisibility();

    QLabel *m_objects;
    QWidget *m_heatmapRow;
    QLabel *m_heatmapTitle;
    QComboBox *m_token;
    QSlider *m_opacity;
    QLabel *m_regions;
    QWidget *m_busyRow;
    QProgressBar *m_progress;
    QLabel *m_busyText;
    QPushButton *m_cancel;
    QLabel *m_message;
};

} // namespace PageLens
