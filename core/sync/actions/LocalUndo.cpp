#include "sync/actions/LocalUndo.h"

#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "cache/MessageStore.h"
#include "cache/Transaction.h"
#include "sync/actions/ActionPayload.h"
#include "sync/actions/FlagNames.h"
#include "sync/actions/ProvisionalUids.h"

#include <algorithm>

namespace Kestrel::Sync {

namespace {

std::optional<Error> undoFlags(Database &db, const FolderInfo &folder, const QueuedAction &action)
{
    QList<FlagUpdate> updates;
    int unreadDelta = 0;
    for (quint32 uid : action.uids) {
        std::optional<MessageSummary> message;
        if (auto error = MessageListReader(db).message(folder.id, uid, message))
            return error;
        if (!message)
            continue;
        // The inverse change: what was added is removed and the other way round.
        updates.append({uid, applyFlagChanges(message->flags, action.removeFlags, action.addFlags), 0});
        unreadDelta += int(message->flags.isSeen()) - int(updates.last().flags.isSeen());
    }
    if (auto error = MessageStore(db).updateFlags(folder.id, updates))
        return error;
    return FolderStore(db).adjustCounts(folder.id, 0, unreadDelta);
}

std::optional<Error> refetchFrom(Database &db, const FolderInfo &folder, const QList<quint32> &uids)
{
    FolderSyncState state = folder.sync;
    const quint32 lowest = *std::min_element(uids.cbegin(), uids.cend());
    if (state.uidNext == 0 || lowest >= state.uidNext)
        return std::nullopt;
    state.uidNext = lowest;
    return FolderStore(db).updateSyncState(folder.id, state);
}

} // namespace

std::optional<Error> LocalUndo::undo(Database &db, const QString &accountId, const QueuedAction &action)
{
    if (action.isFolderOperation() || action.uids.isEmpty())
        return std::nullopt;
    std::optional<FolderInfo> folder;
    if (auto error = FolderStore(db).findFolder(accountId, action.folder, folder))
        return error;
    if (!folder)
        return std::nullopt;
    Transaction transaction(db);
    if (auto error = transaction.begin())
        return error;
    std::optional<Error> error;
    if (action.kind == ActionKind::Flags)
        error = undoFlags(db, *folder, action);
    else if (action.kind == ActionKind::Delete && action.target.isEmpty())
        error = refetchFrom(db, *folder, action.uids);
    else
        error = ProvisionalUids::giveBack(db, accountId, action, {}, {});
    if (error)
        return error;
    return transaction.commit();
}

} // namespace Kestrel::Sync
