// SPDX-License-Identifier: MIT
#include "ui/search/searchpanel.h"

#include <algorithm>

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

#include "core/retrieval/queryparser.h"
#include "ui/search/searchresultdelegate.h"
#include "ui/search/searchresultmodel.h"

namespace PageLens {

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_view(new QListView(this))
    , m_model(new SearchResultModel(this))
{
    auto *title = new QLabel(tr("&Search"), this);
    title->setObjectName(QStringLiteral("paneTitle"));
    title->setBuddy(m_field);

    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search pages: words, \"phrase\", -word, a OR b, word*"));
    m_field->setToolTip(QueryParser::syntaxHelp() + QLatin1Char('\n') + tr("Escape clears the search."));
    m_field->installEventFilter(this);
    m_field->setClearButtonEnabled(true);
    m_field->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_field->setAccessibleName(tr("Search"));
    m_field->setAccessibleDescription(tr("Type words to find and press Enter"));

    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Search status"));
    m_status->setText(tr("Type a query and press Enter."));

    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        const QString query = m_field->text().trimmed();
        if (!query.isEmpty())
            Q_EMIT searchRequested(query);
    });
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            clear();
    });
    // Moving through the results with the keyboard previews each page; a click on the row that is
    // already current shows it again (the viewer may have moved on since).
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    m_currentJustChanged = true;
                    emitHit(current.row());
                }
            });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (!std::exchange(m_currentJustChanged, false))
            emitHit(index.row());
    });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) { emitHit(index.row()); });
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        // Emptying the field clears through textChanged; an empty field still drops the highlights.
        if (m_field->text().isEmpty())
            clear();
        else
            m_field->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::emitHit(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        Q_EMIT hitActivated(m_model->hit(row));
}

void SearchPanel::setSearching(const QString &query)
{
    m_status->setText(tr("Searching for “%1”…").arg(query));
}

void SearchPanel::setResults(const QString &query, const QVector<SearchHit> &hits)
{
    m_currentJustChanged = false;
    m_model->setHits(hits);
    if (hits.isEmpty())
        m_status->setText(tr("No pages match “%1”.").arg(query));
    else if (hits.first().partialMatch)
        m_status->setText(tr("No page has all the words of “%1”; %n page(s) with most of them.", nullptr, int(hits.size()))
                              .arg(query));
    else {
        // Pages with only some of the words follow those with all of them.
        const int partial = int(std::count_if(hits.begin(), hits.end(), [](const SearchHit &hit) { return hit.partialMatch; }));
        QString status = tr("%n page(s) match “%1”.", nullptr, int(hits.size()) - partial).arg(query);
        if (partial > 0)
            status += QLatin1Char(' ') + tr("%n more with some of the words.", nullptr, partial);
        m_status->setText(status);
    }
}

void SearchPanel::setError(const QString &message)
{
    m_model->setHits({});
    m_status->setText(message);
}

void SearchPanel::clear()
{
    m_model->setHits({});
    m_status->setText(tr("Type a query and press Enter."));
    Q_EMIT cleared();
}

} // namespace PageLens
