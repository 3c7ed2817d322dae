#pragma once

// Where a seeded fault run's time goes: each mark() closes the phase that ran since the previous one.
// The fault runs are the most expensive tests of the suite, so each seed prints its breakdown; a cost
// that creeps back in (a fixed sleep, a timeout waited out) shows up by name.
#include <QElapsedTimer>
#include <QStringList>

namespace Kestrel::Test {

class PhaseClock
{
public:
    PhaseClock() { m_clock.start(); }

    void mark(const char *phase)
    {
        const qint64 now = m_clock.elapsed();
        m_phases << QStringLiteral("%1 %2").arg(QLatin1String(phase)).arg(now - m_last);
        m_last = now;
    }

    qint64 total() const { return m_clock.elapsed(); }
    QString breakdown() const { return m_phases.join(QStringLiteral(", ")); }

private:
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QStringList m_phases;
};

} // namespace Kestrel::Test
