#include "sync/actions/MessageActions.h"

#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "cache/MessageStore.h"
#include "cache/OfflineQueue.h"
#include "cache/Transaction.h"
#include "sync/actions/FlagNames.h"
#include "sync/actions/ProvisionalUids.h"

#include <algorithm>

namespace Kestrel::Sync {

namespace {

int unreadAmong(const QList<MessageSummary> &messages)
{
    return int(std::count_if(messages.cbegin(), messages.cend(), [](const MessageSummary &m) { return !m.flags.isSeen(); }));
}

QueuedAction makeAction(ActionKind kind, const FolderInfo &folder, const QList<quint32> &uids)
{
    QueuedAction action;
    action.kind = kind;
    action.folder = folder.name;
    action.uidValidity = folder.sync.uidValidity;
    action.uids = uids;
    return action;
}

} // namespace

MessageActions::MessageActions(Database &db, QString accountId)
    : m_db(db)
    , m_accountId(std::move(accountId))
{
}

std::optional<Error> MessageActions::findFolder(const QString &name, FolderInfo &folder) const
{
    std::optional<FolderInfo> found;
    if (auto error = FolderStore(m_db).findFolder(m_accountId, name, found))
        return error;
    if (!found || !found->isSelectable())
        return Error::make(Error::Code::Storage, tr("The folder \"%1\" is not in the cache; synchronise first.").arg(name));
    folder = *found;
    return std::nullopt;
}

std::optional<Error> MessageActions::findTrash(std::optional<FolderInfo> &trash) const
{
    QList<FolderInfo> folders;
    if (auto error = FolderStore(m_db).folders(m_accountId, folders))
        return error;
    trash.reset();
    for (const FolderInfo &folder : std::as_const(folders)) {
        if (!folder.isSelectable())
            continue;
        if (!m_trashFolder.isEmpty() && folder.name == m_trashFolder) {
            trash = folder;
            return std::nullopt;
        }
        if (folder.role == SpecialUse::Trash)
            trash = folder;
    }
    return std::nullopt;
}

std::optional<Error> MessageActions::readMessages(const QString &folderName, const QList<quint32> &uids,
                                                  FolderInfo &folder, QList<MessageSummary> &messages) const
{
    messages.clear();
    if (auto error = findFolder(folderName, folder))
        return error;
    if (uids.isEmpty())
        return Error::make(Error::Code::Storage, tr("No message was chosen."));
    const MessageListReader reader(m_db);
    for (quint32 uid : uids) {
        std::optional<MessageSummary> message;
        if (auto error = reader.message(folder.id, uid, message))
            return error;
        if (!message)
            return Error::make(Error::Code::Storage, tr("There is no message with UID %1 in \"%2\" in the cache.")
                                                         .arg(uid).arg(folder.name));
        messages << *message;
    }
    return std::nullopt;
}

std::optional<Error> MessageActions::enqueue(const QueuedAction &action)
{
    return OfflineQueue(m_db).enqueue(m_accountId, kindName(action.kind), encodePayload(action), m_lastActionId);
}

std::optional<Error> MessageActions::changeFlags(const QString &folderName, const QList<quint32> &uids,
                                                 const QStringList &add, const QStringList &remove)
{
    Transaction transaction(m_db);
    FolderInfo folder;
    QList<MessageSummary> messages;
    if (auto error = transaction.begin())
        return error;
    if (auto error = readMessages(folderName, uids, folder, messages))
        return error;
    QueuedAction action = makeAction(ActionKind::Flags, folder, uids);
    action.addFlags = add;
    action.removeFlags = remove;
    QList<FlagUpdate> updates;
    int unreadDelta = 0;
    for (const MessageSummary &message : std::as_const(messages)) {
        updates.append({message.uid, applyFlagChanges(message.flags, add, remove), 0}); // 0 keeps the modseq
        unreadDelta += int(message.flags.isSeen()) - int(updates.last().flags.isSeen());
        if (!ProvisionalUids::isProvisional(message.uid)) // a stand-in's MODSEQ is its old folder's
            action.modSeq = qMax(action.modSeq, message.modSeq);
    }
    if (auto error = MessageStore(m_db).updateFlags(folder.id, updates))
        return error;
    if (auto error = FolderStore(m_db).adjustCounts(folder.id, 0, unreadDelta))
        return error;
    if (auto error = enqueue(action))
        return error;
    return transaction.commit();
}

std::optional<Error> MessageActions::move(const QString &folder, const QList<quint32> &uids, const QString &target)
{
    return relocate(ActionKind::Move, folder, uids, target);
}

std::optional<Error> MessageActions::copy(const QString &folder, const QList<quint32> &uids, const QString &target)
{
    return relocate(ActionKind::Copy, folder, uids, target);
}

std::optional<Error> MessageActions::remove(const QString &folderName, const QList<quint32> &uids)
{
    std::optional<FolderInfo> trash;
    if (auto error = findTrash(trash))
        return error;
    if (trash && trash->name != folderName)
        return relocate(ActionKind::Delete, folderName, uids, trash->name);
    // No Trash, or deleting in Trash: gone for good. The cache forgets the messages now.
    Transaction transaction(m_db);
    FolderInfo folder;
    QList<MessageSummary> messages;
    if (auto error = transaction.begin())
        return error;
    if (auto error = readMessages(folderName, uids, folder, messages))
        return error;
    if (auto error = MessageStore(m_db).removeUids(folder.id, uids))
        return error;
    if (auto error = FolderStore(m_db).adjustCounts(folder.id, -int(uids.size()), -unreadAmong(messages)))
        return error;
    if (auto error = enqueue(makeAction(ActionKind::Delete, folder, uids)))
        return error;
    return transaction.commit();
}

// Move, copy and delete-to-Trash: the rows (for a move: the very rows, with their cached parts) show up
// in the target under stand-in UIDs that the replay replaces with the server's.
std::optional<Error> MessageActions::relocate(ActionKind kind, const QString &folderName, const QList<quint32> &uids,
                                              const QString &targetName)
{
    Transaction transaction(m_db);
    FolderInfo folder;
    FolderInfo target;
    QList<MessageSummary> messages;
    QList<quint32> standIns;
    if (auto error = transaction.begin())
        return error;
    if (auto error = readMessages(folderName, uids, folder, messages))
        return error;
    if (auto error = findFolder(targetName, target))
        return error;
    if (folder.id == target.id && kind != ActionKind::Copy)
        return Error::make(Error::Code::Storage, tr("The messages are already in \"%1\".").arg(target.name));
    if (auto error = ProvisionalUids::allocate(m_db, target.id, uids.size(), standIns))
        return error;
    MessageStore store(m_db);
    if (kind == ActionKind::Copy) {
        for (qsizetype i = 0; i < messages.size(); ++i)
            messages[i].uid = standIns[i];
        if (auto error = store.upsertMessages(target.id, messages))
            return error;
    } else {
        for (qsizetype i = 0; i < uids.size(); ++i) {
            if (auto error = store.moveUid(folder.id, uids[i], target.id, standIns[i]))
                return error;
        }
    }
    const int unread = unreadAmong(messages);
    if (kind != ActionKind::Copy) {
        if (auto error = FolderStore(m_db).adjustCounts(folder.id, -int(uids.size()), -unread))
            return error;
    }
    if (auto error = FolderStore(m_db).adjustCounts(target.id, int(uids.size()), unread))
        return error;
    QueuedAction action = makeAction(kind, folder, uids);
    action.target = target.name;
    action.provisionalUids = standIns;
    bool anyMessageId = false;
    for (const MessageSummary &message : std::as_const(messages)) {
        action.messageIds << message.messageId;
        anyMessageId = anyMessageId || !message.messageId.isEmpty();
    }
    if (!anyMessageId)
        action.messageIds.clear();
    if (auto error = enqueue(action))
        return error;
    return transaction.commit();
}

} // namespace Kestrel::Sync
