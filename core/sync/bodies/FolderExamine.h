#pragma once

#include "common/Error.h"
#include "common/FolderInfo.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Kestrel {
namespace Imap {
class ImapSession;
}

namespace Sync {

// Makes `folder` the session's selected mailbox for reading: nothing to do when it already is, else
// EXAMINE (RFC 9051 6.3.3: read-only, so fetching bodies never changes the mailbox). Fails when the
// folder's UIDVALIDITY is no longer the cached one: its cached UIDs then name other messages, and only
// a sync can re-link them. `done` runs once, from the event loop, while `context` lives.
void examineFolder(Imap::ImapSession &session, const FolderInfo &folder, QObject *context,
                   std::function<void(std::optional<Error> error)> done);

} // namespace Sync
} // namespace Kestrel
