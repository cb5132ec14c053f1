// SPDX-License-Identifier: MIT
#include "ui/viewer/detectionlayer.h"

#include <array>

#include <QBrush>
#include <QFont>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include "core/detect/detectionpainter.h"

namespace PageLens {

namespace {

constexpr int kPromptChars = 60;   // a tooltip shows the start of a long prompt

} // namespace

DetectionLayer::DetectionLayer(QGraphicsItem *parent)
    : QGraphicsRectItem(parent)
{
    setPen(Qt::NoPen);   // an empty rectangle: only the children draw
    setZValue(2);        // above the search-hit boxes
}

QColor DetectionLayer::colourFor(const QString &label)
{
    // A qualitative palette (Tableau 10, darkened where white text needs contrast) chosen by a
    // stable hash (FNV-1a over the folded label): the same label has the same colour on every page
    // and run, and nearby labels do not drift into one hue as hashed hues do.
    static const std::array<QRgb, 10> palette{0xd62728, 0x1f77b4, 0x2ca02c, 0xff7f0e, 0x9467bd,
                                              0x8c564b, 0xe377c2, 0x17becf, 0xbcbd22, 0x3f3f9f};
    quint32 hash = 2166136261U;
    for (QChar c : label.toCaseFolded()) {
        hash ^= c.unicode();
        hash *= 16777619U;
    }
    return QColor(palette[hash % palette.size()]);
}

QString DetectionLayer::describe(const Detection &detection)
{
    QString source = detection.model.isEmpty() ? tr("detected") : tr("detected by %1").arg(detection.model);
    if (!detection.prompt.isEmpty()) {
        QString prompt = detection.prompt.simplified();
        if (prompt.size() > kPromptChars)
            prompt = prompt.left(kPromptChars - 1) + QChar(0x2026);
        source += QStringLiteral(", ") + tr("prompt “%1”").arg(prompt);
    }
    return QStringLiteral("%1 — %2").arg(detection.label, source);
}

void DetectionLayer::clear()
{
    setDetections({}, {});
}

void DetectionLayer::setDetections(const QVector<Detection> &detections, const QSizeF &pageSize)
{
    qDeleteAll(childItems());
    m_boxes.clear();
    m_tags.clear();
    m_outlines.clear();
    m_detections.clear();
    if (pageSize.isEmpty())
        return;
    m_detections = detections;
    QFont tagFont;
    tagFont.setPointSizeF(8.5);
    tagFont.setBold(true);
    for (const Detection &detection : detections) {
        const QColor colour = colourFor(detection.label);
        QPen pen(colour, 2);
        pen.setCosmetic(true);   // two screen pixels at any zoom: boxes stay sharp
        QColor fill = colour;
        fill.setAlpha(40);
        auto *box = new QGraphicsRectItem(detection.box.toRect(pageSize), this);
        box->setPen(pen);
        box->setBrush(fill);
        box->setToolTip(describe(detection));
        m_boxes << box;

        // The mask's outline (DetectionPainter, as `render` draws it) in page points, darker than the box.
        const QPainterPath outline = DetectionPainter::maskOutline(detection, pageSize);
        if (!outline.isEmpty()) {
            auto *item = new QGraphicsPathItem(outline, box);
            QPen outlinePen(colour.darker(150), 1.5);
            outlinePen.setCosmetic(true);
            item->setPen(outlinePen);
            item->setBrush(Qt::NoBrush);
            item->setToolTip(box->toolTip());
            m_outlines << item;
        }

        // The tag keeps its size on screen and stays upright when the view turns.
        auto *tag = new QGraphicsRectItem(box);
        tag->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        tag->setBrush(colour);
        tag->setPen(Qt::NoPen);
        tag->setToolTip(box->toolTip());
        auto *text = new QGraphicsSimpleTextItem(detection.label, tag);
        text->setFont(tagFont);
        text->setBrush(colour.lightness() > 150 ? Qt::black : Qt::white);
        text->setPos(3, 1);
        const QRectF textRect = text->boundingRect();
        tag->setRect(0, -textRect.height() - 2, textRect.width() + 6, textRect.height() + 2);
        text->setY(-textRect.height() - 1);
        m_tags << tag;
    }
    setViewRotation(m_rotation);
}

void DetectionLayer::setViewRotation(int degrees)
{
    m_rotation = degrees;
    for (qsizetype i = 0; i < m_tags.size(); ++i) {
        const QRectF box = m_boxes.at(i)->rect();
        switch (degrees) {
        case 90: m_tags.at(i)->setPos(box.bottomLeft()); break;
        case 180: m_tags.at(i)->setPos(box.bottomRight()); break;
        case 270: m_tags.at(i)->setPos(box.topRight()); break;
        default: m_tags.at(i)->setPos(box.topLeft()); break;
        }
    }
}

QVector<DetectionLayer::Entry> DetectionLayer::legend() const
{
    QVector<Entry> entries;
    for (const Detection &detection : m_detections) {
        auto it = std::find_if(entries.begin(), entries.end(), [&](const Entry &e) { return e.label == detection.label; });
        if (it == entries.end())
            entries.append({detection.label, colourFor(detection.label), 1});
        else
            ++it->count;
    }
    return entries;
}

} // namespace PageLens
