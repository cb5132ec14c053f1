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
    void watchesSubfoldersAndSettlesBursts()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a/b")));
        FolderWatcher watcher;
        watcher.setSettleDelay(100);
        watcher.setFolders({dir.path()});
        QCOMPARE(watcher.watchedDirectories().size(), 3);

        QSignalSpy changed(&watcher, &FolderWatcher::changed);
        for (int i = 0; i < 5; ++i)
            touch(dir.path() + QStringLiteral("/a/b/file%1.pdf").arg(i));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.size(), 1);   // one signal for the burst

        // A new subfolder joins the watch after the change settles.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a/new")));
        QVERIFY(changed.wait(5000));
        QTRY_COMPARE(watcher.watchedDirectories().size(), 4);
        touch(dir.path() + QStringLiteral("/a/new/scan.png"));
        QVERIFY(changed.wait(5000));
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
