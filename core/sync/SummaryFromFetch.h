#pragma once

#include "common/MessageFlags.h"
#include "common/MessageSummary.h"
#include "imap/commands/FetchItems.h"
#include "imap/parser/FetchResponse.h"

namespace Kestrel::Sync {

// The headers-first fetch of a new message (issue: UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE
// BODYSTRUCTURE and the References / In-Reply-To / List-Id fields), MODSEQ when CONDSTORE is on.
Imap::FetchItems summaryFetchItems();

// Turns one FETCH of summaryFetchItems() into what the cache stores: header text decoded (RFC 2047,
// raw 8-bit read as UTF-8 or Latin-1), addresses flattened, References split, BODYSTRUCTURE kept in
// BodyStructureCodec form. Returns false when the response lacks a UID (nothing can be stored for it).
bool summaryFromFetch(const Imap::FetchResponse &fetch, MessageSummary &summary);

MessageFlags toCacheFlags(const Imap::MessageFlags &flags);

} // namespace Kestrel::Sync
