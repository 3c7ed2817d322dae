#pragma once

#include "imap/parser/MessageFlags.h"
#include "imap/parser/SequenceSet.h"

#include <QByteArray>
#include <QList>

namespace Kestrel::Imap {

// resp-text-code (RFC 3501 7.1, RFC 9051 7.1) and the codes added by extensions.
enum class ResponseCodeKind {
    None,                 // no [code] in the response
    Alert,                // RFC 3501 7.1: must be shown to the user
    Capability,           // list
    PermanentFlags,       // flags
    UidNext,              // number
    UidValidity,          // number
    Unseen,               // number
    HighestModSeq,        // number (RFC 7162 3.1.2.1)
    NoModSeq,             // RFC 7162 3.1.2.2
    Modified,             // uids: the sequence set that failed UNCHANGEDSINCE (RFC 7162 3.1.3)
    AppendUid,            // uidValidity + uids (RFC 4315 3)
    CopyUid,              // uidValidity + sourceUids + uids (RFC 4315 3)
    UidNotSticky,         // RFC 4315 3
    ReadOnly,
    ReadWrite,
    TryCreate,
    Parse,
    BadCharset,           // list: supported charsets (may be empty)
    Closed,               // RFC 7162 3.2.11 (QRESYNC)
    CompressionActive,    // RFC 4978
    // RFC 5530 response codes
    Unavailable,
    AuthenticationFailed,
    AuthorizationFailed,
    Expired,
    PrivacyRequired,
    ContactAdmin,
    NoPerm,
    InUse,
    ExpungeIssued,
    Corruption,
    ServerBug,
    ClientBug,
    Cannot,
    Limit,
    OverQuota,
    AlreadyExists,
    NonExistent,
    Unknown,              // name + text
};

struct ResponseCode {
    ResponseCodeKind kind = ResponseCodeKind::None;
    QByteArray name;             // the code's atom as sent, e.g. "UIDNEXT"
    QByteArray text;             // Unknown: whatever followed the atom inside the brackets
    quint64 number = 0;          // UIDNEXT, UIDVALIDITY, UNSEEN, HIGHESTMODSEQ
    quint32 uidValidity = 0;     // APPENDUID, COPYUID
    SequenceSet sourceUids;      // COPYUID source
    SequenceSet uids;            // APPENDUID, COPYUID destination, MODIFIED
    QList<QByteArray> list;      // CAPABILITY, BADCHARSET
    MessageFlags flags;          // PERMANENTFLAGS

    bool isNone() const { return kind == ResponseCodeKind::None; }
};

} // namespace Kestrel::Imap
