// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QVector>

namespace PageLens::Test {

/**
 * The deterministic "model" behind the fake servers: captions derived from the request, hashed
 * bag-of-words embeddings (texts sharing words get close vectors) and schema-shaped JSON answers.
 */
class FakeModel
{
public:
    /**
     * "Fake caption of 1 media part(s) (image/webp). It shows a dark square image. Prompt: ..." from
     * the request's media and text. `looks` are what the fake "sees" in each decodable image (see
     * looks()): words only a caption can contribute, so searches can prove captions are used.
     */
    static QString caption(const QStringList &texts, const QStringList &mediaTypes, const QStringList &looks = {});
    /** "dark square" / "light portrait" / ...: brightness and shape of an image; empty if it does not decode. */
    static QString looks(const QByteArray &imageBytes);
    /** Unit-length hashed bag of words over `dimensions` buckets. */
    static QVector<float> embedding(const QString &text, int dimensions);
    /** A small value that satisfies `schema` (integers in arrays count up: 100, 200, ...). */
    static QJsonValue instance(const QJsonObject &schema, int index = 0);
    static int tokenCount(const QString &text);
    /** Any JSON value (scalars too) as text. */
    static QString jsonText(const QJsonValue &value);
};

} // namespace PageLens::Test
