#pragma once

#include <QList>

namespace Kestrel::Test {

// Asks the kernel for `count` distinct free TCP ports on 127.0.0.1 (bind to port 0, read, release), so
// that tests started in parallel each get their own servers.
QList<quint16> freeLoopbackPorts(int count);

} // namespace Kestrel::Test
