// SPDX-License-Identifier: MIT
// `pagelens` on a machine without a display still does the main job: it indexes what it is given.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/clirunner.h"
#include "tests/support/testpaths.h"

class tst_HeadlessGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void indexesWithoutADisplay()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        QProcess gui;
        gui.setProcessEnvironment(env);
        gui.start(PageLens::Test::guiPath(), {QStringLiteral("--library"), dir.path(),
                                             PageLens::Test::corpusPath(QStringLiteral("pdfs/pypdf-multicolumn.pdf"))});
        QVERIFY(gui.waitForFinished(30000));   // it exits at once without a display
        QCOMPARE(gui.exitCode(), 0);
        QVERIFY(gui.readAllStandardError().contains("headless"));

        const auto status = PageLens::Test::CliRunner(dir.path())({QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.startsWith("indexed"), status.out.constData());
    }
};

QTEST_GUILESS_MAIN(tst_HeadlessGui)
#include "tst_headlessgui.moc"
