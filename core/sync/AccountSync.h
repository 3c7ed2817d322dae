#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "common/FolderInfo.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace Kestrel {

class Database;
namespace Imap {
class ImapSession;
}

namespace Sync {

// One synchronisation run of one account into the cache, headers first (issue 4):
// connect and log in, ENABLE CONDSTORE QRESYNC when offered, refresh the folder list with counts
// (LIST-STATUS or LIST + STATUS), then bring each folder asked for level with the server (FolderSync:
// QRESYNC, else CONDSTORE, else a flag diff; a UIDVALIDITY change relinks; new messages newest first).
// With QRESYNC, folders the cache already holds in sync are brought level *before* the folder list:
// their SELECT must be the first mailbox the session opens, since a Maildir Dovecot re-reads a
// folder's whole UID list when it is opened after another one (measured: ~60 ms per open at 20,000
// messages, twice per resync — LIST-STATUS and SELECT), and LIST-STATUS of the selected folder is free.
// A never-synced Inbox goes first as well, with the folder list right behind its SELECT (measured at 100k
// messages: LIST-STATUS then SELECT took Dovecot 90 + 80 ms, SELECT then LIST-STATUS 1 + 3 ms).
// A folder that then fails (deleted on the server) is reported after the folder list, as before.
// The folder's UIDVALIDITY/UIDNEXT/HIGHESTMODSEQ are stored only with the last chunk, so an
// interrupted run is resumed, never skipped. Runs on the thread that owns `database`.
class AccountSync : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QStringList folders{QStringLiteral("INBOX")}; // full names; empty: only the folder list
        quint32 chunkUids = 500;                      // UIDs per FETCH of new messages
        int flagChunk = 2000;                         // cached UIDs per FETCH of a full flag diff
    };

    // `password` may be std::nullopt and follow start(), through providePassword() or passwordUnavailable():
    // the connection (TCP, TLS, the greeting) is then made while the keychain is read, and the login waits
    // for the password. A cold `kestrel-cli sync` read the keychain (~35-40 ms: libsecret loaded, a D-Bus
    // session opened) before it even began to connect.
    AccountSync(AccountSettings account, std::optional<QString> password, Database &database, QObject *parent = nullptr);
    ~AccountSync() override;

    void start(const Options &options);
    // The password of a run made without one; the login goes on with it (ignored once the run finished).
    void providePassword(QString password);
    // Ends a run made without a password with `error`: why there is none (ignored once the run finished).
    void passwordUnavailable(const Kestrel::Error &error);

signals:
    void folderListSynced(int folders);
    void folderSynced(qint64 folderId, int added, int removed, int changed);
    // Progress within a folder: `count` new messages were just stored (one chunk).
    void messagesStored(qint64 folderId, int count);
    // After a UIDVALIDITY change: cached messages moved to their new UIDs instead of being fetched again.
    void folderRelinked(qint64 folderId, int relinked);
    // Exactly once per start().
    void finished(const std::optional<Kestrel::Error> &error);

private:
    void login();
    void enableExtensions();
    void afterEnable();
    QStringList foldersKnownInSync() const;
    bool inboxFirst();
    void syncFolderList();
    void syncNextFolder();
    void folderFailed(const QString &name, const Error &error);
    Error missingFolder(const QString &name) const;
    void folderDone(qint64 folderId, int added, int removed, int changed);
    void fail(const Error &error);
    void finish(const std::optional<Error> &error);

    AccountSettings m_account;
    std::optional<QString> m_password;
    bool m_loginWaiting = false;           // connected, the password not provided yet
    Database &m_database;
    Options m_options;
    QPointer<Imap::ImapSession> m_session;
    QStringList m_pending;
    QStringList m_done;                    // synced before the folder list
    bool m_listed = false;                 // the folder list is refreshed
    bool m_listing = false;                // the folder list is asked for, its answer not in yet
    QString m_current;                     // the folder being synced, if any
    std::optional<Error> m_earlyError;     // a folder synced before the list failed: reported after it
    QString m_earlyFailed;
    bool m_qresync = false;
    bool m_finished = false;
};

} // namespace Sync
} // namespace Kestrel
