#pragma once

#include "common/Error.h"
#include "common/ServerEndpoint.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>

namespace Kestrel {

// Checks that an IMAP or SMTP submission server answers at an endpoint: connects (TLS or STARTTLS, with
// the ordinary certificate checks) and waits for the greeting — no login. Reuses the real protocol
// clients, so a probe succeeds exactly when a later connection would get that far. finished() comes
// once; `error` is empty on success. A certificate the system does not trust fails the probe.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    enum class Protocol { Imap, Smtp };

    ServerProbe(Protocol protocol, ServerEndpoint endpoint, QList<QSslCertificate> extraCaCertificates,
                int timeoutMs, QObject *parent = nullptr);

    void start();
    const ServerEndpoint &endpoint() const { return m_endpoint; }

signals:
    void finished(const std::optional<Kestrel::Error> &error);

private:
    void startImap();
    void startSmtp();
    void finish(const std::optional<Error> &error);

    Protocol m_protocol;
    ServerEndpoint m_endpoint;
    QList<QSslCertificate> m_extraCa;
    int m_timeoutMs;
    QObject *m_client = nullptr; // ImapConnection or SmtpClient, deleted when done
    bool m_finished = false;
};

} // namespace Kestrel
