// SPDX-License-Identifier: MIT
#include "core/llm/jsonschemavalidator.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace PageLens {

namespace {

bool hasType(const QJsonValue &value, const QString &type)
{
    const QString t = type.toLower();
    if (t == QLatin1String("string"))
        return value.isString();
    if (t == QLatin1String("number"))
        return value.isDouble();
    if (t == QLatin1String("integer"))
        return value.isDouble() && value.toDouble() == std::floor(value.toDouble());
    if (t == QLatin1String("boolean"))
        return value.isBool();
    if (t == QLatin1String("array"))
        return value.isArray();
    if (t == QLatin1String("object"))
        return value.isObject();
    if (t == QLatin1String("null"))
        return value.isNull();
    return true;   // an unknown type name constrains nothing
}

} // namespace

QString JsonSchemaValidator::check(const QJsonValue &value, const QJsonObject &schema, const QString &path)
{
    if (value.isNull() && schema.value(QLatin1String("nullable")).toBool())
        return {};

    const QJsonValue type = schema.value(QLatin1String("type"));
    if (type.isString() && !hasType(value, type.toString()))
        return QStringLiteral("%1: expected %2").arg(path, type.toString());
    if (type.isArray()) {
        bool any = false;
        for (const QJsonValue &t : type.toArray())
            any = any || hasType(value, t.toString());
        if (!any)
            return QStringLiteral("%1: type not allowed").arg(path);
    }

    if (schema.contains(QLatin1String("enum")) && !schema.value(QLatin1String("enum")).toArray().contains(value))
        return QStringLiteral("%1: value not in enum").arg(path);

    if (schema.contains(QLatin1String("anyOf"))) {
        bool any = false;
        for (const QJsonValue &alternative : schema.value(QLatin1String("anyOf")).toArray())
            any = any || check(value, alternative.toObject(), path).isEmpty();
        if (!any)
            return QStringLiteral("%1: matches no alternative of anyOf").arg(path);
    }

    if (value.isDouble()) {
        if (schema.contains(QLatin1String("minimum")) && value.toDouble() < schema.value(QLatin1String("minimum")).toDouble())
            return QStringLiteral("%1: below minimum").arg(path);
        if (schema.contains(QLatin1String("maximum")) && value.toDouble() > schema.value(QLatin1String("maximum")).toDouble())
            return QStringLiteral("%1: above maximum").arg(path);
    }

    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (const QJsonValue &required : schema.value(QLatin1String("required")).toArray())
            if (!object.contains(required.toString()))
                return QStringLiteral("%1: missing required property \"%2\"").arg(path, required.toString());
        const bool closed = schema.value(QLatin1String("additionalProperties")) == QJsonValue(false);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (properties.contains(it.key())) {
                const QString problem = check(it.value(), properties.value(it.key()).toObject(), path + QLatin1Char('.') + it.key());
                if (!problem.isEmpty())
                    return problem;
            } else if (closed) {
                return QStringLiteral("%1: unexpected property \"%2\"").arg(path, it.key());
            }
        }
    }

    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains(QLatin1String("minItems")) && array.size() < schema.value(QLatin1String("minItems")).toInt())
            return QStringLiteral("%1: too few items").arg(path);
        if (schema.contains(QLatin1String("maxItems")) && array.size() > schema.value(QLatin1String("maxItems")).toInt())
            return QStringLiteral("%1: too many items").arg(path);
        const QJsonObject items = schema.value(QLatin1String("items")).toObject();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString problem = check(array.at(i), items, QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!problem.isEmpty())
                return problem;
        }
    }
    return {};
}

Result<void> JsonSchemaValidator::validate(const QJsonValue &value, const QJsonObject &schema)
{
    const QString problem = check(value, schema, QStringLiteral("$"));
    if (problem.isEmpty())
        return {};
    return fail(Error::Code::BadResponse,
                QCoreApplication::translate("PageLens", "The model's answer does not have the expected structure."), problem);
}

Result<QJsonValue> JsonSchemaValidator::parseModelJson(const QString &text)
{
    QString body = text.trimmed();
    if (body.startsWith(QLatin1String("```"))) {   // local models often fence their JSON
        body = body.section(QLatin1Char('\n'), 1);
        if (body.endsWith(QLatin1String("```")))
            body.chop(3);
    }
    // Wrapping in an array lets any top-level value (object, array, scalar) parse.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + body.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return fail(Error::Code::BadResponse,
                    QCoreApplication::translate("PageLens", "The model's answer is not valid JSON."), error.errorString());
    return doc.array().first();
}

Result<QJsonValue> JsonSchemaValidator::parseValidated(const QString &text, const QJsonObject &schema)
{
    auto json = parseModelJson(text);
    if (!json)
        return json;
    auto valid = validate(*json, schema);
    if (!valid)
        return tl::unexpected(valid.error());
    return json;
}

} // namespace PageLens
