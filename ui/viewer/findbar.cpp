// SPDX-License-Identifier: MIT
#include "ui/viewer/findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace PageLens {

namespace {

constexpr int typingPauseMs = 250;

QToolButton *button(QWidget *parent, const char *name, const QString &icon, const QString &text)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(QLatin1String(name));
    b->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    b->setToolTip(text);
    b->setAccessibleName(text);
    b->setAutoRaise(true);
    return b;
}

} // namespace

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(button(this, "findPrevious", QStringLiteral("go-previous"), tr("Previous hit (Shift+F3)")))
    , m_next(button(this, "findNext", QStringLiteral("go-next"), tr("Next hit (F3)")))
    , m_close(button(this, "findClose", QStringLiteral("cancel"), tr("Close find (Escape)")))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in document"));
    m_field->setAccessibleName(tr("Find in document"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setAccessibleName(tr("Find result count"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(888).arg(888)) + 8);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(4);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);

    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(typingPauseMs);
    connect(&m_typingTimer, &QTimer::timeout, this, [this] {
        if (!query().isEmpty()) {
            m_waiting = true;
            Q_EMIT findRequested(query());
        }
    });
    connect(m_field, &QLineEdit::textChanged, this, [this] {
        m_hits.clear();
        m_hitsQuery.clear();
        m_current = -1;
        m_waiting = false;
        updateCount();
        m_typingTimer.start();
    });
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::next);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::previous);
    connect(m_next, &QToolButton::clicked, this, &FindBar::next);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    updateCount();
}

QString FindBar::query() const
{
    return m_field->text().trimmed();
}

void FindBar::setHits(const QString &query, const QVector<SearchHit> &hits)
{
    if (query != this->query())
        return;   // the answer to words no longer in the field
    m_waiting = false;
    m_hitsQuery = query;
    m_hits = hits;
    m_current = -1;
    updateCount();
    if (!m_hits.isEmpty())
        step(1);
}

void FindBar::setError(const QString &message)
{
    m_waiting = false;
    m_count->setText(message);
    m_count->setToolTip(message);
}

void FindBar::reset()
{
    m_hits.clear();
    m_hitsQuery.clear();
    m_current = -1;
    updateCount();
    if (isVisible() && !query().isEmpty())
        m_typingTimer.start();
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::next()
{
    step(1);
}

void FindBar::previous()
{
    step(-1);
}

void FindBar::step(int delta)
{
    if (query().isEmpty())
        return;
    if (m_hitsQuery != query()) {
        // F3 before the pause ran out: ask now; the first hit is shown when the answer comes.
        if (!m_waiting) {
            m_typingTimer.stop();
            m_waiting = true;
            Q_EMIT findRequested(query());
        }
        return;
    }
    if (m_hits.isEmpty())
        return;
    const int count = int(m_hits.size());
    m_current = m_current < 0 ? (delta > 0 ? 0 : count - 1) : ((m_current + delta) % count + count) % count;
    updateCount();
    Q_EMIT hitChosen(m_hits[m_current]);
}

void FindBar::updateCount()
{
    m_count->setToolTip({});
    if (m_hitsQuery.isEmpty() || m_hitsQuery != query())
        m_count->setText(QString());
    else if (m_hits.isEmpty())
        m_count->setText(tr("No hits"));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_hits.size()));
    m_previous->setEnabled(!m_hits.isEmpty());
    m_next->setEnabled(!m_hits.isEmpty());
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
            previous();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace PageLens
