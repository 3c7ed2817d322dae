#pragma once

#include "account/AccountSettings.h"
#include "cache/Database.h"
#include "common/Error.h"
#include "sync/UserAction.h"
#include "sync/push/PushTypes.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <chrono>
#include <optional>

namespace Kestrel::Sync {

class BodyPrefetch;
class PushWatcher;
class SearchIndexCatchUp;

// Lives in its own thread: owns that thread's read-write cache connection and runs AccountSync and
// the account's PushWatcher there. Talk to it only through queued calls (QMetaObject::invokeMethod)
// and its signals.
class AccountWorker : public QObject
{
    Q_OBJECT
public:
    AccountWorker(QString cachePath, QThread *thread);

    // Queued: sends the offline queue (AccountReplay), then runs one AccountSync; ends with finished().
    void run(const Kestrel::AccountSettings &account, const QString &password);
    // Queued: applies a user action to the cache and queues it, then sends the queue; ends with
    // actionFinished(). An unreachable server is not an error: the action waits in the queue.
    void apply(const Kestrel::AccountSettings &account, const QString &password, const Kestrel::Sync::UserAction &action);
    // Queued: watches the account's folders (replacing a watcher already running) until stopPush().
    void startPush(const Kestrel::AccountSettings &account, const QString &password, const PushOptions &options);
    void stopPush();
    // Queued: the network changed; reconnect without waiting out the back-off.
    void retryPush();

signals:
    void cacheChanged(const QString &accountId);
    void finished(const QString &accountId, const std::optional<Kestrel::Error> &error);
    // `error`: the action could not even be applied locally; `notes`: actions the replay dropped.
    void actionFinished(const QString &accountId, const std::optional<Kestrel::Error> &error, const QStringList &notes);
    void pushStatusChanged(const QString &accountId, const Kestrel::Sync::ConnectionStatus &status);
    void newMail(const Kestrel::Sync::NewMail &mail);
    // The push connection found something only a full sync can bring in (see FolderCacheUpdater).
    void syncRequested(const QString &accountId);

private:
    // How often a running sync's progress reaches the GUI at most (see CacheChangeThrottle).
    static constexpr std::chrono::milliseconds ProgressInterval{300};

    std::optional<Error> openDatabase();
    std::optional<Error> applyLocally(const AccountSettings &account, const UserAction &action);
    void sync(const AccountSettings &account, const QString &password);
    void prefetch(const AccountSettings &account, const QString &password);
    void catchUpSearchIndex();

    QString m_cachePath;
    Database m_database; // opened in the worker thread on first use, as Qt SQL requires
    QPointer<PushWatcher> m_push;
    QPointer<BodyPrefetch> m_prefetch; // while one runs
    SearchIndexCatchUp *m_indexing = nullptr; // made on first use
};

} // namespace Kestrel::Sync
