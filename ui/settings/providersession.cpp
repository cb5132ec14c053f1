// SPDX-License-Identifier: MIT
#include "ui/settings/providersession.h"

#include <QtConcurrent/QtConcurrentRun>

#include "core/common/log.h"
#include "core/llm/lateinteractionclient.h"
#include "core/llm/provider.h"
#include "core/llm/providerfactory.h"
#include "ui/settings/keybackend.h"

namespace PageLens {

ProviderSession::ProviderSession(QObject *parent)
    : QObject(parent)
    , m_backend(std::make_shared<KeyBackend>())
{
    m_keyThread.setMaxThreadCount(1);
    m_reason = tr("The model service is turned off in Settings.");
    m_lateReason = tr("No late-interaction server is set up in Settings.");
}

ProviderSession::~ProviderSession()
{
    m_keyThread.waitForDone();
}

void ProviderSession::setKeyBackend(std::shared_ptr<KeyBackend> backend)
{
    m_backend = std::move(backend);
}

void ProviderSession::setSettings(const ProviderSettings &settings)
{
    // The OCR languages are read by the next indexing run; changing them alone keeps the provider.
    ProviderSettings service = settings;
    service.ocrLanguages = m_settings.ocrLanguages;
    const bool sameLate = settings.sameLate(m_settings);
    // The late-interaction fields have their own client: changing them alone keeps the provider.
    service.lateUrl = m_settings.lateUrl;
    service.lateModel = m_settings.lateModel;
    service.lateDialect = m_settings.lateDialect;
    service.lateSendKey = m_settings.lateSendKey;
    const bool sameService = service == m_settings;
    m_settings = settings;
    if (!sameLate)
        rebuildLate();
    if (sameService && (m_provider || m_resolving))
        return;
    rebuild();
}

void ProviderSession::rebuildLate()
{
    const quint64 generation = ++m_lateGeneration;
    m_late.reset();
    if (!m_settings.lateIsSet()) {
        m_lateReason = tr("No late-interaction server is set up in Settings.");
        Q_EMIT lateClientChanged();
        return;
    }
    m_lateReason = tr("Looking up the late-interaction server's key…");
    Q_EMIT lateClientChanged();
    const ProviderSettings settings = m_settings;
    auto backend = m_backend;
    QtConcurrent::run(&m_keyThread, [backend, settings] {
        // The key is optional (infinity --api-key, vllm --api-key): none found means none sent.
        return settings.lateSendsKey() ? backend->lookupLate() : QString();
    }).then(this, [this, generation, settings](const QString &key) {
        if (generation != m_lateGeneration)
            return;
        m_late = LateInteractionClient::createOnOwnThread(settings.lateConfig(key));
        m_lateReason.clear();
        log::ui()->info("late-interaction server ready: {} ({}) at {}", log::s(settings.lateModel),
                        log::s(LateConfig::dialectName(settings.lateDialect)), log::s(settings.lateUrl));
        Q_EMIT lateClientChanged();
    });
}

QFuture<ProviderSession::KeyStatus> ProviderSession::lateKeyStatus()
{
    auto backend = m_backend;
    return QtConcurrent::run(&m_keyThread, [backend] {
        KeyStatus status;
        status.detail = backend->lateEnvironmentVariable();
        if (!status.detail.isEmpty()) {
            status.source = KeyStatus::Source::Environment;
            return status;
        }
        const Result<QString> stored = backend->readLateKeychain();
        if (stored) {
            status.source = stored->isEmpty() ? KeyStatus::Source::None : KeyStatus::Source::Keychain;
        } else if (stored.error().code != Error::Code::NotFound) {
            status.source = KeyStatus::Source::Unavailable;
            status.detail = stored.error().message;
        }
        return status;
    });
}

QFuture<Result<void>> ProviderSession::storeLateKey(const QString &key)
{
    auto backend = m_backend;
    const QString trimmed = key.trimmed();
    return QtConcurrent::run(&m_keyThread, [backend, trimmed] { return backend->writeLateKeychain(trimmed); })
        .then(this, [this](const Result<void> &stored) {
            if (stored)
                rebuildLate();
            return stored;
        });
}

QFuture<Result<void>> ProviderSession::removeLateKey()
{
    auto backend = m_backend;
    return QtConcurrent::run(&m_keyThread, [backend] { return backend->removeLateFromKeychain(); })
        .then(this, [this](const Result<void> &removed) {
            if (removed)
                rebuildLate();
            return removed;
        });
}

void ProviderSession::rebuild()
{
    const quint64 generation = ++m_generation;
    m_provider.reset();
    if (!m_settings.enabled) {
        m_resolving = false;
        m_reason = tr("The model service is turned off in Settings.");
        Q_EMIT providerChanged();
        return;
    }
    m_resolving = true;
    m_reason = tr("Looking up the API key…");
    Q_EMIT providerChanged();
    const ProviderSettings settings = m_settings;
    auto backend = m_backend;
    QtConcurrent::run(&m_keyThread, [backend, settings] {
        // A server that would not get the key needs none (as in the CLI): no keychain wait.
        return settings.sendsKey() ? backend->lookup(settings.kind) : QString();
    }).then(this, [this, generation, settings](const QString &key) {
        if (generation != m_generation)
            return;   // the settings changed while the keychain was answering
        m_resolving = false;
        if (key.isEmpty() && settings.sendsKey()) {
            m_reason = settings.kind == ProviderConfig::Kind::Gemini
                           ? tr("No Gemini API key: enter one in Settings or set GEMINI_API_KEY (or GOOGLE_API_KEY).")
                           : tr("No OpenAI API key: enter one in Settings or set OPENAI_API_KEY.");
            log::ui()->info("model service enabled but no key for {}", log::s(ProviderConfig::kindName(settings.kind)));
        } else {
            m_provider = ProviderFactory::createOnOwnThread(settings.config(key));
            m_reason.clear();
            log::ui()->info("model service ready: {} at {}", log::s(ProviderConfig::kindName(settings.kind)),
                            log::s(settings.effectiveBaseUrl()));
        }
        Q_EMIT providerChanged();
    });
}

QFuture<ProviderSession::KeyStatus> ProviderSession::keyStatus(ProviderConfig::Kind kind)
{
    auto backend = m_backend;
    return QtConcurrent::run(&m_keyThread, [backend, kind] {
        KeyStatus status;
        status.detail = backend->environmentVariable(kind);
        if (!status.detail.isEmpty()) {
            status.source = KeyStatus::Source::Environment;
            return status;
        }
        const Result<QString> stored = backend->readKeychain(kind);
        if (stored) {
            status.source = stored->isEmpty() ? KeyStatus::Source::None : KeyStatus::Source::Keychain;
        } else if (stored.error().code != Error::Code::NotFound) {
            status.source = KeyStatus::Source::Unavailable;
            status.detail = stored.error().message;
        }
        return status;
    });
}

QFuture<Result<void>> ProviderSession::storeKey(ProviderConfig::Kind kind, const QString &key)
{
    auto backend = m_backend;
    const QString trimmed = key.trimmed();
    return QtConcurrent::run(&m_keyThread, [backend, kind, trimmed] { return backend->writeKeychain(kind, trimmed); })
        .then(this, [this, kind](const Result<void> &stored) {
            if (stored && kind == m_settings.kind)
                rebuild();
            return stored;
        });
}

QFuture<Result<void>> ProviderSession::removeKey(ProviderConfig::Kind kind)
{
    auto backend = m_backend;
    return QtConcurrent::run(&m_keyThread, [backend, kind] { return backend->removeFromKeychain(kind); })
        .then(this, [this, kind](const Result<void> &removed) {
            if (removed && kind == m_settings.kind)
                rebuild();
            return removed;
        });
}

} // namespace PageLens
