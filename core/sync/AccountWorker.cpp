#include "sync/AccountWorker.h"

#include "cache/AccountStore.h"
#include "sync/AccountSync.h"
#include "sync/push/PushWatcher.h"

namespace Kestrel::Sync {

AccountWorker::AccountWorker(QString cachePath, QThread *thread)
    : m_cachePath(std::move(cachePath))
{
    moveToThread(thread);
}

std::optional<Error> AccountWorker::openDatabase()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_database.isOpen())
        return std::nullopt;
    return m_database.open(m_cachePath);
}

void AccountWorker::run(const AccountSettings &account, const QString &password)
{
    if (const auto error = openDatabase()) {
        emit finished(account.id, error);
        return;
    }
    auto *sync = new AccountSync(account, password, m_database, this);
    connect(sync, &AccountSync::folderListSynced, this, [this, id = account.id] { emit cacheChanged(id); });
    connect(sync, &AccountSync::folderSynced, this, [this, id = account.id] { emit cacheChanged(id); });
    connect(sync, &AccountSync::finished, this, [this, sync, id = account.id](const std::optional<Error> &error) {
        sync->deleteLater();
        emit finished(id, error);
    });
    sync->start(AccountSync::Options());
}

void AccountWorker::startPush(const AccountSettings &account, const QString &password, const PushOptions &options)
{
    stopPush();
    if (auto error = openDatabase()) {
        emit pushStatusChanged(account.id, {ConnectionState::Offline, error, false});
        return;
    }
    if (auto error = AccountStore(m_database).ensureAccount(account.id, account.displayName)) {
        emit pushStatusChanged(account.id, {ConnectionState::Offline, error, false});
        return;
    }
    m_push = new PushWatcher(account, password, m_database, options, this);
    const QString id = account.id;
    connect(m_push, &PushWatcher::statusChanged, this, [this, id](const ConnectionStatus &status) {
        emit pushStatusChanged(id, status);
    });
    connect(m_push, &PushWatcher::newMail, this, &AccountWorker::newMail);
    connect(m_push, &PushWatcher::cacheChanged, this, [this, id] { emit cacheChanged(id); });
    connect(m_push, &PushWatcher::syncRequested, this, [this, id] { emit syncRequested(id); });
    m_push->start();
}

void AccountWorker::stopPush()
{
    if (!m_push)
        return;
    m_push->disconnect(this);
    const QString id = m_push->accountId();
    m_push->stop();
    delete m_push; // its sessions abort; their callbacks' contexts go with it
    emit pushStatusChanged(id, {ConnectionState::Offline, std::nullopt, false});
}

void AccountWorker::retryPush()
{
    if (m_push)
        m_push->retryNow();
}

} // namespace Kestrel::Sync
