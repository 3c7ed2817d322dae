#pragma once

#include <QString>
#include <QStringList>

namespace Kestrel::Smtp {

// The SMTP envelope of one message (RFC 5321 section 2.3.1): the reverse-path given in MAIL FROM and
// the forward-paths given in RCPT TO, as bare addresses ("alice@example.org", no angle brackets).
// Bcc recipients are here and nowhere in the message bytes.
struct SmtpEnvelope {
    QString from;
    QStringList recipients;
};

} // namespace Kestrel::Smtp
