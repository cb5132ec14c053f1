// SPDX-License-Identifier: MIT
#include "core/detect/detectionpainter.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>

namespace PageLens {

namespace {

const QColor kBoxColor(220, 30, 30);
const QColor kOutlineColor(255, 0, 200);   // segmentation outlines stand apart from the boxes

/** 3x5 glyphs, row by row, '#' = ink. */
const QHash<QChar, const char *> &glyphs()
{
    static const QHash<QChar, const char *> table{
        {'A', " # # ##### ## #"}, {'B', "## # ### # ### "}, {'C', " ###  #  #   ##"}, {'D', "## # ## ## ### "},
        {'E', "####  ## #  ###"}, {'F', "####  ## #  #  "}, {'G', " ###  # ## # ##"}, {'H', "# ## ##### ## #"},
        {'I', "### #  #  # ###"}, {'J', "  #  #  ## # # "}, {'K', "# ## ### # ## #"}, {'L', "#  #  #  #  ###"},
        {'M', "# ######## ## #"}, {'N', "## # ## ## ## #"}, {'O', " # # ## ## # # "}, {'P', "## # ### #  #  "},
        {'Q', " # # ## ###  ##"}, {'R', "## # ### # ## #"}, {'S', " ###   #   ### "}, {'T', "### #  #  #  # "},
        {'U', "# ## ## ## ####"}, {'V', "# ## ## ## # # "}, {'W', "# ## ######## #"}, {'X', "# ## # # # ## #"},
        {'Y', "# ## # #  #  # "}, {'Z', "###  # # #  ###"}, {'0', "#### ## ## ####"}, {'1', " # ##  #  # ###"},
        {'2', "##   # # #  ###"}, {'3', "##   # #   ### "}, {'4', "# ## ####  #  #"}, {'5', "####  ##   ### "},
        {'6', " ###  #### ####"}, {'7', "###  # #  #  # "}, {'8', "#### ##### ####"}, {'9', "#### ####  ### "},
        {'-', "      ###      "}, {'.', "             # "}, {' ', "               "}, {'?', "##   # #     # "},
    };
    return table;
}

} // namespace

void DetectionPainter::drawPixelText(QImage &image, QPoint topLeft, const QString &text, int scale, QColor color)
{
    QPainter painter(&image);
    painter.fillRect(QRect(topLeft, QSize((int(text.size()) * 4 + 1) * scale, 7 * scale)), Qt::white);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char *glyph = glyphs().value(text.at(i).toUpper(), glyphs().value(QLatin1Char('?')));
        for (int row = 0; row < 5; ++row)
            for (int col = 0; col < 3; ++col)
                if (glyph[row * 3 + col] == '#')
                    painter.fillRect(topLeft.x() + (int(i) * 4 + 1 + col) * scale, topLeft.y() + (row + 1) * scale, scale, scale, color);
    }
}

QPainterPath DetectionPainter::maskOutline(const Detection &detection, const QSizeF &pageSize)
{
    const QRectF box = detection.box.toRect(pageSize);
    QImage mask;
    if (detection.mask.isEmpty() || box.isEmpty() || !mask.loadFromData(detection.mask, "PNG"))
        return {};
    // Gemini's mask is a probability map over the box: above one half is the object. Its rows'
    // runs of object pixels, joined by simplified(), give the outline as a path that stays sharp at
    // any zoom. Past kMaxSide pixels a mask is read smaller: finer steps would not show and the
    // join grows with the number of runs.
    constexpr int kMaxSide = 256;
    if (std::max(mask.width(), mask.height()) > kMaxSide)
        mask = mask.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    mask = mask.convertToFormat(QImage::Format_Grayscale8);
    const double sx = box.width() / mask.width();
    const double sy = box.height() / mask.height();
    QPainterPath region;
    for (int y = 0; y < mask.height(); ++y) {
        const uchar *row = mask.constScanLine(y);
        for (int x = 0; x < mask.width();) {
            if (row[x] <= 127) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < mask.width() && row[x] > 127)
                ++x;
            region.addRect(QRectF(box.left() + start * sx, box.top() + y * sy, (x - start) * sx, sy));
        }
    }
    return region.simplified();
}

QImage DetectionPainter::paint(const QImage &image, const QVector<Detection> &detections)
{
    QImage canvas = image.convertToFormat(QImage::Format_ARGB32);
    const int line = std::max(2, canvas.width() / 200);
    {
        QPainter painter(&canvas);
        painter.setPen(QPen(kBoxColor, line));
        for (const Detection &d : detections)
            painter.drawRect(d.pixelBox(canvas.size()));
    }
    {
        QPainter painter(&canvas);
        painter.setPen(QPen(kOutlineColor, 1));
        painter.setBrush(Qt::NoBrush);
        for (const Detection &d : detections)
            painter.drawPath(maskOutline(d, canvas.size()));
    }
    const bool fonts = QCoreApplication::instance() && QCoreApplication::instance()->inherits("QGuiApplication");
    for (const Detection &d : detections) {
        if (d.label.isEmpty())
            continue;
        const QRect box = d.pixelBox(canvas.size());
        if (fonts) {
            QPainter painter(&canvas);
            QFont font = painter.font();
            font.setPixelSize(std::max(12, canvas.width() / 40));
            font.setBold(true);
            painter.setFont(font);
            const QRect text = painter.fontMetrics().boundingRect(d.label).adjusted(-3, -2, 3, 2);
            const QRect label = text.translated(box.left() - text.left(), box.bottom() + line - text.top());
            painter.fillRect(label, QColor(255, 255, 255, 210));
            painter.setPen(kBoxColor);
            painter.drawText(label, Qt::AlignCenter, d.label);
        } else {
            const int scale = std::max(2, canvas.width() / 300);
            drawPixelText(canvas, QPoint(box.left(), std::min(box.bottom() + line, canvas.height() - 7 * scale)),
                          d.label, scale, kBoxColor);
        }
    }
    return canvas;
}

} // namespace PageLens
