// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include "core/model/pagetext.h"

namespace PageLens {

/**
 * Turns what QtPdf 6.4 gives for a page's text — the whole text and one rectangle per run of a PDF
 * text object, from a single getAllText() call — into words with boxes on the page as displayed.
 *
 * Each further QtPdf text call re-parses the page (about as long as getAllText itself), so per-word or
 * per-line selection calls cost 30-300x more. Instead, runs are grouped into lines geometrically and
 * matched to the text's lines; a run per word (or per character) is exact, and words inside a longer run
 * get boxes proportional to their character counts.
 */
class PdfTextLayout
{
public:
    /**
     * QtPdf 6.4 reports text rectangles in the unrotated page space, flipped by the page's *displayed*
     * height, and ignores /Rotate. Maps one to the displayed page (points), for a page turned `rotation`
     * degrees clockwise (0, 90, 180, 270) whose displayed size is `displayed`.
     */
    static QRectF toDisplayed(const QRectF &qtRect, const QSizeF &displayed, int rotation);

    /** Words, lines and text from `text` and its runs (already in displayed points). */
    static PageText build(const QString &text, const QList<QRectF> &runs, const QSizeF &displayed);
};

} // namespace PageLens
