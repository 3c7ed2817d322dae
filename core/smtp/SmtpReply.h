#pragma once

#include "smtp/EnhancedStatusCode.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Kestrel::Smtp {

// One complete server reply (RFC 5321 section 4.2): a three-digit code and one or more lines of text.
// A multi-line reply ("250-first", "250 last") is one reply. When the text starts with an enhanced
// status code (RFC 2034) it is taken out of every line and kept in `enhanced`.
struct SmtpReply {
    int code = 0;
    EnhancedStatusCode enhanced;
    QList<QByteArray> lines; // the text of each line, without code, separator or enhanced code

    // RFC 5321 section 4.2.1: the first digit says how the command went.
    bool isPositive() const { return code >= 200 && code < 300; }
    bool isIntermediate() const { return code >= 300 && code < 400; }
    bool isTransientFailure() const { return code >= 400 && code < 500; }
    bool isPermanentFailure() const { return code >= 500 && code < 600; }

    // The text of all lines joined by spaces, decoded as UTF-8 (RFC 6531 allows UTF-8 replies).
    QString text() const;
    // "550 5.1.1 No such user" — the reply as a person should see it quoted in an error message.
    QString toString() const;

    bool operator==(const SmtpReply &) const = default;
};

} // namespace Kestrel::Smtp
