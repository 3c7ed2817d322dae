#pragma once

#include <QList>
#include <QString>

namespace Kestrel::Test {

// Asks the kernel for `count` distinct free TCP ports on 127.0.0.1 (bind to port 0, read, release), so
// that tests started in parallel each get their own servers.
QList<quint16> freeLoopbackPorts(int count);

// The ports are free when chosen, not held: a test running beside this one (ctest -j) can take one before
// the server started on it binds it, as a listener or as an outgoing connection's source port. Servers
// started on such ports are started again on fresh ones when their error says so, this many times at most.
constexpr int PortAttempts = 5;
// Whether a server's error output says one of its ports was taken ("Address already in use").
bool isPortTaken(const QString &errorOutput);

} // namespace Kestrel::Test
