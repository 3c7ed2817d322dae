#pragma once

#include "common/OutgoingMessage.h"
#include "smtp/SmtpEnvelope.h"

#include <QByteArray>
#include <QDateTime>

namespace Kestrel::Mime {

// One message ready to go: the same bytes go to SMTP DATA and to IMAP APPEND (Sent, Drafts).
struct BuiltMessage {
    QByteArray bytes;            // RFC 5322 with CRLF line ends
    QByteArray messageId;        // "<local@domain>", as in the Message-ID header
    Smtp::SmtpEnvelope envelope; // MAIL FROM / RCPT TO, Bcc included
};

// Builds an OutgoingMessage with KMime (RFC 5322, MIME RFC 2045-2049):
//  - From, To, Cc, Subject with RFC 2047 encoded-words where they are not ASCII; Date; Message-ID at
//    the sender's domain; In-Reply-To and References for replies; MIME-Version.
//  - Bcc is never written into the bytes (unless `keepBcc`, for a draft the user will reopen); its
//    addresses are in the envelope only.
//  - The body is text/plain; charset=utf-8: 7bit when it is ASCII, quoted-printable otherwise (so no
//    server needs 8BITMIME), format=flowed when a line is too long to show unwrapped (FlowedTextEncoder).
//  - multipart/mixed only when there are attachments; each attachment base64 (message/rfc822 as it is,
//    RFC 2046 section 5.2.1 forbids encoding it) with its file name RFC 2231-encoded.
class OutgoingMessageBuilder
{
public:
    struct Options {
        QDateTime date;         // null: now
        QByteArray messageId;   // empty: a new one; a draft saved again keeps the id it had
        bool keepBcc = false;   // only for drafts kept by the user, never for sending
    };

    static BuiltMessage build(const OutgoingMessage &message, const Options &options);
    static BuiltMessage build(const OutgoingMessage &message) { return build(message, Options{}); }

    // The SMTP envelope (RFC 5321 section 2.3.1): the From address and every To, Cc and Bcc address once,
    // in that order (compared case-insensitively).
    static Smtp::SmtpEnvelope envelope(const OutgoingMessage &message);
    // "<random@domain-of-sender>" (RFC 5322 section 3.6.4); "localhost" when the address has no domain.
    static QByteArray newMessageId(const QString &senderEmail);
};

} // namespace Kestrel::Mime
