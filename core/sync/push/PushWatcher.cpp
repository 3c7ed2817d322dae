#include "sync/push/PushWatcher.h"

#include "sync/push/FolderWatcher.h"

namespace Kestrel::Sync {

PushWatcher::PushWatcher(const AccountSettings &account, const QString &password, Database &database,
                         const PushOptions &options, QObject *parent)
    : QObject(parent)
    , m_accountId(account.id)
{
    for (const QString &folder : options.folders) {
        auto *watcher = new FolderWatcher(account, password, folder, database, options, this);
        connect(watcher, &FolderWatcher::statusChanged, this, &PushWatcher::updateStatus);
        connect(watcher, &FolderWatcher::newMail, this, &PushWatcher::newMail);
        connect(watcher, &FolderWatcher::cacheChanged, this, &PushWatcher::cacheChanged);
        connect(watcher, &FolderWatcher::syncRequested, this, &PushWatcher::syncRequested);
        m_folders.append(watcher);
    }
}

void PushWatcher::start()
{
    for (FolderWatcher *watcher : std::as_const(m_folders))
        watcher->start();
}

void PushWatcher::stop()
{
    for (FolderWatcher *watcher : std::as_const(m_folders))
        watcher->stop();
}

void PushWatcher::retryNow()
{
    for (FolderWatcher *watcher : std::as_const(m_folders))
        watcher->retryNow();
}

ConnectionStatus combinedStatus(const QList<ConnectionStatus> &folders)
{
    ConnectionStatus combined{ConnectionState::Online, std::nullopt, false};
    for (const ConnectionStatus &status : folders) {
        if (status.state == ConnectionState::Offline) {
            if (combined.state != ConnectionState::Offline || (combined.willRetry && !status.willRetry))
                combined = status;
        } else if (status.state == ConnectionState::Connecting && combined.state == ConnectionState::Online) {
            combined = status;
        }
    }
    return combined;
}

void PushWatcher::updateStatus()
{
    QList<ConnectionStatus> folders;
    std::optional<ConnectionStatus> unwatchable;
    for (const FolderWatcher *watcher : std::as_const(m_folders)) {
        if (!watcher->unwatchable())
            folders << watcher->status();
        else if (!unwatchable)
            unwatchable = watcher->status();
    }
    // A folder the server will not let us select does not make a working account offline; it is said
    // beside the state. Only when no folder can be watched at all is the account offline for it.
    ConnectionStatus combined = folders.isEmpty() && unwatchable ? *unwatchable : combinedStatus(folders);
    if (unwatchable && !folders.isEmpty() && unwatchable->error)
        combined.warning = unwatchable->error->userMessage;
    if (combined == m_status)
        return;
    m_status = combined;
    emit statusChanged(combined);
}

} // namespace Kestrel::Sync
