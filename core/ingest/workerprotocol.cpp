// SPDX-License-Identifier: MIT
#include "core/ingest/workerprotocol.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include <QCborArray>
#include <QCborValue>
#include <QCoreApplication>
#include <QtEndian>

namespace PageLens {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PageLens", text); }

Error badFrame(const QString &detail)
{
    return Error(Error::Code::BadResponse, PageLens::tr("The document reader sent an answer PageLens cannot read."), detail);
}

} // namespace

QByteArray WorkerProtocol::frame(const QCborMap &message)
{
    const QByteArray body = message.toCborValue().toCbor();
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(body.size()), out.data());
    return out + body;
}

Result<std::optional<QCborMap>> WorkerProtocol::takeFrame(QByteArray &buffer)
{
    if (buffer.size() < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(buffer.constData());
    if (length > kMaxFrameBytes)
        return tl::unexpected(badFrame(QStringLiteral("frame of %1 bytes").arg(length)));
    if (buffer.size() < 4 + qint64(length))
        return std::nullopt;
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(buffer.mid(4, length), &error);
    buffer.remove(0, 4 + length);
    if (error.error != QCborError::NoError)
        return tl::unexpected(badFrame(error.errorString()));
    if (!value.isMap())
        return tl::unexpected(badFrame(QStringLiteral("frame is not a map")));
    return std::optional<QCborMap>(value.toMap());
}

qint64 WorkerProtocol::integer(const QCborValue &value, qint64 otherwise)
{
    return value.isInteger() ? value.toInteger() : otherwise;
}

QCborMap WorkerProtocol::encodeRecord(const PageRecord &record)
{
    // Words as parallel arrays keep a dense page's frame small (one key per column, not per word).
    QCborArray texts, boxes, confidences;
    for (const Word &word : record.text.words) {
        texts.append(word.text);
        boxes.append(QCborArray{word.box.left, word.box.top, word.box.right, word.box.bottom});
        confidences.append(double(word.confidence));
    }
    return QCborMap{
        {QStringLiteral("width"), record.size.width()},
        {QStringLiteral("height"), record.size.height()},
        {QStringLiteral("rotation"), record.rotation},
        {QStringLiteral("source"), int(record.text.source)},
        {QStringLiteral("text"), record.text.text},
        {QStringLiteral("words"), texts},
        {QStringLiteral("boxes"), boxes},
        {QStringLiteral("confidences"), confidences},
    };
}

Result<PageRecord> WorkerProtocol::decodeRecord(const QCborMap &map)
{
    PageRecord record;
    record.size = QSizeF(map.value(QStringLiteral("width")).toDouble(), map.value(QStringLiteral("height")).toDouble());
    // A compromised worker may send anything: what cannot be a page is refused, never stored.
    if (!std::isfinite(record.size.width()) || !std::isfinite(record.size.height()) || record.size.width() < 0
        || record.size.height() < 0)
        return tl::unexpected(badFrame(QStringLiteral("page size %1 x %2").arg(record.size.width()).arg(record.size.height())));
    // Pages are only ever turned by quarter turns (OCR's upright detection); anything else would
    // misplace every word box drawn on the page.
    const qint64 rotation = integer(map.value(QStringLiteral("rotation")));
    if (rotation != 0 && rotation != 90 && rotation != 180 && rotation != 270)
        return tl::unexpected(badFrame(QStringLiteral("page rotation %1").arg(rotation)));
    record.rotation = int(rotation);
    const qint64 source = integer(map.value(QStringLiteral("source")), -1);
    if (source < int(PageText::Source::None) || source > int(PageText::Source::Ocr))
        return tl::unexpected(badFrame(QStringLiteral("text source %1").arg(source)));
    record.text.source = PageText::Source(source);
    record.text.text = map.value(QStringLiteral("text")).toString();
    const QCborArray texts = map.value(QStringLiteral("words")).toArray();
    const QCborArray boxes = map.value(QStringLiteral("boxes")).toArray();
    const QCborArray confidences = map.value(QStringLiteral("confidences")).toArray();
    if (boxes.size() != texts.size() || confidences.size() != texts.size())
        return tl::unexpected(badFrame(QStringLiteral("word columns of different lengths")));
    record.text.words.reserve(texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QCborArray box = boxes.at(i).toArray();
        if (box.size() != 4)
            return tl::unexpected(badFrame(QStringLiteral("word box without four sides")));
        const double sides[4] = {box.at(0).toDouble(), box.at(1).toDouble(), box.at(2).toDouble(), box.at(3).toDouble()};
        const double confidence = confidences.at(i).toDouble();
        if (!std::all_of(std::begin(sides), std::end(sides), [](double v) { return std::isfinite(v); }) || !std::isfinite(confidence))
            return tl::unexpected(badFrame(QStringLiteral("word %1 is not a number").arg(i)));
        // Page fractions, as the readers make them (they clamp too): a stray one stays on the page.
        auto fraction = [](double v) { return std::clamp(v, 0.0, 1.0); };
        Word word;
        word.text = texts.at(i).toString();
        word.box = {fraction(sides[0]), fraction(sides[1]), fraction(sides[2]), fraction(sides[3])};
        word.confidence = float(std::clamp(confidence, 0.0, 100.0));
        record.text.words << word;
    }
    return record;
}

QCborMap WorkerProtocol::encodeError(const Error &error)
{
    return QCborMap{{QStringLiteral("ok"), false},
                    {QStringLiteral("code"), int(error.code)},
                    {QStringLiteral("message"), error.message},
                    {QStringLiteral("detail"), error.detail}};
}

Error WorkerProtocol::decodeError(const QCborMap &map)
{
    const qint64 code = integer(map.value(QStringLiteral("code")));
    const bool known = code >= 0 && code <= int(Error::Code::ReaderFailed);
    return Error(known ? Error::Code(code) : Error::Code::Unknown, map.value(QStringLiteral("message")).toString(),
                 map.value(QStringLiteral("detail")).toString());
}

} // namespace PageLens
