// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>

#include "core/common/error.h"

namespace PageLens {

/**
 * A failed exchange with a model service, turned into a sentence for people plus whether a retry
 * can help and how long the server asked us to wait.
 */
struct ServiceFailure {
    Q_DECLARE_TR_FUNCTIONS(ServiceFailure)
public:
    Error error;
    bool retryable = false;
    std::chrono::milliseconds retryAfter{0};   // 0 to longestWait

    /** The longest wait taken from a server; a larger one (or a huge number) is cut to this. */
    static constexpr std::chrono::hours longestWait{24};

    /** A Gemini error envelope (google.rpc.Status) with its HTTP status. */
    static ServiceFailure fromGemini(int httpStatus, const QByteArray &body);
    /** An OpenAI-style error envelope; `retryAfterHeader` is the Retry-After header, if any. */
    static ServiceFailure fromOpenAi(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader = {});
    /** A transport failure (no HTTP status). */
    static ServiceFailure fromNetwork(QNetworkReply::NetworkError code, const QString &errorString);
    /** Parses a google.protobuf.Duration string such as "26s" or "3.957525076s", rounding up. */
    static std::chrono::milliseconds parseDuration(const QString &text);

private:
    static ServiceFailure fromStatus(int httpStatus, const QString &serverMessage, const QString &reason);
};

} // namespace PageLens
