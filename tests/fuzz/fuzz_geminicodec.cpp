// SPDX-License-Identifier: MIT
// GeminiCodec over any response body (unary JSON, SSE or a streamed JSON array, framed by
// StreamDecoder as the provider does): every object is merged as a stream chunk and read as an
// embeddings, countTokens and Files API answer. Held to the codec's promises: a failure always
// carries a message, and embeddings are finite unit vectors.
#include <QJsonObject>

#include "core/llm/geminicodec.h"
#include "core/llm/streamdecoder.h"
#include "tests/fuzz/fuzzenvironment.h"

using namespace PageLens;
using PageLens::Fuzz::FuzzEnvironment;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzEnvironment::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    StreamDecoder decoder;
    auto objects = decoder.feed(FuzzEnvironment::bytes(data, size));
    if (!objects)
        return 0;
    auto rest = decoder.finish();
    if (rest)
        *objects += *rest;

    static const QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")}};
    GeminiCodec::Accumulator acc;
    for (const QJsonObject &object : std::as_const(*objects)) {
        GeminiCodec::merge(acc, object);
        if (auto vectors = GeminiCodec::parseEmbeddings(object, -1))
            FuzzEnvironment::requireUnitVectors(*vectors);
        else
            FuzzEnvironment::require(!vectors.error().message.isEmpty(), "embedding errors have a message");
        (void)GeminiCodec::parseCountTokens(object);
        (void)GeminiCodec::parseFile(object);
    }
    for (const QJsonObject &withSchema : {QJsonObject(), schema}) {
        const auto answer = GeminiCodec::finish(acc, withSchema);
        FuzzEnvironment::require(answer || !answer.error().message.isEmpty(), "answer errors have a message");
    }
    return 0;
}
