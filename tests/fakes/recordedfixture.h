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
        QList<QPair<QByteArray, QByteArray>> requestHeaders;   // names lower-cased, as recorded
        QJsonObject requestJson;    // empty when the request body was not JSON
        QByteArray requestBody;     // the request body as recorded (raw text or re-serialized JSON)
        bool requestRecorded = false;   // false: the recording has no request body ("not recorded")
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> responseHeaders;
        QByteArray responseBody;    // raw text as on the wire, or the re-serialized JSON
        bool raw = false;           // body_fidelity == "raw"
        QByteArray header(const QByteArray &name) const;          // a response header
        QByteArray requestHeader(const QByteArray &name) const;   // empty when the recorder dropped it
    };

    QString name;
    QList<Exchange> exchanges;

    /** `relative` as in fixturePath(); `exchanges` is empty when the file cannot be read. */
    static RecordedFixture load(const QString &relative);
};

} // namespace PageLens::Test
