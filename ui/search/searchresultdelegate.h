// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace PageLens {

/**
 * Paints one search hit as a card: file and page, the snippet with matched terms in bold (up to
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

private:
    struct Layout {
        QRect title, snippet, caption, why;
        int height = 0;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, QTextDocument &snippet) const;
    static int availableWidth(const QStyleOptionViewItem &option);
};

} // namespace PageLens
