#include "sync/reading/ContentFetchCoordinator.h"

#include "account/CredentialStore.h"
#include "sync/reading/ContentFetchWorker.h"

#include <QThread>

namespace Kestrel::Sync {

ContentFetchCoordinator::ContentFetchCoordinator(QString cachePath, CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
    , m_credentials(credentials)
{
    qRegisterMetaType<Kestrel::AccountSettings>();
    qRegisterMetaType<std::optional<Kestrel::Error>>();
    qRegisterMetaType<Kestrel::Sync::ReadingTask>();
    qRegisterMetaType<Kestrel::Sync::ReadingResult>();
}

ContentFetchCoordinator::~ContentFetchCoordinator()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->quit();
        thread->wait();
    }
}

ContentFetchWorker *ContentFetchCoordinator::workerFor(const QString &accountId)
{
    if (ContentFetchWorker *worker = m_workers.value(accountId))
        return worker;
    auto *thread = new QThread(this);
    thread->setObjectName(QStringLiteral("reading:") + accountId);
    auto *worker = new ContentFetchWorker(m_cachePath, thread);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &ContentFetchWorker::finished, this, &ContentFetchCoordinator::contentFetched);
    connect(worker, &ContentFetchWorker::taskProgress, this, &ContentFetchCoordinator::taskProgress);
    connect(worker, &ContentFetchWorker::taskFinished, this,
            [this](quint64 id, const ReadingResult &result, const std::optional<Error> &error) {
                m_taskAccounts.remove(id);
                m_dispatched.remove(id);
                emit taskFinished(id, result, error);
            });
    thread->start();
    m_threads.insert(accountId, thread);
    m_workers.insert(accountId, worker);
    return worker;
}

void ContentFetchCoordinator::withPassword(const AccountSettings &account, qint64 messageId, std::function<void(const QString &)> use)
{
    m_credentials.read(account.secretKey(), [this, account, messageId, use](std::optional<QString> password, std::optional<Error> error) {
        if (error) {
            emit contentFetched(account.id, messageId, error);
            return;
        }
        if (!password) {
            emit contentFetched(account.id, messageId,
                                Error::make(Error::Code::Keychain, tr("No password is stored for \"%1\".").arg(account.displayName)));
            return;
        }
        use(*password);
    });
}

void ContentFetchCoordinator::fetchForDisplay(const AccountSettings &account, qint64 messageId)
{
    withPassword(account, messageId, [this, account, messageId](const QString &password) {
        ContentFetchWorker *worker = workerFor(account.id);
        QMetaObject::invokeMethod(worker, [worker, account, password, messageId] { worker->fetchForDisplay(account, password, messageId); },
                                  Qt::QueuedConnection);
    });
}

void ContentFetchCoordinator::fetchAttachment(const AccountSettings &account, qint64 messageId, int index)
{
    withPassword(account, messageId, [this, account, messageId, index](const QString &password) {
        ContentFetchWorker *worker = workerFor(account.id);
        QMetaObject::invokeMethod(worker, [worker, account, password, messageId, index] {
            worker->fetchAttachment(account, password, messageId, index);
        }, Qt::QueuedConnection);
    });
}

quint64 ContentFetchCoordinator::startTask(const AccountSettings &account, const ReadingTask &task)
{
    const quint64 id = m_nextTask++;
    m_taskAccounts.insert(id, account.id);
    // The password is only needed when something must be downloaded; a cached attachment is saved
    // without it, so a keychain problem travels along instead of failing the task here.
    m_credentials.read(account.secretKey(), [this, account, task, id](std::optional<QString> password, std::optional<Error> error) {
        if (m_cancelledEarly.remove(id)) {
            m_taskAccounts.remove(id);
            emit taskFinished(id, {}, Error::make(Error::Code::Cancelled, tr("The download was cancelled.")));
            return;
        }
        if (!error && !password)
            error = Error::make(Error::Code::Keychain, tr("No password is stored for \"%1\".").arg(account.displayName));
        m_dispatched.insert(id);
        ContentFetchWorker *worker = workerFor(account.id);
        const quint32 pieceBytes = m_pieceBytes;
        QMetaObject::invokeMethod(worker, [worker, id, task, account, secret = password.value_or(QString()), error, pieceBytes] {
            worker->startTask(id, task, account, secret, error, pieceBytes);
        }, Qt::QueuedConnection);
    });
    return id;
}

void ContentFetchCoordinator::cancelTask(quint64 id)
{
    const QString accountId = m_taskAccounts.value(id);
    if (accountId.isEmpty())
        return;
    if (!m_dispatched.contains(id)) { // still waiting for the keychain
        m_cancelledEarly.insert(id);
        return;
    }
    ContentFetchWorker *worker = m_workers.value(accountId);
    QMetaObject::invokeMethod(worker, [worker, id] { worker->cancelTask(id); }, Qt::QueuedConnection);
}

} // namespace Kestrel::Sync
