// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace PageLens {

/**
 * Paints one document of the results as a card: file name and page count, a chip per matching
 * page saying why it matched (the current one framed), the best page's snippet with matched terms in bold (up to
 * three lines), the caption excerpt, and why the page matched (its words, the signals that found
 * it) rather than raw scores, which mean nothing to a reader.
 */
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SearchResultDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /** Where each page chip of the row is, relative to the row's top left (for clicks). */
    QVector<QRect> chipRects(const QStyleOptionViewItem &option, const QModelIndex &index) const;

private:
    struct Layout {
        QRect title, snippet, caption, why;
        QVector<QRect> chips;
        int height = 0;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, QTextDocument &snippet) const;
    static int availableWidth(const QStyleOptionViewItem &option);
};

} // namespace PageLens
