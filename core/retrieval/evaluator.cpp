// SPDX-License-Identifier: MIT
#include "core/retrieval/evaluator.h"

#include <cmath>

#include <QJsonArray>

namespace PageLens {

QJsonObject Evaluation::toJson() const
{
    QJsonArray items;
    for (const QueryEvaluation &q : perQuery) {
        items.append(QJsonObject{
            {QStringLiteral("query"), q.query},
            {QStringLiteral("tier"), q.tier},
            {QStringLiteral("recall@5"), q.recallAt5},
            {QStringLiteral("rr@10"), q.reciprocalRankAt10},
            {QStringLiteral("ndcg@5"), q.ndcgAt5},
            {QStringLiteral("first_relevant_rank"), q.firstRelevantRank},
            {QStringLiteral("top"), QJsonArray::fromStringList(q.top)},
        });
    }
    return QJsonObject{
        {QStringLiteral("queries"), queries},
        {QStringLiteral("recall@5"), recallAt5},
        {QStringLiteral("mrr@10"), mrrAt10},
        {QStringLiteral("ndcg@5"), ndcgAt5},
        {QStringLiteral("per_query"), items},
    };
}

Result<Evaluation> Evaluator::evaluate(const QVector<RelevanceQuery> &queries, const Search &search)
{
    Evaluation eval;
    for (const RelevanceQuery &query : queries) {
        auto hits = search(query.query, 10);
        if (!hits)
            return tl::unexpected(hits.error());
        QueryEvaluation qe;
        qe.query = query.query;
        qe.tier = query.tier;
        auto isRelevant = [&](const SearchHit &hit) {
            for (const RelevantPage &rel : query.relevant) {
                if (rel.path == hit.path && rel.page == hit.ref.page + 1)
                    return true;
            }
            return false;
        };
        int found5 = 0;
        double dcg = 0;
        for (int i = 0; i < hits->size() && i < 10; ++i) {
            const SearchHit &hit = hits->at(i);
            qe.top << hit.path.section(QLatin1Char('/'), -1) + QLatin1Char('#') + QString::number(hit.ref.page + 1);
            if (!isRelevant(hit))
                continue;
            if (qe.firstRelevantRank == 0) {
                qe.firstRelevantRank = i + 1;
                qe.reciprocalRankAt10 = 1.0 / (i + 1);
            }
            if (i < 5) {
                ++found5;
                dcg += 1.0 / std::log2(i + 2);
            }
        }
        const int relevantCount = int(query.relevant.size());
        double idcg = 0;
        for (int i = 0; i < std::min(relevantCount, 5); ++i)
            idcg += 1.0 / std::log2(i + 2);
        qe.recallAt5 = relevantCount ? double(found5) / relevantCount : 0;
        qe.ndcgAt5 = idcg > 0 ? dcg / idcg : 0;
        eval.perQuery << qe;
        eval.recallAt5 += qe.recallAt5;
        eval.mrrAt10 += qe.reciprocalRankAt10;
        eval.ndcgAt5 += qe.ndcgAt5;
    }
    eval.queries = int(queries.size());
    if (eval.queries > 0) {
        eval.recallAt5 /= eval.queries;
        eval.mrrAt10 /= eval.queries;
        eval.ndcgAt5 /= eval.queries;
    }
    return eval;
}

} // namespace PageLens
