#pragma once

#include "common/Error.h"
#include "common/ServerEndpoint.h"
#include "net/TlsTrust.h"

#include <QObject>

#include <optional>

namespace Kestrel {

namespace Smtp {
class SmtpClient;
}

// CertificateCheck's counterpart for an SMTP server: connects the way sending does (the account's pins,
// implicit TLS or STARTTLS) without logging in or sending anything, to get the certificate itself when a
// send failed only with "The certificate of ... is not trusted". Asynchronous; never blocks.
class SmtpCertificateCheck : public QObject
{
    Q_OBJECT
public:
    SmtpCertificateCheck(const ServerEndpoint &endpoint, const QList<TrustedCertificate> &pins, QObject *parent = nullptr);

    void start();

signals:
    // Exactly once: `problem` when the certificate is not trusted; neither when TLS succeeded; `error`
    // alone when the server could not be reached.
    void finished(const std::optional<Kestrel::CertificateProblem> &problem, const std::optional<Kestrel::Error> &error);

private:
    void finish(const std::optional<Error> &error);

    Smtp::SmtpClient *m_client;
    std::optional<CertificateProblem> m_problem;
    bool m_finished = false;
};

} // namespace Kestrel
