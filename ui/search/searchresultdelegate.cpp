// SPDX-License-Identifier: MIT
#include "ui/search/searchresultdelegate.h"

#include <algorithm>
#include <cmath>

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include "ui/search/searchresultmodel.h"

namespace PageLens {

namespace {

constexpr int hPadding = 10;
constexpr int vPadding = 7;
constexpr int lineGap = 3;
constexpr int snippetMaxLines = 3;
constexpr int chipPadding = 7;
constexpr int chipGap = 5;
constexpr int chipMaxWidth = 260;

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}

} // namespace

SearchResultDelegate::SearchResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

int SearchResultDelegate::availableWidth(const QStyleOptionViewItem &option)
{
    // sizeHint() gets no useful rect from QListView: wrap to the viewport instead.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return std::max(120, view->viewport()->width());
    return std::max(120, option.rect.width());
}

SearchResultDelegate::Layout SearchResultDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                          QTextDocument &snippet) const
{
    Layout l;
    const int width = availableWidth(option) - 2 * hPadding;
    const QFontMetrics fm(option.font);
    const QFontMetrics smallFm(smallFont(option.font));
    int y = vPadding;

    l.title = QRect(hPadding, y, width, fm.height());
    y += fm.height() + lineGap;

    // Chips flow left to right and wrap; a long reason is elided inside its chip.
    const QStringList chips = index.data(SearchResultModel::ChipsRole).toStringList();
    const int chipHeight = smallFm.height() + 6;
    int x = hPadding;
    for (const QString &chip : chips) {
        const int w = std::min({smallFm.horizontalAdvance(chip) + 2 * chipPadding, chipMaxWidth, width});
        if (x > hPadding && x + w > hPadding + width) {
            x = hPadding;
            y += chipHeight + chipGap;
        }
        l.chips << QRect(x, y, w, chipHeight);
        x += w + chipGap;
    }
    if (!chips.isEmpty())
        y += chipHeight + lineGap + 2;

    snippet.setDefaultFont(option.font);
    snippet.setDocumentMargin(0);
    snippet.setHtml(index.data(SearchResultModel::SnippetHtmlRole).toString());
    snippet.setTextWidth(width);
    const int snippetHeight = std::min(int(std::ceil(snippet.size().height())), fm.lineSpacing() * snippetMaxLines);
    if (snippetHeight > 0) {
        l.snippet = QRect(hPadding, y, width, snippetHeight);
        y += snippetHeight + lineGap;
    }
    if (!index.data(SearchResultModel::CaptionRole).toString().isEmpty()) {
        l.caption = QRect(hPadding, y, width, fm.height());
        y += fm.height() + lineGap;
    }
    if (!index.data(SearchResultModel::WhyRole).toString().isEmpty()) {
        l.why = QRect(hPadding, y, width, smallFm.height());
        y += smallFm.height() + lineGap;
    }
    l.height = y - lineGap + vPadding;
    return l;
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument snippet;
    return {availableWidth(opt), layout(opt, index, snippet).height + 1};
}

QVector<QRect> SearchResultDelegate::chipRects(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument snippet;
    return layout(opt, index, snippet).chips;
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    QTextDocument snippet;
    const Layout l = layout(opt, index, snippet);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    // Secondary lines are lighter, except on the selection, where lighter text falls below 4.5:1.
    QColor muted = text;
    if (!selected)
        muted.setAlphaF(0.62f);
    painter->save();
    // Results of an older query, kept while the new one runs, are dimmed (inside save/restore: the
    // painter is shared by every row).
    if (index.data(SearchResultModel::StaleRole).toBool())
        painter->setOpacity(0.45);
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));

    QFont titleFont = opt.font;
    titleFont.setWeight(QFont::DemiBold);
    painter->setFont(titleFont);
    painter->setPen(text);
    const QString title = index.data(SearchResultModel::TitleRole).toString();
    painter->drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(title, Qt::ElideMiddle, l.title.width()));

    const QStringList chips = index.data(SearchResultModel::ChipsRole).toStringList();
    const int current = index.data(SearchResultModel::CurrentChipRole).toInt();
    const QFont chipFont = smallFont(opt.font);
    painter->setFont(chipFont);
    for (int i = 0; i < l.chips.size() && i < chips.size(); ++i) {
        const QRectF chip = QRectF(l.chips[i]).adjusted(0.5, 0.5, -0.5, -0.5);
        QColor fill = opt.palette.color(group, QPalette::Highlight);
        fill.setAlphaF(selected ? 0.0f : (i == current ? 0.28f : 0.12f));
        painter->setPen(i == current ? QPen(text, 1.5) : QPen(muted, 1));
        painter->setBrush(fill);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
        painter->setPen(text);
        const QRect label = l.chips[i].adjusted(chipPadding, 0, -chipPadding, 0);
        painter->drawText(label, Qt::AlignCenter, QFontMetrics(chipFont).elidedText(chips[i], Qt::ElideRight, label.width()));
    }
    painter->setBrush(Qt::NoBrush);

    if (!l.snippet.isEmpty()) {
        painter->save();
        painter->translate(l.snippet.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        context.palette.setColor(QPalette::Text, text);
        context.clip = QRectF(0, 0, l.snippet.width(), l.snippet.height());
        painter->setClipRect(context.clip, Qt::IntersectClip);
        snippet.documentLayout()->draw(painter, context);
        painter->restore();
    }
    if (!l.caption.isEmpty()) {
        QFont captionFont = opt.font;
        captionFont.setItalic(true);
        painter->setFont(captionFont);
        painter->setPen(muted);
        const QString caption = index.data(SearchResultModel::CaptionRole).toString().simplified();
        painter->drawText(l.caption, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(captionFont).elidedText(caption, Qt::ElideRight, l.caption.width()));
    }
    if (!l.why.isEmpty()) {
        const QFont font = smallFont(opt.font);
        painter->setFont(font);
        painter->setPen(muted);
        const QString why = index.data(SearchResultModel::WhyRole).toString();
        painter->drawText(l.why, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(font).elidedText(why, Qt::ElideRight, l.why.width()));
    }

    // A hairline between cards reads better than alternating colours with rich text.
    painter->setPen(opt.palette.color(QPalette::Mid).lighter(130));
    painter->drawLine(hPadding, opt.rect.height() - 1, opt.rect.width() - hPadding, opt.rect.height() - 1);
    painter->restore();

    // The current row of a focused list: keyboard users see where Enter and the arrows act.
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect.adjusted(1, 1, -1, -2);
        focus.backgroundColor = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, opt.widget);
    }
}

} // namespace PageLens
