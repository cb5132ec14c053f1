// SPDX-License-Identifier: MIT
#include "ui/settings/keybackend.h"

#include "core/llm/keystore.h"

namespace PageLens {

QString KeyBackend::environmentVariable(ProviderConfig::Kind kind) const
{
    // The same order KeyStore::fromEnvironment uses: GOOGLE_API_KEY wins over GEMINI_API_KEY.
    const QList<const char *> names = kind == ProviderConfig::Kind::Gemini
                                          ? QList<const char *>{"GOOGLE_API_KEY", "GEMINI_API_KEY"}
                                          : QList<const char *>{"OPENAI_API_KEY"};
    for (const char *name : names) {
        if (!qEnvironmentVariable(name).trimmed().isEmpty())
            return QString::fromLatin1(name);
    }
    return {};
}

QString KeyBackend::lookup(ProviderConfig::Kind kind)
{
    return KeyStore::lookup(kind);
}

Result<QString> KeyBackend::readKeychain(ProviderConfig::Kind kind)
{
    return KeyStore::readKeychain(kind);
}

Result<void> KeyBackend::writeKeychain(ProviderConfig::Kind kind, const QString &key)
{
    return KeyStore::writeKeychain(kind, key);
}

Result<void> KeyBackend::removeFromKeychain(ProviderConfig::Kind kind)
{
    return KeyStore::removeFromKeychain(kind);
}

QString KeyBackend::lateEnvironmentVariable() const
{
    return qEnvironmentVariable("PAGELENS_LATE_API_KEY").trimmed().isEmpty() ? QString() : QStringLiteral("PAGELENS_LATE_API_KEY");
}

QString KeyBackend::lookupLate()
{
    return KeyStore::lookupLate();
}

Result<QString> KeyBackend::readLateKeychain()
{
    return KeyStore::readKeychain(KeyStore::lateEntryName());
}

Result<void> KeyBackend::writeLateKeychain(const QString &key)
{
    return KeyStore::writeKeychain(KeyStore::lateEntryName(), key);
}

Result<void> KeyBackend::removeLateFromKeychain()
{
    return KeyStore::removeFromKeychain(KeyStore::lateEntryName());
}

} // namespace PageLens
