// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QFuture>
#include <QList>
#include <QMutex>

namespace PageLens {

/**
 * Stops one service call from any thread. Cancelling the future a call returns stops only its
 * continuations (Qt 6.4 does not cancel the futures a continuation came from), so the call hands
 * its provider request to track(); cancel() then cancels that request's own future, which
 * HttpClient aborts, and the call checks isCancelled() before it sends or stores anything.
 */
class CancelToken
{
public:
    void cancel();
    bool isCancelled() const;

    /** Cancels `future` when cancel() comes, or at once when it already came. */
    template <class T>
    void track(QFuture<T> future)
    {
        track(std::function<void()>([future]() mutable { future.cancel(); }));
    }

private:
    void track(std::function<void()> canceller);

    mutable QMutex m_mutex;
    bool m_cancelled = false;
    QList<std::function<void()>> m_cancellers;
};

} // namespace PageLens
