// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/result.h"
#include "core/llm/providerconfig.h"

namespace PageLens {

/**
 * Where API keys are read and kept: the environment, then the OS keychain (KeyStore). Every call
 * may block for seconds, so ProviderSession only calls it on worker threads. Tests derive from it
 * to keep the real keychain out of the way.
 */
class KeyBackend
{
public:
    virtual ~KeyBackend() = default;

    /** The environment variable that supplies the key for `kind`, or empty when none is set. */
    virtual QString environmentVariable(ProviderConfig::Kind kind) const;
    /** The key in effect: the environment first, then the keychain; empty when there is none. */
    virtual QString lookup(ProviderConfig::Kind kind);
    virtual Result<QString> readKeychain(ProviderConfig::Kind kind);
    virtual Result<void> writeKeychain(ProviderConfig::Kind kind, const QString &key);
    virtual Result<void> removeFromKeychain(ProviderConfig::Kind kind);

    /** The same for the late-interaction server's key (PAGELENS_LATE_API_KEY, its own keychain entry). */
    virtual QString lateEnvironmentVariable() const;
    virtual QString lookupLate();
    virtual Result<QString> readLateKeychain();
    virtual Result<void> writeLateKeychain(const QString &key);
    virtual Result<void> removeLateFromKeychain();
};

} // namespace PageLens
