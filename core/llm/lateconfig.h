// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

#include <QString>

namespace PageLens {

/** How to reach a late-interaction (multi-vector) embedding server, e.g. infinity's /embeddings. */
struct LateConfig {
    enum class Encoding { Base64, Float };
    /** The server's API: infinity's <url>/embeddings, or vLLM's <url>/pooling with "task": "token_embed". */
    enum class Dialect { Infinity, Vllm };
    Dialect dialect = Dialect::Infinity;
    QString url;          // the server's base, e.g. http://localhost:7997 (requests go to <url>/embeddings or <url>/pooling)
    QString model;        // e.g. vidore/colpali-v1.2-merged, michaelfeil/colqwen2-v0.1
    QString apiKey;       // optional (infinity --api-key); never logged, stored or shown
    bool sendKey = false; // the user's opt-in to send the key to http:// or private servers (KeyPolicy)
    Encoding encoding = Encoding::Base64;   // base64 rows are a quarter of the JSON float text
    int dim = 128;        // vector width, needed to split base64 rows (ColPali-family models: 128)
    std::chrono::milliseconds transferTimeout{300000};   // a CPU server takes minutes per batch of pages

    bool isSet() const { return !url.isEmpty() && !model.isEmpty(); }
    /** "infinity" or "vllm", as --late-dialect and the settings spell them. */
    static QString dialectName(Dialect dialect) { return dialect == Dialect::Vllm ? QStringLiteral("vllm") : QStringLiteral("infinity"); }
    /** The dialect a name stands for; false when it names none. */
    static bool dialectFromName(const QString &name, Dialect &dialect)
    {
        if (name == QLatin1String("infinity"))
            dialect = Dialect::Infinity;
        else if (name == QLatin1String("vllm"))
            dialect = Dialect::Vllm;
        else
            return false;
        return true;
    }
};

} // namespace PageLens
