// SPDX-License-Identifier: MIT
// JsonSchemaValidator: the first line of the input is the schema (JSON), the rest is the model's
// text (fenced or not, any top-level value). Held to: an empty schema accepts whatever parses, a
// rejection names a path, and a schema wrapped as the only alternative of anyOf gives the same verdict.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/llm/jsonschemavalidator.h"
#include "tests/fuzz/fuzzenvironment.h"

using namespace PageLens;
using PageLens::Fuzz::FuzzEnvironment;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzEnvironment::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzEnvironment::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QJsonObject schema = QJsonDocument::fromJson(newline < 0 ? input : input.left(newline)).object();
    const QString text = QString::fromUtf8(newline < 0 ? QByteArray() : input.mid(newline + 1));

    const auto parsed = JsonSchemaValidator::parseModelJson(text);
    const auto validated = JsonSchemaValidator::parseValidated(text, schema);
    FuzzEnvironment::require(parsed || !validated, "what does not parse is not valid");
    if (parsed) {
        FuzzEnvironment::require(bool(JsonSchemaValidator::validate(*parsed, {})), "an empty schema accepts any value");
        if (!validated)
            FuzzEnvironment::require(validated.error().detail.startsWith(QLatin1Char('$')), "a rejection names the path");
        const QJsonObject wrapped{{QStringLiteral("anyOf"), QJsonArray{schema}}};
        FuzzEnvironment::require(bool(JsonSchemaValidator::validate(*parsed, wrapped)) == bool(validated),
                                 "anyOf with one alternative judges as the alternative does");
    }
    // A schema is a JSON value too: checking it against itself walks deep, odd shapes.
    (void)JsonSchemaValidator::validate(QJsonValue(schema), schema);
    return 0;
}
