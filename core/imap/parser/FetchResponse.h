#pragma once

#include "imap/parser/BodyPart.h"
#include "imap/parser/Envelope.h"
#include "imap/parser/MessageFlags.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Kestrel::Imap {

// A section payload: BODY[section]<origin> (RFC 3501 7.4.2), BINARY[section]<origin> and
// BINARY.SIZE[section] (RFC 3516 4.2), and the old RFC822 / RFC822.HEADER / RFC822.TEXT items.
struct BodySection {
    enum class Kind { Body, Binary, BinarySize, Rfc822, Rfc822Header, Rfc822Text };

    Kind kind = Kind::Body;
    QByteArray section;              // between the brackets as sent: "", "1.2", "HEADER.FIELDS (TO)"
    QByteArray part;                 // numeric path, "1.2"; empty for the whole message
    QByteArray specifier;            // "HEADER", "HEADER.FIELDS", "HEADER.FIELDS.NOT", "TEXT",
                                     // "MIME" (upper-cased) or empty
    QList<QByteArray> headerFields;  // the field names of HEADER.FIELDS(.NOT)
    std::optional<quint32> origin;   // <origin>: first octet of a partial fetch
    QByteArray data;                 // payload; null for NIL. Shares the frame's storage.
    quint64 binarySize = 0;          // BINARY.SIZE only
};

// An item this parser does not model (EMAILID, THREADID, X-GM-LABELS, PREVIEW, ...): raw bytes.
struct FetchItem {
    QByteArray name;
    QByteArray value;
};

// "* 12 FETCH (UID 4827 FLAGS (\Seen) ...)" (RFC 3501 7.4.2). Absent items stay empty.
struct FetchResponse {
    quint32 sequence = 0;
    std::optional<quint32> uid;
    std::optional<MessageFlags> flags;
    QDateTime internalDate;                  // UTC; invalid when not fetched
    std::optional<quint64> rfc822Size;
    std::optional<quint64> modSeq;           // RFC 7162 3.1.4
    std::optional<Envelope> envelope;
    std::optional<BodyPart> bodyStructure;   // from BODYSTRUCTURE or the non-extensible BODY
    QList<BodySection> sections;
    QList<FetchItem> otherItems;

    // The section whose bracket text equals `section` (case-insensitive), of the given kind.
    const BodySection *findSection(QByteArrayView section,
                                   BodySection::Kind kind = BodySection::Kind::Body) const;
};

} // namespace Kestrel::Imap
