// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>

#include "core/common/result.h"

namespace PageLens {

/**
 * Checks a model's structured output against the schema it was asked to follow. Covers the
 * subset both services accept: type (either case, or a list), nullable, properties, required,
 * additionalProperties: false, items, enum, minItems/maxItems, minimum/maximum, anyOf.
 */
class JsonSchemaValidator
{
public:
    /** Ok, or Error::Code::BadResponse naming the first offending path. */
    static Result<void> validate(const QJsonValue &value, const QJsonObject &schema);

    /** Parses model text as JSON: tolerates a ```json fence and any top-level value. */
    static Result<QJsonValue> parseModelJson(const QString &text);
    /** parseModelJson, then validate: the structured answer, or why it is not one. */
    static Result<QJsonValue> parseValidated(const QString &text, const QJsonObject &schema);

private:
    static QString check(const QJsonValue &value, const QJsonObject &schema, const QString &path);
};

} // namespace PageLens
