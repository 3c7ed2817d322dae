#pragma once

#include "sync/push/PushTypes.h"

#include <chrono>
#include <functional>

namespace Kestrel::Sync {

// Delays between reconnect attempts: initial, 2x, 4x, ... capped at the maximum, each scaled by a
// random jitter so that many clients dropped at once (a server restart) do not all come back in the
// same second. A connection that stayed up for `stableAfter` resets the sequence; one that drops at
// once does not, so a server that accepts and immediately hangs up cannot cause a reconnect storm.
// The clock and the random source are injected so tests can drive them.
class Backoff
{
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;
    using Random = std::function<double()>; // uniform in [0, 1)

    explicit Backoff(BackoffPolicy policy = {}, Clock clock = {}, Random random = {});

    // The delay before the next attempt; each call counts one more failed attempt.
    std::chrono::milliseconds nextDelay();
    // The connection is up (logged in and watching).
    void connected();
    // The connection dropped: resets when it had been up for `stableAfter`.
    void disconnected();
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }
    const BackoffPolicy &policy() const { return m_policy; }

private:
    BackoffPolicy m_policy;
    Clock m_clock;
    Random m_random;
    int m_failures = 0;
    std::optional<std::chrono::steady_clock::time_point> m_connectedAt;
};

} // namespace Kestrel::Sync
