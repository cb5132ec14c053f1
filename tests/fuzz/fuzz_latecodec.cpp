// SPDX-License-Identifier: MIT
// The multi-vector /embeddings answer (infinity's shape: rows of floats, one flat row, or base64
// little-endian float32) and its error bodies. Held to the codec's promises: an answer either fails
// with a message or gives exactly the inputs asked for, each `rows` x `dim` values with a positive
// width; every error body becomes a failure that says something.
#include <QJsonDocument>
#include <QJsonObject>

#include "core/llm/lateinteractioncodec.h"
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
    const QByteArray input = FuzzEnvironment::bytes(data, size);
    for (int status : {400, 401, 422, 429, 503}) {
        const ServiceFailure failure = LateInteractionCodec::failure(status, input, input.left(16));
        FuzzEnvironment::require(!failure.error.message.isEmpty(), "a failure has a message");
    }
    const QJsonDocument json = QJsonDocument::fromJson(input);
    if (!json.isObject())
        return 0;
    for (int expected : {1, 2}) {
        for (int dimHint : {4, 128}) {
            const auto vectors = LateInteractionCodec::parseResponse(json.object(), expected, dimHint);
            if (!vectors) {
                FuzzEnvironment::require(!vectors.error().message.isEmpty(), "parse errors have a message");
                continue;
            }
            FuzzEnvironment::require(vectors->size() == expected, "one multi-vector per input");
            for (const MultiVector &v : *vectors) {
                FuzzEnvironment::require(v.rows >= 0 && v.dim > 0, "a positive width");
                FuzzEnvironment::require(v.values.size() == size_t(v.rows) * size_t(v.dim), "rows x dim values");
            }
        }
    }
    return 0;
}
