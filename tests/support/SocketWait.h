#pragma once

#include <QByteArray>

class QSslSocket;

namespace Kestrel::Test {

// Test-only helpers that let a test read a raw conversation without fixed sleeps: each waits on the
// socket's own signals, bounded by `timeoutMs`.
// Reads until the received bytes contain `marker` followed by a line end; returns everything read
// (empty on timeout or disconnect).
QByteArray readUntil(QSslSocket &socket, const QByteArray &marker, int timeoutMs = 5000);
bool waitForEncrypted(QSslSocket &socket, int timeoutMs = 5000);

} // namespace Kestrel::Test
