// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>
#include <QWidget>

#include "core/model/searchhit.h"
#include "core/retrieval/searchfilter.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace PageLens {

class SearchResultDelegate;
class SearchResultModel;

/**
 * The search field, its filters and the results grouped by document. Typing searches after a
 * short pause with the offline signals only; Enter searches with every signal. Clicking a page
 * chip (or Left/Right then Enter on a row) asks for that page to be shown.
 */
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);

    /** How long typing must pause before the query runs. */
    static constexpr int kTypingPauseMs = 300;

    QLineEdit *searchField() const { return m_field; }
    QListView *resultView() const { return m_view; }
    SearchResultModel *model() const { return m_model; }
    QComboBox *folderFilter() const { return m_folder; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *dateFilter() const { return m_date; }
    QComboBox *sortOrder() const { return m_sort; }

    /** The filters and order chosen now; `today` anchors "past 7 days" and the like. */
    SearchFilter filter(const QDate &today = QDate::currentDate()) const;
    /** The library's watched folders, offered by the folder filter. */
    void setFolders(const QStringList &folders);

    /**
     * A query is running: the shown results are marked as the previous query's. Returns its
     * ticket; only the answer with the newest ticket is shown, so a slow older query that answers
     * late never replaces a newer one.
     */
    quint64 setSearching(const QString &query);
    /** Shows the answer to the query of `ticket`; false (and nothing changes) when it is not the newest. */
    /** The query search-as-you-type runs for what is typed so far: its last word a prefix. */
    static QString typingQuery(const QString &typed);
    bool setResults(quint64 ticket, const QString &query, const QVector<SearchHit> &hits);
    bool setError(quint64 ticket, const QString &message);
    void clear();

    /** Where the row's page chip is in the view's viewport (for tests and accessibility). */
    QRect chipRect(int row, int chip) const;

Q_SIGNALS:
    /** Enter: search with every signal. */
    void searchRequested(const QString &query);
    /** The typing paused (or a filter changed before any Enter): search with the offline signals. */
    void quickSearchRequested(const QString &query);
    void hitActivated(const PageLens::SearchHit &hit);
    /** The field was emptied (or Escape pressed): the results and their highlights are gone. */
    void cleared();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activateChip(int row, int chip);
    int chipAt(int row, const QPoint &viewportPos) const;
    void rerun();

    QLineEdit *m_field;
    QComboBox *m_folder;
    QComboBox *m_type;
    QComboBox *m_date;
    QComboBox *m_sort;
    QLabel *m_status;
    QListView *m_view;
    SearchResultModel *m_model;
    SearchResultDelegate *m_delegate;
    QTimer m_typingTimer;
    quint64 m_ticket = 0;        // the newest query's
    bool m_fullSearch = false;   // the last query ran with every signal (Enter), so filters rerun it so
    int m_pressedRow = -1;       // a press on a chip: the chip the row change opens
    int m_pressedChip = -1;
    bool m_currentJustChanged = false;
};

} // namespace PageLens
