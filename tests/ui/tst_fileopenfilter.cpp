// SPDX-License-Identifier: MIT
// FileOpenFilter: the files macOS hands over as QFileOpenEvent become absolute paths to add.
#include <QApplication>
#include <QDir>
#include <QFileOpenEvent>
#include <QSignalSpy>
#include <QTest>

#include "ui/fileopenfilter.h"

class tst_FileOpenFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileOpenEventsBecomeAbsolutePaths()
    {
        PageLens::FileOpenFilter filter;
        qApp->installEventFilter(&filter);
        QSignalSpy spy(&filter, &PageLens::FileOpenFilter::filesOpened);

        QFileOpenEvent relative(QStringLiteral("scans/page 1.png"));
        QVERIFY(QCoreApplication::sendEvent(qApp, &relative));
        QFileOpenEvent absolute(QStringLiteral("/tmp/report.pdf"));
        QCoreApplication::sendEvent(qApp, &absolute);

        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).at(0).toStringList(), QStringList{QDir::currentPath() + QStringLiteral("/scans/page 1.png")});
        QCOMPARE(spy.at(1).at(0).toStringList(), QStringList{QStringLiteral("/tmp/report.pdf")});
        qApp->removeEventFilter(&filter);
    }

    void otherEventsPassThrough()
    {
        PageLens::FileOpenFilter filter;
        QObject target;
        target.installEventFilter(&filter);
        QSignalSpy spy(&filter, &PageLens::FileOpenFilter::filesOpened);
        QEvent other(QEvent::User);
        QCoreApplication::sendEvent(&target, &other);
        QCOMPARE(spy.size(), 0);
    }
};

QTEST_MAIN(tst_FileOpenFilter)
#include "tst_fileopenfilter.moc"
