// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace PageLens::Test {

/**
 * One recorded exchange file from shared/fixtures/recorded (fixture_format 1), read in place, or a
 * byte-exact raw body (a file under gemini/raw) presented as one exchange.
 */
struct RecordedFixture {
    struct Exchange {
        QString method;
        QString url;
        QJsonObject requestJson;    // empty when the request body was not JSON
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> responseHeaders;
        QByteArray responseBody;    // raw text as on the wire, or the re-serialized JSON
        bool raw = false;           // body_fidelity == "raw"
        QByteArray header(const QByteArray &name) const;
    };

    QString name;
    QList<Exchange> exchanges;

    /** `relative` as in fixturePath(); `exchanges` is empty when the file cannot be read. */
    static RecordedFixture load(const QString &relative);
};

} // namespace PageLens::Test
