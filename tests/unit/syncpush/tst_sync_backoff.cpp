// Backoff: 1 s, 2 s, 4 s ... capped at 5 min, each within +-20 %; a connection that stayed up resets it,
// one that drops at once does not (no reconnect storm against a server that accepts and hangs up).
#include "sync/push/Backoff.h"

#include <QTest>

using namespace Kestrel::Sync;
using namespace std::chrono_literals;

class TestSyncBackoff : public QObject
{
    Q_OBJECT
private slots:
    void doublesUpToTheCapWithoutJitter()
    {
        Backoff backoff(BackoffPolicy{}, clock(), [] { return 0.5; }); // 0.5: the jitter factor is exactly 1
        QList<qint64> delays;
        for (int i = 0; i < 12; ++i)
            delays << backoff.nextDelay().count();
        QCOMPARE(delays, (QList<qint64>{1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000, 300000, 300000}));
        QCOMPARE(backoff.failures(), 12);
    }

    void jitterStaysWithinTwentyPercent()
    {
        double draw = 0.0;
        Backoff low(BackoffPolicy{}, clock(), [&draw] { return draw; });
        QCOMPARE(low.nextDelay(), 800ms); // random 0 -> factor 0.8
        draw = 0.999999;
        QVERIFY(low.nextDelay() >= 2399ms); // random ~1 -> factor ~1.2 of 2 s
        // A capped delay is jittered too, so clients dropped together do not return together.
        Backoff capped(BackoffPolicy{}, clock(), [] { return 0.0; });
        for (int i = 0; i < 20; ++i)
            capped.nextDelay();
        QCOMPARE(capped.nextDelay(), 240000ms);
    }

    void realRandomSourceSpreadsDelaysInsideTheBand()
    {
        QSet<qint64> seen;
        for (int i = 0; i < 200; ++i) {
            Backoff backoff; // QRandomGenerator
            const auto delay = backoff.nextDelay();
            QVERIFY2(delay >= 800ms && delay <= 1200ms, qPrintable(QString::number(delay.count())));
            seen.insert(delay.count());
        }
        QVERIFY(seen.size() > 20);
    }

    void stableConnectionResetsButAnInstantDropDoesNot()
    {
        Backoff backoff(BackoffPolicy{}, clock(), [] { return 0.5; });
        backoff.nextDelay();
        backoff.nextDelay();
        backoff.nextDelay();
        // Accepted, then hung up after 2 s: still failing, the next delay keeps growing.
        backoff.connected();
        m_now += 2s;
        backoff.disconnected();
        QCOMPARE(backoff.nextDelay(), 8000ms);
        // Up for a minute: the next drop starts again at 1 s.
        backoff.connected();
        m_now += 60s;
        backoff.disconnected();
        QCOMPARE(backoff.failures(), 0);
        QCOMPARE(backoff.nextDelay(), 1000ms);
    }

    void shortPolicyForTests()
    {
        BackoffPolicy policy;
        policy.initial = 50ms;
        policy.maximum = 300ms;
        policy.jitter = 0;
        Backoff backoff(policy, clock(), [] { return 0.123; });
        QCOMPARE(backoff.nextDelay(), 50ms);
        QCOMPARE(backoff.nextDelay(), 100ms);
        QCOMPARE(backoff.nextDelay(), 200ms);
        QCOMPARE(backoff.nextDelay(), 300ms);
        backoff.reset();
        QCOMPARE(backoff.nextDelay(), 50ms);
    }

    void manyFailuresNeitherOverflowNorExceedTheCap()
    {
        Backoff backoff(BackoffPolicy{}, clock(), [] { return 1.0; });
        for (int i = 0; i < 5000; ++i)
            QVERIFY(backoff.nextDelay() <= 360000ms);
    }

private:
    Backoff::Clock clock()
    {
        return [this] { return m_now; };
    }

    std::chrono::steady_clock::time_point m_now{};
};

QTEST_GUILESS_MAIN(TestSyncBackoff)
#include "tst_sync_backoff.moc"
