// SPDX-License-Identifier: MIT
#include "ui/search/searchresultdelegate.h"

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
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));

    QFont titleFont = opt.font;
    titleFont.setWeight(QFont::DemiBold);
    painter->setFont(titleFont);
    painter->setPen(text);
    const QString title = index.data(SearchResultModel::TitleRole).toString();
    painter->drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(title, Qt::ElideMiddle, l.title.width()));

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
