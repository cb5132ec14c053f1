// SPDX-License-Identifier: MIT
#include "core/retrieval/densesignal.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QTimer>

#include "core/index/denseindex.h"
#include "core/library/pagevectorindex.h"
#include "core/llm/futureresult.h"
#include "core/llm/provider.h"

namespace PageLens {

DenseSignal::DenseSignal(Provider *provider, QString model, int dimensions, PageVectorIndex *vectors,
                         std::chrono::milliseconds deadline)
    : m_provider(provider)
    , m_model(std::move(model))
    , m_dimensions(dimensions)
    , m_vectors(vectors)
    , m_deadline(deadline)
{
}

QString DenseSignal::name() const
{
    return QStringLiteral("dense");
}

Result<QVector<SearchHit>> DenseSignal::search(const QString &query, int k) const
{
    EmbedRequest request;
    request.model = m_model;
    request.texts = {query};
    request.task = EmbedTask::Query;
    request.dimensions = m_dimensions;
    QFuture<Result<Embeddings>> future = m_provider->embed(request);

    // A local loop works on any thread (pool thread or the CLI's main thread); the provider
    // answers on its own thread.
    QFutureWatcher<Result<Embeddings>> watcher;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    deadline.start(m_deadline);
    if (!future.isFinished())
        loop.exec();
    if (!future.isFinished()) {
        future.cancel();
        // A plain int: lupdate 6.4 loops forever on a template call inside translate()'s arguments.
        const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(m_deadline).count());
        return fail(Error::Code::Timeout, QCoreApplication::translate("PageLens", "The model service did not answer within %n second(s).", nullptr, seconds));
    }
    const Result<Embeddings> embedded = takeResult(future);
    if (!embedded)
        return tl::unexpected(embedded.error());
    if (embedded->vectors.size() != 1)
        return fail(Error::Code::BadResponse,
                    QCoreApplication::translate("PageLens", "The model service returned no query embedding."));
    auto found = m_vectors->search(embedded->vectors.first(), k);
    if (!found)
        return tl::unexpected(found.error());
    QVector<SearchHit> hits;
    hits.reserve(found->size());
    for (const DenseHit &dense : *found) {
        SearchHit hit;
        hit.pageId = dense.id;
        hit.score = dense.score;
        hits << hit;
    }
    return hits;
}

} // namespace PageLens
