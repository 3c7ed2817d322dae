#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Kestrel::Bench {

// How long the GUI thread's event loop was unable to run: a timer due every `intervalMs` notes the
// longest gap between two of its ticks. A gap of about the interval means no stall at all; the
// number reported is the gap itself (an upper bound of the stall, never an underestimate).
// Start it on the thread it measures (it reads that thread's scheduler statistics).
class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(int intervalMs = 5, QObject *parent = nullptr);
    ~StallMeter() override;
    void start();
    void stop() { m_timer.stop(); }
    qint64 longestGapMs() const { return m_longest; }
    qint64 ticks() const { return m_ticks; }
    // When the longest gap ended, in ms since start(): places it in the run (start, chunks, the end).
    qint64 longestEndedAtMs() const { return m_longestEndedAt; }
    // Gaps of more than 20 ms: how often the GUI thread was held up, not only how badly.
    qint64 gapsOver20Ms() const { return m_gapsOver20; }
    // What the GUI thread did within the longest gap: ran (work of ours that held the loop up), or
    // waited runnable for a core (the machine's load: no change to the code removes it); the rest of
    // the gap it was blocked (a lock, the disk). And the most CPU it used within any one gap.
    double longestGapCpuMs() const { return m_longestGap.cpuMs; }
    double longestGapWaitingMs() const { return m_longestGap.waitingMs; }
    double busiestGapCpuMs() const { return m_busiestGapCpuMs; }

private:
    struct ThreadTimes {
        double cpuMs = 0;
        double waitingMs = 0;
    };
    ThreadTimes threadTimes() const;
    void tick();

    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    QElapsedTimer m_sinceStart;
    qint64 m_longest = 0;
    qint64 m_ticks = 0;
    qint64 m_longestEndedAt = 0;
    qint64 m_gapsOver20 = 0;
    int m_schedstat = -1; // /proc/thread-self/schedstat of the thread that called start()
    ThreadTimes m_atTick;
    ThreadTimes m_longestGap;
    double m_busiestGapCpuMs = 0;
};

} // namespace Kestrel::Bench
