#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace Kestrel::App {
namespace {

// The reply the first instance sends once it has the arguments, so the second knows they arrived
// before exiting (an exit right after writing could otherwise lose them).
constexpr char Accepted = 'k';

} // namespace

SingleInstance::SingleInstance(const QString &profileDirectory, QObject *parent)
    : QObject(parent)
    , m_name(serverName(profileDirectory))
{
}

QString SingleInstance::serverName(const QString &profileDirectory)
{
    const QString canonical = QDir(profileDirectory).absolutePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    // Short enough for sun_path (Qt puts it under the temp directory) and unguessable per profile.
    return QStringLiteral("kestrel-%1-%2").arg(::getuid()).arg(QString::fromLatin1(hash));
}

bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false; // nobody listens (or a stale socket file): this process is the first
    m_peerAlive = true;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << arguments;
    QDataStream framed(&socket);
    framed << message;
    socket.flush();
    while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(timeoutMs)) {
    }
    // An instance that is still starting or hanging may not answer; then this one starts instead
    // rather than dropping the link.
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.read(1) == QByteArray(1, Accepted);
}

bool SingleInstance::listen(QString *error)
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // Nobody accepted the connection, so a socket file in the way is a crashed instance's. One
        // that accepted but did not answer is alive (busy): its socket is left alone.
        if (!m_peerAlive)
            QLocalServer::removeServer(m_name);
        if (m_peerAlive || !m_server->listen(m_name)) {
            if (error)
                *error = m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readConnection);
    return true;
}

void SingleInstance::readConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // Read without blocking: the frame may arrive in pieces.
        connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            QDataStream in(socket);
            in.startTransaction();
            QByteArray message;
            in >> message;
            if (!in.commitTransaction())
                return;
            QStringList arguments;
            QDataStream unpack(message);
            unpack >> arguments;
            socket->write(QByteArray(1, Accepted));
            socket->flush();
            emit argumentsReceived(arguments);
        });
    }
}

} // namespace Kestrel::App
