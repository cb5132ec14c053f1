// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include "ui/settings/keybackend.h"

namespace PageLens::Test {

/**
 * Keys for UI tests without the OS keychain or the test machine's environment: no key at all, or
 * one Gemini key that looks as if it came from GEMINI_API_KEY. Writes are accepted and forgotten;
 * the late-interaction key is always absent. Header-only: it derives from a ui class and
 * pagelens_test_support does not link the ui library.
 */
class FixedKeyBackend : public KeyBackend
{
public:
    explicit FixedKeyBackend(QString key = {}) : m_key(std::move(key)) {}

    QString environmentVariable(ProviderConfig::Kind) const override
    {
        return m_key.isEmpty() ? QString() : QStringLiteral("GEMINI_API_KEY");
    }
    QString lookup(ProviderConfig::Kind) override { return m_key; }
    Result<QString> readKeychain(ProviderConfig::Kind) override { return noKey(); }
    Result<void> writeKeychain(ProviderConfig::Kind, const QString &) override { return {}; }
    Result<void> removeFromKeychain(ProviderConfig::Kind) override { return {}; }

    QString lateEnvironmentVariable() const override { return {}; }
    QString lookupLate() override { return {}; }
    Result<QString> readLateKeychain() override { return noKey(); }
    Result<void> writeLateKeychain(const QString &) override { return {}; }
    Result<void> removeLateFromKeychain() override { return {}; }

private:
    static Result<QString> noKey() { return fail(Error::Code::NotFound, QStringLiteral("no key")); }

    QString m_key;
};

} // namespace PageLens::Test
