#pragma once

#include <QByteArray>
#include <QList>

namespace Kestrel::Imap {

// One address structure of an ENVELOPE (RFC 3501 7.4.2). Fields are raw bytes as sent: the name
// may still be RFC 2047 encoded (core/mime decodes it). NIL is a null QByteArray, "" an empty one.
struct Address {
    QByteArray name;      // display name (addr-name)
    QByteArray adl;       // source route, practically always NIL
    QByteArray mailbox;   // local part; for a group start: the group name
    QByteArray host;      // domain; NIL marks group syntax

    // RFC 3501 7.4.2: host NIL and mailbox non-NIL starts a group ("undisclosed-recipients:"),
    // host and mailbox NIL ends it (";"). Members sit between the two markers.
    bool isGroupStart() const { return host.isNull() && !mailbox.isNull(); }
    bool isGroupEnd() const { return host.isNull() && mailbox.isNull(); }
    // "mailbox@host" (or just the mailbox when there is no host).
    QByteArray emailAddress() const;
    friend bool operator==(const Address &, const Address &) = default;
};

} // namespace Kestrel::Imap

// Four QByteArrays: safe to move with memcpy, so QList grows it with realloc.
Q_DECLARE_TYPEINFO(Kestrel::Imap::Address, Q_RELOCATABLE_TYPE);

namespace Kestrel::Imap {

struct Envelope {
    QByteArray date;          // Date: header, unparsed (RFC 5322 syntax, often broken)
    QByteArray subject;       // raw, possibly RFC 2047 encoded
    QList<Address> from;
    QList<Address> sender;
    QList<Address> replyTo;
    QList<Address> to;
    QList<Address> cc;
    QList<Address> bcc;
    QByteArray inReplyTo;
    QByteArray messageId;
    friend bool operator==(const Envelope &, const Envelope &) = default;
};

} // namespace Kestrel::Imap
