#include "FreePort.h"

#include <QTcpServer>

#include <memory>
#include <vector>

namespace Kestrel::Test {

QList<quint16> freeLoopbackPorts(int count)
{
    // Keep every listener open until all ports are chosen so the kernel cannot hand out one twice.
    std::vector<std::unique_ptr<QTcpServer>> listeners;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            qFatal("cannot find a free loopback port: %s", qPrintable(server->errorString()));
        ports << server->serverPort();
        listeners.push_back(std::move(server));
    }
    return ports;
}

bool startRetryingTakenPorts(const std::function<bool()> &start, const QString &error)
{
    for (int attempt = 1; attempt <= 5; ++attempt) {
        if (start())
            return true;
        if (!error.contains(QLatin1String("already in use"), Qt::CaseInsensitive)) // Dovecot, Python's asyncio
            return false;
    }
    return false;
}

} // namespace Kestrel::Test
