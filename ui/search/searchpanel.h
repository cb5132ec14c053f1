// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "core/model/searchhit.h"

class QLabel;
class QLineEdit;
class QListView;

namespace PageLens {

class SearchResultModel;

/** The search field and its results; selecting a hit asks for its page to be shown. */
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_field; }
    QListView *resultView() const { return m_view; }
    SearchResultModel *model() const { return m_model; }

    void setSearching(const QString &query);
    void setResults(const QString &query, const QVector<SearchHit> &hits);
    void setError(const QString &message);
    void clear();

Q_SIGNALS:
    void searchRequested(const QString &query);
    void hitActivated(const PageLens::SearchHit &hit);
    /** The field was emptied (or Escape pressed): the results and their highlights are gone. */
    void cleared();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void emitHit(int row);

    QLineEdit *m_field;
    QLabel *m_status;
    QListView *m_view;
    SearchResultModel *m_model;
    bool m_currentJustChanged = false;
};

} // namespace PageLens
