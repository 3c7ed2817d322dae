#include "sync/certificates/CertificateCheck.h"

#include "imap/session/ImapConnection.h"

namespace Kestrel {

namespace {

Imap::ConnectionSettings settingsFor(const ServerEndpoint &endpoint, const QList<TrustedCertificate> &pins)
{
    Imap::ConnectionSettings settings;
    settings.endpoint = endpoint;
    settings.pinnedCertificates = pins;
    settings.connectTimeoutMs = 15000;
    return settings;
}

} // namespace

CertificateCheck::CertificateCheck(const ServerEndpoint &endpoint, const QList<TrustedCertificate> &pins, QObject *parent)
    : QObject(parent)
    , m_connection(new Imap::ImapConnection(settingsFor(endpoint, pins), this))
{
    connect(m_connection, &Imap::ImapConnection::certificateRejected, this,
            [this](const CertificateProblem &problem) { m_problem = problem; });
    connect(m_connection, &Imap::ImapConnection::failed, this, [this](const Error &error) {
        finish(m_problem, m_problem ? std::nullopt : std::optional(error));
    });
    connect(m_connection, &Imap::ImapConnection::opened, this, [this] {
        // The certificate was all this connection was for; dropped once the signal has returned.
        QMetaObject::invokeMethod(m_connection, &Imap::ImapConnection::abort, Qt::QueuedConnection);
        finish(std::nullopt, std::nullopt);
    });
}

CertificateCheck::~CertificateCheck() = default;

void CertificateCheck::start()
{
    m_connection->open();
}

void CertificateCheck::finish(const std::optional<CertificateProblem> &problem, const std::optional<Error> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(problem, error);
}

} // namespace Kestrel
