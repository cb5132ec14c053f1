// SPDX-License-Identifier: MIT
// StreamDecoder over any body: SSE, a streamed JSON array or a bare object. The truth it is held to
// is its own promise that framing does not depend on how bytes arrive: the same body fed whole and
// fed in pieces (sizes taken from the input) gives the same objects, or an error both ways.
#include <optional>

#include <QJsonObject>

#include "core/llm/streamdecoder.h"
#include "tests/fuzz/fuzzenvironment.h"

using namespace PageLens;
using PageLens::Fuzz::FuzzEnvironment;

namespace {

/** Everything the decoder returns for `pieces`, or nullopt on its first error. */
std::optional<QList<QJsonObject>> decode(const QList<QByteArray> &pieces)
{
    StreamDecoder decoder;
    QList<QJsonObject> all;
    for (const QByteArray &piece : pieces) {
        auto objects = decoder.feed(piece);
        if (!objects)
            return std::nullopt;
        all += *objects;
    }
    auto rest = decoder.finish();
    if (!rest)
        return std::nullopt;
    all += *rest;
    return all;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzEnvironment::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzEnvironment::bytes(data, size);
    const auto whole = decode({body});

    QList<QByteArray> pieces;
    size_t step = size > 0 ? data[0] % 17 + 1 : 1;
    for (size_t at = 0; at < size; at += step, step = data[at % size] % 17 + 1)
        pieces.append(body.mid(qsizetype(at), qsizetype(step)));
    const auto split = decode(pieces);

    FuzzEnvironment::require(whole.has_value() == split.has_value(), "whole and split bodies both decode or both fail");
    if (whole && split)
        FuzzEnvironment::require(*whole == *split, "whole and split bodies give the same objects");
    return 0;
}
