#pragma once

#include "account/AccountSettings.h"
#include "sync/push/Backoff.h"
#include "sync/push/PushTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Kestrel {

class Database;
namespace Imap {
class ImapSession;
struct SelectResult;
}

namespace Sync {

class FolderCacheUpdater;

// One dedicated IMAP connection that watches one folder: log in, ENABLE QRESYNC (so expunges come
// as VANISHED with UIDs, RFC 7162 3.2.10), SELECT, then IDLE (RFC 2177; the session's IdleManager
// ends it with DONE before any other command, renews it before 29 minutes, and polls with NOOP when
// the server has no IDLE). What the server announces goes to the cache through FolderCacheUpdater.
//
// A dropped connection is reopened after Backoff's delay; retryNow() (the network changed) skips
// the wait, or probes a connection that looks up with a NOOP, which the response timeout turns into
// a reconnect when the link is dead. A refused password or an untrusted certificate stops it: trying
// again cannot help and would only lock the account, so the status says why and waits for the user.
class FolderWatcher : public QObject
{
    Q_OBJECT
public:
    FolderWatcher(AccountSettings account, QString password, QString folder, Database &database,
                  const PushOptions &options, QObject *parent = nullptr);
    ~FolderWatcher() override;

    void start();
    void stop();
    void retryNow();

    const QString &folder() const { return m_folder; }
    const ConnectionStatus &status() const { return m_status; }
    // Connection attempts so far (tests check that a refused password is not retried).
    int attempts() const { return m_attempts; }
    // The server refused to select the folder: watching stopped for good (until start() again).
    bool unwatchable() const { return m_unwatchable; }

signals:
    void statusChanged(const Kestrel::Sync::ConnectionStatus &status);
    void newMail(const Kestrel::Sync::NewMail &mail);
    void cacheChanged();
    void syncRequested();

private:
    void connectNow();
    void login();
    void enableExtensions();
    void select();
    void onSelected(const Imap::SelectResult &result);
    void fail(const Error &error, bool permanent = false);
    void dropSession();
    void setStatus(ConnectionState state, const std::optional<Error> &error = std::nullopt, bool willRetry = false);

    AccountSettings m_account;
    QString m_password;
    QString m_folder;
    Database &m_database;
    PushOptions m_options;
    Backoff m_backoff;
    QTimer m_retryTimer;
    QObject *m_connection = nullptr; // the context of this connection's command callbacks
    QPointer<Imap::ImapSession> m_session;
    QPointer<FolderCacheUpdater> m_updater;
    ConnectionStatus m_status;
    int m_attempts = 0;
    bool m_unwatchable = false;
    bool m_running = false;
};

} // namespace Sync
} // namespace Kestrel
