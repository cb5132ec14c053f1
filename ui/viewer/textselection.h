// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointF>

#include "core/common/result.h"
#include "core/model/pagerecord.h"

class QGraphicsRectItem;
class QWidget;

namespace PageLens {

class PageView;

/**
 * Text selection on a PageView from the catalog's word boxes (text layer or OCR words): a drag
 * that starts on a word, or any drag with Shift, selects the words its rectangle touches; Ctrl+C
 * (copy()) puts them on the clipboard in reading order, a line break between lines. A drag that
 * starts beside the words still moves the page. Kept out of PageView so the viewer's other layers
 * stay separate.
 */
class TextSelection : public QObject
{
    Q_OBJECT
public:
    /** Reads a page's words: (document path, 0-based page) -> the page with its words. */
    using WordSource = std::function<QFuture<Result<PageRecord>>(const QString &path, int page)>;

    explicit TextSelection(PageView *view);

    void setWordSource(WordSource source);
    /** The words of the shown page (as the source gave them); empty while they load or without a library. */
    const Words &words() const { return m_words; }
    bool hasWords() const { return !m_words.isEmpty(); }

    /** Selects the words touching `area` (page points of the shown page). */
    void selectArea(const QRectF &area);
    void selectAll();
    void clear();
    bool hasSelection() const { return !m_selected.isEmpty(); }
    /** The selected words in reading order: spaces within a line, '\n' between lines. */
    QString selectedText() const;
    /** Copies the selection to the clipboard; false when nothing is selected. */
    bool copy() const;
    QList<QGraphicsRectItem *> selectionItems() const { return m_items; }

Q_SIGNALS:
    void selectionChanged(bool hasSelection);
    /** The shown page's words arrived (or there are none). */
    void wordsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pageShown();
    void showSelection();
    bool wordAt(const QPointF &pagePos) const;

    PageView *m_view;
    QWidget *m_viewport;
    WordSource m_source;
    Words m_words;
    QString m_wordsPath;
    int m_wordsPage = -1;
    quint64 m_request = 0;
    QList<int> m_selected;   // indexes into m_words, in reading order
    QList<QGraphicsRectItem *> m_items;
    bool m_dragging = false;
    QPointF m_dragStart;
};

} // namespace PageLens
