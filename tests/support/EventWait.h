#pragma once

// Waiting for Kestrel's core classes without sleeping. QTest::qWaitFor sleeps 10 ms after every pass of
// the event loop; a fault run's client, its FaultProxy and their sockets all share this thread, so each
// IMAP or SMTP round trip took several of those passes: 50-60 ms per round trip, most of a seed's time.
// This waits in the event dispatcher instead (it returns as soon as a socket, timer or posted event is
// ready) and checks the condition after each pass.
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace Kestrel::Test {

// True once `done()` holds; false when `timeoutMs` passed first.
template<class Predicate>
bool waitWithoutSleeping(Predicate done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer wakeAtDeadline; // so that the last wait for events ends at the deadline at the latest
    wakeAtDeadline.setSingleShot(true);
    wakeAtDeadline.start(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        // As qWaitFor does: objects the run deleted with deleteLater() go now, not at the test's end.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

} // namespace Kestrel::Test
