// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QFuture>
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

} // namespace PageLens
