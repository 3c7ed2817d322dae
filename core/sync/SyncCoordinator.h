#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "sync/UserAction.h"
#include "sync/push/PushTypes.h"

#include <QHash>
#include <QObject>

namespace Kestrel {

class CredentialStore;
class OAuthTokenSource;

namespace Sync {

class AccountWorker;
class NetworkChangeWatch;

// Runs every account's synchronisation and push on a thread of its own, so the GUI thread never waits
// on the network or on cache writes, and one slow or failing account never holds up another. Passwords
// are read from the keychain here (on the caller's thread) and handed to the worker; OAuth2 accounts have
// none: their workers ask this coordinator's OAuthTokenSource for a token at each login instead.
//
// For the GUI: connectionStateChanged() drives a per-account online / connecting / offline indicator
// (with the error's userMessage as its tooltip); newMail() carries what push stored (a notification:
// mail.messages.size() new in mail.folder); cacheChanged() means "re-read the models".
class SyncCoordinator : public QObject
{
    Q_OBJECT
public:
    SyncCoordinator(QString cachePath, CredentialStore &credentials, QObject *parent = nullptr);
    ~SyncCoordinator() override; // stops and joins the worker threads

    void syncAll(const QList<AccountSettings> &accounts);
    // A user action on messages: applied to the cache at once on the account's thread, queued, and
    // sent to the server right away when it is reachable (later otherwise). Ends with actionFinished().
    void apply(const AccountSettings &account, const UserAction &action);
    void sync(const AccountSettings &account);
    bool isSyncing(const QString &accountId) const;

    // Push (IDLE) on dedicated connections, until stopPush(); enabled accounts only for the "All" form,
    // which watches each account's pushFolders.
    void startPushAll(const QList<AccountSettings> &accounts, const PushOptions &options = {});
    void startPush(const AccountSettings &account, const PushOptions &options = {});
    void stopPush(const QString &accountId);
    ConnectionStatus connectionStatus(const QString &accountId) const { return m_status.value(accountId); }
    // Every account's push reconnects now (the network changed; NetworkChangeWatch calls it).
    void retryNow();

signals:
    void accountStarted(const QString &accountId);
    // Something was stored: the GUI re-reads its models.
    void cacheChanged(const QString &accountId);
    void accountFinished(const QString &accountId, const std::optional<Kestrel::Error> &error);
    void actionFinished(const QString &accountId, const std::optional<Kestrel::Error> &error, const QStringList &notes);
    void connectionStateChanged(const QString &accountId, const Kestrel::Sync::ConnectionStatus &status);
    void newMail(const Kestrel::Sync::NewMail &mail);

private:
    void start(const AccountSettings &account, const QString &password);
    void readPassword(const AccountSettings &account, std::function<void(const QString &)> use,
                      std::function<void(const Error &)> failed);
    AccountWorker *workerFor(const QString &accountId);

    QString m_cachePath;
    CredentialStore &m_credentials;
    OAuthTokenSource *m_oauth; // tokens for OAuth2 accounts, offered to their workers' logins (OAuthTokenBroker)
    QHash<QString, AccountWorker *> m_workers;
    QHash<QString, bool> m_running;
    QHash<QString, AccountSettings> m_pushed; // accounts with push on: their syncRequested() runs a sync
    QHash<QString, ConnectionStatus> m_status;
    NetworkChangeWatch *m_network = nullptr;
};

} // namespace Sync
} // namespace Kestrel
