// SPDX-License-Identifier: MIT
#include "core/llm/providerfactory.h"

#include <QThread>

#include "core/llm/geminiprovider.h"
#include "core/llm/openaiprovider.h"

namespace PageLens {

QString ProviderFactory::defaultBaseUrl(ProviderConfig::Kind kind)
{
    const QString fromEnv = qEnvironmentVariable(kind == ProviderConfig::Kind::Gemini ? "PAGELENS_GEMINI_BASE_URL"
                                                                                      : "PAGELENS_OPENAI_BASE_URL");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return kind == ProviderConfig::Kind::Gemini ? QStringLiteral("https://generativelanguage.googleapis.com")
                                                : QStringLiteral("https://api.openai.com/v1");
}

QString ProviderFactory::defaultModel(ProviderConfig::Kind kind)
{
    return kind == ProviderConfig::Kind::Gemini ? QStringLiteral("gemini-2.5-flash") : QStringLiteral("gpt-4o-mini");
}

QString ProviderFactory::defaultEmbedModel(ProviderConfig::Kind kind)
{
    return kind == ProviderConfig::Kind::Gemini ? QStringLiteral("gemini-embedding-001") : QStringLiteral("text-embedding-3-small");
}

ProviderConfig ProviderFactory::withDefaults(ProviderConfig config)
{
    if (config.baseUrl.isEmpty())
        config.baseUrl = defaultBaseUrl(config.kind);
    if (config.model.isEmpty())
        config.model = defaultModel(config.kind);
    if (config.embedModel.isEmpty())
        config.embedModel = defaultEmbedModel(config.kind);
    return config;
}

std::unique_ptr<Provider> ProviderFactory::create(const ProviderConfig &config, QObject *parent)
{
    const ProviderConfig filled = withDefaults(config);
    if (filled.kind == ProviderConfig::Kind::Gemini)
        return std::make_unique<GeminiProvider>(filled, parent);
    return std::make_unique<OpenAiProvider>(filled, parent);
}

std::shared_ptr<Provider> ProviderFactory::createOnOwnThread(const ProviderConfig &config)
{
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("provider-%1").arg(ProviderConfig::kindName(config.kind)));
    Provider *provider = create(config).release();
    provider->moveToThread(thread);
    thread->start();
    return std::shared_ptr<Provider>(provider, [thread](Provider *p) {
        // Delete on its own thread: its network objects belong there.
        QMetaObject::invokeMethod(p, [p] { delete p; },
                                  QThread::currentThread() == thread ? Qt::DirectConnection : Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
        delete thread;
    });
}

} // namespace PageLens
