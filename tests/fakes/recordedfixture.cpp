// SPDX-License-Identifier: MIT
#include "tests/fakes/recordedfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "tests/support/testpaths.h"

namespace PageLens::Test {

QByteArray RecordedFixture::Exchange::header(const QByteArray &name) const
{
    for (const auto &[key, value] : responseHeaders)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QByteArray RecordedFixture::Exchange::requestHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : requestHeaders)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

RecordedFixture RecordedFixture::load(const QString &relative)
{
    RecordedFixture fixture;
    fixture.name = relative;
    QFile file(fixturePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return fixture;
    const QByteArray bytes = file.readAll();
    if (relative.contains(QLatin1String("/raw/"))) {
        Exchange exchange;
        exchange.method = QStringLiteral("POST");
        exchange.url = relative.endsWith(QLatin1String(".txt")) ? QStringLiteral(":streamGenerateContent?alt=sse")
                                                                : QStringLiteral(":generateContent");
        const QJsonObject error = QJsonDocument::fromJson(bytes).object().value(QLatin1String("error")).toObject();
        exchange.status = error.isEmpty() ? 200 : error.value(QLatin1String("code")).toInt();
        exchange.responseBody = bytes;
        exchange.raw = true;
        fixture.exchanges.append(exchange);
        return fixture;
    }
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    for (const QJsonValue &value : root.value(QLatin1String("interactions")).toArray()) {
        const QJsonObject request = value[QLatin1String("request")].toObject();
        const QJsonObject response = value[QLatin1String("response")].toObject();
        Exchange exchange;
        exchange.method = request.value(QLatin1String("method")).toString();
        exchange.url = request.value(QLatin1String("url")).toString();
        exchange.requestJson = request.contains(QLatin1String("body_json"))
                                   ? request.value(QLatin1String("body_json")).toObject()
                                   : QJsonDocument::fromJson(request.value(QLatin1String("body_text")).toString().toUtf8()).object();
        exchange.requestRecorded = request.value(QLatin1String("body_fidelity")).toString() != QLatin1String("not recorded");
        exchange.requestBody = request.contains(QLatin1String("body_text"))
                                   ? request.value(QLatin1String("body_text")).toString().toUtf8()
                                   : QJsonDocument(exchange.requestJson).toJson(QJsonDocument::Compact);
        const QJsonObject requestHeaders = request.value(QLatin1String("headers")).toObject();
        for (auto it = requestHeaders.begin(); it != requestHeaders.end(); ++it)
            for (const QJsonValue &v : it.value().toArray())
                exchange.requestHeaders.append({it.key().toUtf8(), v.toString().toUtf8()});
        exchange.status = response.value(QLatin1String("status")).toInt();
        const QJsonObject headers = response.value(QLatin1String("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            for (const QJsonValue &v : it.value().toArray())
                exchange.responseHeaders.append({it.key().toUtf8(), v.toString().toUtf8()});
        exchange.raw = response.value(QLatin1String("body_fidelity")).toString() == QLatin1String("raw");
        if (response.contains(QLatin1String("body_text")))
            exchange.responseBody = response.value(QLatin1String("body_text")).toString().toUtf8();
        else
            exchange.responseBody = QJsonDocument(response.value(QLatin1String("body_json")).toObject()).toJson();
        fixture.exchanges.append(exchange);
    }
    return fixture;
}

} // namespace PageLens::Test
