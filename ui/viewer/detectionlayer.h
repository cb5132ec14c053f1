// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QColor>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QSizeF>
#include <QVector>

#include "core/model/detection.h"

namespace PageLens {

/**
 * The detected objects of one page as scene items in page points (a child of the page item, so
 * zoom, fit and rotation move them with the page): a box per object in its label's colour, the
 * outline of its segmentation mask when it has one, a label tag that keeps its screen size, and a
 * tooltip naming the label and where it came from.
 */
class DetectionLayer : public QGraphicsRectItem
{
    Q_DECLARE_TR_FUNCTIONS(DetectionLayer)
public:
    struct Entry {
        QString label;
        QColor colour;
        int count = 0;
    };

    explicit DetectionLayer(QGraphicsItem *parent = nullptr);

    void setDetections(const QVector<Detection> &detections, const QSizeF &pageSize);
    /** The view's clockwise rotation: each tag moves to the corner of its box that is top-left on screen. */
    void setViewRotation(int degrees);
    void clear();
    const QVector<Detection> &detections() const { return m_detections; }
    /** The labels shown, each once, in the order first seen, with their colours (the legend). */
    QVector<Entry> legend() const;
    /** The boxes drawn, one per detection, in the order of detections(). */
    QList<QGraphicsRectItem *> boxItems() const { return m_boxes; }
    /** The mask outlines drawn, one per detection with a readable mask, in the order of detections(). */
    QList<QGraphicsPathItem *> outlineItems() const { return m_outlines; }

    /** One colour per label, the same in every page and session (a hue from the label's hash). */
    static QColor colourFor(const QString &label);
    /** "cat — detected by gemini-2.5-flash, prompt “…”". */
    static QString describe(const Detection &detection);

private:
    QVector<Detection> m_detections;
    QList<QGraphicsRectItem *> m_boxes;
    QList<QGraphicsRectItem *> m_tags;
    QList<QGraphicsPathItem *> m_outlines;
    int m_rotation = 0;
};

} // namespace PageLens
