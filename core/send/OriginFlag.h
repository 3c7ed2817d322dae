#pragma once

#include "common/Error.h"
#include "send/OutboxEntry.h"

#include <optional>

namespace Kestrel {
class Database;
}

namespace Kestrel::Send {

// After a reply is sent its original gets \Answered, after a forward $Forwarded (RFC 5788's keyword),
// through the offline action queue like any flag change the user makes: shown in the cache at once when
// the original is cached, sent to the server by the next replay. Queuing it twice (a crash right after)
// is harmless: adding a flag that is set changes nothing. Nothing to do for a new message.
class OriginFlag
{
public:
    static std::optional<Error> queue(Database &db, const OutboxEntry &entry);
};

} // namespace Kestrel::Send
