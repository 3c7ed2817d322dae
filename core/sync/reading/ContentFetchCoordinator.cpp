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

} // namespace Kestrel::Sync
