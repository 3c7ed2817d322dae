#pragma once

#include "common/ServerEndpoint.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace Kestrel {

// What a user is shown when a server's certificate is not trusted: enough to decide, never a silent
// acceptance. Shared by IMAP and SMTP.
struct CertificateProblem {
    QString host;
    quint16 port = 0;
    QList<QSslCertificate> chain; // peer first
    QList<QSslError> errors;
    QByteArray sha256;            // of the peer certificate: hex, lower case

    QString describeErrors() const; // translated, one error per line
};

// Decides whether TLS errors may be overlooked: only when the exact peer certificate was pinned by the
// user for this host and port (its SHA-256 fingerprint). Anything else is reported.
class TlsTrust
{
public:
    static QByteArray fingerprint(const QSslCertificate &certificate);
    static bool isPinned(const QSslCertificate &peer, const QString &host, quint16 port,
                         const QList<TrustedCertificate> &pins);
    static CertificateProblem describe(const QString &host, quint16 port, const QList<QSslCertificate> &chain,
                                       const QList<QSslError> &errors);
};

} // namespace Kestrel
