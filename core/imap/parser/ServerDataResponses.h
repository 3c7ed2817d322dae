#pragma once

#include "imap/parser/MessageFlags.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace Kestrel::Imap {

// "* CAPABILITY IMAP4rev1 IDLE ..." (RFC 3501 7.2.1); also the CAPABILITY response code.
struct CapabilityResponse {
    QList<QByteArray> capabilities;   // as sent
    bool has(QByteArrayView capability) const;   // case-insensitive
};

// "* ENABLED CONDSTORE QRESYNC" (RFC 5161 3.2)
struct EnabledResponse {
    QList<QByteArray> capabilities;
    bool has(QByteArrayView capability) const;
};

// "* ID ("name" "Dovecot")" or "* ID NIL" (RFC 2971 3.2)
struct IdResponse {
    QList<QPair<QByteArray, QByteArray>> fields;   // value null for NIL
};

// "* FLAGS (\Answered \Flagged ...)" — flags defined in the selected mailbox (RFC 3501 7.2.6)
struct FlagsResponse {
    MessageFlags flags;
};

// "* 23 EXISTS" (RFC 3501 7.3.1)
struct ExistsResponse {
    quint32 count = 0;
};

// "* 5 RECENT" (RFC 3501 7.3.2)
struct RecentResponse {
    quint32 count = 0;
};

// "* 44 EXPUNGE" (RFC 3501 7.4.1): a sequence number, so later numbers shift down by one.
struct ExpungeResponse {
    quint32 sequence = 0;
};

// Any other untagged response (QUOTA, METADATA, X-...): its name and everything after it.
struct UnknownResponse {
    QByteArray name;
    quint32 number = 0;        // "* 5 XFOO": the number before the name, else 0
    QByteArray rest;           // raw bytes after the name up to the end of the response
};

} // namespace Kestrel::Imap
