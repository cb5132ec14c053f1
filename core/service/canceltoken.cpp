// SPDX-License-Identifier: MIT
#include "core/service/canceltoken.h"

namespace PageLens {

void CancelToken::cancel()
{
    QList<std::function<void()>> cancellers;
    {
        QMutexLocker lock(&m_mutex);
        m_cancelled = true;
        cancellers.swap(m_cancellers);
    }
    for (const auto &cancelOne : cancellers)
        cancelOne();
}

bool CancelToken::isCancelled() const
{
    QMutexLocker lock(&m_mutex);
    return m_cancelled;
}

void CancelToken::track(std::function<void()> canceller)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_cancelled) {
            m_cancellers << std::move(canceller);
            return;
        }
    }
    canceller();
}

} // namespace PageLens
