#include "sync/push/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Kestrel::Sync {

Backoff::Backoff(BackoffPolicy policy, Clock clock, Random random)
    : m_policy(policy)
    , m_clock(clock ? std::move(clock) : Clock([] { return std::chrono::steady_clock::now(); }))
    , m_random(random ? std::move(random) : Random([] { return QRandomGenerator::global()->generateDouble(); }))
{
}

std::chrono::milliseconds Backoff::nextDelay()
{
    // initial * 2^failures, computed in double so that many failures cannot overflow.
    const double base = std::min(double(m_policy.maximum.count()),
                                 double(m_policy.initial.count()) * std::pow(2.0, std::min(m_failures, 62)));
    ++m_failures;
    const double factor = 1.0 + m_policy.jitter * (2.0 * std::clamp(m_random(), 0.0, 1.0) - 1.0);
    return std::chrono::milliseconds(qint64(std::llround(base * factor)));
}

void Backoff::connected()
{
    m_connectedAt = m_clock();
}

void Backoff::disconnected()
{
    if (m_connectedAt && m_clock() - *m_connectedAt >= m_policy.stableAfter)
        m_failures = 0;
    m_connectedAt.reset();
}

} // namespace Kestrel::Sync
