#pragma once

#include "common/Error.h"
#include "common/FolderInfo.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kestrel {

class Database;

// The `folders` table: one row per mailbox of an account, unique by (account, full name).
class FolderStore
{
public:
    // What the cache itself holds for a folder (as opposed to the server's STATUS counts).
    struct LocalCounts {
        int total = 0;
        int unread = 0;
        friend bool operator==(const LocalCounts &, const LocalCounts &) = default;
    };

    explicit FolderStore(Database &db);

    // Inserts the folder with all its fields, or, when (accountId, name) exists, updates what LIST says
    // (delimiter, role, attributes, subscribed) and keeps the stored sync state and counts. Sets folder.id.
    std::optional<Error> upsertFolder(FolderInfo &folder);
    // STATUS (MESSAGES, UNSEEN) or LIST-STATUS results.
    std::optional<Error> updateCounts(qint64 folderId, quint32 total, quint32 unread);
    // A local change the server has not confirmed yet (the user read, moved or deleted messages): moves
    // the server's counts by these deltas, never below zero, until the next STATUS replaces them.
    std::optional<Error> adjustCounts(qint64 folderId, int totalDelta, int unreadDelta);
    // UIDVALIDITY / UIDNEXT / HIGHESTMODSEQ. To keep the state and the messages it describes together,
    // prefer passing it to the MessageStore call that stores those messages (same transaction).
    std::optional<Error> updateSyncState(qint64 folderId, const FolderSyncState &state);
    // Records that the cache holds the whole folder (FolderSyncState::whole), unless its UIDVALIDITY changed.
    std::optional<Error> markWhole(qint64 folderId, quint32 uidValidity);
    std::optional<Error> renameFolder(qint64 folderId, const QString &newName);
    // Removes the folder with its messages and parts.
    std::optional<Error> removeFolder(qint64 folderId);
    // After a full LIST: removes the account's folders whose names are not in `existing`.
    std::optional<Error> removeFoldersNotIn(const QString &accountId, const QStringList &existing, int &removed);

    // All folders of one account (of all accounts when accountId is empty), by account then name.
    std::optional<Error> folders(const QString &accountId, QList<FolderInfo> &folders) const;
    std::optional<Error> folder(qint64 folderId, std::optional<FolderInfo> &folder) const;
    std::optional<Error> findFolder(const QString &accountId, const QString &name,
                                    std::optional<FolderInfo> &folder) const;
    // Counted from the cached messages, per folder id (folders without messages are absent).
    std::optional<Error> localCounts(const QString &accountId, QHash<qint64, LocalCounts> &counts) const;

private:
    std::optional<Error> select(const QString &where, const QVariantList &values, QList<FolderInfo> &folders) const;

    Database &m_db;
};

} // namespace Kestrel
