#include "imap/session/ConnectionTransport.h"

namespace Kestrel::Imap {

ConnectionTransport::ConnectionTransport(ConnectionSettings settings, QObject *parent)
    : ImapTransport(parent)
    , m_connection(std::move(settings))
{
    connect(&m_connection, &ImapConnection::opened, this, &ImapTransport::opened);
    connect(&m_connection, &ImapConnection::frameReceived, this, &ImapTransport::frameReceived);
    connect(&m_connection, &ImapConnection::certificateRejected, this, &ImapTransport::certificateRejected);
    connect(&m_connection, &ImapConnection::failed, this, &ImapTransport::failed);
    connect(&m_connection, &ImapConnection::closed, this, &ImapTransport::closed);
}

void ConnectionTransport::open()
{
    m_connection.open();
}

void ConnectionTransport::send(const QByteArray &bytes)
{
    m_connection.send(bytes);
}

void ConnectionTransport::flush()
{
    m_connection.flush();
}

void ConnectionTransport::startCompression()
{
    m_connection.startCompression();
}

void ConnectionTransport::close()
{
    m_connection.close();
}

void ConnectionTransport::abort()
{
    m_connection.abort();
}

bool ConnectionTransport::greetingTrusted() const
{
    return m_connection.settings().endpoint.security != ConnectionSecurity::StartTls;
}

QString ConnectionTransport::serverName() const
{
    const ServerEndpoint &endpoint = m_connection.settings().endpoint;
    return endpoint.host + QLatin1Char(':') + QString::number(endpoint.port);
}

} // namespace Kestrel::Imap
