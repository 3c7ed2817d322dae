#pragma once

#include "imap/parser/FetchResponse.h"
#include "imap/parser/MailboxResponses.h"
#include "imap/parser/SearchResponses.h"
#include "imap/parser/ServerDataResponses.h"
#include "imap/parser/StatusResponse.h"

#include <variant>

namespace Kestrel::Imap {

// Every server response the parser produces (RFC 3501 7, RFC 9051 7 and extensions).
// Dispatch with std::visit or std::get_if.
using Response = std::variant<
    TaggedStatus,
    UntaggedStatus,
    ContinuationRequest,
    CapabilityResponse,
    EnabledResponse,
    IdResponse,
    NamespaceResponse,
    ListResponse,
    MailboxStatus,
    FlagsResponse,
    ExistsResponse,
    RecentResponse,
    ExpungeResponse,
    VanishedResponse,
    SearchResponse,
    ESearchResponse,
    FetchResponse,
    UnknownResponse>;

} // namespace Kestrel::Imap
