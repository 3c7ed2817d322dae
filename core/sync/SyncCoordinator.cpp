#include "sync/SyncCoordinator.h"

#include "account/CredentialStore.h"
#include "sync/AccountWorker.h"

#include <QThread>

namespace Kestrel::Sync {

SyncCoordinator::SyncCoordinator(QString cachePath, CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
    , m_credentials(credentials)
{
    qRegisterMetaType<std::optional<Kestrel::Error>>();
    qRegisterMetaType<Kestrel::AccountSettings>();
}

SyncCoordinator::~SyncCoordinator()
{
    for (AccountWorker *worker : std::as_const(m_workers)) {
        QThread *thread = worker->thread();
        // finished -> deleteLater: the worker (its database and session) is destroyed in its own thread.
        thread->quit();
        thread->wait();
        delete thread;
    }
}

bool SyncCoordinator::isSyncing(const QString &accountId) const
{
    return m_running.value(accountId);
}

void SyncCoordinator::syncAll(const QList<AccountSettings> &accounts)
{
    for (const AccountSettings &account : accounts) {
        if (account.enabled)
            sync(account);
    }
}

void SyncCoordinator::sync(const AccountSettings &account)
{
    if (isSyncing(account.id))
        return;
    m_running[account.id] = true;
    emit accountStarted(account.id);
    m_credentials.read(account.secretKey(), [this, account](std::optional<QString> password, std::optional<Error> error) {
        if (error || !password) {
            m_running[account.id] = false;
            emit accountFinished(account.id, error ? error
                : std::optional(Error::make(Error::Code::Authentication,
                                            tr("No password is stored for \"%1\".").arg(account.displayName))));
            return;
        }
        start(account, *password);
    });
}

AccountWorker *SyncCoordinator::workerFor(const QString &accountId)
{
    if (AccountWorker *existing = m_workers.value(accountId))
        return existing;
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("sync-") + accountId);
    auto *worker = new AccountWorker(m_cachePath, thread);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &AccountWorker::cacheChanged, this, &SyncCoordinator::cacheChanged);
    connect(worker, &AccountWorker::finished, this, [this](const QString &id, const std::optional<Error> &error) {
        m_running[id] = false;
        emit accountFinished(id, error);
    });
    thread->start();
    m_workers.insert(accountId, worker);
    return worker;
}

void SyncCoordinator::start(const AccountSettings &account, const QString &password)
{
    AccountWorker *worker = workerFor(account.id);
    QMetaObject::invokeMethod(worker, [worker, account, password] { worker->run(account, password); }, Qt::QueuedConnection);
}

} // namespace Kestrel::Sync
