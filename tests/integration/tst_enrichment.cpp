// SPDX-License-Identifier: MIT
// Captions and embeddings against the fake Gemini server: privacy, resume, cancel, 429s, refusals,
// model mismatch, and the dense signal in search.
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/ingest/enricher.h"
#include "core/ingest/indexer.h"
#include "core/library/catalog.h"
#include "core/library/library.h"
#include "core/retrieval/librarysearch.h"
#include "core/retrieval/textsearch.h"
#include "core/library/pagevectorindex.h"
#include "core/llm/providerfactory.h"
#include "tests/fakes/fakegeminiserver.h"
#include "tests/fakes/fakeopenaiserver.h"
#include "tests/support/testpaths.h"

using namespace PageLens;
using PageLens::Test::FakeGeminiServer;
using PageLens::Test::FakeResponse;
using PageLens::Test::corpusPath;

class tst_Enrichment : public QObject
{
    Q_OBJECT
private:
    FakeGeminiServer m_fake;
    std::shared_ptr<Provider> m_provider;

    struct Fixture {
        std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
        std::shared_ptr<Library> library;
        int pages = 0;
    };

    /** A small offline-indexed library: two text PDFs (4 pages) and two images. */
    Fixture makeLibrary()
    {
        Fixture f;
        f.library = *Library::open(f.dir->path());
        f.library->add({corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf")),
                        corpusPath(QStringLiteral("pdfs/pypdf-multicolumn.pdf")),
                        corpusPath(QStringLiteral("seed/course-ai-agents-l11/images/image_1.jpeg")),
                        corpusPath(QStringLiteral("images/pypdf-coati-photo.jpg"))});
        auto summary = Indexer(f.library->catalog(), IndexOptions{}).run();
        f.pages = summary ? summary->pages : 0;
        return f;
    }

    static EnrichOptions options(Privacy privacy)
    {
        EnrichOptions o;
        o.privacy = privacy;
        o.requestsPerMinute = 0;       // the fake has no quota; limits are tested in tst_ratelimiter
        o.embedRequestsPerMinute = 0;
        o.embedBatch = 4;
        return o;
    }

    static int captionedPages(Catalog &catalog)
    {
        QSqlQuery q(catalog.database());
        q.exec(QStringLiteral("SELECT count(*) FROM pages WHERE caption <> ''"));
        return q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fake.startOnOwnThread());
        ProviderConfig config;
        config.baseUrl = m_fake.url().toString();
        config.apiKey = QStringLiteral("test-key-not-secret");
        m_provider = ProviderFactory::createOnOwnThread(config);
        QVERIFY(m_provider);
    }

    void init() { m_fake.clearRequests(); }

    void neverSendMakesNoRequest()
    {
        Fixture f = makeLibrary();
        QCOMPARE(f.pages, 6);
        Enricher enricher(f.library->catalog(), m_provider.get(), options(Privacy::Never));
        auto preview = enricher.preview();
        QVERIFY(preview && preview->nothingToSend());
        auto summary = enricher.run();
        QVERIFY(summary);
        QCOMPARE(summary->requests, 0);
        QCOMPARE(m_fake.count(), 0);
    }

    void textOnlySendsNoImages()
    {
        Fixture f = makeLibrary();
        Enricher enricher(f.library->catalog(), m_provider.get(), options(Privacy::TextOnly));
        QCOMPARE(enricher.preview()->pagesToCaption, 0);
        QCOMPARE(enricher.preview()->textsToEmbed, f.pages);
        auto summary = enricher.run();
        QVERIFY(summary);
        QCOMPARE(summary->embedded, f.pages);
        QCOMPARE(m_fake.count(QStringLiteral(":generateContent")), 0);
        for (const auto &request : m_fake.requests())
            QVERIFY(!request.body.contains("inlineData") && !request.body.contains("inline_data"));
    }

    void fullRunCaptionsEmbedsAndSearches()
    {
        Fixture f = makeLibrary();
        Enricher enricher(f.library->catalog(), m_provider.get(), options(Privacy::Images));
        auto preview = enricher.preview();
        QVERIFY(preview);
        QCOMPARE(preview->pagesToCaption, f.pages);
        QVERIFY(preview->estimatedTokens >= qint64(f.pages) * 258);
        QVERIFY(preview->toText().contains(QLatin1String("images")));

        auto dim = 768;
        auto vectors = f.library->vectors(dim);
        QVERIFY(vectors);
        enricher.setEmbeddedCallback([&](const QVector<qint64> &ids, const QVector<QVector<float>> &v) {
            QVERIFY((*vectors)->add(ids, v));
        });
        auto summary = enricher.run();
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().toLogString()));
        QCOMPARE(summary->captioned, f.pages);
        QCOMPARE(summary->embedded, f.pages);
        QCOMPARE(m_fake.count(QStringLiteral(":generateContent")), f.pages);
        QCOMPARE(m_fake.count(QStringLiteral(":batchEmbedContents")), (f.pages + 3) / 4);
        QCOMPARE(captionedPages(*f.library->catalog()), f.pages);
        // Each caption request carried the page as a WEBP image and the notebook's prompt.
        const auto generate = m_fake.lastRequest(QStringLiteral(":generateContent")).json();
        const QString body = QString::fromUtf8(QJsonDocument(generate).toJson());
        QVERIFY(body.contains(QLatin1String("image/webp")));
        QVERIFY(body.contains(QLatin1String("semantic search")));
        // Embeddings are of documents, with the library's dimension.
        const auto embed = m_fake.lastRequest(QStringLiteral(":batchEmbedContents")).json();
        const QJsonObject first = embed.value(QStringLiteral("requests")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("taskType")).toString(), QStringLiteral("RETRIEVAL_DOCUMENT"));
        QCOMPARE(first.value(QStringLiteral("outputDimensionality")).toInt(), 768);

        QVERIFY((*vectors)->save());
        QCOMPARE((*vectors)->count(), qint64(f.pages));
        // The real model name is recorded (Gemini's default embedding model), not "default".
        QCOMPARE(*f.library->embeddingModel(), QStringLiteral("gemini-embedding-001/768"));

        // Captions are in the full-text index; the dense signal explains its part.
        auto captionHits = TextSearch(f.library->catalog()).search(QStringLiteral("Fake caption"), 10);
        QCOMPARE(captionHits->size(), f.pages);
        SearchOptions searchOptions;
        searchOptions.provider = m_provider.get();
        auto found = LibrarySearch(f.library).search(QStringLiteral("Knowles Mirzayance argument"), 3, searchOptions);
        QVERIFY2(found, found ? "" : qPrintable(found.error().toLogString()));
        QVERIFY(found->skipped.isEmpty());
        const auto *hits = &found->hits;
        QVERIFY(hits->first().path.endsWith(QLatin1String("scotus-transcript-p1.pdf")));
        QVERIFY(hits->first().signalScores.contains(QStringLiteral("dense")));
        QVERIFY(hits->first().signalScores.contains(QStringLiteral("bm25")));
        const QJsonObject query = m_fake.lastRequest(QStringLiteral("mbedContent")).json();
        QVERIFY(QJsonDocument(query).toJson().contains("RETRIEVAL_QUERY"));

        // A second run has nothing left to send.
        m_fake.clearRequests();
        auto again = Enricher(f.library->catalog(), m_provider.get(), options(Privacy::Images)).run();
        QVERIFY(again);
        QCOMPARE(again->requests, 0);
        QCOMPARE(m_fake.count(), 0);
    }

    void restartAfterAFailureResumesWhereItStopped()
    {
        Fixture f = makeLibrary();
        EnrichOptions o = options(Privacy::Images);
        o.maxInFlight = 1;
        // The third caption request meets an invalid key: the run stops, what was committed stays.
        m_fake.enqueue(QStringLiteral(":generateContent"), FakeResponse::json(200, FakeGeminiServer::textAnswer(QStringLiteral("first"))));
        m_fake.enqueue(QStringLiteral(":generateContent"), FakeResponse::json(200, FakeGeminiServer::textAnswer(QStringLiteral("second"))));
        m_fake.enqueue(QStringLiteral(":generateContent"),
                       FakeGeminiServer::error(403, QStringLiteral("PERMISSION_DENIED"), QStringLiteral("Method doesn't allow unregistered callers.")));
        auto failed = Enricher(f.library->catalog(), m_provider.get(), o).run();
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, Error::Code::InvalidKey);
        QCOMPARE(captionedPages(*f.library->catalog()), 2);

        m_fake.clearRequests();
        auto resumed = Enricher(f.library->catalog(), m_provider.get(), o).run();
        QVERIFY(resumed);
        QCOMPARE(resumed->captioned, f.pages - 2);
        QCOMPARE(m_fake.count(QStringLiteral(":generateContent")), f.pages - 2);   // nothing sent twice
        QCOMPARE(captionedPages(*f.library->catalog()), f.pages);
    }

    void cancelStopsAndTheNextRunFinishes()
    {
        Fixture f = makeLibrary();
        EnrichOptions o = options(Privacy::Images);
        o.maxInFlight = 1;
        {
            Enricher enricher(f.library->catalog(), m_provider.get(), o);
            connect(&enricher, &Enricher::progressChanged, this, [&](const IndexProgress &) { enricher.cancel(); });
            auto summary = enricher.run();
            QVERIFY(summary);
            QVERIFY(summary->cancelled);
            QVERIFY(summary->captioned < f.pages);
        }
        const int done = captionedPages(*f.library->catalog());
        m_fake.clearRequests();
        auto summary = Enricher(f.library->catalog(), m_provider.get(), o).run();
        QVERIFY(summary && !summary->cancelled);
        QCOMPARE(m_fake.count(QStringLiteral(":generateContent")), f.pages - done);
        QCOMPARE(captionedPages(*f.library->catalog()), f.pages);
    }

    void rateLimitStormIsRiddenOut()
    {
        Fixture f = makeLibrary();
        for (int i = 0; i < 3; ++i)
            m_fake.enqueue(QStringLiteral(":generateContent"), FakeGeminiServer::quota(QStringLiteral("0.2s")));
        m_fake.enqueue(QStringLiteral(":batchEmbedContents"), FakeGeminiServer::quota(QStringLiteral("0.2s")));
        auto summary = Enricher(f.library->catalog(), m_provider.get(), options(Privacy::Images)).run();
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().toLogString()));
        QCOMPARE(summary->captioned, f.pages);
        QCOMPARE(summary->embedded, f.pages);
        QCOMPARE(m_fake.count(QStringLiteral(":generateContent")), f.pages + 3);
    }

    void perDayQuotaStopsTheRun()
    {
        Fixture f = makeLibrary();
        m_fake.enqueue(QStringLiteral(":generateContent"), FakeGeminiServer::quota(QStringLiteral("30s"), true));
        auto summary = Enricher(f.library->catalog(), m_provider.get(), options(Privacy::Images)).run();
        QVERIFY(!summary);
        QCOMPARE(summary.error().code, Error::Code::Quota);
        QVERIFY(!summary.error().message.isEmpty());
    }

    void emptyCandidateMarksThePageAndGoesOn()
    {
        Fixture f = makeLibrary();
        const QJsonObject blocked{{QStringLiteral("candidates"),
                                   QJsonArray{QJsonObject{{QStringLiteral("content"), QJsonObject{}},
                                                          {QStringLiteral("finishReason"), QStringLiteral("SAFETY")}}}}};
        m_fake.enqueue(QStringLiteral(":generateContent"), FakeResponse::json(200, blocked));
        auto summary = Enricher(f.library->catalog(), m_provider.get(), options(Privacy::Images)).run();
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().toLogString()));
        QCOMPARE(summary->failedPages, 1);
        QCOMPARE(summary->captioned, f.pages - 1);
        QCOMPARE(summary->embedded, f.pages);   // the refused page is still embedded from its text
        // Settled: not sent again.
        m_fake.clearRequests();
        QVERIFY(Enricher(f.library->catalog(), m_provider.get(), options(Privacy::Images)).run());
        QCOMPARE(m_fake.count(QStringLiteral(":generateContent")), 0);
    }

    void openAiCompatibleServerToo()
    {
        PageLens::Test::FakeOpenAiServer openAi;
        QVERIFY(openAi.startOnOwnThread());
        ProviderConfig config;
        config.kind = ProviderConfig::Kind::OpenAi;
        config.baseUrl = openAi.url().toString() + QStringLiteral("/v1");
        config.model = QStringLiteral("llava");
        config.embedModel = QStringLiteral("nomic-embed-text");
        std::shared_ptr<Provider> provider = ProviderFactory::createOnOwnThread(config);

        Fixture f = makeLibrary();
        EnrichOptions o = options(Privacy::Images);
        o.embedModel = config.embedModel;
        o.embedDimensions = 768;   // nomic-embed-text's own size: local servers ignore `dimensions`
        auto vectors = f.library->vectors(768);
        QVERIFY(vectors);
        Enricher enricher(f.library->catalog(), provider.get(), o);
        enricher.setEmbeddedCallback([&](const QVector<qint64> &ids, const QVector<QVector<float>> &v) { QVERIFY((*vectors)->add(ids, v)); });
        auto summary = enricher.run();
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().toLogString()));
        QCOMPARE(summary->captioned, f.pages);
        QCOMPARE(summary->embedded, f.pages);
        QCOMPARE(openAi.count(QStringLiteral("/chat/completions")), f.pages);
        QVERIFY(openAi.lastRequest(QStringLiteral("/chat/completions")).body.contains("data:image/webp;base64,"));
        QCOMPARE(*f.library->embeddingModel(), QStringLiteral("nomic-embed-text/768"));

        SearchOptions searchOptions;
        searchOptions.provider = provider.get();
        auto found = LibrarySearch(f.library).search(QStringLiteral("Knowles Mirzayance"), 3, searchOptions);
        QVERIFY2(found, found ? "" : qPrintable(found.error().toLogString()));
        const auto *hits = &found->hits;
        QVERIFY(hits->first().signalScores.contains(QStringLiteral("dense")));
        QCOMPARE(m_fake.count(), 0);   // the Gemini fake saw nothing of this
    }

    void vectorIndexFollowsTheCatalog()
    {
        Fixture f = makeLibrary();
        auto vectors = f.library->vectors(768);
        QVERIFY(vectors);
        Enricher enricher(f.library->catalog(), m_provider.get(), options(Privacy::TextOnly));
        enricher.setEmbeddedCallback([&](const QVector<qint64> &ids, const QVector<QVector<float>> &v) { QVERIFY((*vectors)->add(ids, v)); });
        QVERIFY(enricher.run());
        QVERIFY((*vectors)->save());
        QCOMPARE((*vectors)->count(), qint64(f.pages));

        // A document leaves the library: its vectors leave the index too.
        const auto documents = f.library->documents().value();
        const DocumentInfo gone = documents.first();
        QVERIFY(f.library->catalog()->removeDocument(gone.id));
        QVERIFY(f.library->refreshVectors());
        QCOMPARE((*vectors)->count(), qint64(f.pages - gone.pageCount));

        // A damaged index file is rebuilt from the catalog when the library opens again.
        const QString dir = f.library->directory();
        f.library.reset();
        QDir folder(dir);
        for (const QString &name : folder.entryList({QStringLiteral("dense-*.faiss")})) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(file.size() / 2);
            file.write(QByteArray(64, '\x5a'));
        }
        auto reopened = *Library::open(dir);
        auto rebuilt = reopened->vectors(768);
        QVERIFY(rebuilt);
        QCOMPARE((*rebuilt)->count(), qint64(f.pages - gone.pageCount));
    }

    void embeddingModelMismatchIsRefused()
    {
        Fixture f = makeLibrary();
        QVERIFY(Enricher(f.library->catalog(), m_provider.get(), options(Privacy::TextOnly)).run());
        EnrichOptions bigger = options(Privacy::TextOnly);
        bigger.embedDimensions = 3072;
        auto refused = Enricher(f.library->catalog(), m_provider.get(), bigger).run();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Mismatch);
        QVERIFY(refused.error().message.contains(QLatin1String("768")));
        bigger.reembed = true;
        auto reembedded = Enricher(f.library->catalog(), m_provider.get(), bigger).run();
        QVERIFY(reembedded);
        QCOMPARE(reembedded->embedded, f.pages);
        QCOMPARE(*f.library->embeddingModel(), QStringLiteral("gemini-embedding-001/3072"));
    }
};

QTEST_GUILESS_MAIN(tst_Enrichment)
#include "tst_enrichment.moc"
