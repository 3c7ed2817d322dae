#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Kestrel::Bench {

// How long the GUI thread's event loop was unable to run: a timer due every `intervalMs` notes the
// longest gap between two of its ticks. A gap of about the interval means no stall at all; the
// number reported is the gap itself (an upper bound of the stall, never an underestimate).
class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(int intervalMs = 5, QObject *parent = nullptr);
    void start();
    void stop() { m_timer.stop(); }
    qint64 longestGapMs() const { return m_longest; }
    qint64 ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
    qint64 m_ticks = 0;
};

} // namespace Kestrel::Bench
