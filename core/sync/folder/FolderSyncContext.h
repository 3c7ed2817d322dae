#pragma once

#include "cache/MessageStore.h"
#include "common/Error.h"
#include "common/FolderInfo.h"

#include <QList>
#include <QSet>

#include <functional>
#include <optional>

namespace Kestrel {

class Database;
namespace Imap {
class ImapSession;
}

namespace Sync {

class LiveChanges;

// What one folder's sync did, for the user and for tests.
struct FolderSyncCounts {
    int added = 0;    // new messages stored
    int removed = 0;  // cached messages deleted (expunged, or not relinkable after a UIDVALIDITY change)
    int changed = 0;  // cached messages whose flags changed
    int relinked = 0; // cached messages moved to their new UID after a UIDVALIDITY change
};

// Ends one step of a folder's sync: nullopt when it succeeded.
using StepDone = std::function<void(const std::optional<Error> &error)>;

// What the steps of one folder's sync share: the session with the folder selected, the cache, and the
// set of UIDs the cache holds for it (kept current by every write made through here). The first error
// stops everything: callbacks still in flight check stopped() and do nothing.
class FolderSyncContext
{
public:
    FolderSyncContext(Imap::ImapSession &session, Database &database, LiveChanges &live);

    Imap::ImapSession &session;
    Database &database;
    LiveChanges &live;
    FolderInfo folder;
    QSet<quint32> cached;
    FolderSyncCounts counts;

    std::optional<Error> loadCached();
    // Deletes those of `uids` that are cached.
    std::optional<Error> remove(const QList<quint32> &uids);
    // Stores server flags where they differ; counts those as changed when `count`.
    std::optional<Error> applyFlags(const QList<FlagUpdate> &updates, bool count = true);
    // Applies what the server announced meanwhile (LiveChanges) to what is cached now.
    std::optional<Error> flushLive();

    bool stopped() const { return m_stopped; }
    void stop() { m_stopped = true; }

private:
    bool m_stopped = false;
};

} // namespace Sync
} // namespace Kestrel
