// SPDX-License-Identifier: MIT
#include "core/retrieval/matchexplanation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace PageLens {

namespace {

// Not a QObject: its words live in the "PageLens" context, named explicitly so lupdate files them there.
QString tr(const char *text)
{
    return QCoreApplication::translate("PageLens", text);
}

} // namespace

QString MatchExplanation::describe(const SearchHit &hit)
{
    QStringList parts;
    const QString terms = hit.matchedTerms.join(QStringLiteral(", "));
    if (!terms.isEmpty())
        parts << (hit.partialMatch ? PageLens::tr("has only: %1") : PageLens::tr("matched: %1")).arg(terms);
    else if (hit.signalScores.contains(QStringLiteral("dense")))
        parts << PageLens::tr("similar in meaning");
    if (!hit.signalScores.isEmpty())
        parts << PageLens::tr("signals: %1").arg(hit.signalScores.keys().join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" · "));
}

QString MatchExplanation::reason(const SearchHit &hit)
{
    if (hit.captionOnly)
        return PageLens::tr("caption");
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
        return PageLens::tr("objects");
    if (hit.signalScores.contains(QStringLiteral("dense")) || hit.signalScores.contains(QStringLiteral("late")))
        return PageLens::tr("looks like");
    return {};
}

} // namespace PageLens
