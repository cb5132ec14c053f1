// SPDX-License-Identifier: MIT
#include <QTest>

#include "core/ingest/ratelimiter.h"

using namespace PageLens;
using namespace std::chrono;

class tst_RateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spacesRequestsOverTheMinute()
    {
        milliseconds now{0};
        milliseconds slept{0};
        RateLimiter limiter(3, [&] { return now; }, [&](milliseconds d) { now += d; slept += d; });
        for (int i = 0; i < 3; ++i)
            QVERIFY(limiter.acquire());
        QCOMPARE(slept.count(), 0);
        QVERIFY(limiter.acquire());   // the fourth waits until the first leaves the window
        QCOMPARE(now, milliseconds(60000));
        now += milliseconds(30000);   // the three first requests have left the window
        QVERIFY(limiter.acquire());
        QVERIFY(limiter.acquire());
        QCOMPARE(now, milliseconds(90000));
        QVERIFY(limiter.acquire());   // window full again: waits for the request sent at 60 s
        QCOMPARE(now, milliseconds(120000));
    }

    void cancelStopsWaiting()
    {
        milliseconds now{0};
        std::atomic_bool cancel{false};
        int naps = 0;
        RateLimiter limiter(1, [&] { return now; }, [&](milliseconds d) {
            now += d;
            if (++naps == 3)
                cancel = true;
        });
        QVERIFY(limiter.acquire(&cancel));
        QVERIFY(!limiter.acquire(&cancel));
        QCOMPARE(naps, 3);
    }

    void unlimitedWhenZero()
    {
        RateLimiter limiter(0, [] { return milliseconds(0); }, [](milliseconds) { QFAIL("must not sleep"); });
        for (int i = 0; i < 1000; ++i)
            QVERIFY(limiter.acquire());
    }
};

QTEST_APPLESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
