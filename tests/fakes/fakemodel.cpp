// SPDX-License-Identifier: MIT
#include "tests/fakes/fakemodel.h"

#include <cmath>

#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace PageLens::Test {

QString FakeModel::caption(const QStringList &texts, const QStringList &mediaTypes, const QStringList &looks)
{
    QString media = mediaTypes.isEmpty() ? QStringLiteral("no media")
                                         : QStringLiteral("%1 media part(s) (%2)").arg(mediaTypes.size()).arg(mediaTypes.join(QStringLiteral(", ")));
    QString seen;
    for (const QString &look : looks)
        if (!look.isEmpty())
            seen += QStringLiteral(" It shows a %1 image.").arg(look);
    return QStringLiteral("Fake caption of %1.%2 Prompt: %3").arg(media, seen, texts.join(QStringLiteral(" | ")).simplified());
}

QString FakeModel::looks(const QByteArray &imageBytes)
{
    const QImage image = QImage::fromData(imageBytes);
    if (image.isNull())
        return {};
    const QImage one = image.convertToFormat(QImage::Format_Grayscale8).scaled(1, 1, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QString brightness = qGray(one.pixel(0, 0)) < 128 ? QStringLiteral("dark") : QStringLiteral("light");
    const double ratio = double(image.width()) / image.height();
    const QString shape = ratio > 1.1 ? QStringLiteral("landscape") : ratio < 0.9 ? QStringLiteral("portrait") : QStringLiteral("square");
    return brightness + QLatin1Char(' ') + shape;
}

QVector<float> FakeModel::embedding(const QString &text, int dimensions)
{
    QVector<float> vector(std::max(1, dimensions), 0.0f);
    static const QRegularExpression words(QStringLiteral("\\W+"));
    for (const QString &word : text.toLower().split(words, Qt::SkipEmptyParts)) {
        const QByteArray hash = QCryptographicHash::hash(word.toUtf8(), QCryptographicHash::Sha1);
        const quint32 bucket = (quint8(hash[0]) << 24 | quint8(hash[1]) << 16 | quint8(hash[2]) << 8 | quint8(hash[3]));
        vector[int(bucket % quint32(vector.size()))] += (hash[4] & 1) ? 1.0f : -1.0f;
    }
    double sum = 0;
    for (float v : vector)
        sum += double(v) * v;
    if (sum == 0)
        vector[0] = 1.0f;
    else
        for (float &v : vector)
            v = float(v / std::sqrt(sum));
    return vector;
}

QJsonValue FakeModel::instance(const QJsonObject &schema, int index)
{
    if (schema.contains(QLatin1String("enum")))
        return schema.value(QLatin1String("enum")).toArray().first();
    if (schema.contains(QLatin1String("anyOf")))
        return instance(schema.value(QLatin1String("anyOf")).toArray().first().toObject(), index);
    const QString type = schema.value(QLatin1String("type")).toString().toLower();
    if (type == QLatin1String("object") || schema.contains(QLatin1String("properties"))) {
        QJsonObject object;
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            object.insert(it.key(), instance(it.value().toObject(), index));
        return object;
    }
    if (type == QLatin1String("array")) {
        const int count = std::max(1, schema.value(QLatin1String("minItems")).toInt());
        QJsonArray array;
        for (int i = 0; i < count; ++i)
            array.append(instance(schema.value(QLatin1String("items")).toObject(), i));
        return array;
    }
    if (type == QLatin1String("integer") || type == QLatin1String("number"))
        return 100 * (index + 1);
    if (type == QLatin1String("boolean"))
        return true;
    return QStringLiteral("fake %1").arg(index + 1);
}

QString FakeModel::jsonText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

int FakeModel::tokenCount(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("\\W+"));
    return int(text.split(words, Qt::SkipEmptyParts).size());
}

} // namespace PageLens::Test
