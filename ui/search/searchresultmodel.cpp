// SPDX-License-Identifier: MIT
#include "ui/search/searchresultmodel.h"

#include <QFileInfo>

#include "core/retrieval/matchexplanation.h"

namespace PageLens {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultModel::setHits(const QVector<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
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
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &hit = m_hits[index.row()];
    const QString fileName = QFileInfo(hit.path).fileName();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString text = tr("%1, page %2 (%3): %4")
                           .arg(fileName)
                           .arg(hit.ref.page + 1)
                           .arg(MatchExplanation::describe(hit), snippetToPlainText(hit.snippet));
        if (!hit.caption.isEmpty())
            text += QStringLiteral(" ") + hit.caption;
        return text;
    }
    case Qt::ToolTipRole: return QStringLiteral("%1#%2").arg(hit.path).arg(hit.ref.page + 1);
    case TitleRole:
        // A page with only some of the words says which ones.
        return hit.partialMatch ? tr("%1 · page %2 · has only: %3").arg(fileName).arg(hit.ref.page + 1).arg(hit.matchedTerms.join(QStringLiteral(", ")))
                                : tr("%1 · page %2").arg(fileName).arg(hit.ref.page + 1);
    case SnippetHtmlRole: return snippetToHtml(hit.snippet);
    case CaptionRole: return hit.caption;
    case ScoreRole: return hit.score;
    case WhyRole: return MatchExplanation::describe(hit);
    case PathRole: return hit.path;
    case PageRole: return hit.ref.page;
    default: return {};
    }
}

} // namespace PageLens
