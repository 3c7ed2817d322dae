#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Kestrel::Sync {

// One thing the user did to messages or folders in the GUI, on its way to the account's thread: applied
// to the cache at once and queued for the server (MessageActions, FolderActions), then replayed
// (AccountReplay).
struct UserAction {
    enum class Kind {
        ChangeFlags, Move, Delete, Copy,
        CreateFolder,   // `folder` is the new folder's full name
        RenameFolder,   // `folder` becomes `target`
        DeleteFolder,
        MarkFolderRead, // every cached unread message of `folder` gets \\Seen
        SubscribeFolder,
        UnsubscribeFolder,
    };
    Kind kind = Kind::ChangeFlags;
    QString folder;            // full server name
    QList<quint32> uids;
    QStringList addFlags;      // IMAP atoms: "\\Seen", "\\Flagged", "$Forwarded"
    QStringList removeFlags;
    QString target;            // Move, Copy: the target folder; RenameFolder: the new full name
};

} // namespace Kestrel::Sync

Q_DECLARE_METATYPE(Kestrel::Sync::UserAction)
