#pragma once

#include "imap/parser/ResponseCode.h"

#include <QByteArray>

#include <optional>

namespace Kestrel::Imap {

enum class StatusCondition { Ok, No, Bad, PreAuth, Bye };

// "A001 OK [READ-WRITE] SELECT completed" — completes the command with that tag (RFC 3501 7.1).
struct TaggedStatus {
    QByteArray tag;
    StatusCondition condition = StatusCondition::Ok;   // only Ok, No or Bad
    ResponseCode code;
    QByteArray text;     // human-readable, may be UTF-8 or the server's language (RFC 5255)
};

// "* OK [UIDVALIDITY 3857529045] UIDs valid", "* BYE shutting down", "* PREAUTH ..." (RFC 3501 7.1)
struct UntaggedStatus {
    StatusCondition condition = StatusCondition::Ok;
    ResponseCode code;
    QByteArray text;
};

// "+ Ready for literal data" or "+ <base64 SASL challenge>" (RFC 3501 7.5).
struct ContinuationRequest {
    ResponseCode code;
    QByteArray text;     // everything after "+ " (after the code, if any)

    // The text as a base64 SASL challenge (RFC 3501 6.2.2); nullopt when it is not valid base64.
    std::optional<QByteArray> decodedChallenge() const;
};

} // namespace Kestrel::Imap
