#pragma once

#include "common/Error.h"
#include "common/FolderInfo.h"
#include "common/MessageSummary.h"
#include "sync/actions/ActionPayload.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Kestrel {
class Database;
}

namespace Kestrel::Sync {

// What the user does to messages: each call changes the cache at once (the list shows the result
// without waiting for the network) and queues the same action for the server (OfflineQueue), both in
// one transaction, so the cache never shows a change that is not queued, nor the other way round.
// The queue is replayed in order by ActionReplayer. Runs on the thread that owns `db`.
class MessageActions
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Sync::MessageActions)
public:
    MessageActions(Database &db, QString accountId);

    // Adds and removes IMAP flag atoms ("\\Seen", "$Forwarded"; see imapFlagFromWord).
    std::optional<Error> changeFlags(const QString &folder, const QList<quint32> &uids, const QStringList &add,
                                     const QStringList &remove);
    // The messages leave `folder` and appear in `target` under stand-in UIDs (ProvisionalUids).
    std::optional<Error> move(const QString &folder, const QList<quint32> &uids, const QString &target);
    std::optional<Error> copy(const QString &folder, const QList<quint32> &uids, const QString &target);
    // To the account's Trash folder when it has one (and this is not it); otherwise the messages are
    // marked \Deleted and, where the server offers UIDPLUS, expunged by UID at replay.
    std::optional<Error> remove(const QString &folder, const QList<quint32> &uids);

    // The folder the user chose as Trash (AccountSettings::trashFolder); empty: the cached folder with
    // the \\Trash role. A chosen folder no longer in the cache falls back to that too.
    void setTrashFolder(const QString &name) { m_trashFolder = name; }

    // The queue id of the last action queued by this object (0 before any).
    qint64 lastActionId() const { return m_lastActionId; }

private:
    std::optional<Error> findFolder(const QString &name, FolderInfo &folder) const;
    std::optional<Error> findTrash(std::optional<FolderInfo> &trash) const;
    // The folder and the cached messages the action is about; an error names what is not cached.
    std::optional<Error> readMessages(const QString &folderName, const QList<quint32> &uids, FolderInfo &folder,
                                      QList<MessageSummary> &messages) const;
    std::optional<Error> relocate(ActionKind kind, const QString &folder, const QList<quint32> &uids,
                                  const QString &target);
    std::optional<Error> enqueue(const QueuedAction &action);

    Database &m_db;
    QString m_accountId;
    QString m_trashFolder;
    qint64 m_lastActionId = 0;
};

} // namespace Kestrel::Sync
