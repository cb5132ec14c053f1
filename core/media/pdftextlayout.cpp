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

/**
 * The box covering [from, to) of the runs laid end to end along the axis. Slivers (under a quarter of the
 * word) are dropped: they come from estimating, and would stretch a box across the gap between runs.
 */
QRectF spanBox(const QList<QRectF> &runs, const Axis &axis, double from, double to)
{
    struct Piece {
        QRectF box;
        double share;
    };
    QList<Piece> pieces;
    double offset = 0;
    for (const QRectF &run : runs) {
        const double len = axis.length(run);
        const double a = std::max(from, offset), b = std::min(to, offset + len);
        if (b > a || (len == 0 && from <= offset && offset < to))
            pieces.append({axis.slice(run, a - offset, std::max(0.0, b - a)), b - a});
        offset += len;
    }
    if (pieces.isEmpty())
        return {};
    const auto largest = std::max_element(pieces.cbegin(), pieces.cend(), [](const Piece &x, const Piece &y) { return x.share < y.share; });
    QRectF box = largest->box;
    for (const Piece &piece : pieces) {
        // A word split over two lines (only when estimating) keeps its larger piece, not a box across both.
        if (piece.share >= 0.25 * (to - from) && crossOverlaps(axis, box, piece.box))
            box = box.united(piece.box);
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

/**
 * When geometric lines and text lines disagree (formulas, figures, superscripts): walks the runs in order,
 * giving each text line the runs its share of characters needs (a run's capacity is estimated from its
 * length in ems), ending each line at the nearest run boundary, preferably one where the band changes.
 */
QList<QList<QRectF>> alignLines(const QList<LineWords> &lines, const QList<QRectF> &runs, const Axis &axis)
{
    const auto units = [](const LineWords &line) { return line.total + kSpaceWeight * double(line.words.size() - 1); };
    QList<double> capacity;
    for (const QRectF &run : runs)
        capacity << std::max(1.0, axis.length(run) / std::max(0.5 * axis.crossLength(run), 0.1));
    const auto isBreak = [&](qsizetype end) {
        return end <= 0 || end >= runs.size() || !crossOverlaps(axis, runs[end - 1], runs[end])
               || axis.start(runs[end]) < axis.start(runs[end - 1]);
    };

    QList<QList<QRectF>> groups;
    qsizetype next = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qsizetype linesLeft = lines.size() - i - 1;
        qsizetype end = runs.size();
        if (linesLeft > 0 && next < runs.size()) {
            double unitsLeft = 0, capacityLeft = 0;
            for (qsizetype k = i; k < lines.size(); ++k)
                unitsLeft += units(lines[k]);
            for (qsizetype j = next; j < runs.size(); ++j)
                capacityLeft += capacity[j];
            const double target = units(lines[i]) / unitsLeft * capacityLeft;
            double used = 0;
            qsizetype j = next;
            while (j < runs.size() && used + capacity[j] < target)
                used += capacity[j++];
            end = j < runs.size() && target - used > capacity[j] / 2 ? j + 1 : j;
            if (!isBreak(end)) {
                if (isBreak(end + 1))
                    ++end;
                else if (isBreak(end - 1))
                    --end;
            }
            end = std::clamp(end, std::min(next + 1, runs.size()), std::max(next + 1, runs.size() - linesLeft));
            end = std::min(end, runs.size());
        }
        QList<QRectF> group = runs.mid(next, end - next);
        if (group.isEmpty() && !runs.isEmpty())
            group << runs.value(std::min(next, runs.size() - 1));   // more lines than runs: share the nearest
        groups << group;
        next = end;
    }
    return groups;
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

    // Text runs left to right on most displayed pages; sideways text (a turned table, vertical CJK) is
    // the axis whose geometric lines agree with the text's lines.
    Axis axis{true};
    QList<QList<QRectF>> groups = groupLines(runs, axis);
    if (groups.size() != lines.size()) {
        QList<QList<QRectF>> vertical = groupLines(runs, Axis{false});
        if (std::abs(vertical.size() - lines.size()) < std::abs(groups.size() - lines.size())) {
            axis = Axis{false};
            groups = std::move(vertical);
        }
    }
    if (groups.size() != lines.size())
        groups = alignLines(lines, runs, axis);

    QStringList textLines;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const LineWords &line = lines[i];
        const QList<QRectF> boxes = placeWords(line, groups[i], axis);
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
