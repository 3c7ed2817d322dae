#include "ScriptedServer.h"

#include <QTcpSocket>

namespace Kestrel::Test {

ScriptedServer::ScriptedServer(QByteArray greeting, QList<Step> steps, QObject *parent)
    : QTcpServer(parent)
    , m_greeting(std::move(greeting))
    , m_steps(std::move(steps))
{
    connect(this, &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
}

bool ScriptedServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

void ScriptedServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->write(m_greeting);
    }
}

void ScriptedServer::onReadyRead(QTcpSocket *socket)
{
    m_buffer += socket->readAll();
    qsizetype end;
    while ((end = m_buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        m_received << line;
        for (const Step &step : std::as_const(m_steps)) {
            if (!line.startsWith(step.client))
                continue;
            socket->write(step.server);
            if (step.closeAfter)
                socket->disconnectFromHost();
            break;
        }
    }
}

} // namespace Kestrel::Test
