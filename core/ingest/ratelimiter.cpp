// SPDX-License-Identifier: MIT
#include "core/ingest/ratelimiter.h"

#include <thread>

namespace PageLens {

using namespace std::chrono;

RateLimiter::RateLimiter(int requestsPerMinute, Clock clock, Sleep sleep)
    : m_perMinute(requestsPerMinute)
    , m_clock(clock ? std::move(clock) : Clock([] { return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()); }))
    , m_sleep(sleep ? std::move(sleep) : Sleep([](milliseconds d) { std::this_thread::sleep_for(d); }))
{
}

bool RateLimiter::acquire(const std::atomic_bool *cancel)
{
    if (m_perMinute <= 0)
        return !(cancel && cancel->load());
    for (;;) {
        if (cancel && cancel->load())
            return false;
        milliseconds wait{0};
        {
            QMutexLocker lock(&m_mutex);
            const milliseconds now = m_clock();
            while (!m_sent.empty() && now - m_sent.front() >= minutes(1))
                m_sent.pop_front();
            if (int(m_sent.size()) < m_perMinute) {
                m_sent.push_back(now);
                return true;
            }
            wait = minutes(1) - (now - m_sent.front());
        }
        // Short naps so a cancel is noticed quickly.
        m_sleep(std::min(wait, milliseconds(200)));
    }
}

} // namespace PageLens
