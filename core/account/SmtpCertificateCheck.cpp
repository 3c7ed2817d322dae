#include "account/SmtpCertificateCheck.h"

#include "smtp/SmtpClient.h"
#include "smtp/SmtpClientSettings.h"

namespace Kestrel {

SmtpCertificateCheck::SmtpCertificateCheck(const ServerEndpoint &endpoint, const QList<TrustedCertificate> &pins,
                                           QObject *parent)
    : QObject(parent)
{
    Smtp::SmtpClientSettings settings;
    settings.endpoint = endpoint;
    settings.pinnedCertificates = pins;
    m_client = new Smtp::SmtpClient(std::move(settings), this);
    connect(m_client, &Smtp::SmtpClient::certificateRejected, this,
            [this](const CertificateProblem &problem) { m_problem = problem; });
    connect(m_client, &Smtp::SmtpClient::opened, this, [this] {
        m_client->abort(); // TLS held and the greeting came: nothing more to learn
        finish(std::nullopt);
    });
    connect(m_client, &Smtp::SmtpClient::failed, this, [this](const Error &error) { finish(error); });
    connect(m_client, &Smtp::SmtpClient::closed, this, [this] { finish(std::nullopt); });
}

void SmtpCertificateCheck::start()
{
    m_client->open(); // no credentials: no AUTH
}

void SmtpCertificateCheck::finish(const std::optional<Error> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_problem)
        emit finished(m_problem, std::nullopt);
    else
        emit finished(std::nullopt, error);
}

} // namespace Kestrel
