// SPDX-License-Identifier: MIT
// The query syntax: every form, and garbage that must still be searched as plain words.
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "core/retrieval/queryparser.h"

using namespace PageLens;

namespace {

/** The query written back with its labels: groups joined by " & ", exclusions as " -x". */
QString shape(const ParsedQuery &query)
{
    QString out = query.labels().join(QStringLiteral(" & "));
    for (const ParsedQuery::Term &term : query.excluded)
        out += QStringLiteral(" -") + term.label();
    return out;
}

} // namespace

class tst_QueryParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void syntax_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("words are all required") << "garden work" << "garden & work";
        QTest::newRow("case and accents fold") << "Größe NAÏVE" << "große & naive";
        QTest::newRow("stop words dropped") << "the title of the paper" << "title & paper";
        QTest::newRow("only stop words kept") << "the" << "the";
        QTest::newRow("phrase") << "\"exact phrase\" here" << "\"exact phrase\" & here";
        QTest::newRow("stop words stay in phrases") << "\"the paper\"" << "\"the paper\"";
        QTest::newRow("hyphenated word is a phrase") << "e-mail" << "\"e mail\"";
        QTest::newRow("minus excludes") << "garden -work" << "garden -work";
        QTest::newRow("minus phrase") << "garden -\"hard work\"" << "garden -\"hard work\"";
        QTest::newRow("NOT excludes") << "garden NOT work" << "garden -work";
        QTest::newRow("OR") << "cat OR dog" << "cat OR dog";
        QTest::newRow("OR chain and AND") << "cat OR dog OR bird food" << "cat OR dog OR bird & food";
        QTest::newRow("explicit AND") << "cat AND dog" << "cat & dog";
        QTest::newRow("lower-case or is a word") << "cat or dog" << "cat & dog";
        QTest::newRow("prefix") << "Know*" << "know*";
        QTest::newRow("star inside quotes is literal") << "\"know*\"" << "know";
        QTest::newRow("star inside a word splits it") << "a*b" << "\"a b\"";
        QTest::newRow("duplicates once") << "cat cat -dog -dog" << "cat -dog";
        // Garbage: never an error, whatever has letters is searched as words.
        QTest::newRow("quote brackets AND") << "\"(( AND" << "and";
        QTest::newRow("lone minus") << "-" << "";
        QTest::newRow("lone star") << "*" << "";
        QTest::newRow("OR OR") << "OR OR" << "or";
        QTest::newRow("trailing OR") << "cat OR" << "cat";
        QTest::newRow("leading OR") << "OR cat" << "cat";
        QTest::newRow("OR before exclusion") << "cat OR -dog" << "cat -dog";
        QTest::newRow("dangling NOT") << "cat NOT" << "cat & not";
        QTest::newRow("unbalanced quote") << "\"open phrase" << "open & phrase";
        QTest::newRow("three quotes") << "\"a b\" \"c d" << "\"a b\" & c & d";
        QTest::newRow("FTS5 syntax is words") << "NEAR(a b) col:x ^start" << "\"near a\" & b & \"col x\" & start";
        QTest::newRow("only exclusions") << "-cat" << " -cat";
        QTest::newRow("punctuation only") << "(( )) ** --" << "";
        QTest::newRow("lone accent") << QString(QChar(0x0301)) << "";
        QTest::newRow("empty") << "" << "";
    }

    void syntax()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QCOMPARE(shape(QueryParser::parse(query)), expected);
    }

    void longQueriesAreCapped()
    {
        QStringList words;
        for (int i = 0; i < 100; ++i)
            words << QStringLiteral("w%1").arg(i);
        const ParsedQuery parsed = QueryParser::parse(words.join(QLatin1Char(' ')));
        QCOMPARE(parsed.required.size(), qsizetype(QueryParser::maxTerms));
        QCOMPARE(parsed.label(0), QStringLiteral("w0"));
    }

    void ftsExpressions()
    {
        const ParsedQuery parsed = QueryParser::parse(QStringLiteral("cat OR \"big dog\" know* -bird -\"say\""));
        QCOMPARE(parsed.ftsAll(), QStringLiteral("((\"cat\" OR \"big\" + \"dog\") AND \"know\" *) NOT (\"bird\" OR \"say\")"));
        QCOMPARE(parsed.ftsAny(), QStringLiteral("((\"cat\" OR \"big\" + \"dog\") OR \"know\" *) NOT (\"bird\" OR \"say\")"));
        QCOMPARE(parsed.ftsGroup(1), QStringLiteral("\"know\" *"));
    }

    void everyExpressionIsValidFts5()
    {
        // A real FTS5 table is the judge: no query, however broken, may be an FTS5 syntax error.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(text, tokenize='porter unicode61 remove_diacritics 2')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES ('the knowledge of gardens and hard work, 42 cats')")));
        const QStringList queries = {
            QStringLiteral("\"(( AND"), QStringLiteral("-"), QStringLiteral("*"), QStringLiteral("OR OR"), QStringLiteral("\"a"),
            QStringLiteral("a\"\"b"), QStringLiteral("NEAR(a, b)"), QStringLiteral("col:x"), QStringLiteral("^x"),
            QStringLiteral("x*y*"), QStringLiteral("AND OR NOT"), QStringLiteral("' ; DROP TABLE t; --"), QStringLiteral("{a b}"),
            QStringLiteral("know* -\"hard work\" cats OR dogs"), QStringLiteral("\\\" \\"), QString(QChar(0x0301)) + QStringLiteral("x"),
        };
        for (const QString &query : queries) {
            const ParsedQuery parsed = QueryParser::parse(query);
            if (parsed.isEmpty())
                continue;
            for (const QString &expression : {parsed.ftsAll(), parsed.ftsAny()}) {
                QVERIFY(q.prepare(QStringLiteral("SELECT rowid FROM t WHERE t MATCH ?")));
                q.addBindValue(expression);
                QVERIFY2(q.exec(), qPrintable(query + QStringLiteral(" -> ") + expression + QStringLiteral(": ") + q.lastError().text()));
            }
        }
        // And the syntax means what it says on that row.
        const auto matches = [&q](const QString &query) {
            q.prepare(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH ?"));
            q.addBindValue(QueryParser::parse(query).ftsAll());
            return q.exec() && q.next() && q.value(0).toInt() == 1;
        };
        QVERIFY(matches(QStringLiteral("Know* garden")));
        QVERIFY(!matches(QStringLiteral("knowledge -cats")));
        QVERIFY(matches(QStringLiteral("\"hard work\"")));
        QVERIFY(!matches(QStringLiteral("\"work hard\"")));
        QVERIFY(!matches(QStringLiteral("garden dogs")));
        QVERIFY(matches(QStringLiteral("garden dogs OR cats")));
    }

    void helpNamesEveryForm()
    {
        const QString help = QueryParser::syntaxHelp();
        for (const char *form : {"\"exact phrase\"", "-word", "OR", "know*"})
            QVERIFY2(help.contains(QLatin1String(form)), form);
    }
};

QTEST_GUILESS_MAIN(tst_QueryParser)
#include "tst_queryparser.moc"
