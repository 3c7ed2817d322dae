#include "StallMeter.h"

namespace Kestrel::Bench {

StallMeter::StallMeter(int intervalMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_longest = std::max(m_longest, m_sinceTick.restart());
        ++m_ticks;
    });
}

void StallMeter::start()
{
    m_longest = 0;
    m_ticks = 0;
    m_sinceTick.start();
    m_timer.start();
}

} // namespace Kestrel::Bench
