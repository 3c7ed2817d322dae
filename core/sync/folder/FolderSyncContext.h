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
// set of UIDs the cache holds for it (kept current by every write made through here). The set is read
// when a step first needs it, and only from the lowest UID that step asks about: a QRESYNC resync that
// finds nothing new or expunged never reads it (100k UIDs took ~90M instructions, ~25 ms, the biggest
// part of such a resync), and new mail needs only the UIDs from the stored UIDNEXT up. The first error
// stops everything: callbacks still in flight check stopped() and do nothing.
class FolderSyncContext
{
public:
    FolderSyncContext(Imap::ImapSession &session, Database &database, LiveChanges &live);

    Imap::ImapSession &session;
    Database &database;
    LiveChanges &live;
    FolderInfo folder;
    FolderSyncCounts counts;

    // Reads the cached UIDs from `fromUid` up into the set, unless it holds them already.
    std::optional<Error> loadCached(quint32 fromUid = 1);
    // Forgets the set (a new pass reads it again: other writers may have changed the cache meanwhile).
    void forgetCached();
    // The cached UIDs from cachedFrom() up; the caller has loaded them (loadCached).
    const QSet<quint32> &cached() const { return m_cached; }
    bool isCached(quint32 uid) const { return m_cached.contains(uid); }
    // A new message, about to be stored.
    void addCached(quint32 uid);
    // How many messages the cache holds for the folder: the set's size once it holds all, else counted
    // once (~15M instructions at 100k) and kept current.
    std::optional<Error> countCached(qsizetype &count);

    // Deletes those of `uids` that are cached.
    std::optional<Error> remove(const QList<quint32> &uids);
    // Stores server flags where they differ; counts those as changed when `count`.
    std::optional<Error> applyFlags(const QList<FlagUpdate> &updates, bool count = true);
    // Applies what the server announced meanwhile (LiveChanges) to what is cached now.
    std::optional<Error> flushLive();

    bool stopped() const { return m_stopped; }
    void stop() { m_stopped = true; }

private:
    QSet<quint32> m_cached;
    // The lowest UID the set covers; nullopt: nothing read yet.
    std::optional<quint32> m_cachedFrom;
    std::optional<qsizetype> m_count; // countCached()'s, while the set holds only part
    bool m_stopped = false;
};

} // namespace Sync
} // namespace Kestrel
