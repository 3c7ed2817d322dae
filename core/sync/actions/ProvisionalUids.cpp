#include "sync/actions/ProvisionalUids.h"

#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "cache/MessageStore.h"
#include "cache/Transaction.h"
#include "sync/actions/ActionPayload.h"

namespace Kestrel::Sync {

std::optional<Error> ProvisionalUids::allocate(Database &db, qint64 folderId, qsizetype count, QList<quint32> &uids)
{
    uids.clear();
    quint32 highest = 0;
    if (auto error = MessageStore(db).highestUid(folderId, highest))
        return error;
    quint32 next = qMax(Base, highest + 1);
    for (qsizetype i = 0; i < count; ++i)
        uids << next++;
    return std::nullopt;
}

std::optional<Error> ProvisionalUids::giveBack(Database &db, const QString &accountId, const QueuedAction &action,
                                               const QSet<quint32> &assignedStandIns, const QSet<quint32> &vanished)
{
    if (action.provisionalUids.isEmpty())
        return std::nullopt;
    FolderStore folders(db);
    std::optional<FolderInfo> source;
    std::optional<FolderInfo> target;
    if (auto error = folders.findFolder(accountId, action.folder, source))
        return error;
    if (auto error = folders.findFolder(accountId, action.target, target))
        return error;
    if (!target)
        return std::nullopt;
    Transaction transaction(db);
    if (auto error = transaction.begin())
        return error;
    MessageStore store(db);
    for (qsizetype i = 0; i < action.provisionalUids.size() && i < action.uids.size(); ++i) {
        const quint32 standIn = action.provisionalUids[i];
        if (assignedStandIns.contains(standIn))
            continue;
        std::optional<MessageSummary> row;
        if (auto error = MessageListReader(db).message(target->id, standIn, row))
            return error;
        if (!row)
            continue;
        const bool backHome = action.kind != ActionKind::Copy && source && !vanished.contains(action.uids[i]);
        if (auto error = backHome ? store.moveUid(target->id, standIn, source->id, action.uids[i])
                                  : store.removeUids(target->id, {standIn}))
            return error;
        const int unread = row->flags.isSeen() ? 0 : 1;
        if (auto error = folders.adjustCounts(target->id, -1, -unread))
            return error;
        if (backHome) {
            if (auto error = folders.adjustCounts(source->id, 1, unread))
                return error;
        }
    }
    return transaction.commit();
}

} // namespace Kestrel::Sync
