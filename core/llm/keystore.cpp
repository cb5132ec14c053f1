// SPDX-License-Identifier: MIT
#include "core/llm/keystore.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include "core/common/log.h"

namespace PageLens {

namespace {

bool onGuiThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return app && app->inherits("QGuiApplication") && QThread::currentThread() == app->thread();
}

Error guiThreadError()
{
    return Error(Error::Code::InvalidArgument,
                 QCoreApplication::translate("PageLens", "The keychain cannot be used from the user interface thread."));
}

/** Runs a keychain job to completion or timeout; true when it finished without error. */
Result<void> runJob(QKeychain::Job &job, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] { finished = true; loop.quit(); });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    timer.start(timeout);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished)
        return fail(Error::Code::Timeout, QCoreApplication::translate("PageLens", "The keychain did not answer in time."));
    if (job.error() == QKeychain::EntryNotFound)
        return fail(Error::Code::NotFound, QCoreApplication::translate("PageLens", "No API key is stored in the keychain."));
    if (job.error() != QKeychain::NoError)
        return fail(Error::Code::Unsupported, QCoreApplication::translate("PageLens", "The keychain is not available."),
                    job.errorString());
    return {};
}

} // namespace

QString KeyStore::entryName(ProviderConfig::Kind kind)
{
    return kind == ProviderConfig::Kind::Gemini ? QStringLiteral("gemini-api-key") : QStringLiteral("openai-api-key");
}

QString KeyStore::fromEnvironment(ProviderConfig::Kind kind)
{
    const QList<const char *> names = kind == ProviderConfig::Kind::Gemini ? QList<const char *>{"GOOGLE_API_KEY", "GEMINI_API_KEY"}
                                                                           : QList<const char *>{"OPENAI_API_KEY"};
    for (const char *name : names) {
        const QString key = qEnvironmentVariable(name).trimmed();
        if (!key.isEmpty()) {
            log::addSecret(key);
            return key;
        }
    }
    return {};
}

QString KeyStore::lookup(ProviderConfig::Kind kind, std::chrono::milliseconds timeout)
{
    const QString fromEnv = fromEnvironment(kind);
    if (!fromEnv.isEmpty())
        return fromEnv;
    const auto stored = readKeychain(kind, timeout);
    if (!stored) {
        log::llm()->debug("no key in the keychain: {}", log::s(stored.error().toLogString()));
        return {};
    }
    return *stored;
}

Result<QString> KeyStore::readKeychain(ProviderConfig::Kind kind, std::chrono::milliseconds timeout)
{
    return readKeychain(entryName(kind), timeout);
}

Result<void> KeyStore::writeKeychain(ProviderConfig::Kind kind, const QString &key, std::chrono::milliseconds timeout)
{
    return writeKeychain(entryName(kind), key, timeout);
}

Result<void> KeyStore::removeFromKeychain(ProviderConfig::Kind kind, std::chrono::milliseconds timeout)
{
    return removeFromKeychain(entryName(kind), timeout);
}

QString KeyStore::lateFromEnvironment()
{
    const QString key = qEnvironmentVariable("PAGELENS_LATE_API_KEY").trimmed();
    if (!key.isEmpty())
        log::addSecret(key);
    return key;
}

QString KeyStore::lookupLate(std::chrono::milliseconds timeout)
{
    const QString fromEnv = lateFromEnvironment();
    if (!fromEnv.isEmpty())
        return fromEnv;
    const auto stored = readKeychain(lateEntryName(), timeout);
    if (!stored) {
        log::llm()->debug("no late-interaction key in the keychain: {}", log::s(stored.error().toLogString()));
        return {};
    }
    return *stored;
}

Result<QString> KeyStore::readKeychain(const QString &entry, std::chrono::milliseconds timeout)
{
    if (onGuiThread())
        return tl::unexpected(guiThreadError());
    QKeychain::ReadPasswordJob job(serviceName());
    job.setKey(entry);
    auto done = runJob(job, timeout);
    if (!done)
        return tl::unexpected(done.error());
    const QString key = job.textData().trimmed();
    if (!key.isEmpty())
        log::addSecret(key);
    return key;
}

Result<void> KeyStore::writeKeychain(const QString &entry, const QString &key, std::chrono::milliseconds timeout)
{
    if (onGuiThread())
        return tl::unexpected(guiThreadError());
    log::addSecret(key.trimmed());
    QKeychain::WritePasswordJob job(serviceName());
    job.setKey(entry);
    job.setTextData(key.trimmed());
    return runJob(job, timeout);
}

Result<void> KeyStore::removeFromKeychain(const QString &entry, std::chrono::milliseconds timeout)
{
    if (onGuiThread())
        return tl::unexpected(guiThreadError());
    QKeychain::DeletePasswordJob job(serviceName());
    job.setKey(entry);
    return runJob(job, timeout);
}

} // namespace PageLens
