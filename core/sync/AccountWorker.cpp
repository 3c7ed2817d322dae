#include "sync/AccountWorker.h"

#include "cache/AccountStore.h"
#include "sync/AccountSync.h"
#include "sync/SearchIndexCatchUp.h"
#include "cache/FolderStore.h"
#include "sync/bodies/BodyPrefetch.h"
#include "cache/MessageListReader.h"
#include "sync/actions/AccountReplay.h"
#include "sync/actions/FolderActions.h"
#include "sync/actions/MessageActions.h"
#include "sync/progress/CacheChangeThrottle.h"
#include "sync/push/PushWatcher.h"

#include <QSet>

#include <memory>

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
    // What the user did offline goes first, in order, so the sync reads a server that already has it.
    auto *replay = new AccountReplay(account, password, m_database, this);
    connect(replay, &AccountReplay::finished, this, [this, replay, account, password](const ReplayReport &report) {
        replay->deleteLater();
        if (report.completed > 0 || report.dropped > 0)
            emit cacheChanged(account.id);
        const auto code = report.error ? report.error->code : Error::Code::Cancelled;
        if (report.error && (code == Error::Code::Authentication || code == Error::Code::Tls)) {
            emit finished(account.id, report.error); // the sync would fail the same way
            return;
        }
        // Unreachable: the sync says so itself; a refused action stays first in the queue (its error is
        // in the queue view) and must not keep the rest of the mailbox from being synchronised.
        sync(account, password);
    });
    replay->start();
}

void AccountWorker::apply(const AccountSettings &account, const QString &password, const UserAction &action)
{
    if (const auto error = openDatabase()) {
        emit actionFinished(account.id, error, {});
        return;
    }
    const std::optional<Error> error = applyLocally(account, action);
    if (error) {
        emit actionFinished(account.id, error, {});
        return;
    }
    emit cacheChanged(account.id); // the list shows the change before the server has it
    auto *replay = new AccountReplay(account, password, m_database, this);
    connect(replay, &AccountReplay::finished, this, [this, replay, id = account.id](const ReplayReport &report) {
        replay->deleteLater();
        emit cacheChanged(id);
        emit actionFinished(id, std::nullopt, report.notes);
    });
    replay->start();
}

// The cache side of a user action (and its place in the offline queue), on this thread.
std::optional<Error> AccountWorker::applyLocally(const AccountSettings &account, const UserAction &action)
{
    const QString &accountId = account.id;
    MessageActions actions(m_database, accountId);
    actions.setTrashFolder(account.trashFolder);
    FolderActions folders(m_database, accountId);
    switch (action.kind) {
    case UserAction::Kind::ChangeFlags:
        return actions.changeFlags(action.folder, action.uids, action.addFlags, action.removeFlags);
    case UserAction::Kind::Move: return actions.move(action.folder, action.uids, action.target);
    case UserAction::Kind::Copy: return actions.copy(action.folder, action.uids, action.target);
    case UserAction::Kind::Delete: return actions.remove(action.folder, action.uids);
    case UserAction::Kind::CreateFolder: return folders.create(action.folder);
    case UserAction::Kind::RenameFolder: return folders.rename(action.folder, action.target);
    case UserAction::Kind::DeleteFolder: return folders.remove(action.folder);
    case UserAction::Kind::SubscribeFolder: return folders.setSubscribed(action.folder, true);
    case UserAction::Kind::UnsubscribeFolder: return folders.setSubscribed(action.folder, false);
    case UserAction::Kind::MarkFolderRead: {
        // The unread messages the cache knows: what the user sees as unread is what gets read.
        std::optional<FolderInfo> folder;
        if (auto error = FolderStore(m_database).findFolder(accountId, action.folder, folder))
            return error;
        QList<quint32> unread;
        MessageScope scope{{folder ? folder->id : 0}, {}};
        scope.filter.unreadOnly = true;
        if (auto error = MessageListReader(m_database).uids(scope, unread))
            return error;
        return unread.isEmpty() ? std::nullopt
                                : actions.changeFlags(action.folder, unread, {QStringLiteral("\\Seen")}, {});
    }
    }
    return std::nullopt;
}

// After a sync, recent Inbox mail as the account's prefetch setting says (default: text of 30 days), so it can be
// read offline before it was ever opened. Runs after finished(): the window is already up to date.
void AccountWorker::prefetch(const AccountSettings &account, const QString &password)
{
    if (m_prefetch || account.prefetch == AccountSettings::Prefetch::None)
        return; // the previous one is still working through the same folder, or the user wants none
    std::optional<FolderInfo> inbox;
    if (FolderStore(m_database).findFolder(account.id, QStringLiteral("INBOX"), inbox) || !inbox)
        return;
    m_prefetch = new BodyPrefetch(account, password, m_database, this);
    connect(m_prefetch, &BodyPrefetch::finished, this, [this, id = account.id](const std::optional<Error> &) {
        // A failed prefetch costs nothing but offline reading of unopened mail; the next sync retries.
        if (m_prefetch->messagesFetched() > 0)
            emit cacheChanged(id);
        m_prefetch->deleteLater();
    });
    PrefetchPolicy policy;
    policy.mode = account.prefetch == AccountSettings::Prefetch::Everything ? PrefetchPolicy::Mode::Everything
                                                                          : PrefetchPolicy::Mode::Text;
    policy.days = account.prefetchDays;
    m_prefetch->start(*inbox, policy);
}

// The sync stored new messages without indexing them for search (SearchIndex.h); index them now, in
// batches between whatever else this thread does. A failure leaves them queued for the next sync.
void AccountWorker::catchUpSearchIndex()
{
    if (!m_indexing)
        m_indexing = new SearchIndexCatchUp(m_database, this);
    m_indexing->start();
}

void AccountWorker::sync(const AccountSettings &account, const QString &password)
{
    auto *sync = new AccountSync(account, password, m_database, this);
    // Each stored chunk (newest first) is worth showing: a never-synced folder lists its newest rows
    // long before the last ones arrive. Throttled, since each note makes the GUI re-read its models.
    auto *changes = new CacheChangeThrottle(ProgressInterval, sync);
    connect(changes, &CacheChangeThrottle::changed, this, [this, id = account.id] { emit cacheChanged(id); });
    // A folder's first stored chunk passes at once, even inside the interval that the folder list's
    // note started: those are the rows the user waits for (it came ~0.3 s late otherwise).
    auto foldersWithRows = std::make_shared<QSet<qint64>>();
    connect(sync, &AccountSync::messagesStored, changes, [changes, foldersWithRows](qint64 folderId, int) {
        if (foldersWithRows->contains(folderId))
            return changes->note();
        foldersWithRows->insert(folderId);
        changes->flush();
    });
    connect(sync, &AccountSync::folderListSynced, changes, &CacheChangeThrottle::flush);
    connect(sync, &AccountSync::folderSynced, changes, &CacheChangeThrottle::flush);
    connect(sync, &AccountSync::finished, this, [this, sync, changes, account, password](const std::optional<Error> &error) {
        changes->flushPending(); // a sync that failed mid-folder still shows what it stored
        sync->deleteLater();
        emit finished(account.id, error);
        catchUpSearchIndex(); // what it stored, even if it failed later
        if (!error)
            prefetch(account, password);
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
    connect(m_push, &PushWatcher::newMail, this, [this, account, password](const NewMail &mail) {
        emit newMail(mail);
        prefetch(account, password); // pushed mail is readable offline too, as synced mail is
    });
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
