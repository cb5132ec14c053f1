// SPDX-License-Identifier: MIT
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/library/folderwatcher.h"

using namespace PageLens;

class tst_FolderWatcher : public QObject
{
    Q_OBJECT
private:
    static void touch(const QString &path)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }

private Q_SLOTS:
    void settlesABurstIntoOneSignal()
    {
        // The burst lasts longer than the settle delay: only a timer that restarts on every change
        // gives one signal. Each write is its own inotify event, so without settling there would be five.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a/b")));
        FolderWatcher watcher;
        const int settle = 400;
        watcher.setSettleDelay(settle);
        watcher.setFolders({dir.path()});
        QCOMPARE(watcher.watchedDirectories().size(), 3);

        QSignalSpy changed(&watcher, &FolderWatcher::changed);
        for (int i = 0; i < 5; ++i) {
            touch(dir.path() + QStringLiteral("/a/b/file%1.pdf").arg(i));
            QTest::qWait(settle / 4);   // the burst's pace (the stimulus), not a wait for a result
        }
        QVERIFY(changed.wait(10000));
        // A second signal would come at most one settle delay after the first: wait three.
        QVERIFY2(!changed.wait(3 * settle), "a second signal for one burst");
        QCOMPARE(changed.size(), 1);
    }

    void separateBurstsGiveSeparateSignals()
    {
        QTemporaryDir dir;
        FolderWatcher watcher;
        watcher.setSettleDelay(100);
        watcher.setFolders({dir.path()});
        QSignalSpy changed(&watcher, &FolderWatcher::changed);
        touch(dir.path() + QStringLiteral("/one.pdf"));
        QVERIFY(changed.wait(10000));
        touch(dir.path() + QStringLiteral("/two.pdf"));
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.size(), 2);
    }

    void newSubfoldersJoinTheWatch()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a")));
        FolderWatcher watcher;
        watcher.setSettleDelay(100);
        watcher.setFolders({dir.path()});
        QCOMPARE(watcher.watchedDirectories().size(), 2);
        QSignalSpy changed(&watcher, &FolderWatcher::changed);
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a/new")));
        QVERIFY(changed.wait(10000));
        QCOMPARE(watcher.watchedDirectories().size(), 3);   // joined before the signal
        touch(dir.path() + QStringLiteral("/a/new/scan.png"));
        QVERIFY(changed.wait(10000));   // a change inside the new folder is seen
        QCOMPARE(changed.size(), 2);
    }

    void forgetsFoldersThatLeave()
    {
        QTemporaryDir one;
        QTemporaryDir two;
        FolderWatcher watcher;
        watcher.setFolders({one.path(), two.path()});
        QCOMPARE(watcher.watchedDirectories().size(), 2);
        watcher.setFolders({two.path()});
        QCOMPARE(watcher.watchedDirectories(), QStringList{two.path()});
    }
};

QTEST_GUILESS_MAIN(tst_FolderWatcher)
#include "tst_folderwatcher.moc"
