// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include "core/common/result.h"
#include "ui/settings/providersettings.h"

namespace PageLens {

class KeyBackend;
class LateInteractionClient;
class Provider;

/**
 * The model service for this run of the app: one provider instance, built from the settings and
 * the key, rebuilt when either changes; likewise the late-interaction server's client. Keys are looked up, stored and removed on a worker thread
 * (keychains can block for seconds); the GUI continues when they answer.
 */
class ProviderSession : public QObject
{
    Q_OBJECT
public:
    /** Where the key for a service comes from; the key itself is never handed to the UI. */
    struct KeyStatus {
        enum class Source { None, Environment, Keychain, Unavailable };
        Source source = Source::None;
        QString detail;   // the environment variable, or why the keychain could not be read
    };

    explicit ProviderSession(QObject *parent = nullptr);
    /** Waits for a keychain call in flight (bounded by KeyStore's timeout). */
    ~ProviderSession() override;

    /** Replaces the OS keychain (tests); call before setSettings(). */
    void setKeyBackend(std::shared_ptr<KeyBackend> backend);

    const ProviderSettings &settings() const { return m_settings; }
    /** Applies new settings; the provider is rebuilt when the service settings differ. */
    void setSettings(const ProviderSettings &settings);

    /** The session's provider, or null: service off, no key, or the key still being looked up. */
    std::shared_ptr<Provider> provider() const { return m_provider; }
    /** True while the key is being looked up; providerChanged() follows. */
    bool isResolving() const { return m_resolving; }
    /** Why provider() is null, for the status bar. */
    QString unavailableReason() const { return m_reason; }

    QFuture<KeyStatus> keyStatus(ProviderConfig::Kind kind);
    QFuture<Result<void>> storeKey(ProviderConfig::Kind kind, const QString &key);
    QFuture<Result<void>> removeKey(ProviderConfig::Kind kind);

    /** The late-interaction server's client, or null: not set up, or its key still being looked up. */
    std::shared_ptr<LateInteractionClient> lateClient() const { return m_late; }
    /** Why lateClient() is null, for the search's skip reason. */
    QString lateUnavailableReason() const { return m_lateReason; }
    QFuture<KeyStatus> lateKeyStatus();
    QFuture<Result<void>> storeLateKey(const QString &key);
    QFuture<Result<void>> removeLateKey();

Q_SIGNALS:
    /** provider() or unavailableReason() changed. */
    void providerChanged();
    /** lateClient() or lateUnavailableReason() changed. */
    void lateClientChanged();

private:
    void rebuild();
    void rebuildLate();

    std::shared_ptr<KeyBackend> m_backend;
    ProviderSettings m_settings;
    std::shared_ptr<Provider> m_provider;
    QString m_reason;
    bool m_resolving = false;
    quint64 m_generation = 0;
    std::shared_ptr<LateInteractionClient> m_late;
    QString m_lateReason;
    quint64 m_lateGeneration = 0;
    // One keychain call at a time, and never on the global pool where it could starve other work.
    QThreadPool m_keyThread;
};

} // namespace PageLens
