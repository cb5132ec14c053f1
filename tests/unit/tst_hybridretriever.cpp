// SPDX-License-Identifier: MIT
#include <QTemporaryDir>
#include <QTest>

#include "core/library/catalog.h"
#include "core/retrieval/bm25signal.h"
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
        HybridRetriever retriever(m_catalog, {bm25()});
        QCOMPARE(retriever.availableSignals(), QStringList{QStringLiteral("bm25")});
        auto found = retriever.search(QStringLiteral("revenue"), 10);
        QVERIFY(found);
        QCOMPARE(found->hits.size(), 2);
        for (const SearchHit &hit : found->hits) {
            QVERIFY(hit.score > 0);
            QCOMPARE(hit.signalScores.size(), 1);
        }
        auto unknown = retriever.search(QStringLiteral("revenue"), 10, {QStringLiteral("dense")});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, Error::Code::InvalidArgument);
    }

    void fusesByReciprocalRankAndExplains()
    {
        // Dense ranks the harbour photo first, then page 1: fusion must put page 1 (in both lists) on top.
        HybridRetriever retriever(m_catalog, {bm25(), scripted(QStringLiteral("dense"), {{m_pageIds[2], 0.91}, {m_pageIds[1], 0.80}, {m_pageIds[0], 0.20}})});
        auto found = retriever.search(QStringLiteral("revenue table"), 3);
        QVERIFY(found);
        const QVector<SearchHit> &hits = found->hits;
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits.at(0).pageId, m_pageIds[1]);
        const SearchHit &top = hits.at(0);
        QCOMPARE(top.signalScores.value(QStringLiteral("bm25")).rank, 1);
        QCOMPARE(top.signalScores.value(QStringLiteral("dense")).rank, 2);
        QVERIFY(qFuzzyCompare(top.signalScores.value(QStringLiteral("dense")).score, 0.80));
        QVERIFY(qFuzzyCompare(top.score, 1.0 / 61 + 1.0 / 62));
        // A page found only by meaning still comes with its path, size and a snippet.
        bool sawDenseOnly = false;
        for (const SearchHit &hit : hits) {
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
        QCOMPARE(denseOnly->hits.first().pageId, m_pageIds[2]);
    }

    void anyRegisteredSignalTakesPart()
    {
        // A third signal (as "objects" and "late" will be) fuses like the others and brings its regions.
        const NormalizedRect region{0.5, 0.5, 0.6, 0.7};
        HybridRetriever retriever(m_catalog, {bm25(), scripted(QStringLiteral("objects"), {{m_pageIds[3], 3.0}}, region)});
        QCOMPARE(retriever.availableSignals(), (QStringList{QStringLiteral("bm25"), QStringLiteral("objects")}));
        auto found = retriever.search(QStringLiteral("revenue"), 5);
        QVERIFY(found);
        QCOMPARE(found->hits.size(), 3);
        const auto appendix = std::find_if(found->hits.cbegin(), found->hits.cend(), [&](const SearchHit &h) { return h.pageId == m_pageIds[3]; });
        QVERIFY(appendix != found->hits.cend());
        QCOMPARE(appendix->signalScores.value(QStringLiteral("objects")).rank, 1);
        QCOMPARE(appendix->boxes, QVector<NormalizedRect>{region});
        auto alone = retriever.search(QStringLiteral("revenue"), 5, {QStringLiteral("objects")});
        QVERIFY(alone);
        QCOMPARE(alone->hits.size(), 1);
        QCOMPARE(alone->hits.first().path, QStringLiteral("/docs/report.pdf"));
    }

    void weightsShiftTheBalance()
    {
        FusionWeights weights;
        weights.perSignal.insert(QStringLiteral("bm25"), 0.1);
        HybridRetriever retriever(m_catalog, {bm25(), scripted(QStringLiteral("dense"), {{m_pageIds[3], 0.5}})}, weights);
        auto found = retriever.search(QStringLiteral("revenue"), 1);
        QCOMPARE(found->hits.first().pageId, m_pageIds[3]);
        // With equal weights BM25's first page keeps the top.
        const qint64 bm25Top = HybridRetriever(m_catalog, {bm25()}).search(QStringLiteral("revenue"), 1)->hits.first().pageId;
        QVERIFY(bm25Top != m_pageIds[3]);
        HybridRetriever even(m_catalog, {bm25(), scripted(QStringLiteral("dense"), {{m_pageIds[3], 0.5}})});
        QCOMPARE(even.search(QStringLiteral("revenue"), 1)->hits.first().pageId, bm25Top);
    }

    void aFailingSignalIsSkippedAndTheOthersAnswer()
    {
        HybridRetriever retriever(m_catalog, {bm25(), failing(QStringLiteral("dense"))});
        auto found = retriever.search(QStringLiteral("revenue"), 5);
        QVERIFY(found);
        QCOMPARE(found->hits.size(), 2);
        QCOMPARE(found->skipped.value(QStringLiteral("dense")), QStringLiteral("The network is down."));
        for (const SearchHit &hit : found->hits)
            QCOMPARE(hit.signalScores.keys(), QStringList{QStringLiteral("bm25")});
        // Asked alone, the failure is the answer.
        auto alone = retriever.search(QStringLiteral("revenue"), 5, {QStringLiteral("dense")});
        QVERIFY(!alone);
        QCOMPARE(alone.error().code, Error::Code::Network);
    }

    void anUnavailableSignalIsReportedWithItsReason()
    {
        QMap<QString, Error> unavailable{{QStringLiteral("dense"), Error(Error::Code::InvalidKey, QStringLiteral("No key."))}};
        HybridRetriever retriever(m_catalog, {bm25()}, {}, unavailable);
        QCOMPARE(retriever.availableSignals(), (QStringList{QStringLiteral("bm25"), QStringLiteral("dense")}));
        auto found = retriever.search(QStringLiteral("revenue"), 5);
        QVERIFY(found);
        QCOMPARE(found->hits.size(), 2);
        QCOMPARE(found->skipped.value(QStringLiteral("dense")), QStringLiteral("No key."));
    }

private:
    /** A signal that answers with fixed pages, as a dense index or a detector would. */
    class ScriptedSignal : public RetrievalSignal
    {
    public:
        ScriptedSignal(QString name, QVector<QPair<qint64, double>> ranked, std::optional<NormalizedRect> region, bool fails)
            : m_name(std::move(name)), m_ranked(std::move(ranked)), m_region(region), m_fails(fails) {}
        QString name() const override { return m_name; }
        Result<QVector<SearchHit>> search(const QString &, int k) const override
        {
            if (m_fails)
                return fail(Error::Code::Network, QStringLiteral("The network is down."));
            QVector<SearchHit> hits;
            for (const auto &[pageId, score] : m_ranked) {
                SearchHit hit;
                hit.pageId = pageId;
                hit.score = score;
                if (m_region)
                    hit.boxes << *m_region;
                hits << hit;
            }
            return hits.mid(0, k);
        }

    private:
        QString m_name;
        QVector<QPair<qint64, double>> m_ranked;
        std::optional<NormalizedRect> m_region;
        bool m_fails;
    };

    std::shared_ptr<const RetrievalSignal> bm25() const { return std::make_shared<Bm25Signal>(m_catalog); }
    static std::shared_ptr<const RetrievalSignal> scripted(const QString &name, QVector<QPair<qint64, double>> ranked,
                                                           std::optional<NormalizedRect> region = std::nullopt)
    {
        return std::make_shared<ScriptedSignal>(name, std::move(ranked), region, false);
    }
    static std::shared_ptr<const RetrievalSignal> failing(const QString &name)
    {
        return std::make_shared<ScriptedSignal>(name, QVector<QPair<qint64, double>>{}, std::nullopt, true);
    }
};

QTEST_GUILESS_MAIN(tst_HybridRetriever)
#include "tst_hybridretriever.moc"
