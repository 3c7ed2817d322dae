#include "sync/progress/CacheChangeThrottle.h"

namespace Kestrel::Sync {

CacheChangeThrottle::CacheChangeThrottle(std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_interval(this) // a child, so that it follows the throttle into its owner's thread
{
    m_interval.setSingleShot(true);
    m_interval.setInterval(interval);
    connect(&m_interval, &QTimer::timeout, this, &CacheChangeThrottle::intervalEnded);
}

void CacheChangeThrottle::note()
{
    if (m_interval.isActive()) {
        m_pending = true;
        return;
    }
    m_interval.start();
    emit changed();
}

void CacheChangeThrottle::flush()
{
    m_pending = false;
    m_interval.start();
    emit changed();
}

void CacheChangeThrottle::flushPending()
{
    if (m_pending)
        flush();
}

void CacheChangeThrottle::intervalEnded()
{
    if (!m_pending)
        return; // quiet: the next note passes at once
    m_pending = false;
    m_interval.start();
    emit changed();
}

} // namespace Kestrel::Sync
