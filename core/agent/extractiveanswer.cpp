// SPDX-License-Identifier: MIT
#include "core/agent/extractiveanswer.h"

#include <QFileInfo>

#include "core/agent/sourcelist.h"

namespace PageLens {

AgentAnswer ExtractiveAnswer::fromSearch(const QString &question, const SearchResult &result, const QString &why)
{
    AgentAnswer answer;
    answer.status = AgentAnswer::Status::Answered;
    answer.extractive = true;
    SourceList sources;
    QStringList lines;
    lines << tr("Search results for \"%1\" (%2 These are passages from your library, not an answer.)").arg(question, why);
    if (result.hits.isEmpty())
        lines << tr("No page matches.");
    for (const SearchHit &hit : result.hits) {
        const QString id = sources.idFor(hit.path, hit.ref.page + 1, hit.boxes);
        QString passage = hit.snippet.simplified();
        if (passage.isEmpty())
            passage = hit.caption.simplified();
        lines << QStringLiteral("[%1] %2 p. %3: %4").arg(id, QFileInfo(hit.path).fileName()).arg(hit.ref.page + 1).arg(passage);
        answer.citations.append({id, hit.path, hit.ref.page + 1, hit.boxes});
    }
    answer.text = lines.join(QLatin1Char('\n'));
    return answer;
}

} // namespace PageLens
