#pragma once

#include <QHostAddress>
#include <QPointer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>

namespace Kestrel::Test {

// A plain TCP relay on 127.0.0.1 in front of a real server that watches what the client sends and, at
// a chosen point, SIGKILLs the client process: a crash at an exact protocol step. The upstream connection
// comes from 127.0.0.1 too, so Dovecot treats it as local (AUTH and LOGIN allowed without TLS).
//   KillBeforeForward: on seeing `pattern`, the client is killed and the bytes never reach the server.
//   ForwardThenHold:   the bytes reach the server, but its replies are held back from then on, so the
//                      client never learns the outcome; the test kills it once the server has acted.
// `pattern` counts only after `after` was seen (e.g. the final "." only after "DATA").
class CrashRelay : public QObject
{
public:
    enum class Mode { KillBeforeForward, ForwardThenHold };

    explicit CrashRelay(quint16 targetPort)
        : m_targetPort(targetPort)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, &CrashRelay::relayNext);
    }

    quint16 port() const { return m_server.serverPort(); }
    // Arms the relay for the next client connections; an empty pattern relays everything.
    void arm(QProcess *victim, Mode mode, QByteArray pattern, QByteArray after = {})
    {
        m_victim = victim;
        m_mode = mode;
        m_pattern = std::move(pattern);
        m_after = std::move(after);
        m_triggered = false;
    }
    void disarm() { arm(nullptr, Mode::KillBeforeForward, {}); }
    bool triggered() const { return m_triggered; }

private:
    void relayNext()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            auto *stream = new QByteArray;
            connect(client, &QObject::destroyed, this, [stream] { delete stream; });
            upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
            connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, stream] { fromClient(client, upstream, *stream); });
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
                const QByteArray data = upstream->readAll();
                if (!(m_triggered && m_mode == Mode::ForwardThenHold))
                    client->write(data);
            });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    void fromClient(QTcpSocket *client, QTcpSocket *upstream, QByteArray &stream)
    {
        const QByteArray data = client->readAll();
        const qsizetype from = stream.size();
        stream += data;
        if (!m_triggered && !m_pattern.isEmpty() && m_victim) {
            const qsizetype start = m_after.isEmpty() ? 0 : stream.indexOf(m_after);
            const qsizetype hit = start < 0 ? -1 : stream.indexOf(m_pattern, std::max<qsizetype>(start, from - m_pattern.size()));
            if (hit >= 0) {
                m_triggered = true;
                if (m_mode == Mode::KillBeforeForward) {
                    m_victim->kill(); // SIGKILL: no clean-up in the client, as in a crash
                    client->abort();
                    return;
                }
            }
        }
        upstream->write(data);
    }

    QTcpServer m_server;
    quint16 m_targetPort;
    QPointer<QProcess> m_victim;
    Mode m_mode = Mode::KillBeforeForward;
    QByteArray m_pattern;
    QByteArray m_after;
    bool m_triggered = false;
};

} // namespace Kestrel::Test
