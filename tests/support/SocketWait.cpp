#include "SocketWait.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QSslSocket>

namespace Kestrel::Test {

QByteArray readUntil(QSslSocket &socket, const QByteArray &marker, int timeoutMs)
{
    QByteArray received;
    QDeadlineTimer deadline(timeoutMs);
    QSignalSpy readyRead(&socket, &QIODevice::readyRead);
    for (;;) {
        received += socket.readAll();
        const qsizetype at = received.indexOf(marker);
        if (at >= 0 && received.indexOf("\r\n", at) >= 0)
            return received;
        if (deadline.hasExpired() || socket.state() == QAbstractSocket::UnconnectedState)
            return {};
        readyRead.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    }
}

bool waitForEncrypted(QSslSocket &socket, int timeoutMs)
{
    if (socket.isEncrypted())
        return true;
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    return encrypted.wait(timeoutMs) || socket.isEncrypted();
}

} // namespace Kestrel::Test
