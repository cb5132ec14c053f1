// SPDX-License-Identifier: MIT
#include <cmath>

#include <QTest>

#include "core/retrieval/evaluator.h"
#include "core/retrieval/querytokens.h"

using namespace PageLens;

class tst_Evaluator : public QObject
{
    Q_OBJECT
private:
    static SearchHit hit(const QString &path, int page)
    {
        SearchHit h;
        h.path = path;
        h.ref.page = page - 1;
        return h;
    }

private Q_SLOTS:
    void parsesTheSharedFormat()
    {
        auto queries = RelevanceSet::parse(QStringLiteral("# comment\nfoo bar\ta/x.pdf#3|b/y.png#1\tkeyword\n\nbaz\tc.tif\tocr\n"),
                                           QStringLiteral("/root"));
        QVERIFY(queries);
        QCOMPARE(queries->size(), 2);
        QCOMPARE(queries->at(0).relevant.size(), 2);
        QCOMPARE(queries->at(0).relevant[0].path, QStringLiteral("/root/a/x.pdf"));
        QCOMPARE(queries->at(0).relevant[0].page, 3);
        QCOMPARE(queries->at(1).relevant[0].page, 1);
        QCOMPARE(queries->at(1).tier, QStringLiteral("ocr"));
        QVERIFY(!RelevanceSet::parse(QStringLiteral("no tab here\n"), QStringLiteral("/")));
        QVERIFY(!RelevanceSet::parse(QStringLiteral("q\tx.pdf#0\n"), QStringLiteral("/")));
    }

    void computesRecallMrrNdcg()
    {
        QVector<RelevanceQuery> queries(2);
        queries[0].query = QStringLiteral("one");
        queries[0].relevant = {{QStringLiteral("/a.pdf"), 2}, {QStringLiteral("/b.pdf"), 1}};
        queries[1].query = QStringLiteral("two");
        queries[1].relevant = {{QStringLiteral("/c.pdf"), 1}};
        auto eval = Evaluator::evaluate(queries, [](const QString &q, int) -> Result<QVector<SearchHit>> {
            if (q == QLatin1String("one"))   // relevant at ranks 2 and 7
                return QVector<SearchHit>{hit("/x.pdf", 1), hit("/a.pdf", 2), hit("/x.pdf", 2), hit("/x.pdf", 3),
                                          hit("/x.pdf", 4), hit("/x.pdf", 5), hit("/b.pdf", 1)};
            return QVector<SearchHit>{};   // nothing found
        });
        QVERIFY(eval);
        QCOMPARE(eval->queries, 2);
        QCOMPARE(eval->perQuery[0].recallAt5, 0.5);
        QCOMPARE(eval->perQuery[0].reciprocalRankAt10, 0.5);
        QCOMPARE(eval->perQuery[0].firstRelevantRank, 2);
        const double ndcg = (1 / std::log2(3.0)) / (1 + 1 / std::log2(3.0));
        QVERIFY(qFuzzyCompare(eval->perQuery[0].ndcgAt5, ndcg));
        QCOMPARE(eval->perQuery[1].recallAt5, 0.0);
        QCOMPARE(eval->recallAt5, 0.25);
        QCOMPARE(eval->mrrAt10, 0.25);
        const QJsonObject json = eval->toJson();
        for (const char *key : {"queries", "recall@5", "mrr@10", "ndcg@5", "per_query"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
    }

    void tokensMatchTheFtsTokenizer()
    {
        QCOMPARE(QueryTokens::tokenize(QStringLiteral("Größe, naïve JSON/Markdown!")),
                 (QStringList{QStringLiteral("große"), QStringLiteral("naive"), QStringLiteral("json"), QStringLiteral("markdown")}));
        QCOMPARE(QueryTokens::tokenize(QStringLiteral("코로나-19")), (QStringList{QStringLiteral("코로나"), QStringLiteral("19")}));
        QVERIFY(QueryTokens::needsSubstringSearch(QStringLiteral("建设用地")));
        QVERIFY(QueryTokens::needsSubstringSearch(QStringLiteral("ポイ捨て")));
        QVERIFY(QueryTokens::needsSubstringSearch(QStringLiteral("Seoul 서울")));
        QVERIFY(!QueryTokens::needsSubstringSearch(QStringLiteral("naïve Größe")));
    }
};

QTEST_APPLESS_MAIN(tst_Evaluator)
#include "tst_evaluator.moc"
