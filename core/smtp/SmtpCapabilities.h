#pragma once

#include "smtp/SmtpReply.h"

#include <QByteArrayList>
#include <QString>

namespace Kestrel::Smtp {

// What a server said it supports in its reply to EHLO (RFC 5321 section 4.1.1.1: one keyword and its
// parameters per line after the first). A server that only understood HELO supports nothing.
struct SmtpCapabilities {
    bool extended = false;         // EHLO succeeded (false after the HELO fallback)
    QString serverName;            // the domain on the first line of the reply
    QByteArrayList authMechanisms; // AUTH (RFC 4954 section 3), upper case
    bool startTls = false;         // STARTTLS (RFC 3207 section 4)
    bool pipelining = false;       // PIPELINING (RFC 2920 section 3)
    bool sizeAdvertised = false;   // SIZE (RFC 1870 section 4)
    qint64 maxSize = 0;            // its parameter; 0 means no fixed limit
    bool eightBitMime = false;     // 8BITMIME (RFC 6152 section 2)
    bool smtpUtf8 = false;         // SMTPUTF8 (RFC 6531 section 3.1)
    bool enhancedStatusCodes = false; // ENHANCEDSTATUSCODES (RFC 2034 section 3)
    // DSN, CHUNKING and others are recognised by not being here: Kestrel does not use them.

    static SmtpCapabilities fromEhloReply(const SmtpReply &reply);
    bool supportsAuth(const QByteArray &mechanism) const;
};

} // namespace Kestrel::Smtp
