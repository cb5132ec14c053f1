// SPDX-License-Identifier: MIT
#include "core/llm/retrypolicy.h"

#include <algorithm>
#include <cmath>

namespace PageLens {

std::chrono::milliseconds RetryPolicy::delayAfter(int attempt, std::chrono::milliseconds serverMinimum,
                                                  double random01) const
{
    const double exponential = double(baseDelay.count()) * std::pow(2.0, std::max(0, attempt - 1));
    const double capped = std::min(exponential, double(maxDelay.count()));
    const auto withJitter = std::chrono::milliseconds(static_cast<long long>(capped * (1.0 + jitter * random01)));
    return std::max(withJitter, serverMinimum);
}

} // namespace PageLens
