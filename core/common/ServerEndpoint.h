#pragma once

#include <QByteArray>
#include <QString>

namespace Kestrel {

enum class ConnectionSecurity {
    Tls,      // implicit TLS from the first byte (IMAP 993, SMTP 465)
    StartTls, // plain greeting, then STARTTLS before anything else (IMAP 143, SMTP 587)
    None,     // only when the user explicitly allowed it for this account
};

struct ServerEndpoint {
    QString host;
    quint16 port = 0;
    ConnectionSecurity security = ConnectionSecurity::Tls;

    bool operator==(const ServerEndpoint &) const = default;
};

// A certificate the user chose to trust for one host and port, pinned by its SHA-256 fingerprint.
struct TrustedCertificate {
    QString host;
    quint16 port = 0;
    QByteArray sha256; // hex, lower case, no separators

    bool operator==(const TrustedCertificate &) const = default;
};

QString toString(ConnectionSecurity security);
ConnectionSecurity connectionSecurityFromString(const QString &text, bool *ok = nullptr);

} // namespace Kestrel
