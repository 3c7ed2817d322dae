#pragma once

#include "common/Error.h"
#include "common/OutgoingMessage.h"

#include <optional>

namespace Kestrel {
class Database;
}

namespace Kestrel::Send {

// The first step of sending, before any network work: checks the composer's message (a sender, at
// least one recipient, addresses SMTP can carry), builds its bytes with KMime and stores bytes, envelope
// and threading in the outbox in one transaction. Returns the error to show when the message is not
// acceptable or the disk refused it; nothing is stored then, and the caller keeps the user's text.
class OutboxSubmission
{
public:
    static std::optional<Error> check(const OutgoingMessage &message);
    static std::optional<Error> store(Database &db, const OutgoingMessage &message, qint64 &outboxId);
};

} // namespace Kestrel::Send
