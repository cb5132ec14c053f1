// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include "core/common/result.h"

namespace PageLens {

/**
 * Splits a streamed body into JSON objects as bytes arrive. Accepts the three framings seen on the
 * wire: SSE (`data: {...}` events ended by CRLF CRLF or LF LF, optional `[DONE]`), a JSON array
 * streamed element by element (Gemini without alt=sse), and a bare JSON object (an error sent
 * mid-stream or instead of the stream).
 */
class StreamDecoder
{
public:
    /** Objects completed by `bytes`; an error when an element is not valid JSON. */
    Result<QList<QJsonObject>> feed(const QByteArray &bytes);
    /** Call at end of body: flushes an unterminated last event. */
    Result<QList<QJsonObject>> finish();
    bool sawDone() const { return m_done; }

private:
    enum class Mode { Unknown, Sse, Json };
    Result<QList<QJsonObject>> drain(bool atEnd);
    Result<QList<QJsonObject>> drainSse(bool atEnd);
    Result<QList<QJsonObject>> drainJson();
    static Result<QJsonObject> parseObject(const QByteArray &json);

    Mode m_mode = Mode::Unknown;
    QByteArray m_buffer;
    // JSON scanner state, kept across feeds so each byte is scanned once
    qsizetype m_scanPos = 0;
    qsizetype m_objectStart = -1;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    bool m_done = false;
};

} // namespace PageLens
