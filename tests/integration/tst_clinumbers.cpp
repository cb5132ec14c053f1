// SPDX-License-Identifier: MIT
// Every whole-number option of pagelens-cli refuses what is not a number in its range (exit 1, a
// sentence with the range) and takes what is; nothing is indexed or sent on a refused value.
#include <QTemporaryDir>
#include <QTest>

#include "tests/fakes/fakegeminiserver.h"
#include "tests/support/clirunner.h"
#include "tests/support/testpaths.h"

using PageLens::Test::CliRunner;
using PageLens::Test::FakeGeminiServer;
using PageLens::Test::corpusPath;

class tst_CliNumbers : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FakeGeminiServer m_fake;

    CliRunner::Run cli(const QStringList &args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAGELENS_GEMINI_BASE_URL"), m_fake.url().toString());
        env.insert(QStringLiteral("GOOGLE_API_KEY"), QStringLiteral("fake-key-for-tests"));
        return CliRunner(m_dir.path(), env)(args);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fake.startOnOwnThread()); }

    void options_data()
    {
        const QString image = corpusPath(QStringLiteral("images/pypdf-coati-photo.jpg"));
        QTest::addColumn<QStringList>("command");   // the option comes last, its value is appended
        QTest::addColumn<QString>("range");         // as the refusal states it
        QTest::addColumn<QString>("tooLarge");
        QTest::addColumn<QString>("good");

        const QStringList index = {QStringLiteral("index")};
        QTest::newRow("index --rpm") << index + QStringList{QStringLiteral("--rpm")}
                                     << QStringLiteral("--rpm takes a whole number from 0 to 1000 (caption requests per minute; 0: no limit).")
                                     << QStringLiteral("1001") << QStringLiteral("30");
        QTest::newRow("index --in-flight") << index + QStringList{QStringLiteral("--in-flight")}
                                           << QStringLiteral("--in-flight takes a whole number from 1 to 32") << QStringLiteral("33")
                                           << QStringLiteral("4");
        QTest::newRow("index --dim") << index + QStringList{QStringLiteral("--dim")}
                                     << QStringLiteral("--dim takes a whole number from 1 to 8192") << QStringLiteral("8193")
                                     << QStringLiteral("768");
        QTest::newRow("index --workers") << index + QStringList{QStringLiteral("--workers")}
                                         << QStringLiteral("--workers takes a whole number from 0 to 256") << QStringLiteral("257")
                                         << QStringLiteral("1");
        QTest::newRow("search -k") << QStringList{QStringLiteral("search"), QStringLiteral("anything"), QStringLiteral("-k")}
                                   << QStringLiteral("-k takes a whole number from 1 to 1000") << QStringLiteral("1001")
                                   << QStringLiteral("5");
        QTest::newRow("embed --dim") << QStringList{QStringLiteral("embed"), QStringLiteral("hello"), QStringLiteral("--dim")}
                                     << QStringLiteral("--dim takes a whole number from 1 to 8192") << QStringLiteral("99999999999")
                                     << QStringLiteral("64");
        QTest::newRow("describe --max-width") << QStringList{QStringLiteral("describe"), image, QStringLiteral("--max-width")}
                                              << QStringLiteral("--max-width takes a whole number from 16 to 8192") << QStringLiteral("8193")
                                              << QStringLiteral("300");
    }

    void options()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, range);
        QFETCH(QString, tooLarge);
        QFETCH(QString, good);
        m_fake.clearRequests();
        for (const QString &bad : {QStringLiteral("abc"), QStringLiteral("-1"), QStringLiteral("2.5"), tooLarge}) {
            const CliRunner::Run run = cli(command + QStringList{bad});
            QVERIFY2(run.exitCode == 1, qPrintable(bad + QStringLiteral(": ") + QString::fromUtf8(run.err)));
            QVERIFY2(run.err.contains(range.toUtf8()), run.err.constData());
            QVERIFY2(!run.err.contains("indexed,"), run.err.constData());   // refused before any indexing
        }
        QCOMPARE(m_fake.count(), 0);

        const CliRunner::Run run = cli(command + QStringList{good});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!run.err.contains("takes a whole number"));
    }
};

QTEST_GUILESS_MAIN(tst_CliNumbers)
#include "tst_clinumbers.moc"
