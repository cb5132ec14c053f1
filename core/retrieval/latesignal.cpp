// SPDX-License-Identifier: MIT
#include "core/retrieval/latesignal.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QTimer>

#include "core/library/latepatchindex.h"
#include "core/llm/futureresult.h"
#include "core/llm/lateinteractionclient.h"

namespace PageLens {

LateSignal::LateSignal(LateInteractionClient *client, LatePatchIndex *index, std::chrono::milliseconds deadline)
    : m_client(client)
    , m_index(index)
    , m_deadline(deadline)
{
}

QString LateSignal::name() const
{
    return QStringLiteral("late");
}

Result<QVector<SearchHit>> LateSignal::search(const QString &query, int k) const
{
    using Vectors = QVector<MultiVector>;
    QFuture<Result<Vectors>> future = m_client->embedTexts({query});
    // A local loop works on any thread; the client answers on its own.
    QFutureWatcher<Result<Vectors>> watcher;
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
        return fail(Error::Code::Timeout, QCoreApplication::translate("PageLens", "The late-interaction server did not answer within %n second(s).", nullptr, seconds));
    }
    const Result<Vectors> embedded = takeResult(future);
    if (!embedded)
        return tl::unexpected(embedded.error());
    const MultiVector &tokens = embedded->first();
    if (tokens.dim != m_index->dim())
        return fail(Error::Code::Mismatch,
                    QCoreApplication::translate("PageLens", "The late-interaction server returned %1-wide query vectors; the library's page vectors are %2 wide.")
                        .arg(tokens.dim).arg(m_index->dim()));
    auto found = m_index->search(std::span<const float>(tokens.values.data(), tokens.values.size()), k);
    if (!found)
        return tl::unexpected(found.error());
    QVector<SearchHit> hits;
    hits.reserve(found->size());
    for (const MaxSimEngine::Hit &late : *found) {
        SearchHit hit;
        hit.pageId = late.id;
        hit.score = late.score;
        hits << hit;
    }
    return hits;
}

} // namespace PageLens
