#pragma once

#include "smtp/SmtpReply.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Kestrel::Smtp {

// The server's answer to one RCPT TO (RFC 5321 section 4.1.1.3).
struct SmtpRecipientResult {
    QString address;
    SmtpReply reply; // code, enhanced code (e.g. 5.1.1) and the server's text

    bool isAccepted() const { return reply.isPositive(); }
};

// How one message went: delivered to the accepted recipients. When some were rejected the message
// still went to the others; `rejected()` says exactly which ones and why.
struct SmtpSendResult {
    QList<SmtpRecipientResult> recipients; // in the order of the envelope
    SmtpReply dataReply;                   // the reply to the end of the message data
    QString queueId;                       // the server's queue id when its text names one, else empty
    bool usedEightBitMime = false;         // sent with BODY=8BITMIME (RFC 6152)
    bool usedSmtpUtf8 = false;             // sent with SMTPUTF8 (RFC 6531)

    QList<SmtpRecipientResult> accepted() const;
    QList<SmtpRecipientResult> rejected() const;
    bool isPartial() const { return !rejected().isEmpty(); }

    // Finds the queue id in a reply text such as Postfix's "Ok: queued as 4B1A2C3D", Exim's
    // "OK id=1q2w3e-000abc-XY" or "stored as 000012".
    static QString queueIdFromText(const QString &text);
};

} // namespace Kestrel::Smtp
