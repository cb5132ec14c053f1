// SPDX-License-Identifier: MIT
#include "ui/search/searchpanel.h"

#include <algorithm>
#include <utility>

#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QSet>
#include <QVBoxLayout>

#include "core/retrieval/queryparser.h"
#include "ui/search/searchresultdelegate.h"
#include "ui/search/searchresultmodel.h"

namespace PageLens {

namespace {

QComboBox *filterBox(QWidget *parent, const char *name, const QString &accessibleName)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setAccessibleName(accessibleName);
    box->setToolTip(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(4);
    return box;
}

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_folder(filterBox(this, "folderFilter", tr("Folder")))
    , m_type(filterBox(this, "typeFilter", tr("Type")))
    , m_date(filterBox(this, "dateFilter", tr("Modified")))
    , m_sort(filterBox(this, "sortOrder", tr("Sort by")))
    , m_status(new QLabel(this))
    , m_view(new QListView(this))
    , m_model(new SearchResultModel(this))
    , m_delegate(new SearchResultDelegate(this))
{
    auto *title = new QLabel(tr("&Search"), this);
    title->setObjectName(QStringLiteral("paneTitle"));
    title->setBuddy(m_field);

    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search pages: words, \"phrase\", -word, a OR b, word*"));
    m_field->setToolTip(QueryParser::syntaxHelp() + QLatin1Char('\n')
                        + tr("Results come as you type; Enter also asks the model service. Escape clears the search."));
    m_field->installEventFilter(this);
    m_field->setClearButtonEnabled(true);
    m_field->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_field->setAccessibleName(tr("Search"));
    m_field->setAccessibleDescription(tr("Type words to find; press Enter to include the model service"));

    m_folder->addItem(tr("All folders"), QString());
    m_type->addItem(tr("All types"), QString());
    m_type->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_type->addItem(tr("Image"), QStringLiteral("image"));
    m_type->addItem(tr("Scan"), QStringLiteral("scan"));
    m_date->addItem(tr("Any time"), 0);
    m_date->addItem(tr("Today"), 1);
    m_date->addItem(tr("Past 7 days"), 7);
    m_date->addItem(tr("Past 30 days"), 30);
    m_date->addItem(tr("Past year"), 365);
    m_sort->addItem(tr("Relevance"), int(SearchFilter::Sort::Relevance));
    m_sort->addItem(tr("Name"), int(SearchFilter::Sort::Name));
    m_sort->addItem(tr("Date"), int(SearchFilter::Sort::Date));

    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Search status"));
    m_status->setText(tr("Type words to search."));

    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setAccessibleDescription(tr("One row per document; Left and Right move through its pages, Enter opens one"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);

    // Two by two, so each menu shows its choice in full in a pane of 200 pixels.
    auto *filters = new QGridLayout;
    filters->setSpacing(4);
    filters->addWidget(m_folder, 0, 0);
    filters->addWidget(m_type, 0, 1);
    filters->addWidget(m_date, 1, 0);
    filters->addWidget(m_sort, 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(m_field);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(kTypingPauseMs);
    connect(&m_typingTimer, &QTimer::timeout, this, [this] {
        const QString query = m_field->text().trimmed();
        if (!query.isEmpty()) {
            m_fullSearch = false;
            Q_EMIT quickSearchRequested(query);
        }
    });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        m_typingTimer.stop();
        const QString query = m_field->text().trimmed();
        if (!query.isEmpty()) {
            m_fullSearch = true;
            Q_EMIT searchRequested(query);
        }
    });
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_typingTimer.stop();
            clear();
            return;
        }
        // What is shown belongs to the previous words from now on.
        m_model->setStale(true);
        m_typingTimer.start();
    });
    for (QComboBox *box : {m_folder, m_type, m_date, m_sort})
        connect(box, &QComboBox::activated, this, &SearchPanel::rerun);

    // Moving through the results with the keyboard previews each document's best page (or the
    // chip a press landed on); a click on the row that is already current opens the chip again.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        m_currentJustChanged = true;
        const int row = current.row();
        activateChip(row, row == m_pressedRow && m_pressedChip >= 0 ? m_pressedChip : m_model->bestChip(row));
    });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        const int chip = index.row() == m_pressedRow ? m_pressedChip : -1;
        m_pressedRow = m_pressedChip = -1;
        if (std::exchange(m_currentJustChanged, false))
            return;
        activateChip(index.row(), chip >= 0 ? chip : m_model->bestChip(index.row()));
    });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        const int current = m_model->currentChip(index.row());
        activateChip(index.row(), current >= 0 ? current : m_model->bestChip(index.row()));
    });
}

SearchFilter SearchPanel::filter(const QDate &today) const
{
    SearchFilter filter;
    filter.folder = m_folder->currentData().toString();
    if (const QString type = m_type->currentData().toString(); !type.isEmpty())
        filter.types = {type};
    if (const int days = m_date->currentData().toInt(); days > 0)
        filter.modifiedFrom = today.addDays(1 - days);
    filter.sort = SearchFilter::Sort(m_sort->currentData().toInt());
    return filter;
}

void SearchPanel::setFolders(const QStringList &folders)
{
    const QString chosen = m_folder->currentData().toString();
    QStringList sorted = folders;
    sorted.sort(Qt::CaseInsensitive);
    m_folder->clear();
    m_folder->addItem(tr("All folders"), QString());
    for (const QString &folder : std::as_const(sorted)) {
        m_folder->addItem(QDir(folder).dirName(), folder);
        m_folder->setItemData(m_folder->count() - 1, QDir::toNativeSeparators(folder), Qt::ToolTipRole);
    }
    m_folder->setCurrentIndex(std::max(0, m_folder->findData(chosen)));
}

void SearchPanel::rerun()
{
    const QString query = m_field->text().trimmed();
    if (query.isEmpty())
        return;
    m_typingTimer.stop();
    if (m_fullSearch)
        Q_EMIT searchRequested(query);
    else
        Q_EMIT quickSearchRequested(query);
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
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex current = m_view->currentIndex();
        if ((key == Qt::Key_Left || key == Qt::Key_Right) && current.isValid()) {
            const int row = current.row();
            const int chips = m_model->chipCount(row);
            int chip = m_model->currentChip(row);
            chip = chip < 0 ? m_model->bestChip(row) : chip + (key == Qt::Key_Right ? 1 : -1);
            if (chip >= 0 && chip < chips)
                activateChip(row, chip);
            return true;
        }
    }
    // The event type first: while the list is destroyed it still sends events here, and it is no
    // longer a QAbstractScrollArea to ask for its viewport.
    if (event->type() == QEvent::MouseButtonPress && watched == m_view->viewport()) {
        const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
        const QModelIndex index = m_view->indexAt(pos);
        m_pressedRow = index.isValid() ? index.row() : -1;
        m_pressedChip = index.isValid() ? chipAt(index.row(), pos) : -1;
    }
    return QWidget::eventFilter(watched, event);
}

QRect SearchPanel::chipRect(int row, int chip) const
{
    const QModelIndex index = m_model->index(row);
    if (!index.isValid())
        return {};
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    option.widget = m_view;
    option.rect = m_view->visualRect(index);
    const QVector<QRect> rects = m_delegate->chipRects(option, index);
    return chip >= 0 && chip < rects.size() ? rects[chip].translated(option.rect.topLeft()) : QRect();
}

int SearchPanel::chipAt(int row, const QPoint &viewportPos) const
{
    for (int chip = 0; chip < m_model->chipCount(row); ++chip) {
        if (chipRect(row, chip).contains(viewportPos))
            return chip;
    }
    return -1;
}

void SearchPanel::activateChip(int row, int chip)
{
    if (row < 0 || row >= m_model->rowCount() || chip < 0 || chip >= m_model->chipCount(row))
        return;
    m_model->setCurrentChip(row, chip);
    Q_EMIT hitActivated(m_model->chip(row, chip));
}

quint64 SearchPanel::setSearching(const QString &query)
{
    m_model->setStale(true);
    m_status->setText(tr("Searching for “%1”…").arg(query));
    return ++m_ticket;
}

QString SearchPanel::typingQuery(const QString &typed)
{
    // The last word is still being typed: make it a prefix (FTS5 `word*`) so "mirzay" finds
    // "mirzayance" at once. Left alone: after a space, inside an open phrase, operators, exclusions,
    // words already ending in '*' and single letters (they would match nearly every page).
    if (typed.isEmpty() || typed.back().isSpace() || typed.count(QLatin1Char('"')) % 2 != 0)
        return typed;
    static const QRegularExpression lastWord(QStringLiteral("(^|\\s)([\\p{L}\\p{N}_]{2,})$"));
    const QRegularExpressionMatch match = lastWord.match(typed);
    const QString word = match.captured(2);
    if (!match.hasMatch() || word == QLatin1String("OR") || word == QLatin1String("NOT") || word == QLatin1String("AND"))
        return typed;
    return typed + QLatin1Char('*');
}

bool SearchPanel::setResults(quint64 ticket, const QString &query, const QVector<SearchHit> &hits)
{
    if (ticket != m_ticket)
        return false;
    m_currentJustChanged = false;
    m_pressedRow = m_pressedChip = -1;
    m_model->setHits(hits);
    // The count is of what the list shows: pages, and the documents (rows) they are in.
    const QString shown = tr("%1 in %2").arg(tr("%n page(s)", nullptr, m_model->pageCount()),
                                             tr("%n document(s)", nullptr, m_model->rowCount()));
    if (hits.isEmpty())
        m_status->setText(tr("No pages match “%1”.").arg(query));
    else if (hits.first().partialMatch)
        m_status->setText(tr("No page has all the words of “%1”; %2 with most of them.").arg(query, shown));
    else {
        // Pages with only some of the words follow those with all of them.
        const int partial = int(std::count_if(hits.begin(), hits.end(), [](const SearchHit &hit) { return hit.partialMatch; }));
        // One message whose number is the pages', so its plural forms make the verb agree ("1 page … matches").
        QString status = tr("%n page(s) in %1 match “%2”.", nullptr, m_model->pageCount())
                             .arg(tr("%n document(s)", nullptr, m_model->rowCount()), query);
        if (partial > 0)
            status += QLatin1Char(' ') + tr("%n of the pages with only some of the words.", nullptr, partial);
        m_status->setText(status);
    }
    return true;
}

bool SearchPanel::setError(quint64 ticket, const QString &message)
{
    if (ticket != m_ticket)
        return false;
    m_model->setHits({});
    m_status->setText(message);
    return true;
}

void SearchPanel::clear()
{
    ++m_ticket;   // an answer still on its way is for words no longer in the field
    m_model->setHits({});
    m_status->setText(tr("Type words to search."));
    Q_EMIT cleared();
}

} // namespace PageLens
