// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QJsonObject>
#include <QStringList>

#include "core/common/result.h"
#include "core/llm/lateconfig.h"
#include "core/llm/servicefailure.h"

namespace PageLens {

/** The vectors one input became: `rows` row-major vectors of `dim` floats (tokens or patches). */
struct MultiVector {
    int rows = 0;
    int dim = 0;
    std::vector<float> values;

    const float *row(int index) const { return values.data() + qsizetype(index) * dim; }
};

/**
 * The wire format of a multi-vector /embeddings server (infinity's, OpenAI-shaped):
 * request {"model", "input": [data URL or text], "modality": "image"|"text", "encoding_format"};
 * answer {"data": [{"index", "embedding"}], "model", "usage"} where an embedding is a list of rows
 * ([[dim floats], ...]), one flat row, or base64 of the rows as little-endian float32 (infinity's
 * `np.frombuffer(emb.astype(np.float32))`, so the width comes from the model: LateConfig::dim).
 * `embeddings` is accepted for `embedding` (other servers' spelling).
 *
 * The vLLM dialect (`vllm serve M --runner pooling`, POST /pooling, vllm/entrypoints/pooling): texts
 * as {"model", "task": "token_embed", "input": [texts], "encoding_format", "embed_dtype": "float32",
 * "endianness": "little"}; an image as a chat request {"model", "task", "messages": [{"role": "user",
 * "content": [{"type": "image_url", "image_url": {"url": data URL}}]}], ...}, one image per request
 * (a chat is one prompt). The answer {"data": [{"index", "object": "pooling", "data": rows or base64}]}
 * is read by the same parser (`data` is a third spelling of `embedding`).
 */
class LateInteractionCodec
{
public:
    enum class Modality { Image, Text };

    static QJsonObject requestBody(const QString &model, const QStringList &inputs, Modality modality,
                                   LateConfig::Encoding encoding);
    /** vLLM's /pooling body: all texts in one, or exactly one image (`inputs` holds its data URL). */
    static QJsonObject poolingRequestBody(const QString &model, const QStringList &inputs, Modality modality,
                                          LateConfig::Encoding encoding);
    /** The `expected` inputs' vectors in input order; BadResponse when the answer does not fit. */
    static Result<QVector<MultiVector>> parseResponse(const QJsonObject &body, int expected, int dimHint);
    /**
     * A non-2xx answer: infinity's OpenAI envelope {"error": {"message", "type", "code"}} and
     * FastAPI's {"detail": "..."} (401) or {"detail": [{"loc", "msg"}]} (422 validation), and
     * vLLM's flat {"object": "error", "message", "type", "code"} (before 0.10; later the envelope).
     */
    static ServiceFailure failure(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader);

private:
    /** The server's own words in ServiceFailure's terms, before failure() words 404s for this server. */
    static ServiceFailure serverFailure(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader);
};

} // namespace PageLens
