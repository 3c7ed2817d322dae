#include "TranscriptServer.h"

#include <QTcpSocket>

namespace Kestrel::Test {
namespace {

// How much is handed to the socket at a time: enough to keep loopback busy, small against the
// memory bounds the hostile tests check.
constexpr qint64 ChunkBytes = 256 * 1024;
constexpr qsizetype MaxRecordedLine = 4096; // a client line longer than this is recorded cut short

} // namespace

TranscriptServer::TranscriptServer(Transcript transcript, QObject *parent)
    : QTcpServer(parent)
    , m_transcript(std::move(transcript))
{
    connect(this, &QTcpServer::newConnection, this, &TranscriptServer::onNewConnection);
}

bool TranscriptServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

void TranscriptServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        if (m_socket) { // one conversation per transcript: a reconnect is refused
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_socket = socket;
        connect(socket, &QTcpSocket::readyRead, this, &TranscriptServer::onReadyRead);
        connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 written) {
            m_sent += written;
            pump();
        });
        connect(socket, &QTcpSocket::disconnected, this, [this] { m_ended = true; });
        connect(socket, &QTcpSocket::errorOccurred, this, [this] { m_ended = true; });
        queue(m_transcript.steps.first(), QByteArray());
    }
}

void TranscriptServer::onReadyRead()
{
    m_buffer += m_socket->readAll();
    qsizetype end;
    while (m_socket && (end = m_buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        m_received << line.left(MaxRecordedLine);
        const qsizetype space = line.indexOf(' ');
        const QByteArray tag = space > 0 ? line.left(space) : QByteArray();
        const QByteArray command = space > 0 ? line.mid(space + 1) : line;
        for (qsizetype i = 1; i < m_transcript.steps.size(); ++i) {
            const QByteArray &prefix = m_transcript.steps.at(i).client;
            if (command.startsWith(prefix) || line.startsWith(prefix)) {
                queue(m_transcript.steps.at(i), tag);
                break;
            }
        }
    }
}

void TranscriptServer::queue(const Transcript::Step &step, const QByteArray &tag)
{
    for (Transcript::Segment segment : step.server) {
        segment.bytes.replace("$TAG", tag);
        m_pending += segment;
    }
    m_closeWhenDrained = m_closeWhenDrained || step.closeAfter;
    pump();
}

// Tops the socket's write buffer up to one chunk, expanding repeated segments lazily.
void TranscriptServer::pump()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    while (!m_pending.isEmpty() && m_socket->bytesToWrite() < ChunkBytes) {
        Transcript::Segment &segment = m_pending.first();
        const qint64 fit = std::max<qint64>(1, ChunkBytes / std::max<qsizetype>(1, segment.bytes.size()));
        const qint64 copies = std::min(segment.repeat, fit);
        m_socket->write(segment.bytes.repeated(copies));
        segment.repeat -= copies;
        if (segment.repeat == 0)
            m_pending.removeFirst();
    }
    if (m_pending.isEmpty() && m_closeWhenDrained) {
        m_closeWhenDrained = false;
        m_serverClosed = true;
        m_socket->disconnectFromHost(); // after what is still buffered has been written
    }
}

} // namespace Kestrel::Test
