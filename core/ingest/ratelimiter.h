// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>

#include <QMutex>

namespace PageLens {

/**
 * At most N requests in any sliding minute. The clock and the sleep are injectable so tests take no
 * real time.
 */
class RateLimiter
{
public:
    using Clock = std::function<std::chrono::milliseconds()>;
    using Sleep = std::function<void(std::chrono::milliseconds)>;

    explicit RateLimiter(int requestsPerMinute, Clock clock = {}, Sleep sleep = {});

    /** Waits for a slot; false when `cancel` was set while waiting. */
    bool acquire(const std::atomic_bool *cancel = nullptr);

private:
    int m_perMinute;
    Clock m_clock;
    Sleep m_sleep;
    QMutex m_mutex;
    std::deque<std::chrono::milliseconds> m_sent;
};

} // namespace PageLens
