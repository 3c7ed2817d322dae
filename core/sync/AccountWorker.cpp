#include "sync/AccountWorker.h"

#include "sync/AccountSync.h"

namespace Kestrel::Sync {

AccountWorker::AccountWorker(QString cachePath, QThread *thread)
    : m_cachePath(std::move(cachePath))
{
    moveToThread(thread);
}

void AccountWorker::run(const AccountSettings &account, const QString &password)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!m_database.isOpen()) {
        if (const auto error = m_database.open(m_cachePath)) {
            emit finished(account.id, error);
            return;
        }
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

} // namespace Kestrel::Sync
