#include "sync/actions/FolderActions.h"

#include "cache/FolderStore.h"
#include "cache/OfflineQueue.h"
#include "cache/Transaction.h"
#include "sync/actions/ActionPayload.h"

namespace Kestrel::Sync {

FolderActions::FolderActions(Database &db, QString accountId)
    : m_db(db)
    , m_accountId(std::move(accountId))
{
}

std::optional<Error> FolderActions::enqueue(ActionKind kind, const QString &name, const QString &target)
{
    QueuedAction action;
    action.kind = kind;
    action.folder = name;
    action.target = target;
    return OfflineQueue(m_db).enqueue(m_accountId, kindName(action.kind), encodePayload(action), m_lastActionId);
}

std::optional<Error> FolderActions::create(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error::make(Error::Code::Storage, tr("A folder needs a name."));
    Transaction transaction(m_db);
    if (auto error = transaction.begin())
        return error;
    FolderStore store(m_db);
    QList<FolderInfo> folders;
    if (auto error = store.folders(m_accountId, folders))
        return error;
    FolderInfo folder;
    folder.accountId = m_accountId;
    folder.name = name;
    for (const FolderInfo &existing : std::as_const(folders)) {
        if (existing.name == name)
            return Error::make(Error::Code::Storage, tr("There is already a folder \"%1\".").arg(name));
        if (!existing.delimiter.isEmpty())
            folder.delimiter = existing.delimiter; // one hierarchy delimiter per namespace in practice
    }
    if (auto error = store.upsertFolder(folder))
        return error;
    if (auto error = enqueue(ActionKind::CreateFolder, name, QString()))
        return error;
    return transaction.commit();
}

std::optional<Error> FolderActions::rename(const QString &name, const QString &newName)
{
    Transaction transaction(m_db);
    if (auto error = transaction.begin())
        return error;
    FolderStore store(m_db);
    QList<FolderInfo> folders;
    if (auto error = store.folders(m_accountId, folders))
        return error;
    bool found = false;
    for (const FolderInfo &folder : std::as_const(folders)) {
        if (folder.name == newName)
            return Error::make(Error::Code::Storage, tr("There is already a folder \"%1\".").arg(newName));
        found = found || folder.name == name;
    }
    if (!found)
        return Error::make(Error::Code::Storage, tr("The folder \"%1\" is not in the cache; synchronise first.").arg(name));
    for (const FolderInfo &folder : std::as_const(folders)) {
        const bool child = !folder.delimiter.isEmpty() && folder.name.startsWith(name + folder.delimiter);
        if (folder.name != name && !child)
            continue;
        if (auto error = store.renameFolder(folder.id, newName + folder.name.mid(name.size())))
            return error;
    }
    if (auto error = enqueue(ActionKind::RenameFolder, name, newName))
        return error;
    return transaction.commit();
}

std::optional<Error> FolderActions::cachedFolder(const FolderStore &store, const QString &name,
                                                std::optional<FolderInfo> &folder) const
{
    if (auto error = store.findFolder(m_accountId, name, folder))
        return error;
    if (!folder)
        return Error::make(Error::Code::Storage, tr("The folder \"%1\" is not in the cache; synchronise first.").arg(name));
    return std::nullopt;
}

std::optional<Error> FolderActions::remove(const QString &name)
{
    Transaction transaction(m_db);
    if (auto error = transaction.begin())
        return error;
    FolderStore store(m_db);
    std::optional<FolderInfo> folder;
    if (auto error = cachedFolder(store, name, folder))
        return error;
    if (folder->role == SpecialUse::Inbox)
        return Error::make(Error::Code::Storage, tr("The inbox cannot be deleted."));
    if (auto error = store.removeFolder(folder->id))
        return error;
    if (auto error = enqueue(ActionKind::DeleteFolder, name, QString()))
        return error;
    return transaction.commit();
}

std::optional<Error> FolderActions::setSubscribed(const QString &name, bool subscribed)
{
    Transaction transaction(m_db);
    if (auto error = transaction.begin())
        return error;
    FolderStore store(m_db);
    std::optional<FolderInfo> folder;
    if (auto error = cachedFolder(store, name, folder))
        return error;
    folder->subscribed = subscribed;
    if (auto error = store.upsertFolder(*folder))
        return error;
    if (auto error = enqueue(subscribed ? ActionKind::SubscribeFolder : ActionKind::UnsubscribeFolder, name, QString()))
        return error;
    return transaction.commit();
}

} // namespace Kestrel::Sync
