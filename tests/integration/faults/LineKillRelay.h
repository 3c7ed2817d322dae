#pragma once

#include <QHostAddress>
#include <QPointer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>

namespace Kestrel::Test {

// Counts the protocol lines going through it (both directions, every connection, shared by several
// relays through one Counter) and SIGKILLs the client process right after the N-th line went through:
// a crash at a seeded point of a plain-text conversation. Bytes the client had already written when it
// died still reach the server, as they would from a real crashed process (the kernel sends them).
class LineKillRelay : public QObject
{
public:
    struct Counter {
        int lines = 0;
        int killAt = 0; // 0: count only
        QPointer<QProcess> victim;
        bool killed = false;
    };

    LineKillRelay(quint16 targetPort, Counter &counter)
        : m_targetPort(targetPort)
        , m_counter(counter)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, &LineKillRelay::relayNext);
    }

    quint16 port() const { return m_server.serverPort(); }

private:
    void relayNext()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            auto *early = new QByteArray; // what the client wrote before the server connection stood
            connect(client, &QObject::destroyed, this, [early] { delete early; });
            upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
            connect(upstream, &QTcpSocket::connected, client, [upstream, early] { upstream->write(std::exchange(*early, {})); });
            connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, early] {
                const QByteArray data = pass(client->readAll());
                if (upstream->state() == QAbstractSocket::ConnectedState)
                    upstream->write(data);
                else
                    *early += data;
            });
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
                const QByteArray data = pass(upstream->readAll());
                if (!m_counter.killed)
                    client->write(data);
            });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, upstream, [upstream] {
                upstream->flush();
                upstream->disconnectFromHost();
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    // Counts the lines of `data`; when the armed line is among them the client dies once they are relayed
    // (the kill is queued, so this chunk still goes out first).
    QByteArray pass(const QByteArray &data)
    {
        if (m_counter.killed)
            return data; // after the crash: the kernel's leftovers, not counted
        const int before = m_counter.lines;
        m_counter.lines += int(data.count('\n'));
        if (m_counter.killAt > 0 && before < m_counter.killAt && m_counter.lines >= m_counter.killAt && m_counter.victim) {
            m_counter.killed = true;
            QPointer<QProcess> victim = m_counter.victim;
            QMetaObject::invokeMethod(this, [victim] {
                if (victim && victim->state() != QProcess::NotRunning)
                    victim->kill(); // SIGKILL
            }, Qt::QueuedConnection);
        }
        return data;
    }

    QTcpServer m_server;
    quint16 m_targetPort;
    Counter &m_counter;
};

} // namespace Kestrel::Test
