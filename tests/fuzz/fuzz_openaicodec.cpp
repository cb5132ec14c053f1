// SPDX-License-Identifier: MIT
// OpenAiCodec over any response body (a completion, or SSE chunks framed by StreamDecoder as the
// provider does): every object is merged both as a stream chunk and as a whole completion, and
// read as an embeddings answer (float arrays and base64 float32). Held to the codec's promises: a
// failure always carries a message, and embeddings are finite unit vectors.
#include <QJsonObject>

#include "core/llm/openaicodec.h"
#include "core/llm/streamdecoder.h"
#include "tests/fuzz/fuzzenvironment.h"

using namespace PageLens;
using PageLens::Fuzz::FuzzEnvironment;

namespace {

void checkAnswer(const OpenAiCodec::Accumulator &acc)
{
    static const QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")}};
    for (const QJsonObject &withSchema : {QJsonObject(), schema}) {
        const auto answer = OpenAiCodec::finish(acc, withSchema);
        FuzzEnvironment::require(answer || !answer.error().message.isEmpty(), "answer errors have a message");
    }
}

} // namespace

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

    OpenAiCodec::Accumulator chunks;
    OpenAiCodec::Accumulator completion;
    for (const QJsonObject &object : std::as_const(*objects)) {
        OpenAiCodec::mergeChunk(chunks, object);
        OpenAiCodec::mergeCompletion(completion, object);
        if (auto vectors = OpenAiCodec::parseEmbeddings(object, -1))
            FuzzEnvironment::requireUnitVectors(*vectors);
        else
            FuzzEnvironment::require(!vectors.error().message.isEmpty(), "embedding errors have a message");
    }
    checkAnswer(chunks);
    checkAnswer(completion);
    return 0;
}
