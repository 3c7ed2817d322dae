#include "account/autoconfig/ServerProbe.h"

#include "imap/session/ImapConnection.h"
#include "smtp/SmtpClient.h"

namespace Kestrel {

ServerProbe::ServerProbe(Protocol protocol, ServerEndpoint endpoint, QList<QSslCertificate> extraCaCertificates,
                         int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_protocol(protocol)
    , m_endpoint(std::move(endpoint))
    , m_extraCa(std::move(extraCaCertificates))
    , m_timeoutMs(timeoutMs)
{
}

void ServerProbe::start()
{
    if (m_protocol == Protocol::Imap)
        startImap();
    else
        startSmtp();
}

void ServerProbe::startImap()
{
    Imap::ConnectionSettings settings;
    settings.endpoint = m_endpoint;
    settings.extraCaCertificates = m_extraCa;
    settings.connectTimeoutMs = m_timeoutMs;
    auto *connection = new Imap::ImapConnection(settings, this);
    m_client = connection;
    connect(connection, &Imap::ImapConnection::opened, this, [this] { finish(std::nullopt); });
    connect(connection, &Imap::ImapConnection::failed, this, [this](const Error &error) { finish(error); });
    connection->open();
}

void ServerProbe::startSmtp()
{
    Smtp::SmtpClientSettings settings;
    settings.endpoint = m_endpoint;
    settings.extraCaCertificates = m_extraCa;
    settings.connectTimeoutMs = m_timeoutMs;
    settings.replyTimeoutMs = m_timeoutMs;
    auto *client = new Smtp::SmtpClient(settings, this);
    m_client = client;
    // Opening without credentials stops after EHLO (and STARTTLS): the server is there and speaks SMTP.
    connect(client, &Smtp::SmtpClient::opened, this, [this] { finish(std::nullopt); });
    connect(client, &Smtp::SmtpClient::failed, this, [this](const Error &error) { finish(error); });
    client->open();
}

void ServerProbe::finish(const std::optional<Error> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    // The clients may still be inside their own signal emission: drop them from the event loop.
    if (m_client) {
        m_client->disconnect(this);
        m_client->deleteLater();
        m_client = nullptr;
    }
    emit finished(error);
}

} // namespace Kestrel
