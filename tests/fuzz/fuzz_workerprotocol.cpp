// SPDX-License-Identifier: MIT
// The indexer's side of the document-worker protocol: the input is what pagelens-docworker wrote on
// its stdout (a worker that read a hostile file may be compromised, or die mid-frame). Frames are
// taken off the stream as WorkerClient does and answers decoded as a page, a page count or an error.
// Held to: a frame is taken only when all of it is there (4-byte big-endian length, then the body,
// read here from the bytes themselves) and any cut short of that is "need more" that consumes
// nothing; a decoded page lies in [0,1] page space with finite sizes; a decoded page, error and
// map come back unchanged through the encoder and a frame.
#include <algorithm>
#include <cmath>

#include <QCborMap>
#include <QCborValue>

#include "core/ingest/workerprotocol.h"
#include "tests/fuzz/fuzzenvironment.h"

using namespace PageLens;
using PageLens::Fuzz::FuzzEnvironment;

namespace {

/** Equal, with NaN equal to NaN (a NaN the worker sent must come back as NaN). */
bool same(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

bool sameRecord(const PageRecord &a, const PageRecord &b)
{
    if (!same(a.size.width(), b.size.width()) || !same(a.size.height(), b.size.height()) || a.rotation != b.rotation
        || a.text.source != b.text.source || a.text.text != b.text.text || a.text.words.size() != b.text.words.size())
        return false;
    for (qsizetype i = 0; i < a.text.words.size(); ++i) {
        const Word &x = a.text.words.at(i);
        const Word &y = b.text.words.at(i);
        if (x.text != y.text || !same(x.box.left, y.box.left) || !same(x.box.top, y.box.top) || !same(x.box.right, y.box.right)
            || !same(x.box.bottom, y.box.bottom) || !same(x.confidence, y.confidence))
            return false;
    }
    return true;
}

bool inUnitInterval(double v)
{
    return v >= 0 && v <= 1;
}

/** The length a frame header announces, read from the bytes (big-endian), not by the code under test. */
quint32 announced(const QByteArray &stream)
{
    const auto *b = reinterpret_cast<const unsigned char *>(stream.constData());
    return quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | quint32(b[3]);
}

/** Every cut of a stream short of its first whole frame is "need more" and consumes nothing. */
void requireNeedMore(const QByteArray &prefix)
{
    QByteArray buffer = prefix;
    const auto taken = WorkerProtocol::takeFrame(buffer);
    FuzzEnvironment::require(taken && !*taken, "a frame cut short is \"need more\"");
    FuzzEnvironment::require(buffer == prefix, "\"need more\" consumes nothing");
}

void requireRecord(const QCborMap &answer)
{
    const auto record = WorkerProtocol::decodeRecord(answer);
    if (!record) {
        FuzzEnvironment::require(record.error().code == Error::Code::BadResponse, "a bad page answer is a bad response");
        return;
    }
    FuzzEnvironment::require(std::isfinite(record->size.width()) && std::isfinite(record->size.height())
                                 && record->size.width() >= 0 && record->size.height() >= 0,
                             "a page's size is finite and not negative");
    for (const Word &word : record->text.words)
        FuzzEnvironment::require(inUnitInterval(word.box.left) && inUnitInterval(word.box.top) && inUnitInterval(word.box.right)
                                     && inUnitInterval(word.box.bottom) && std::isfinite(word.confidence),
                                 "word boxes lie in [0,1] page space");
    // Through the encoder and a frame, as the worker would send it.
    QByteArray framed = WorkerProtocol::frame(WorkerProtocol::encodeRecord(*record));
    const auto again = WorkerProtocol::takeFrame(framed);
    FuzzEnvironment::require(again && *again && framed.isEmpty(), "an encoded page is one whole frame");
    const auto decoded = WorkerProtocol::decodeRecord(**again);
    FuzzEnvironment::require(decoded && sameRecord(*record, *decoded), "a decoded page round-trips through the encoder");
}

void requireError(const QCborMap &answer)
{
    const Error error = WorkerProtocol::decodeError(answer);
    const Error again = WorkerProtocol::decodeError(WorkerProtocol::encodeError(error));
    FuzzEnvironment::require(again.code == error.code && again.message == error.message && again.detail == error.detail,
                             "a decoded error round-trips through the encoder");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzEnvironment::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray buffer(reinterpret_cast<const char *>(data), qsizetype(size));
    for (int frames = 0; frames < 64; ++frames) {
        const QByteArray before = buffer;
        const bool whole = before.size() >= 4 && announced(before) <= WorkerProtocol::kMaxFrameBytes
            && before.size() >= 4 + qint64(announced(before));
        if (before.size() >= 4 && announced(before) <= WorkerProtocol::kMaxFrameBytes) {
            // Cuts in the header, in the body and one byte short of the end.
            const qint64 end = std::min<qint64>(4 + qint64(announced(before)), before.size() + 1);
            for (qint64 cut : {qint64(0), qint64(3), end / 2, end - 1})
                if (cut >= 0 && cut < end && cut <= before.size())
                    requireNeedMore(before.left(cut));
        }
        const auto taken = WorkerProtocol::takeFrame(buffer);
        if (!taken) {
            FuzzEnvironment::require(taken.error().code == Error::Code::BadResponse, "a broken stream is a bad response");
            break;   // the client stops the worker: nothing after a broken frame is read
        }
        if (!*taken) {
            FuzzEnvironment::require(!whole && buffer == before, "\"need more\" only while a frame is incomplete, consuming nothing");
            break;
        }
        FuzzEnvironment::require(whole && buffer.size() == before.size() - 4 - qint64(announced(before)),
                                 "a frame takes exactly the bytes its header announces");
        const QCborMap answer = **taken;
        QByteArray reframed = WorkerProtocol::frame(answer);
        const auto back = WorkerProtocol::takeFrame(reframed);
        // Compared as the encoder writes them: a NaN the worker sent is equal to itself there.
        FuzzEnvironment::require(back && *back && reframed.isEmpty() && (*back)->toCborValue().toCbor() == answer.toCborValue().toCbor(),
                                 "a decoded answer round-trips through a frame");
        if (answer.value(QStringLiteral("ok")).toBool()) {
            (void)WorkerProtocol::integer(answer.value(QStringLiteral("pages")), -1);   // the open answer
            requireRecord(answer);
        } else {
            requireError(answer);
        }
    }
    return 0;
}
