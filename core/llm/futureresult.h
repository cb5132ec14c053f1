// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <memory>

#include <QCoreApplication>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QPromise>
#include <QTimer>

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
 * A future still running after `timeout` is cancelled and reads as Error::Code::Timeout; the
 * providers' own deadlines normally end a request long before (the default is a backstop).
 */
template <class T>
Result<T> awaitResult(QFuture<Result<T>> future, std::chrono::milliseconds timeout = std::chrono::minutes(10))
{
    QFutureWatcher<Result<T>> watcher;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&watcher, &QFutureWatcher<Result<T>>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished()) {
        deadline.start(timeout);
        loop.exec();
    }
    if (!future.isFinished()) {
        future.cancel();
        return fail(Error::Code::Timeout, QCoreApplication::translate("PageLens", "No answer came within %1 s.")
                                              .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()));
    }
    return takeResult(future);
}

} // namespace PageLens
