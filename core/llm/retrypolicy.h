// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

namespace PageLens {

/**
 * Exponential backoff with jitter, as Google's SDK does (1, 2, 4, 8 s ... capped), but never
 * shorter than what the server asked for (RetryInfo.retryDelay, Retry-After).
 */
struct RetryPolicy {
    int maxAttempts = 5;                                   // including the first call
    std::chrono::milliseconds baseDelay{1000};
    std::chrono::milliseconds maxDelay{60000};
    double jitter = 1.0;                                   // up to this fraction of the delay is added at random

    /** The wait before attempt `attempt + 1` (attempt counts from 1); `random01` is in [0,1). */
    std::chrono::milliseconds delayAfter(int attempt, std::chrono::milliseconds serverMinimum, double random01) const;
};

} // namespace PageLens
