// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

#include <QCoreApplication>
#include <QString>

#include "core/common/result.h"
#include "core/llm/providerconfig.h"

namespace PageLens {

/**
 * Where API keys come from: the environment first (GOOGLE_API_KEY wins over GEMINI_API_KEY, as in
 * Google's SDKs; OPENAI_API_KEY), then the OS keychain through QtKeychain. Keychain calls block
 * their thread up to a timeout, so never call them on the GUI thread. Keys found are registered
 * with the redacting log sink.
 */
class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{3000};

    /** The key for `kind`, or an empty string when there is none anywhere. */
    static QString lookup(ProviderConfig::Kind kind, std::chrono::milliseconds timeout = kDefaultTimeout);
    static QString fromEnvironment(ProviderConfig::Kind kind);
    static Result<QString> readKeychain(ProviderConfig::Kind kind, std::chrono::milliseconds timeout = kDefaultTimeout);
    static Result<void> writeKeychain(ProviderConfig::Kind kind, const QString &key,
                                      std::chrono::milliseconds timeout = kDefaultTimeout);
    static Result<void> removeFromKeychain(ProviderConfig::Kind kind, std::chrono::milliseconds timeout = kDefaultTimeout);

    static QString serviceName() { return QStringLiteral("PageLens"); }
    static QString entryName(ProviderConfig::Kind kind);

    /** The late-interaction server's key: PAGELENS_LATE_API_KEY, then the keychain entry lateEntryName(). */
    static QString lookupLate(std::chrono::milliseconds timeout = kDefaultTimeout);
    static QString lateFromEnvironment();
    static QString lateEntryName() { return QStringLiteral("late-interaction-api-key"); }
    /** The keychain entry named `entry` (entryName(kind) or lateEntryName()). */
    static Result<QString> readKeychain(const QString &entry, std::chrono::milliseconds timeout = kDefaultTimeout);
    static Result<void> writeKeychain(const QString &entry, const QString &key, std::chrono::milliseconds timeout = kDefaultTimeout);
    static Result<void> removeFromKeychain(const QString &entry, std::chrono::milliseconds timeout = kDefaultTimeout);
};

} // namespace PageLens
