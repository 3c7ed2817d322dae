#include "LmtpDelivery.h"

#include <QTcpSocket>

namespace Kestrel::Bench {

namespace {

// Writes `send` (may be empty: only read) and reads the reply up to its last line ("250 ...", no
// dash after the code); true when that line starts with `code`.
bool exchange(QTcpSocket &socket, const QByteArray &send, const QByteArray &code)
{
    if (!send.isEmpty())
        socket.write(send);
    QByteArray received;
    for (int waits = 0; waits < 100; ++waits) {
        const qsizetype start = received.lastIndexOf("\r\n", received.size() - 3);
        const QByteArray last = received.mid(start < 0 ? 0 : start + 2);
        if (received.endsWith("\r\n") && last.size() > 3 && last.at(3) == ' ')
            return last.startsWith(code);
        if (!socket.waitForReadyRead(10000))
            return false;
        received += socket.readAll();
    }
    return false;
}

} // namespace

std::future<bool> deliverByLmtp(quint16 lmtpPort, const QString &recipient, const QByteArray &message)
{
    return std::async(std::launch::async, [lmtpPort, recipient, message] {
        QTcpSocket socket; // lives and dies on this thread; blocking waits need no event loop
        socket.connectToHost(QStringLiteral("127.0.0.1"), lmtpPort);
        if (!socket.waitForConnected(10000))
            return false;
        return exchange(socket, {}, "220") && exchange(socket, "LHLO bench.test\r\n", "250")
            && exchange(socket, "MAIL FROM:<carol@example.org>\r\n", "250")
            && exchange(socket, "RCPT TO:<" + recipient.toUtf8() + ">\r\n", "250")
            && exchange(socket, "DATA\r\n", "354") && exchange(socket, message + ".\r\n", "250")
            && exchange(socket, "QUIT\r\n", "221");
    });
}

} // namespace Kestrel::Bench
