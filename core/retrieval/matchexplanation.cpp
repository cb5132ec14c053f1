// SPDX-License-Identifier: MIT
#include "core/retrieval/matchexplanation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace PageLens {

QString MatchExplanation::describe(const SearchHit &hit)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("PageLens", text); };
    QStringList parts;
    const QString terms = hit.matchedTerms.join(QStringLiteral(", "));
    if (!terms.isEmpty())
        parts << (hit.partialMatch ? tr("has only: %1") : tr("matched: %1")).arg(terms);
    else if (hit.signalScores.contains(QStringLiteral("dense")))
        parts << tr("similar in meaning");
    if (!hit.signalScores.isEmpty())
        parts << tr("signals: %1").arg(hit.signalScores.keys().join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" · "));
}

QString MatchExplanation::reason(const SearchHit &hit)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("PageLens", text); };
    if (hit.captionOnly)
        return tr("caption");
    // The words marked in the snippet are what is on the page ("vitae" for "knowles OR vitae").
    QStringList marked;
    static const QRegularExpression markedWord(QStringLiteral("\\[([^\\]]+)\\]"));
    for (auto it = markedWord.globalMatch(hit.snippet); it.hasNext();) {
        const QString word = it.next().captured(1).toLower();
        if (!marked.contains(word))
            marked << word;
    }
    if (!marked.isEmpty())
        return marked.mid(0, 3).join(QStringLiteral(", ")) + (marked.size() > 3 ? QStringLiteral("…") : QString());
    if (!hit.matchedTerms.isEmpty())
        return hit.matchedTerms.join(QStringLiteral(", "));
    if (hit.signalScores.contains(QStringLiteral("objects")))
        return tr("objects");
    if (hit.signalScores.contains(QStringLiteral("dense")) || hit.signalScores.contains(QStringLiteral("late")))
        return tr("looks like");
    return {};
}

} // namespace PageLens
