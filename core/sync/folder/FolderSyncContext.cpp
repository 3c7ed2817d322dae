#include "sync/folder/FolderSyncContext.h"

#include "cache/FlagDiffStore.h"
#include "sync/folder/LiveChanges.h"

namespace Kestrel::Sync {

FolderSyncContext::FolderSyncContext(Imap::ImapSession &session_, Database &database_, LiveChanges &live_)
    : session(session_)
    , database(database_)
    , live(live_)
{
}

std::optional<Error> FolderSyncContext::loadCached()
{
    QList<quint32> uids;
    if (auto error = MessageStore(database).uids(folder.id, uids))
        return error;
    cached = QSet<quint32>(uids.cbegin(), uids.cend());
    return std::nullopt;
}

std::optional<Error> FolderSyncContext::remove(const QList<quint32> &uids)
{
    QList<quint32> present;
    for (quint32 uid : uids) {
        if (cached.contains(uid))
            present << uid;
    }
    if (present.isEmpty())
        return std::nullopt;
    int removed = 0;
    if (auto error = MessageStore(database).removeUids(folder.id, present, std::nullopt, &removed))
        return error;
    for (quint32 uid : std::as_const(present))
        cached.remove(uid);
    counts.removed += removed;
    return std::nullopt;
}

std::optional<Error> FolderSyncContext::applyFlags(const QList<FlagUpdate> &updates, bool count)
{
    int changed = 0;
    if (auto error = FlagDiffStore(database).apply(folder.id, updates, changed))
        return error;
    if (count)
        counts.changed += changed;
    return std::nullopt;
}

std::optional<Error> FolderSyncContext::flushLive()
{
    if (auto error = remove(live.vanishedAmong(cached)))
        return error;
    return applyFlags(live.takeFlagsFor(cached));
}

} // namespace Kestrel::Sync
