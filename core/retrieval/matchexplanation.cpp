// SPDX-License-Identifier: MIT
#include "core/retrieval/matchexplanation.h"

#include <QCoreApplication>

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

} // namespace PageLens
