// SPDX-License-Identifier: MIT
// The error side of both services: the input is an error body (google.rpc.Status with RetryInfo,
// QuotaFailure, ErrorInfo; or an OpenAI error envelope), a Retry-After header value and a Duration
// string, and what RetryPolicy makes of the wait. Held to: every failure says something, a server's
// wait is between 0 and a day, and the policy never waits less than the server asked.
#include "core/llm/retrypolicy.h"
#include "core/llm/servicefailure.h"
#include "tests/fuzz/fuzzenvironment.h"

using namespace PageLens;
using PageLens::Fuzz::FuzzEnvironment;

namespace {

void check(const ServiceFailure &failure)
{
    FuzzEnvironment::require(!failure.error.message.isEmpty(), "a failure has a message");
    FuzzEnvironment::require(failure.retryAfter.count() >= 0 && failure.retryAfter <= ServiceFailure::longestWait,
                             "the server's wait is between 0 and longestWait");
    const RetryPolicy policy;
    for (int attempt = 1; attempt < policy.maxAttempts; ++attempt) {
        const auto wait = policy.delayAfter(attempt, failure.retryAfter, 0.5);
        FuzzEnvironment::require(wait >= failure.retryAfter, "never retried sooner than the server asked");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzEnvironment::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzEnvironment::bytes(data, size);
    for (int status : {400, 403, 429, 503}) {
        check(ServiceFailure::fromGemini(status, input));
        check(ServiceFailure::fromOpenAi(status, input));
    }
    check(ServiceFailure::fromOpenAi(429, {}, input));
    const auto duration = ServiceFailure::parseDuration(QString::fromUtf8(input));
    FuzzEnvironment::require(duration.count() >= 0 && duration <= ServiceFailure::longestWait,
                             "a parsed Duration is between 0 and longestWait");
    return 0;
}
