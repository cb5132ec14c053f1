// SPDX-License-Identifier: MIT
// A first enrichment the service refuses leaves the library as it was: no embedding model is
// recorded without vectors, so search with a key still answers from BM25.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "tests/fakes/fakegeminiserver.h"
#include "tests/support/clirunner.h"
#include "tests/support/testpaths.h"

using PageLens::Test::CliRunner;
using PageLens::Test::FakeGeminiServer;
using PageLens::Test::corpusPath;

namespace {

const QByteArray kServiceKey = "the-key-the-service-accepts";

/** A value read straight from the library's SQLite file, not through PageLens's catalog code. */
QString sqlValue(const QString &libraryDir, const QString &sql)
{
    const QString connection = QStringLiteral("inspect-") + libraryDir;
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(libraryDir + QStringLiteral("/catalog.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

} // namespace

class tst_FailedEnrichment : public QObject
{
    Q_OBJECT
private:
    FakeGeminiServer m_fake;

    CliRunner::Run cli(const QString &libraryDir, const QStringList &args, const QString &key) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAGELENS_GEMINI_BASE_URL"), m_fake.url().toString());
        env.insert(QStringLiteral("GOOGLE_API_KEY"), key);
        return CliRunner(libraryDir, env)(args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fake.startOnOwnThread());
        m_fake.setRequiredKey(kServiceKey);   // 400 API_KEY_INVALID for another key, 403 for none
    }

    void refusedKeyRecordsNoModel_data()
    {
        QTest::addColumn<QStringList>("keyOptions");
        QTest::addColumn<QString>("key");
        QTest::newRow("wrong key sent") << QStringList{QStringLiteral("--send-key")} << QStringLiteral("a-wrong-key");
        QTest::newRow("no key sent (403)") << QStringList{} << QString::fromLatin1(kServiceKey);
    }

    void refusedKeyRecordsNoModel()
    {
        QFETCH(QStringList, keyOptions);
        QFETCH(QString, key);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        m_fake.clearRequests();

        const auto add = cli(dir.path(), {QStringLiteral("add"), corpusPath(QStringLiteral("pdfs/pdfplumber-scotus-transcript-p1.pdf"))}, key);
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QCOMPARE(m_fake.count(), 0);

        const QStringList index = QStringList{QStringLiteral("index"), QStringLiteral("--provider"), QStringLiteral("gemini"),
                                              QStringLiteral("--yes"), QStringLiteral("--rpm"), QStringLiteral("0")}
                                  + keyOptions;
        const auto refused = cli(dir.path(), index, key);
        QCOMPARE(refused.exitCode, 3);   // the model service said no
        QVERIFY(m_fake.count() > 0);
        QCOMPARE(sqlValue(dir.path(), QStringLiteral("SELECT count(*) FROM embeddings")), QStringLiteral("0"));
        QCOMPARE(sqlValue(dir.path(), QStringLiteral("SELECT count(*) FROM settings WHERE key = 'embedding.model'")),
                 QStringLiteral("0"));

        // With a key at hand, search neither asks the service nor fails: BM25 answers.
        m_fake.clearRequests();
        const auto search = cli(dir.path(), {QStringLiteral("search"), QStringLiteral("Knowles Mirzayance"), QStringLiteral("--json")}, key);
        QVERIFY2(search.exitCode == 0, search.err.constData());
        const QJsonArray hits = QJsonDocument::fromJson(search.out).array();
        QVERIFY(!hits.isEmpty());
        QVERIFY(hits.first()[QStringLiteral("path")].toString().endsWith(QLatin1String("scotus-transcript-p1.pdf")));
        QCOMPARE(hits.first()[QStringLiteral("signals")].toObject().keys(), QStringList{QStringLiteral("bm25")});
        QCOMPARE(m_fake.count(), 0);

        // The right key, sent: the model is recorded together with the vectors.
        const auto accepted = cli(dir.path(), index + QStringList{QStringLiteral("--send-key")}, QString::fromLatin1(kServiceKey));
        QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
        QVERIFY(sqlValue(dir.path(), QStringLiteral("SELECT count(*) FROM embeddings")).toInt() > 0);
        QCOMPARE(sqlValue(dir.path(), QStringLiteral("SELECT value FROM settings WHERE key = 'embedding.model'")),
                 QStringLiteral("gemini-embedding-001/768"));   // the CLI records the real model name
    }
};

QTEST_GUILESS_MAIN(tst_FailedEnrichment)
#include "tst_failedenrichment.moc"
