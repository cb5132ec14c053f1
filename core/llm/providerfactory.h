// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QObject>

#include "core/llm/provider.h"
#include "core/llm/providerconfig.h"

namespace PageLens {

/** Builds the provider a ProviderConfig names, with PageLens's defaults filled in. */
class ProviderFactory
{
public:
    /**
     * Fills empty fields: base URL from PAGELENS_GEMINI_BASE_URL / PAGELENS_OPENAI_BASE_URL or the
     * service's address, and the default models. Keys are not looked up here (see KeyStore).
     */
    static ProviderConfig withDefaults(ProviderConfig config);
    /** A provider living in the calling thread, which must run an event loop while requests are out. */
    static std::unique_ptr<Provider> create(const ProviderConfig &config, QObject *parent = nullptr);
    /**
     * A provider on a thread of its own, so any thread (including the creator) may block on its
     * futures. Dropping the last reference stops requests and joins the thread.
     */
    static std::shared_ptr<Provider> createOnOwnThread(const ProviderConfig &config);

    static QString defaultBaseUrl(ProviderConfig::Kind kind);
    static QString defaultModel(ProviderConfig::Kind kind);
    static QString defaultEmbedModel(ProviderConfig::Kind kind);
};

} // namespace PageLens
