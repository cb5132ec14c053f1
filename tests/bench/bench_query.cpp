// SPDX-License-Identifier: MIT
// Query latency of offline search (FTS5 BM25 + word boxes) over the indexed shared corpus.
//   bench_query [--library DIR] [--rounds N]
// Without --library it indexes ../shared/corpus into a temporary library first (and reports that too).
#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include "core/ingest/indexer.h"
#include "core/library/library.h"
#include "core/retrieval/textsearch.h"
#include "core/retrieval/relevanceset.h"
#include "tests/support/testpaths.h"

using namespace PageLens;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("library"), QStringLiteral("An indexed library to query."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Times each query runs."), QStringLiteral("N"), QStringLiteral("50")});
    parser.process(app);

    QTemporaryDir temp;
    QString dir = parser.value(QStringLiteral("library"));
    if (dir.isEmpty()) {
        dir = temp.path();
        auto library = Library::open(dir);
        if (!library)
            return 1;
        const QString corpus = PageLens::Test::corpusPath(QString());
        (*library)->add({corpus + QStringLiteral("pdfs"), corpus + QStringLiteral("images"), corpus + QStringLiteral("seed")});
        QElapsedTimer timer;
        timer.start();
        auto summary = Indexer((*library)->catalog(), IndexOptions{}).run();
        if (!summary)
            return 1;
        printf("indexed %d documents, %d pages (%d text layer, %d OCR) in %.1f s\n", summary->indexed, summary->pages,
               summary->textLayerPages, summary->ocrPages, timer.elapsed() / 1000.0);
    }
    auto library = Library::open(dir);
    if (!library)
        return 1;
    auto queries = RelevanceSet::load(PageLens::Test::sharedDir() + QStringLiteral("/eval/queries.tsv"),
                                      PageLens::Test::corpusPath(QString()));
    if (!queries)
        return 1;
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    std::vector<double> ms;
    for (int r = 0; r < rounds; ++r) {
        for (const RelevanceQuery &q : *queries) {
            QElapsedTimer t;
            t.start();
            auto hits = TextSearch((*library)->catalog()).search(q.query, 10);
            ms.push_back(t.nsecsElapsed() / 1e6);
            if (!hits)
                return 1;
        }
    }
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) { return ms[std::min(ms.size() - 1, size_t(p * ms.size()))]; };
    printf("bm25 search k=10: %zu queries, p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", ms.size(), pct(0.5), pct(0.99), ms.back());
    return 0;
}
