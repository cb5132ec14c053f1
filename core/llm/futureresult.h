// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QPromise>

#include "core/common/result.h"

namespace PageLens {

/** Gives a provider promise its one result and finishes it. */
template <class T>
void settle(const std::shared_ptr<QPromise<Result<T>>> &promise, Result<T> result)
{
    promise->addResult(std::move(result));
    promise->finish();
}

/**
 * The result of a finished provider future. A future cancelled before it got a result (its provider
 * was destroyed first) reads as Error::Code::Cancelled instead of undefined behaviour.
 */
template <class T>
Result<T> takeResult(const QFuture<Result<T>> &future)
{
    if (future.resultCount() < 1)
        return fail(Error::Code::Cancelled, QCoreApplication::translate("PageLens", "The request was cancelled."));
    return future.result();
}

/**
 * Spins a local event loop until the future finishes, then takes its result: for callers on the
 * provider's own thread (the CLI, tests), where blocking in result() would never let it answer.
 */
template <class T>
Result<T> awaitResult(const QFuture<Result<T>> &future)
{
    QFutureWatcher<Result<T>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<T>>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return takeResult(future);
}

} // namespace PageLens
