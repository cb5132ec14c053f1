// SPDX-License-Identifier: MIT
#include "core/media/pdftextlayout.h"

#include <algorithm>

#include <QRegularExpression>

namespace PageLens {

namespace {

struct LineWords {
    QStringList words;
    QList<int> chars;   // non-space characters per word
    int total = 0;
};

// A space inside a run is narrower than a letter: roughly 0.6 of an average glyph.
constexpr double kSpaceWeight = 0.6;

struct Axis {
    bool horizontal = true;
    double start(const QRectF &r) const { return horizontal ? r.left() : r.top(); }
    double length(const QRectF &r) const { return horizontal ? r.width() : r.height(); }
    double crossStart(const QRectF &r) const { return horizontal ? r.top() : r.left(); }
    double crossLength(const QRectF &r) const { return horizontal ? r.height() : r.width(); }
    /** The part [from, from + len) along the axis of `r`. */
    QRectF slice(const QRectF &r, double from, double len) const
    {
        return horizontal ? QRectF(r.left() + from, r.top(), len, r.height()) : QRectF(r.left(), r.top() + from, r.width(), len);
    }
};

double overlap(double a0, double a1, double b0, double b1)
{
    return std::max(0.0, std::min(a1, b1) - std::max(a0, b0));
}

bool crossOverlaps(const Axis &axis, const QRectF &a, const QRectF &b)
{
    const double common = overlap(axis.crossStart(a), axis.crossStart(a) + axis.crossLength(a), axis.crossStart(b),
                                  axis.crossStart(b) + axis.crossLength(b));
    return common >= 0.5 * std::min(axis.crossLength(a), axis.crossLength(b));
}

Axis detectAxis(const QList<QRectF> &runs)
{
    int horizontal = 0, vertical = 0;
    for (qsizetype i = 1; i < runs.size(); ++i) {
        horizontal += crossOverlaps(Axis{true}, runs[i - 1], runs[i]) ? 1 : 0;
        vertical += crossOverlaps(Axis{false}, runs[i - 1], runs[i]) ? 1 : 0;
    }
    return Axis{horizontal >= vertical};
}

/** Runs split where the next one leaves the line's band or steps back (a new line or column). */
QList<QList<QRectF>> groupLines(const QList<QRectF> &runs, const Axis &axis)
{
    QList<QList<QRectF>> groups;
    for (const QRectF &run : runs) {
        if (!groups.isEmpty()) {
            const QRectF &last = groups.last().last();
            const bool sameBand = crossOverlaps(axis, last, run);
            const bool forward = axis.start(run) >= axis.start(last) - axis.crossLength(last);
            if (sameBand && forward) {
                groups.last() << run;
                continue;
            }
        }
        groups.append(QList<QRectF>{run});
    }
    return groups;
}

/** The box covering [from, to) of the runs laid end to end along the axis. */
QRectF spanBox(const QList<QRectF> &runs, const Axis &axis, double from, double to)
{
    QRectF box;
    double boxShare = 0, offset = 0;
    for (const QRectF &run : runs) {
        const double len = axis.length(run);
        const double a = std::max(from, offset), b = std::min(to, offset + len);
        if (b > a || (len == 0 && from <= offset && offset < to)) {
            const QRectF part = axis.slice(run, a - offset, std::max(0.0, b - a));
            // A word split over two lines (only when estimating) keeps its larger piece, not a box across both.
            if (box.isNull() || crossOverlaps(axis, box, part)) {
                box = box.isNull() ? part : box.united(part);
                boxShare += b - a;
            } else if (b - a > boxShare) {
                box = part;
                boxShare = b - a;
            }
        }
        offset += len;
    }
    return box;
}

/** Boxes for one line's words from the runs of its geometric line. */
QList<QRectF> placeWords(const LineWords &line, const QList<QRectF> &runs, const Axis &axis)
{
    QList<QRectF> boxes;
    const auto count = line.words.size();
    if (runs.size() == count) {
        boxes = runs;
        return boxes;
    }
    if (runs.size() == line.total) {
        // One run per glyph: a word is the union of its own glyphs.
        int glyph = 0;
        for (const int chars : line.chars) {
            QRectF box = runs[glyph];
            for (int k = 1; k < chars; ++k)
                box = box.united(runs[glyph + k]);
            boxes << box;
            glyph += chars;
        }
        return boxes;
    }
    // Runs spanning several words hold the spaces too; runs splitting words leave them as gaps.
    const double space = runs.size() < count ? kSpaceWeight : 0.0;
    const double units = line.total + space * double(count - 1);
    double total = 0;
    for (const QRectF &run : runs)
        total += axis.length(run);
    double at = 0;
    for (qsizetype w = 0; w < count; ++w) {
        const double from = at / units * total;
        at += line.chars[w];
        boxes << spanBox(runs, axis, from, at / units * total);
        at += space;
    }
    return boxes;
}

QList<LineWords> splitLines(const QString &text)
{
    QList<LineWords> lines;
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    for (const QString &raw : normalized.split(QLatin1Char('\n'))) {
        LineWords line;
        line.words = raw.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (const QString &word : std::as_const(line.words)) {
            line.chars << int(word.size());
            line.total += int(word.size());
        }
        if (!line.words.isEmpty())
            lines << line;
    }
    return lines;
}

} // namespace

QRectF PdfTextLayout::toDisplayed(const QRectF &qtRect, const QSizeF &displayed, int rotation)
{
    // Back to PDF user space (y up), then turned as the page is displayed.
    const double l = qtRect.left(), r = qtRect.right();
    const double t = displayed.height() - qtRect.top(), b = t - qtRect.height();
    const bool odd = rotation == 90 || rotation == 270;
    const double w = odd ? displayed.height() : displayed.width();    // unrotated width
    const double h = odd ? displayed.width() : displayed.height();    // unrotated height
    switch (rotation) {
    case 90:
        return QRectF(QPointF(b, l), QPointF(t, r));
    case 180:
        return QRectF(QPointF(w - r, b), QPointF(w - l, t));
    case 270:
        return QRectF(QPointF(h - t, w - r), QPointF(h - b, w - l));
    default:
        return QRectF(QPointF(l, h - t), QPointF(r, h - b));
    }
}

PageText PdfTextLayout::build(const QString &text, const QList<QRectF> &runs, const QSizeF &displayed)
{
    PageText page;
    const QList<LineWords> lines = splitLines(text);
    if (lines.isEmpty())
        return page;
    page.source = PageText::Source::TextLayer;

    const Axis axis = detectAxis(runs);
    QList<QList<QRectF>> groups = groupLines(runs, axis);
    if (groups.size() != lines.size()) {
        // Lines and runs disagree (e.g. superscripts on their own band): lay all runs end to end instead,
        // so each line still gets a box near its own text.
        groups = {runs};
    }

    QStringList textLines;
    qsizetype lineIndex = 0;
    const bool oneGroup = groups.size() == 1 && lines.size() > 1;
    LineWords all;
    if (oneGroup) {
        for (const LineWords &line : lines) {
            all.words << line.words;
            all.chars << line.chars;
            all.total += line.total;
        }
    }
    const QList<QRectF> flatBoxes = oneGroup ? placeWords(all, groups.first(), axis) : QList<QRectF>{};
    qsizetype flatIndex = 0;
    for (const LineWords &line : lines) {
        const QList<QRectF> boxes = oneGroup ? flatBoxes.mid(flatIndex, line.words.size())
                                             : placeWords(line, groups.value(lineIndex), axis);
        flatIndex += line.words.size();
        ++lineIndex;
        for (qsizetype w = 0; w < line.words.size(); ++w) {
            Word word;
            word.text = line.words[w];
            const NormalizedRect box = NormalizedRect::fromRect(boxes.value(w), displayed);
            word.box = {std::clamp(box.left, 0.0, 1.0), std::clamp(box.top, 0.0, 1.0), std::clamp(box.right, 0.0, 1.0),
                        std::clamp(box.bottom, 0.0, 1.0)};
            page.words << word;
        }
        textLines << line.words.join(QLatin1Char(' '));
    }
    page.text = textLines.join(QLatin1Char('\n'));
    return page;
}

} // namespace PageLens
