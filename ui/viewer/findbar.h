// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>
#include <QWidget>

#include "core/model/searchhit.h"

class QLabel;
class QLineEdit;
class QToolButton;

namespace PageLens {

/**
 * Find in the open document (Ctrl+F): a field, "3 of 17" and previous/next. Typing asks for the
 * hits after a short pause (findRequested); next() and previous() (F3, Shift+F3, Enter) go
 * through every hit across the pages and wrap around. It does not search itself: whoever
 * answers findRequested calls setHits.
 */
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QLabel *countLabel() const { return m_count; }
    QString query() const;

    /** The hits of `query`, in document order; ignored unless `query` is what the field holds. */
    void setHits(const QString &query, const QVector<SearchHit> &hits);
    void setError(const QString &message);
    const QVector<SearchHit> &hits() const { return m_hits; }
    /** 0-based index of the hit shown, -1 before the first. */
    int current() const { return m_current; }
    /** Forgets the hits (another document was opened); asks again when the bar is open. */
    void reset();

    /** Shows the bar and puts the cursor in its field, its text selected. */
    void activate();
    void next();
    void previous();

Q_SIGNALS:
    void findRequested(const QString &query);
    void hitChosen(const PageLens::SearchHit &hit);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void step(int delta);
    void updateCount();

    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QTimer m_typingTimer;
    QString m_hitsQuery;   // the query m_hits answer
    QVector<SearchHit> m_hits;
    int m_current = -1;
    bool m_waiting = false;
};

} // namespace PageLens
