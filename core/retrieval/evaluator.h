// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QJsonObject>

#include "core/model/searchhit.h"
#include "core/retrieval/relevanceset.h"

namespace PageLens {

struct QueryEvaluation {
    QString query;
    QString tier;
    double recallAt5 = 0;
    double reciprocalRankAt10 = 0;
    double ndcgAt5 = 0;
    int firstRelevantRank = 0;   // 0: not in the top 10
    QStringList top;             // path#page of the first hits
};

struct Evaluation {
    int queries = 0;
    double recallAt5 = 0;
    double mrrAt10 = 0;
    double ndcgAt5 = 0;
    QVector<QueryEvaluation> perQuery;
    /** The CLI contract: {"queries","recall@5","mrr@10","ndcg@5","per_query":[...]}. */
    QJsonObject toJson() const;
};

/** Runs a relevance set against a search function: Recall@5, MRR@10 and nDCG@5 with binary relevance. */
class Evaluator
{
public:
    using Search = std::function<Result<QVector<SearchHit>>(const QString &query, int k)>;
    static Result<Evaluation> evaluate(const QVector<RelevanceQuery> &queries, const Search &search);
};

} // namespace PageLens
