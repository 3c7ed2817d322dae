#include "StallMeter.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <utility>

namespace Kestrel::Bench {

StallMeter::StallMeter(int intervalMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

StallMeter::~StallMeter()
{
    if (m_schedstat >= 0)
        ::close(m_schedstat);
}

// The kernel's account of this thread (sched_info): ns on a CPU, ns runnable but waiting for one.
StallMeter::ThreadTimes StallMeter::threadTimes() const
{
    char text[128] = {};
    if (m_schedstat < 0 || ::pread(m_schedstat, text, sizeof text - 1, 0) <= 0)
        return {};
    unsigned long long running = 0, waiting = 0;
    if (std::sscanf(text, "%llu %llu", &running, &waiting) != 2)
        return {};
    return {double(running) / 1e6, double(waiting) / 1e6};
}

void StallMeter::start()
{
    if (m_schedstat < 0)
        m_schedstat = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC); // the GUI thread's
    m_longest = 0;
    m_ticks = 0;
    m_longestEndedAt = 0;
    m_gapsOver20 = 0;
    m_longestGap = {};
    m_busiestGapCpuMs = 0;
    m_atTick = threadTimes();
    m_sinceTick.start();
    m_sinceStart.start();
    m_timer.start();
}

void StallMeter::tick()
{
    const qint64 gap = m_sinceTick.restart();
    const ThreadTimes now = threadTimes();
    const ThreadTimes inGap{now.cpuMs - m_atTick.cpuMs, now.waitingMs - m_atTick.waitingMs};
    m_atTick = now;
    m_busiestGapCpuMs = std::max(m_busiestGapCpuMs, inGap.cpuMs);
    if (gap > m_longest) {
        m_longest = gap;
        m_longestEndedAt = m_sinceStart.elapsed();
        m_longestGap = inGap;
    }
    m_gapsOver20 += gap > 20 ? 1 : 0;
    ++m_ticks;
}

} // namespace Kestrel::Bench
