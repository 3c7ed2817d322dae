#pragma once

#include "common/Error.h"
#include "common/ServerEndpoint.h"
#include "net/TlsTrust.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Kestrel {

namespace Imap {
class ImapConnection;
}

// Looks at an IMAP server's certificate the way a sync would (the account's pins, STARTTLS or implicit
// TLS), without logging in: a background sync reports a TLS failure only as an Error, and the user
// deciding whether to trust the server needs the certificate itself. Asynchronous; never blocks.
class CertificateCheck : public QObject
{
    Q_OBJECT
public:
    CertificateCheck(const ServerEndpoint &endpoint, const QList<TrustedCertificate> &pins, QObject *parent = nullptr);
    ~CertificateCheck() override;

    void start();

signals:
    // Exactly once: `problem` when the certificate is not trusted; neither when TLS succeeded; `error`
    // alone when the server could not be reached or spoke no IMAP.
    void finished(const std::optional<Kestrel::CertificateProblem> &problem, const std::optional<Kestrel::Error> &error);

private:
    void finish(const std::optional<CertificateProblem> &problem, const std::optional<Error> &error);

    Imap::ImapConnection *m_connection;
    std::optional<CertificateProblem> m_problem;
    bool m_finished = false;
};

} // namespace Kestrel
