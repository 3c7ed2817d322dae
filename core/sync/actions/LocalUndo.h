#pragma once

#include "common/Error.h"

#include <QString>

#include <optional>

namespace Kestrel {
class Database;
}

namespace Kestrel::Sync {

struct QueuedAction;

// Takes back what an action did to the cache when the server refused it for good (ActionReplayer drops
// it after MaxRefusals), so the cache shows the server's state again instead of a change that never
// happened: flags are changed back, a moved message returns to its folder (ProvisionalUids::giveBack),
// and a message deleted for good is fetched again by the next sync (the folder's UIDNEXT is lowered to
// its UID: a sync only fetches UIDs from UIDNEXT up). Folder operations are left to the next folder
// list sync, which already replaces the cached list with the server's.
class LocalUndo
{
public:
    static std::optional<Error> undo(Database &db, const QString &accountId, const QueuedAction &action);
};

} // namespace Kestrel::Sync
