// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>

#include "core/common/result.h"
#include "core/model/pagerecord.h"

namespace PageLens {

/**
 * The frames between the indexer and `pagelens-docworker` on the worker's stdin/stdout: a 4-byte
 * big-endian length, then one CBOR map. Requests carry "op" ("open": page count; "page": one page's
 * text, word boxes and OCR words, as Indexer::readPage reads them); answers carry "ok" and either
 * the result or an error (code, message, detail).
 */
class WorkerProtocol
{
public:
    /** Frames larger than this are refused: a page's words are far smaller, so it is a broken stream. */
    static constexpr qint64 kMaxFrameBytes = 256 * 1024 * 1024;
    /** The worker's exit code when an allocation failed (its address space is capped). */
    static constexpr int kOutOfMemoryExit = 86;

    static QByteArray frame(const QCborMap &message);
    /**
     * Takes one whole frame off the front of `buffer`; nullopt while it is incomplete. A frame too
     * large or not a CBOR map is an error (the stream cannot be trusted after it).
     */
    static Result<std::optional<QCborMap>> takeFrame(QByteArray &buffer);

    /**
     * An integer field of a frame; `otherwise` when it is missing or not an integer. Frames come from
     * another process: QCborValue::toInteger() would also convert a double, with undefined behaviour
     * when it is out of range.
     */
    static qint64 integer(const QCborValue &value, qint64 otherwise = 0);

    static QCborMap encodeRecord(const PageRecord &record);
    static Result<PageRecord> decodeRecord(const QCborMap &map);
    static QCborMap encodeError(const Error &error);
    static Error decodeError(const QCborMap &map);
};

} // namespace PageLens
