#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kestrel::Sync {

// What a queued action does; its name is OfflineAction::kind.
enum class ActionKind { Flags, Move, Copy, Delete, CreateFolder, RenameFolder, DeleteFolder, SubscribeFolder, UnsubscribeFolder };

// One user action as the offline queue stores it (OfflineAction::payload, JSON). Messages are named by
// folder, UIDVALIDITY and UID — never by sequence number — so the action still means the same message
// after any number of reconnects, and is recognised as stale when the folder was renumbered.
struct QueuedAction {
    ActionKind kind = ActionKind::Flags;
    QString folder;            // the messages' folder; for folder operations the folder itself
    quint32 uidValidity = 0;   // of `folder` when the action was taken; 0: unknown (not checked)
    QList<quint32> uids;
    QStringList addFlags;      // Flags: IMAP flag atoms, "\\Seen", "$Forwarded"
    QStringList removeFlags;
    quint64 modSeq = 0;        // Flags: highest cached MODSEQ of the messages then (UNCHANGEDSINCE)
    QString target;            // Move / Copy / Delete to Trash: destination; RenameFolder: new name
    QList<quint32> provisionalUids; // Move / Copy / Delete to Trash: local stand-ins in `target`, by position
    QStringList messageIds;    // Move / Copy / Delete to Trash: to find the copies without COPYUID, by position

    bool isFolderOperation() const;
    friend bool operator==(const QueuedAction &, const QueuedAction &) = default;
};

QString kindName(ActionKind kind);
std::optional<ActionKind> kindFromName(const QString &name);

QByteArray encodePayload(const QueuedAction &action);
// Reads what encodePayload wrote; nullopt (with `error` saying why) for an unknown kind or a payload
// that is not what that kind needs.
std::optional<QueuedAction> decodePayload(const QString &kind, const QByteArray &payload, QString *error = nullptr);

} // namespace Kestrel::Sync
