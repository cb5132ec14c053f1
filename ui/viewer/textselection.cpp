// SPDX-License-Identifier: MIT
#include "ui/viewer/textselection.h"

#include <cmath>

#include <QClipboard>
#include <QGraphicsRectItem>
#include <QGuiApplication>
#include <QMouseEvent>
#include <QPen>

#include "ui/viewer/pageview.h"

namespace PageLens {

TextSelection::TextSelection(PageView *view)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
{
    m_viewport->installEventFilter(this);
    connect(m_view, &PageView::currentPageChanged, this, &TextSelection::pageShown);
    connect(m_view, &PageView::documentLoaded, this, &TextSelection::pageShown);
    // A render replaces nothing of ours, but a page shown again without a page change still needs its words.
    connect(m_view, &PageView::pageRendered, this, &TextSelection::pageShown);
}

void TextSelection::setWordSource(WordSource source)
{
    m_source = std::move(source);
    m_wordsPath.clear();
    pageShown();
}

void TextSelection::pageShown()
{
    const QString path = m_view->documentPath();
    const int page = m_view->currentPage();
    if (path == m_wordsPath && page == m_wordsPage)
        return;
    clear();
    m_words.clear();
    m_wordsPath = path;
    m_wordsPage = page;
    const quint64 request = ++m_request;
    if (!m_source || path.isEmpty() || page < 0) {
        Q_EMIT wordsChanged();
        return;
    }
    m_source(path, page).then(this, [this, request](const Result<PageRecord> &record) {
        if (request != m_request)
            return;   // the page changed while its words were read
        m_words = record ? record->text.words : Words{};
        Q_EMIT wordsChanged();
    });
}

void TextSelection::selectArea(const QRectF &area)
{
    const QSizeF size = m_view->pageSize();
    m_selected.clear();
    for (int i = 0; i < m_words.size(); ++i) {
        if (m_words[i].box.toRect(size).intersects(area))
            m_selected << i;
    }
    showSelection();
}

void TextSelection::selectAll()
{
    m_selected.clear();
    for (int i = 0; i < m_words.size(); ++i)
        m_selected << i;
    showSelection();
}

void TextSelection::clear()
{
    const bool had = !m_selected.isEmpty();
    m_selected.clear();
    qDeleteAll(m_items);
    m_items.clear();
    if (had)
        Q_EMIT selectionChanged(false);
}

QString TextSelection::selectedText() const
{
    QString text;
    const Word *previous = nullptr;
    for (int i : m_selected) {
        const Word &word = m_words[i];
        if (previous) {
            // A new line when this word's middle is below the previous word, or it starts a column again.
            const double middle = (word.box.top + word.box.bottom) / 2;
            const bool newLine = middle > previous->box.bottom || word.box.bottom < previous->box.top;
            text += newLine ? QLatin1Char('\n') : QLatin1Char(' ');
        }
        text += word.text;
        previous = &word;
    }
    return text;
}

bool TextSelection::copy() const
{
    if (m_selected.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(selectedText());
    return true;
}

void TextSelection::showSelection()
{
    qDeleteAll(m_items);
    m_items.clear();
    const QSizeF size = m_view->pageSize();
    QPen pen(QColor(0x30, 0x6f, 0xd0, 160), 1);
    pen.setCosmetic(true);
    for (int i : std::as_const(m_selected)) {
        auto *item = new QGraphicsRectItem(m_words[i].box.toRect(size), m_view->pageItem());
        item->setBrush(QColor(0x30, 0x6f, 0xd0, 70));
        item->setPen(pen);
        item->setZValue(2);
        m_items << item;
    }
    Q_EMIT selectionChanged(!m_selected.isEmpty());
}

bool TextSelection::wordAt(const QPointF &pagePos) const
{
    const QSizeF size = m_view->pageSize();
    for (const Word &word : m_words) {
        if (word.box.toRect(size).adjusted(-1, -1, 1, 1).contains(pagePos))
            return true;
    }
    return false;
}

bool TextSelection::eventFilter(QObject *watched, QEvent *event)
{
    // Compared with the viewport kept from the start: while the view is destroyed its viewport still
    // sends events here, and the view is no longer a QAbstractScrollArea to ask.
    if (watched != m_viewport || m_words.isEmpty())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        // In the current page's points: in continuous mode the page is not at the scene's origin.
        const QPointF scenePos = m_view->pageItem()->mapFromScene(m_view->mapToScene(mouse->position().toPoint()));
        if (mouse->button() != Qt::LeftButton)
            break;
        if (!(mouse->modifiers() & Qt::ShiftModifier) && !wordAt(scenePos)) {
            clear();
            break;   // beside the words: the page is dragged as before
        }
        m_dragging = true;
        m_dragStart = scenePos;
        m_view->setFocus(Qt::MouseFocusReason);
        selectArea(QRectF(scenePos, scenePos).adjusted(-0.5, -0.5, 0.5, 0.5));
        return true;
    }
    case QEvent::MouseMove:
        if (m_dragging) {
            const QPointF scenePos = m_view->pageItem()->mapFromScene(m_view->mapToScene(static_cast<QMouseEvent *>(event)->position().toPoint()));
            // Half a point around the drag, so a drag along a line (no height) still touches its words.
            selectArea(QRectF(m_dragStart, scenePos).normalized().adjusted(-0.5, -0.5, 0.5, 0.5));
            return true;
        }
        break;
    case QEvent::MouseButtonRelease:
        if (m_dragging) {
            m_dragging = false;
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace PageLens
