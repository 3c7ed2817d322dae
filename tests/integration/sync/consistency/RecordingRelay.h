#pragma once

// A loopback relay to Dovecot's plain IMAP port that keeps what the client sent, to check command order,
// and counts the client's connections and their ends.
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace Kestrel::Test {

class RecordingRelay : public QObject
{
public:
    explicit RecordingRelay(quint16 targetPort)
        : m_targetPort(targetPort)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                ++m_accepted;
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
                connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
                    const QByteArray bytes = client->readAll();
                    m_sent += bytes;
                    upstream->write(bytes);
                });
                connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
                connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, this, [this] { ++m_closed; });
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    const QByteArray &sent() const { return m_sent; }
    int accepted() const { return m_accepted; } // client connections so far
    int closed() const { return m_closed; }     // of them, ended

private:
    QTcpServer m_server;
    quint16 m_targetPort;
    QByteArray m_sent;
    int m_accepted = 0;
    int m_closed = 0;
};

} // namespace Kestrel::Test
