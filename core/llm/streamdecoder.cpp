// SPDX-License-Identifier: MIT
#include "core/llm/streamdecoder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace PageLens {

namespace {

qsizetype firstNonSpace(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i)
        if (!QChar::isSpace(uchar(bytes.at(i))))
            return i;
    return -1;
}

Error badStream(const QString &detail)
{
    return Error(Error::Code::BadResponse,
                 QCoreApplication::translate("PageLens", "The model service sent a stream that could not be read."), detail);
}

} // namespace

Result<QJsonObject> StreamDecoder::parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return tl::unexpected(badStream(error.errorString()));
    return doc.object();
}

Result<QList<QJsonObject>> StreamDecoder::feed(const QByteArray &bytes)
{
    m_buffer += bytes;
    return drain(false);
}

Result<QList<QJsonObject>> StreamDecoder::finish()
{
    return drain(true);
}

Result<QList<QJsonObject>> StreamDecoder::drain(bool atEnd)
{
    if (m_mode == Mode::Unknown) {
        const qsizetype start = firstNonSpace(m_buffer);
        if (start < 0)
            return QList<QJsonObject>();
        const char c = m_buffer.at(start);
        m_mode = (c == '[' || c == '{') ? Mode::Json : Mode::Sse;
    }
    return m_mode == Mode::Sse ? drainSse(atEnd) : drainJson();
}

Result<QList<QJsonObject>> StreamDecoder::drainSse(bool atEnd)
{
    QList<QJsonObject> objects;
    for (;;) {
        const qsizetype start = firstNonSpace(m_buffer);
        if (start < 0) {
            m_buffer.clear();
            return objects;
        }
        if (m_buffer.at(start) == '{') {
            // Not an event: a bare JSON object (an error) after some events.
            m_buffer.remove(0, start);
            m_mode = Mode::Json;
            m_scanPos = 0;
            auto rest = drainJson();
            if (!rest)
                return rest;
            objects += *rest;
            return objects;
        }
        qsizetype end = -1;
        qsizetype sepLength = 0;
        for (qsizetype i = start; i + 1 < m_buffer.size(); ++i) {
            if (m_buffer.at(i) == '\n' && m_buffer.at(i + 1) == '\n') {
                end = i; sepLength = 2; break;
            }
            if (i + 3 < m_buffer.size() && m_buffer.at(i) == '\r' && m_buffer.at(i + 1) == '\n'
                && m_buffer.at(i + 2) == '\r' && m_buffer.at(i + 3) == '\n') {
                end = i; sepLength = 4; break;
            }
        }
        if (end < 0) {
            if (!atEnd)
                return objects;
            end = m_buffer.size();
        }
        const QByteArray event = m_buffer.mid(start, end - start);
        m_buffer.remove(0, std::min(end + sepLength, m_buffer.size()));

        QByteArray data;
        for (QByteArray line : event.split('\n')) {
            if (line.endsWith('\r'))
                line.chop(1);
            if (!line.startsWith("data:"))
                continue;   // event:, id:, retry: and comments carry nothing we use
            line.remove(0, 5);
            if (line.startsWith(' '))
                line.remove(0, 1);
            if (!data.isEmpty())
                data += '\n';
            data += line;
        }
        if (data.trimmed() == "[DONE]") {
            m_done = true;
            continue;
        }
        if (data.trimmed().isEmpty())
            continue;
        auto object = parseObject(data);
        if (!object)
            return tl::unexpected(object.error());
        objects.append(*object);
    }
}

Result<QList<QJsonObject>> StreamDecoder::drainJson()
{
    QList<QJsonObject> objects;
    for (; m_scanPos < m_buffer.size(); ++m_scanPos) {
        const char c = m_buffer.at(m_scanPos);
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            continue;
        }
        if (c == '"') {
            m_inString = true;
        } else if (c == '{') {
            if (m_depth++ == 0)
                m_objectStart = m_scanPos;
        } else if (c == '}') {
            if (--m_depth == 0) {
                auto object = parseObject(m_buffer.mid(m_objectStart, m_scanPos - m_objectStart + 1));
                if (!object)
                    return tl::unexpected(object.error());
                objects.append(*object);
                m_buffer.remove(0, m_scanPos + 1);
                m_scanPos = -1;   // the loop's ++ makes it 0
                m_objectStart = -1;
            } else if (m_depth < 0) {
                return tl::unexpected(badStream(QStringLiteral("unbalanced braces")));
            }
        }
    }
    return objects;
}

} // namespace PageLens
