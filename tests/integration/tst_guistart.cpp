// SPDX-License-Identifier: MIT
// The built pagelens GUI as an installer's check and the desktop start it: --version without a
// display, and --quit-after-start opening a library and indexing the files named on its command line.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/clirunner.h"
#include "tests/support/testpaths.h"

using PageLens::Test::corpusPath;

class tst_GuiStart : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run gui(const QStringList &args, const QProcessEnvironment &environment) const
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(PageLens::Test::guiPath(), args);
        Run run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QProcessEnvironment offscreen() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_dir.path() + QStringLiteral("/home"));   // logs and settings stay here
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path() + QStringLiteral("/home/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path() + QStringLiteral("/home/.local/share"));
        return env;
    }

private Q_SLOTS:
    void versionNeedsNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        const Run run = gui({QStringLiteral("--version")}, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^PageLens \\d+\\.\\d+\\.\\d+\n$")).match(QString::fromUtf8(run.out)).hasMatch(),
                 run.out.constData());
    }

    void quitAfterStartIndexesTheFilesGiven()
    {
        const QString library = m_dir.path() + QStringLiteral("/lib");
        const QString image = corpusPath(QStringLiteral("images/docling-webp-test.webp"));
        const Run run = gui({QStringLiteral("--quit-after-start"), QStringLiteral("--library"), library, image}, offscreen());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.startsWith("PageLens started"), run.out.constData());

        // What the window added, as the CLI sees it in the same library.
        const auto status = PageLens::Test::CliRunner(library)({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonArray docs = QJsonDocument::fromJson(status.out).object().value(QStringLiteral("documents")).toArray();
        QCOMPARE(docs.size(), 1);
        QCOMPARE(docs.at(0).toObject().value(QStringLiteral("path")).toString(), image);
        QCOMPARE(docs.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("indexed"));
        const auto search = PageLens::Test::CliRunner(library)({QStringLiteral("search"), QStringLiteral("bundles"), QStringLiteral("--json")});
        QVERIFY2(QJsonDocument::fromJson(search.out).array().size() == 1, search.out.constData());   // the OCR'd WebP text
    }

    void quitAfterStartWithoutALibraryFails()
    {
        // A library folder inside a regular file cannot be created: exit status 1, not a hang.
        QFile blocker(m_dir.path() + QStringLiteral("/not-a-folder"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Run run = gui({QStringLiteral("--quit-after-start"), QStringLiteral("--library"), blocker.fileName() + QStringLiteral("/lib")},
                            offscreen());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.out.contains("PageLens started"));
    }
};

QTEST_GUILESS_MAIN(tst_GuiStart)
#include "tst_guistart.moc"
