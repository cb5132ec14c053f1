// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

#include "core/common/result.h"
#include "core/llm/provider.h"

namespace PageLens {

/**
 * The OpenAI Chat Completions / Embeddings JSON mapping, shared by OpenAI, Ollama, llama.cpp
 * server and vLLM. Unknown fields (obfuscation, timings, reasoning, system_fingerprint) are ignored.
 */
class OpenAiCodec
{
    Q_DECLARE_TR_FUNCTIONS(OpenAiCodec)
public:
    struct Dialect {
        bool maxCompletionTokens = false;   // api.openai.com wants max_completion_tokens; others know max_tokens
        bool pdf = false;                   // only OpenAI reads PDFs as `file` parts
    };

    /** What a (streamed) completion has said so far. */
    struct Accumulator {
        GenerateResponse response;
        struct ToolCall {
            QString id;
            QString name;
            QString arguments;             // JSON text, joined from streamed fragments
            QByteArray thoughtSignature;   // Gemini's compat endpoint: extra_content.google.thought_signature
        };
        QMap<int, ToolCall> toolCalls;     // by `index`
        QString refusal;
    };

    static Result<QJsonObject> chatBody(const GenerateRequest &request, const QString &model, const Dialect &dialect);
    static QJsonObject embeddingsBody(const QString &model, const QStringList &texts, int dimensions);

    static void mergeChunk(Accumulator &acc, const QJsonObject &chunk);
    static void mergeCompletion(Accumulator &acc, const QJsonObject &completion);
    static Result<GenerateResponse> finish(Accumulator acc, const QJsonObject &schema = {});
    /** Vectors ordered by `index`, L2-normalized; accepts float arrays and base64 little-endian float32. */
    static Result<QVector<QVector<float>>> parseEmbeddings(const QJsonObject &body, int expected);

private:
    static Usage parseUsage(const QJsonObject &usage);
    static void mergeToolCalls(Accumulator &acc, const QJsonArray &calls);
};

} // namespace PageLens
