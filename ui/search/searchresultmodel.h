// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QVector>

#include "core/model/searchhit.h"

namespace PageLens {

/**
 * The hits of the last query grouped by document, one row per document in the order of its best
 * page; the document's pages are its chips (in page order), each with why it matched.
 */
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // WhyRole: why the best page matched (MatchExplanation), shown instead of scores.
    // ChipsRole: a QStringList, one label per page chip ("p. 3 · boeing"); CurrentChipRole: its index.
    enum Role {
        TitleRole = Qt::UserRole + 1, SnippetHtmlRole, CaptionRole, ScoreRole, WhyRole, PathRole, PageRole,
        ChipsRole, CurrentChipRole, StaleRole
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    /** Groups `hits` (best first) by document. */
    void setHits(const QVector<SearchHit> &hits);
    /** The rows stay but are shown dimmed: a newer query is on its way. */
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    /** The best page of the row's document (the one a click on the row opens). */
    const SearchHit &hit(int row) const;
    /** The row's pages in page order. */
    const QVector<SearchHit> &pages(int row) const { return m_groups.at(row).pages; }
    int chipCount(int row) const { return int(m_groups.at(row).pages.size()); }
    const SearchHit &chip(int row, int chip) const { return m_groups.at(row).pages.at(chip); }
    /** The chip of the best page. */
    int bestChip(int row) const { return m_groups.at(row).best; }
    int currentChip(int row) const { return m_groups.at(row).current; }
    void setCurrentChip(int row, int chip);
    /** Every hit, row by row. */
    const QVector<SearchHit> &hits() const { return m_hits; }
    int pageCount() const { return int(m_hits.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /** "p. 3 · boeing, aviation": the page and why it matched. */
    static QString chipLabel(const SearchHit &hit);
    /** Escapes the snippet and turns its [matched] terms into <b>matched</b>. */
    static QString snippetToHtml(const QString &snippet);
    /** The snippet without its markers, for screen readers. */
    static QString snippetToPlainText(const QString &snippet);

private:
    struct Group {
        QVector<SearchHit> pages;   // page order
        int best = 0;               // index in pages of the most relevant one
        int current = -1;           // the chip last opened or moved to with the keyboard
    };
    QVector<Group> m_groups;
    QVector<SearchHit> m_hits;
    bool m_stale = false;
};

} // namespace PageLens
