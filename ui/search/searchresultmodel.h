// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QVector>

#include "core/model/searchhit.h"

namespace PageLens {

/** The hits of the last query, best first, with their text prepared for display. */
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // WhyRole: why the page matched (MatchExplanation), shown instead of scores.
    enum Role { TitleRole = Qt::UserRole + 1, SnippetHtmlRole, CaptionRole, ScoreRole, WhyRole, PathRole, PageRole };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(const QVector<SearchHit> &hits);
    const SearchHit &hit(int row) const { return m_hits.at(row); }
    const QVector<SearchHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /** Escapes the snippet and turns its [matched] terms into <b>matched</b>. */
    static QString snippetToHtml(const QString &snippet);
    /** The snippet without its markers, for screen readers. */
    static QString snippetToPlainText(const QString &snippet);

private:
    QVector<SearchHit> m_hits;
};

} // namespace PageLens
