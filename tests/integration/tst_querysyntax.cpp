// SPDX-License-Identifier: MIT
// The query syntax on real documents in a real catalog. Every claim is checked against the stored
// page text with plain string and regular-expression searches, never through the query parser.
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "core/ingest/indexer.h"
#include "core/library/catalog.h"
#include "core/library/library.h"
#include "core/retrieval/textsearch.h"
#include "tests/support/testpaths.h"

using namespace PageLens;

class tst_QuerySyntax : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<Library> m_library;
    QHash<qint64, PageRecord> m_pages;   // every page of the library, with its words

    QVector<SearchHit> search(const QString &query, int k = 100) const
    {
        auto hits = TextSearch(m_library->catalog()).search(query, k);
        if (!hits)
            qWarning("%s: %s", qPrintable(query), qPrintable(hits.error().toLogString()));
        return hits.value_or(QVector<SearchHit>{});
    }

    QString textOf(const SearchHit &hit) const { return m_pages.value(hit.pageId).text.text; }

    /** Pages whose text has a word starting with each stem (a plain regex: the independent truth). */
    QSet<qint64> pagesWithAll(const QStringList &stems) const
    {
        QSet<qint64> ids;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            const bool all = std::all_of(stems.begin(), stems.end(), [&](const QString &stem) {
                return it->text.text.contains(QRegularExpression(QStringLiteral("\\b") + stem, QRegularExpression::CaseInsensitiveOption));
            });
            if (all)
                ids.insert(it.key());
        }
        return ids;
    }

    static QSet<qint64> idsOf(const QVector<SearchHit> &hits)
    {
        QSet<qint64> ids;
        for (const SearchHit &hit : hits)
            ids.insert(hit.pageId);
        return ids;
    }

    /** The hits with every word: those before the first partial one. */
    static QVector<SearchHit> fullMatches(const QVector<SearchHit> &hits)
    {
        return QVector<SearchHit>(hits.begin(),
                                  std::find_if(hits.begin(), hits.end(), [](const SearchHit &hit) { return hit.partialMatch; }));
    }

    /** For each box of the hit, the page's words under it (a text layer may stack words on one box), lower-cased. */
    QStringList boxedWords(const SearchHit &hit) const
    {
        QStringList boxed;
        for (const NormalizedRect &box : hit.boxes) {
            QStringList words;
            for (const Word &word : m_pages.value(hit.pageId).text.words) {
                if (word.box == box)
                    words << word.text.toLower();
            }
            boxed << words.join(QLatin1Char(' '));
        }
        return boxed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto library = Library::open(m_dir.path());
        QVERIFY(library);
        m_library = *library;
        QStringList files;
        for (const char *name : {"docling-redp5110_sampled.pdf", "pdfplumber-federal-register-2020-17221.pdf",
                                 "pdfplumber-scotus-transcript-p1.pdf", "pypdf-multicolumn.pdf",
                                 "docling-normal_4pages.pdf", "pdfplumber-issue-336-example.pdf"})
            files << Test::corpusPath(QStringLiteral("pdfs/") + QLatin1String(name));
        QVERIFY(m_library->add(files));
        auto summary = Indexer(m_library->catalog(), IndexOptions{}).run();
        QVERIFY(summary);
        QCOMPARE(summary->indexed, 6);
        const QVector<DocumentInfo> documents = m_library->documents().value();
        for (const DocumentInfo &doc : documents) {
            const QVector<PageRecord> pages = m_library->catalog()->pages(doc.id, true).value();
            for (const PageRecord &page : pages)
                m_pages.insert(page.id, page);
        }
        QVERIFY(m_pages.size() > 30);
    }

    void everyWordIsRequired()
    {
        const QVector<SearchHit> all = search(QStringLiteral("security officer"));
        const QVector<SearchHit> hits = fullMatches(all);
        QVERIFY(!hits.isEmpty());
        // Fewer than k pages have both: pages with one of them follow, marked, each with its word.
        QVERIFY(all.size() > hits.size());
        for (qsizetype i = hits.size(); i < all.size(); ++i) {
            QVERIFY(all.at(i).partialMatch);
            QCOMPARE(all.at(i).matchedTerms.size(), 1);
            // Porter stems: "officer" matches "office", so the check is on the stem.
            QVERIFY(textOf(all.at(i)).contains(all.at(i).matchedTerms.first().left(5), Qt::CaseInsensitive));
        }
        for (const SearchHit &hit : hits) {
            QVERIFY2(textOf(hit).contains(QLatin1String("security"), Qt::CaseInsensitive), qPrintable(hit.path));
            QVERIFY2(textOf(hit).contains(QLatin1String("officer"), Qt::CaseInsensitive), qPrintable(hit.path));
            QVERIFY(!hit.partialMatch);
            QCOMPARE(hit.matchedTerms, (QStringList{QStringLiteral("security"), QStringLiteral("officer")}));
            QVERIFY(!hit.boxes.isEmpty());
        }
        // Every page that has both words as written is found; OR would have found many more.
        const QSet<qint64> both = pagesWithAll({QStringLiteral("security\\b"), QStringLiteral("officer\\b")});
        QVERIFY(idsOf(hits).contains(both));
        QVERIFY(pagesWithAll({QStringLiteral("security")}).size() > hits.size() + 2);
    }

    void phraseNeedsTheWordsInOrder()
    {
        const QVector<SearchHit> phrase = search(QStringLiteral("\"row access\""));
        QVERIFY(!phrase.isEmpty());
        // FTS5 skips punctuation between the words and stems them: "rows, access" is the phrase too.
        const QRegularExpression loose(QStringLiteral("\\brow\\w*\\W+access"), QRegularExpression::CaseInsensitiveOption);
        const QRegularExpression inOrder(QStringLiteral("\\brow\\s+access"), QRegularExpression::CaseInsensitiveOption);
        // Only the phrase is boxed: each box sits on a "row…" followed by "access", or an "access"
        // after a "row…", never on a lone "row" or "access" elsewhere on the page.
        auto bare = [](const Word &word) { return word.text.toLower().remove(QRegularExpression(QStringLiteral("\\W"))); };
        int phraseBoxes = 0;
        for (const SearchHit &hit : phrase) {
            QVERIFY2(textOf(hit).contains(loose), qPrintable(textOf(hit).left(300)));
            const Words &words = m_pages.value(hit.pageId).text.words;
            for (const NormalizedRect &box : hit.boxes) {
                const qsizetype i = std::find_if(words.begin(), words.end(), [&](const Word &w) { return w.box == box; }) - words.begin();
                QVERIFY(i < words.size());
                const bool first = bare(words[i]).startsWith(QLatin1String("row")) && i + 1 < words.size()
                                   && bare(words[i + 1]) == QLatin1String("access");
                const bool second = bare(words[i]) == QLatin1String("access") && i > 0 && bare(words[i - 1]).startsWith(QLatin1String("row"));
                QVERIFY2(first || second, qPrintable(words[i].text));
                ++phraseBoxes;
            }
        }
        QVERIFY(phraseBoxes >= 2 * phrase.size());
        for (const PageRecord &page : std::as_const(m_pages)) {
            if (page.text.text.contains(inOrder))
                QVERIFY2(idsOf(phrase).contains(page.id), qPrintable(page.text.text.left(300)));
        }
        QVERIFY(fullMatches(search(QStringLiteral("row access"))).size() > phrase.size());
    }

    void minusExcludes()
    {
        const QVector<SearchHit> hits = search(QStringLiteral("security -officer"));
        QVERIFY(!hits.isEmpty());
        for (const SearchHit &hit : hits) {
            QVERIFY(textOf(hit).contains(QLatin1String("security"), Qt::CaseInsensitive));
            QVERIFY2(!textOf(hit).contains(QLatin1String("officer"), Qt::CaseInsensitive), qPrintable(hit.path));
            QCOMPARE(hit.matchedTerms, QStringList{QStringLiteral("security")});
        }
        const QSet<qint64> withSecurity = idsOf(search(QStringLiteral("security")));
        const QSet<qint64> withBoth = idsOf(fullMatches(search(QStringLiteral("security officer"))));
        QCOMPARE(idsOf(hits), QSet<qint64>(withSecurity).subtract(withBoth));
        QCOMPARE(idsOf(search(QStringLiteral("security NOT officer"))), idsOf(hits));
    }

    void orTakesEither()
    {
        const QVector<SearchHit> hits = search(QStringLiteral("Mirzayance OR stabilizer"));
        bool scotus = false, register_ = false;
        for (const SearchHit &hit : hits) {
            const QString text = textOf(hit);
            QVERIFY(text.contains(QLatin1String("Mirzayance"), Qt::CaseInsensitive) || text.contains(QLatin1String("stabilizer"), Qt::CaseInsensitive));
            scotus |= hit.path.endsWith(QLatin1String("scotus-transcript-p1.pdf"));
            register_ |= hit.path.endsWith(QLatin1String("federal-register-2020-17221.pdf"));
        }
        QVERIFY(scotus && register_);
        const QVector<SearchHit> both = search(QStringLiteral("Mirzayance stabilizer"));
        QVERIFY(!both.isEmpty() && both.first().partialMatch);   // no page has both
    }

    void prefixFindsWordsStartingWithIt()
    {
        const QVector<SearchHit> hits = search(QStringLiteral("Know*"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(idsOf(hits), pagesWithAll({QStringLiteral("know")}));
        for (const SearchHit &hit : hits) {
            // Every box is on a word starting with "know" (a bullet's control character in the text
            // once made the boxes run from the bullet to the match: "and", "database").
            const QStringList boxed = boxedWords(hit);
            QVERIFY(!boxed.isEmpty());
            for (const QString &word : boxed)
                QVERIFY2(word.contains(QRegularExpression(QStringLiteral("\\bknow"))), qPrintable(hit.path + QStringLiteral(": ") + word));
        }
        QVERIFY(search(QStringLiteral("Know")).size() < hits.size());
    }

    void noPageWithAllWordsFallsBackLabelled()
    {
        const QVector<SearchHit> hits = search(QStringLiteral("security officer Mirzayance"), 10);
        QVERIFY(pagesWithAll({QStringLiteral("security"), QStringLiteral("officer"), QStringLiteral("Mirzayance")}).isEmpty());
        QVERIFY(!hits.isEmpty());
        qsizetype previous = 3;
        for (const SearchHit &hit : hits) {
            QVERIFY(hit.partialMatch);
            QVERIFY(!hit.matchedTerms.isEmpty() && hit.matchedTerms.size() < 3);
            QVERIFY(hit.matchedTerms.size() <= previous);   // most words first
            previous = hit.matchedTerms.size();
            for (const QString &term : hit.matchedTerms)   // on the stem: "officer" matches "office"
                QVERIFY2(textOf(hit).contains(term.left(5), Qt::CaseInsensitive), qPrintable(term));
            for (const QString &term : {QStringLiteral("security"), QStringLiteral("officer"), QStringLiteral("mirzayance")}) {
                if (!hit.matchedTerms.contains(term))
                    QVERIFY2(!textOf(hit).contains(QRegularExpression(QStringLiteral("\\b%1s?\\b").arg(term), QRegularExpression::CaseInsensitiveOption)),
                             qPrintable(term + QLatin1Char(' ') + hit.path));
            }
        }
        // The pages with two of the three words come first.
        QCOMPARE(hits.first().matchedTerms, (QStringList{QStringLiteral("security"), QStringLiteral("officer")}));
        // A single word has no "most of them".
        QVERIFY(search(QStringLiteral("zzyzxqq")).isEmpty());
    }

    void shortCjkWords()
    {
        // Two-character words: most Korean and Chinese words are that long.
        for (const QString &word : {QStringLiteral("보험"), QStringLiteral("用地"), QStringLiteral("表")}) {
            const QVector<SearchHit> hits = search(word);
            QVERIFY2(!hits.isEmpty(), qPrintable(word));
            qsizetype truth = 0;
            for (const PageRecord &page : std::as_const(m_pages))
                truth += page.text.text.contains(word) || page.caption.contains(word);
            QCOMPARE(hits.size(), truth);
            for (const SearchHit &hit : hits) {
                QVERIFY(textOf(hit).contains(word));
                QVERIFY(!hit.boxes.isEmpty());
                QVERIFY2(hit.snippet.contains(QLatin1Char('[') + word), qPrintable(hit.snippet));
            }
        }
        QVERIFY(search(QStringLiteral("보험")).first().path.endsWith(QLatin1String("docling-normal_4pages.pdf")));
        QVERIFY(search(QStringLiteral("用地")).first().path.endsWith(QLatin1String("pdfplumber-issue-336-example.pdf")));
        // Both words on every page; three characters and more go through the trigram index.
        const QVector<SearchHit> both = fullMatches(search(QStringLiteral("보험 감염병")));
        QVERIFY(!both.isEmpty());
        for (const SearchHit &hit : both)
            QVERIFY(textOf(hit).contains(QStringLiteral("보험")) && textOf(hit).contains(QStringLiteral("감염병")));
        QVERIFY(search(QStringLiteral("用地 -安徽省")).isEmpty());   // the only page with 用地 names its province
        const QVector<SearchHit> partial = search(QStringLiteral("用地 보험"));
        QVERIFY(!partial.isEmpty());
        QVERIFY(partial.first().partialMatch);
    }

    void garbageIsNeverAnError()
    {
        const QStringList queries = {
            QStringLiteral("\"(( AND"), QStringLiteral("-"), QStringLiteral("*"), QStringLiteral("OR OR"), QStringLiteral("\"security"),
            QStringLiteral("NEAR(security, officer)"), QStringLiteral("text:security"), QStringLiteral("^security"),
            QStringLiteral("security AND OR NOT"), QStringLiteral("' ; DROP TABLE pages; --"), QStringLiteral("{a b} [c]"),
            QStringLiteral("\"用地"), QStringLiteral("-보험"), QStringLiteral("보* OR"), QString(QChar(0x0301)),
            QStringLiteral("a\"\"b"), QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("😀"),
        };
        for (const QString &query : queries) {
            auto hits = TextSearch(m_library->catalog()).search(query, 10);
            QVERIFY2(hits, qPrintable(query + QStringLiteral(": ") + (hits ? QString() : hits.error().toLogString())));
        }
        QVERIFY(!search(QStringLiteral("\"security")).isEmpty());   // an unbalanced quote is only punctuation
        QVERIFY(search(QStringLiteral("%")).isEmpty());
        QCOMPARE(m_library->documents().value().size(), 6);
    }
};

QTEST_GUILESS_MAIN(tst_QuerySyntax)
#include "tst_querysyntax.moc"
