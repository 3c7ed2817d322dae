#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTcpServer>

class QTcpSocket;

namespace Kestrel::Test {

// A scripted plain-TCP server on 127.0.0.1 for protocol cases a real server will not produce (hostile
// or broken responses, dropped connections). Reads like a transcript: on connect it sends the greeting;
// whenever a received line starts with an expected client prefix, it sends the scripted server bytes.
// Lines nobody expects are recorded and otherwise ignored.
class ScriptedServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Step {
        QByteArray client;   // prefix of the client's line, e.g. "S0 STARTTLS"
        QByteArray server;   // bytes sent back verbatim (may hold several responses)
        bool closeAfter = false;
    };

    explicit ScriptedServer(QByteArray greeting, QList<Step> steps = {}, QObject *parent = nullptr);
    bool start(); // listens on a free loopback port

    QList<QByteArray> receivedLines() const { return m_received; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QByteArray m_greeting;
    QList<Step> m_steps;
    QList<QByteArray> m_received;
    QByteArray m_buffer;
};

} // namespace Kestrel::Test
