// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

#include <QString>

namespace PageLens {

/** Which service and how to reach it; filled from the command line, the settings or the environment. */
struct ProviderConfig {
    enum class Kind { Gemini, OpenAi };
    Kind kind = Kind::Gemini;
    QString baseUrl;      // empty: the kind's default (or PAGELENS_GEMINI_BASE_URL / PAGELENS_OPENAI_BASE_URL)
    QString model;        // empty: the kind's default generation model
    QString embedModel;   // empty: the kind's default embedding model
    QString apiKey;       // never logged, stored or shown; empty: no key (local servers)
    bool sendKey = false;   // the user's opt-in to send the key to http:// or private servers (KeyPolicy)
    std::chrono::milliseconds transferTimeout{120000};   // without a byte; thinking models can be slow to start
    qint64 inlineLimitBytes = 20LL * 1024 * 1024;

    static QString kindName(Kind kind) { return kind == Kind::Gemini ? QStringLiteral("gemini") : QStringLiteral("openai"); }
};

} // namespace PageLens
