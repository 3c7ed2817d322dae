#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace Kestrel::Test {

// A TCP relay on 127.0.0.1 that reaches the target from the source address 127.0.0.2. Dovecot treats a
// client whose address equals its own as secure (plain LOGIN allowed without TLS); through the relay the
// same Dovecot sees a remote client and announces LOGINDISABLED until STARTTLS, as a real server does.
class LoopbackRelay : public QObject
{
public:
    explicit LoopbackRelay(quint16 targetPort)
        : m_targetPort(targetPort)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, &LoopbackRelay::relayNext);
    }

    quint16 port() const { return m_server.serverPort(); }

private:
    void relayNext()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            upstream->bind(QHostAddress(QStringLiteral("127.0.0.2")));
            upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    QTcpServer m_server;
    quint16 m_targetPort;
};

} // namespace Kestrel::Test
