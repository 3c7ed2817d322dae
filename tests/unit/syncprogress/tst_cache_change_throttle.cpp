// CacheChangeThrottle: the first note of a quiet period passes at once, a burst within the interval
// becomes one change at its end, a flush passes at once and takes what was pending with it.
#include "sync/progress/CacheChangeThrottle.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Kestrel::Sync;
using namespace std::chrono_literals;

class TestCacheChangeThrottle : public QObject
{
    Q_OBJECT
private slots:
    void firstNotePassesAtOnce()
    {
        CacheChangeThrottle throttle(200ms);
        QSignalSpy changed(&throttle, &CacheChangeThrottle::changed);
        throttle.note();
        QCOMPARE(changed.count(), 1); // synchronously: the newest rows show as soon as they are stored
    }

    void burstBecomesOneChangeAtTheIntervalsEnd()
    {
        CacheChangeThrottle throttle(100ms);
        QSignalSpy changed(&throttle, &CacheChangeThrottle::changed);
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 20; ++i)
            throttle.note();
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.wait(2000));
        QCOMPARE(changed.count(), 2);
        QVERIFY2(clock.elapsed() >= 90, "the merged change waited for the interval"); // timers may fire ~1 ms early
        QVERIFY(!changed.wait(300)); // nothing pending: quiet
        QCOMPARE(changed.count(), 2);
    }

    void quietThrottleLetsTheNextNotePassAtOnce()
    {
        CacheChangeThrottle throttle(50ms);
        QSignalSpy changed(&throttle, &CacheChangeThrottle::changed);
        throttle.note();
        QTest::qWait(150); // the interval ended with nothing pending
        throttle.note();
        QCOMPARE(changed.count(), 2);
    }

    void flushPassesAtOnceAndTakesThePendingNote()
    {
        CacheChangeThrottle throttle(100ms);
        QSignalSpy changed(&throttle, &CacheChangeThrottle::changed);
        throttle.note();
        throttle.note(); // pending
        throttle.flush(); // a folder finished
        QCOMPARE(changed.count(), 2);
        QVERIFY(!changed.wait(300)); // the pending note went with the flush
        QCOMPARE(changed.count(), 2);
    }

    void flushPendingOnlyWhenSomethingWaits()
    {
        CacheChangeThrottle throttle(10s);
        QSignalSpy changed(&throttle, &CacheChangeThrottle::changed);
        throttle.note();
        throttle.flushPending(); // nothing waiting
        QCOMPARE(changed.count(), 1);
        throttle.note();
        throttle.flushPending(); // the sync ended early: shown now, not in 10 s
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCacheChangeThrottle)
#include "tst_cache_change_throttle.moc"
