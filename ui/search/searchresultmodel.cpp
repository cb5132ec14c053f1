// SPDX-License-Identifier: MIT
#include "ui/search/searchresultmodel.h"

#include <algorithm>

#include <QFileInfo>
#include <QHash>

#include "core/retrieval/matchexplanation.h"

namespace PageLens {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultModel::setHits(const QVector<SearchHit> &hits)
{
    beginResetModel();
    m_groups.clear();
    m_hits.clear();
    m_stale = false;
    QHash<QString, int> rowOf;
    for (const SearchHit &hit : hits) {
        auto row = rowOf.constFind(hit.path);
        if (row == rowOf.cend()) {
            row = rowOf.insert(hit.path, int(m_groups.size()));
            m_groups.append(Group{});
        }
        m_groups[*row].pages << hit;
    }
    for (Group &group : m_groups) {
        const int bestPage = group.pages.first().ref.page;
        std::stable_sort(group.pages.begin(), group.pages.end(),
                         [](const SearchHit &a, const SearchHit &b) { return a.ref.page < b.ref.page; });
        group.best = int(std::find_if(group.pages.begin(), group.pages.end(),
                                      [bestPage](const SearchHit &h) { return h.ref.page == bestPage; })
                         - group.pages.begin());
        m_hits << group.pages;
    }
    endResetModel();
}

void SearchResultModel::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_groups.size()) - 1));
}

const SearchHit &SearchResultModel::hit(int row) const
{
    const Group &group = m_groups.at(row);
    return group.pages.at(group.best);
}

void SearchResultModel::setCurrentChip(int row, int chip)
{
    if (row < 0 || row >= m_groups.size())
        return;
    m_groups[row].current = std::clamp(chip, 0, int(m_groups[row].pages.size()) - 1);
    Q_EMIT dataChanged(index(row), index(row), {CurrentChipRole});
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

QString SearchResultModel::chipLabel(const SearchHit &hit)
{
    const QString reason = MatchExplanation::reason(hit);
    return reason.isEmpty() ? tr("p. %1").arg(hit.ref.page + 1) : tr("p. %1 · %2").arg(hit.ref.page + 1).arg(reason);
}

QString SearchResultModel::snippetToHtml(const QString &snippet)
{
    QString html;
    html.reserve(snippet.size() + 32);
    qsizetype pos = 0;
    while (pos < snippet.size()) {
        const qsizetype open = snippet.indexOf(QLatin1Char('['), pos);
        const qsizetype close = open < 0 ? -1 : snippet.indexOf(QLatin1Char(']'), open + 1);
        if (open < 0 || close < 0) {
            html += snippet.mid(pos).toHtmlEscaped();
            break;
        }
        html += snippet.mid(pos, open - pos).toHtmlEscaped();
        html += QStringLiteral("<b>") + snippet.mid(open + 1, close - open - 1).toHtmlEscaped() + QStringLiteral("</b>");
        pos = close + 1;
    }
    return html;
}

QString SearchResultModel::snippetToPlainText(const QString &snippet)
{
    QString text = snippet;
    return text.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const Group &group = m_groups[index.row()];
    const SearchHit &best = group.pages.at(group.best);
    const QString fileName = QFileInfo(best.path).fileName();
    const int pageCount = int(group.pages.size());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QStringList chips;
        for (const SearchHit &page : group.pages)
            chips << chipLabel(page);
        QString text = tr("%1, %n matching page(s): %2", nullptr, pageCount).arg(fileName, chips.join(QStringLiteral("; ")));
        text += QStringLiteral(". ") + snippetToPlainText(best.snippet);
        if (m_stale)
            text += QStringLiteral(" ") + tr("(results of the previous query)");
        return text;
    }
    case Qt::ToolTipRole: return QStringLiteral("%1#%2").arg(best.path).arg(best.ref.page + 1);
    case TitleRole:
        // A page with only some of the words says which ones.
        return best.partialMatch
                   ? tr("%1 · %n page(s) · has only: %2", nullptr, pageCount).arg(fileName, best.matchedTerms.join(QStringLiteral(", ")))
                   : tr("%1 · %n page(s)", nullptr, pageCount).arg(fileName);
    case SnippetHtmlRole: return snippetToHtml(best.snippet);
    case CaptionRole: return best.caption;
    case ScoreRole: return best.score;
    case WhyRole: return MatchExplanation::describe(best);
    case PathRole: return best.path;
    case PageRole: return best.ref.page;
    case ChipsRole: {
        QStringList chips;
        for (const SearchHit &page : group.pages)
            chips << chipLabel(page);
        return chips;
    }
    case CurrentChipRole: return group.current;
    case StaleRole: return m_stale;
    default: return {};
    }
}

} // namespace PageLens
