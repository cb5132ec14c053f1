// SPDX-License-Identifier: MIT
// Secrets registered with the log stay redacted when logging is configured again (the application
// configures once at start-up, but a key may be registered before that, e.g. from the environment).
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "core/common/log.h"

using namespace PageLens;

namespace {

// Not key-shaped, so only the registration can keep it out of the file.
const QString kSecret = QStringLiteral("correct-horse-battery-staple-4711");

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestLogSecrets : public QObject
{
    Q_OBJECT
private slots:
    void secretsSurviveReconfiguration();
};

void TestLogSecrets::secretsSurviveReconfiguration()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString first = dir.filePath(QStringLiteral("first.log"));
    const QString second = dir.filePath(QStringLiteral("second.log"));

    log::addSecret(kSecret);
    log::configure(first, spdlog::level::info);
    auto held = log::llm();   // a logger kept across the next configure, as a long-lived object would
    held->warn("first file, key {}", log::s(kSecret));
    held->flush();

    log::configure(second, spdlog::level::info);
    log::llm()->warn("second file, key {}", log::s(kSecret));
    log::llm()->flush();
    held->warn("held logger, key {}", log::s(kSecret));
    held->flush();

    const QString firstText = readAll(first);
    const QString secondText = readAll(second);
    QVERIFY2(firstText.contains(QStringLiteral("first file, key [REDACTED]")), qPrintable(firstText));
    QVERIFY2(secondText.contains(QStringLiteral("second file, key [REDACTED]")), qPrintable(secondText));
    QVERIFY2(secondText.contains(QStringLiteral("held logger, key [REDACTED]")), qPrintable(secondText));
    QVERIFY(!firstText.contains(kSecret));
    QVERIFY(!secondText.contains(kSecret));
    QVERIFY(!secondText.contains(QStringLiteral("first file")));
}

QTEST_GUILESS_MAIN(TestLogSecrets)
#include "tst_logsecrets.moc"
