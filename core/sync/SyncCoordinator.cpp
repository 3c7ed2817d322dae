#include "sync/SyncCoordinator.h"

#include "account/CredentialStore.h"
#include "account/oauth/OAuthTokenBroker.h"
#include "account/oauth/OAuthTokenSource.h"
#include "sync/AccountWorker.h"
#include "sync/push/NetworkChangeWatch.h"

#include <QPointer>
#include <QThread>

namespace Kestrel::Sync {

SyncCoordinator::SyncCoordinator(QString cachePath, CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
    , m_credentials(credentials)
    , m_oauth(new OAuthTokenSource(credentials, this))
    , m_network(new NetworkChangeWatch(this))
{
    qRegisterMetaType<std::optional<Kestrel::Error>>();
    qRegisterMetaType<Kestrel::AccountSettings>();
    qRegisterMetaType<Kestrel::Sync::ConnectionStatus>();
    qRegisterMetaType<Kestrel::Sync::NewMail>();
    qRegisterMetaType<Kestrel::Sync::UserAction>();
    connect(m_network, &NetworkChangeWatch::networkChanged, this, &SyncCoordinator::retryNow);
}

SyncCoordinator::~SyncCoordinator()
{
    for (AccountWorker *worker : std::as_const(m_workers)) {
        QThread *thread = worker->thread();
        // finished -> deleteLater: the worker (its database and sessions) is destroyed in its own thread.
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

void SyncCoordinator::readPassword(const AccountSettings &account, std::function<void(const QString &)> use,
                                   std::function<void(const Error &)> failed)
{
    if (account.authentication == AccountSettings::Authentication::OAuth2) {
        // No password to read: the worker's logins fetch (and refresh) tokens through the broker, each time.
        OAuthTokenBroker::offer(account.id, m_oauth);
        QMetaObject::invokeMethod(this, [use] { use(QString()); }, Qt::QueuedConnection);
        return;
    }
    // The keychain may answer after this coordinator is gone (the window closed meanwhile).
    m_credentials.read(account.secretKey(), [self = QPointer(this), account, use, failed](std::optional<QString> password,
                                                                                        std::optional<Error> error) {
        if (!self)
            return;
        if (error || !password) {
            return failed(error ? *error
                                : Error::make(Error::Code::Authentication,
                                              tr("No password is stored for \"%1\".").arg(account.displayName)));
        }
        use(*password);
    });
}

void SyncCoordinator::sync(const AccountSettings &account)
{
    if (isSyncing(account.id))
        return;
    m_running[account.id] = true;
    emit accountStarted(account.id);
    readPassword(account, [this, account](const QString &password) { start(account, password); },
                 [this, account](const Error &error) {
                     m_running[account.id] = false;
                     emit accountFinished(account.id, error);
                 });
}

void SyncCoordinator::startPushAll(const QList<AccountSettings> &accounts, const PushOptions &options)
{
    for (const AccountSettings &account : accounts) {
        if (!account.enabled)
            continue;
        PushOptions perAccount = options; // the account's own folders, the caller's timings
        if (!account.pushFolders.isEmpty())
            perAccount.folders = account.pushFolders;
        startPush(account, perAccount);
    }
}

void SyncCoordinator::startPush(const AccountSettings &account, const PushOptions &options)
{
    m_pushed.insert(account.id, account);
    readPassword(account,
                 [this, account, options](const QString &password) {
                     AccountWorker *worker = workerFor(account.id);
                     QMetaObject::invokeMethod(worker, [worker, account, password, options] {
                         worker->startPush(account, password, options);
                     }, Qt::QueuedConnection);
                 },
                 [this, account](const Error &error) {
                     m_status.insert(account.id, {ConnectionState::Offline, error, false});
                     emit connectionStateChanged(account.id, m_status.value(account.id));
                 });
}

void SyncCoordinator::stopPush(const QString &accountId)
{
    m_pushed.remove(accountId);
    if (AccountWorker *worker = m_workers.value(accountId))
        QMetaObject::invokeMethod(worker, &AccountWorker::stopPush, Qt::QueuedConnection);
}

void SyncCoordinator::retryNow()
{
    for (AccountWorker *worker : std::as_const(m_workers))
        QMetaObject::invokeMethod(worker, &AccountWorker::retryPush, Qt::QueuedConnection);
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
    connect(worker, &AccountWorker::pushStatusChanged, this, [this](const QString &id, const ConnectionStatus &status) {
        m_status.insert(id, status);
        emit connectionStateChanged(id, status);
    });
    connect(worker, &AccountWorker::newMail, this, &SyncCoordinator::newMail);
    connect(worker, &AccountWorker::actionFinished, this, &SyncCoordinator::actionFinished);
    connect(worker, &AccountWorker::syncRequested, this, [this](const QString &id) {
        if (m_pushed.contains(id))
            sync(m_pushed.value(id));
    });
    thread->start();
    m_workers.insert(accountId, worker);
    return worker;
}

void SyncCoordinator::apply(const AccountSettings &account, const UserAction &action)
{
    readPassword(account,
                 [this, account, action](const QString &password) {
                     AccountWorker *worker = workerFor(account.id);
                     QMetaObject::invokeMethod(worker, [worker, account, password, action] { worker->apply(account, password, action); },
                                               Qt::QueuedConnection);
                 },
                 [this, account](const Error &error) { emit actionFinished(account.id, error, {}); });
}

void SyncCoordinator::start(const AccountSettings &account, const QString &password)
{
    AccountWorker *worker = workerFor(account.id);
    QMetaObject::invokeMethod(worker, [worker, account, password] { worker->run(account, password); }, Qt::QueuedConnection);
}

} // namespace Kestrel::Sync
