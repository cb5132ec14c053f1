// SPDX-License-Identifier: MIT
#include <QTemporaryDir>
#include <QTest>

#include "core/library/catalog.h"
#include "core/retrieval/hybridretriever.h"

using namespace PageLens;

class tst_HybridRetriever : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<Catalog> m_catalog;
    QVector<qint64> m_pageIds;   // pages 0..3 of one document

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = *Catalog::open(m_dir.path());
        DocumentInfo doc;
        doc.path = QStringLiteral("/docs/report.pdf");
        doc.id = *m_catalog->insertDocument(doc);
        doc.status = DocumentStatus::Indexed;
        doc.pageCount = 4;
        const QStringList texts = {QStringLiteral("quarterly revenue grew in the north region"),
                                   QStringLiteral("revenue table with totals"),
                                   QStringLiteral("photo of the harbour at dusk"),
                                   QStringLiteral("appendix and glossary")};
        QVector<PageRecord> pages;
        for (int i = 0; i < texts.size(); ++i) {
            PageRecord p;
            p.ref.page = i;
            p.size = QSizeF(612, 792);
            p.text.source = PageText::Source::TextLayer;
            p.text.text = texts[i];
            p.text.words << Word{texts[i].section(QLatin1Char(' '), 0, 0), {0.1, 0.1, 0.3, 0.15}, 100};
            pages << p;
        }
        QVERIFY(m_catalog->commitDocument(doc, pages));
        const auto stored = m_catalog->pages(doc.id).value();
        for (const PageRecord &p : stored)
            m_pageIds << p.id;
    }

    void bm25OnlyKeepsBm25Scores()
    {
        HybridRetriever retriever(m_catalog, {});
        QCOMPARE(retriever.availableSignals(), QStringList{QStringLiteral("bm25")});
        auto hits = retriever.search(QStringLiteral("revenue"), 10);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        for (const SearchHit &hit : *hits) {
            QVERIFY(hit.score > 0);
            QCOMPARE(hit.signalScores.size(), 1);
        }
        QVERIFY(!retriever.search(QStringLiteral("revenue"), 10, {QStringLiteral("dense")}));
    }

    void fusesByReciprocalRankAndExplains()
    {
        // Dense ranks the harbour photo first, then page 1: fusion must put page 1 (in both lists) on top.
        HybridRetriever retriever(m_catalog, [this](const QString &, int) -> Result<QVector<ScoredPage>> {
            return QVector<ScoredPage>{{m_pageIds[2], 0.91}, {m_pageIds[1], 0.80}, {m_pageIds[0], 0.20}};
        });
        auto hits = retriever.search(QStringLiteral("revenue table"), 3);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 3);
        QCOMPARE(hits->at(0).pageId, m_pageIds[1]);
        const SearchHit &top = hits->at(0);
        QCOMPARE(top.signalScores.value(QStringLiteral("bm25")).rank, 1);
        QCOMPARE(top.signalScores.value(QStringLiteral("dense")).rank, 2);
        QVERIFY(qFuzzyCompare(top.signalScores.value(QStringLiteral("dense")).score, 0.80));
        QVERIFY(qFuzzyCompare(top.score, 1.0 / 61 + 1.0 / 62));
        // A page found only by meaning still comes with its path, size and a snippet.
        bool sawDenseOnly = false;
        for (const SearchHit &hit : *hits) {
            if (hit.pageId == m_pageIds[2]) {
                sawDenseOnly = true;
                QVERIFY(!hit.signalScores.contains(QStringLiteral("bm25")));
                QCOMPARE(hit.path, QStringLiteral("/docs/report.pdf"));
                QVERIFY(hit.snippet.contains(QLatin1String("harbour")));
                QCOMPARE(hit.pageSize, QSizeF(612, 792));
            }
        }
        QVERIFY(sawDenseOnly);

        auto denseOnly = retriever.search(QStringLiteral("revenue table"), 1, {QStringLiteral("dense")});
        QVERIFY(denseOnly);
        QCOMPARE(denseOnly->first().pageId, m_pageIds[2]);
    }

    void weightsShiftTheBalance()
    {
        HybridRetriever::Weights weights;
        weights.bm25 = 0.1;
        HybridRetriever retriever(m_catalog, [this](const QString &, int) -> Result<QVector<ScoredPage>> {
            return QVector<ScoredPage>{{m_pageIds[3], 0.5}};
        }, weights);
        auto hits = retriever.search(QStringLiteral("revenue"), 1);
        QCOMPARE(hits->first().pageId, m_pageIds[3]);
    }

    void denseErrorsReachTheCaller()
    {
        HybridRetriever retriever(m_catalog, [](const QString &, int) -> Result<QVector<ScoredPage>> {
            return fail(Error::Code::Network, QStringLiteral("The network is down."));
        });
        auto hits = retriever.search(QStringLiteral("revenue"), 5);
        QVERIFY(!hits);
        QCOMPARE(hits.error().code, Error::Code::Network);
    }
};

QTEST_GUILESS_MAIN(tst_HybridRetriever)
#include "tst_hybridretriever.moc"
