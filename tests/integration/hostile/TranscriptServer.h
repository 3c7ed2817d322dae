#pragma once

#include "Transcript.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

namespace Kestrel::Test {

// Plays a Transcript on 127.0.0.1, one connection at a time. Like tests/support/ScriptedServer (greeting,
// then an answer to each client line starting with a step's prefix) but it streams its answers: an R:
// segment of a gigabyte is produced a chunk at a time as the socket drains, so the test process's memory
// shows what the client holds, not what the server queued. It also tells who ended the connection.
class TranscriptServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit TranscriptServer(Transcript transcript, QObject *parent = nullptr);
    bool start();

    QList<QByteArray> receivedLines() const { return m_received; }
    qint64 bytesSent() const { return m_sent; }
    bool connectionEnded() const { return m_ended; }
    // True when the client closed or reset the connection while the server still had something to say
    // or had not closed it itself.
    bool clientClosed() const { return m_ended && !m_serverClosed; }

private:
    void onNewConnection();
    void onReadyRead();
    void queue(const Transcript::Step &step, const QByteArray &tag);
    void pump();

    Transcript m_transcript;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_buffer;
    QList<Transcript::Segment> m_pending; // what is still to be written, in order
    bool m_closeWhenDrained = false;
    bool m_serverClosed = false;
    bool m_ended = false;
    qint64 m_sent = 0;
    QList<QByteArray> m_received;
};

} // namespace Kestrel::Test
