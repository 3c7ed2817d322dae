#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"

#include <QHash>
#include <QObject>

namespace Kestrel {

class CredentialStore;

namespace Sync {

class AccountWorker;

// Runs every account's synchronisation on a thread of its own, so the GUI thread never waits on the
// network or on cache writes, and one slow or failing account never holds up another. Passwords are
// read from the keychain here (on the caller's thread) and handed to the worker for one run.
class SyncCoordinator : public QObject
{
    Q_OBJECT
public:
    SyncCoordinator(QString cachePath, CredentialStore &credentials, QObject *parent = nullptr);
    ~SyncCoordinator() override; // stops and joins the worker threads

    void syncAll(const QList<AccountSettings> &accounts);
    void sync(const AccountSettings &account);
    bool isSyncing(const QString &accountId) const;

signals:
    void accountStarted(const QString &accountId);
    // Something was stored: the GUI re-reads its models.
    void cacheChanged(const QString &accountId);
    void accountFinished(const QString &accountId, const std::optional<Kestrel::Error> &error);

private:
    void start(const AccountSettings &account, const QString &password);
    AccountWorker *workerFor(const QString &accountId);

    QString m_cachePath;
    CredentialStore &m_credentials;
    QHash<QString, AccountWorker *> m_workers;
    QHash<QString, bool> m_running;
};

} // namespace Sync
} // namespace Kestrel
