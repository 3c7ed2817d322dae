#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace Kestrel::Test {

// Asks the kernel for `count` distinct free TCP ports on 127.0.0.1 (bind to port 0, read, release), so
// that tests started in parallel each get their own servers.
QList<quint16> freeLoopbackPorts(int count);

// The ports are free when chosen, not held: a test running beside this one (ctest -j) can take one before
// the server started on it binds it, as a listener or as an outgoing connection's source port. Runs
// `start` (which chooses fresh ports each time) again while `error` (the message it leaves on failure)
// says "already in use", 5 times at most; any other failure ends at once.
bool startRetryingTakenPorts(const std::function<bool()> &start, const QString &error);

} // namespace Kestrel::Test
