#include "sync/push/FolderCacheUpdater.h"

#include "cache/FolderStore.h"
#include "cache/MessageStore.h"
#include "imap/commands/FetchCommand.h"
#include "imap/session/ImapSession.h"
#include "sync/SummaryFromFetch.h"
#include "sync/push/NewMessageFetcher.h"

#include <QSet>

namespace Kestrel::Sync {

FolderCacheUpdater::FolderCacheUpdater(Database &database, QString accountId, QString folder, quint32 catchUpLimit,
                                       Imap::ImapSession &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_accountId(std::move(accountId))
    , m_folder(std::move(folder))
    , m_catchUpLimit(catchUpLimit)
    , m_session(&session)
{
    m_reconcileTimer.setSingleShot(true);
    m_reconcileTimer.setInterval(0);
    connect(&m_reconcileTimer, &QTimer::timeout, this, &FolderCacheUpdater::reconcile);
    Imap::SelectedMailboxState &mailbox = session.mailbox();
    connect(&mailbox, &Imap::SelectedMailboxState::existsChanged, this, &FolderCacheUpdater::fetchNew);
    connect(&mailbox, &Imap::SelectedMailboxState::vanished, this,
            [this](const Imap::SequenceSet &uids, bool) { onVanished(uids); });
    connect(&mailbox, &Imap::SelectedMailboxState::flagsChanged, this, &FolderCacheUpdater::onFlagsChanged);
    // Without QRESYNC the server speaks in sequence numbers we may not be able to map: diff instead.
    connect(&mailbox, &Imap::SelectedMailboxState::expungedWithoutUid, &m_reconcileTimer, qOverload<>(&QTimer::start));
    connect(&mailbox, &Imap::SelectedMailboxState::flagsChangedWithoutUid, &m_reconcileTimer, qOverload<>(&QTimer::start));
    connect(&mailbox, &Imap::SelectedMailboxState::uidValidityChanged, this, [this] {
        m_contiguous = false;
        emit syncRequested();
    });
}

qint64 FolderCacheUpdater::lookUpFolder(std::optional<FolderInfo> &folder)
{
    if (auto error = FolderStore(m_database).findFolder(m_accountId, m_folder, folder)) {
        emit failed(*error);
        return -1;
    }
    return folder ? folder->id : 0;
}

void FolderCacheUpdater::start(const Imap::SelectResult &selected)
{
    std::optional<FolderInfo> folder;
    const qint64 id = lookUpFolder(folder);
    if (id < 0)
        return;
    const auto &mailbox = selected.mailbox;
    m_folderId = id;
    m_nextUid = mailbox.uidNext;
    m_contiguous = false;
    const bool known = folder && folder->sync.uidValidity != 0 && folder->sync.uidNext != 0;
    if (!known || folder->sync.uidValidity != mailbox.uidValidity) {
        // Never synced, or renumbered (RFC 9051 2.3.1.1): the sync engine's job; watch from here on.
        emit syncRequested();
        return;
    }
    m_cachedState = folder->sync;
    if (mailbox.uidNext > folder->sync.uidNext && mailbox.uidNext - folder->sync.uidNext > m_catchUpLimit) {
        emit syncRequested(); // a long absence: the sync engine fetches newest first, in chunks
        return;
    }
    m_nextUid = folder->sync.uidNext;
    m_contiguous = true;
    if (mailbox.uidNext > m_nextUid || mailbox.uidNext == 0)
        fetchNew(); // arrived while we were offline
}

// The folder was not cached when the session selected it; a sync may have stored it since. From then
// on new messages are stored too (never as a contiguous range: what came before was not ours).
bool FolderCacheUpdater::adoptCachedFolder()
{
    std::optional<FolderInfo> folder;
    const qint64 id = lookUpFolder(folder);
    if (id < 0)
        return false;
    if (folder && m_session && folder->sync.uidValidity == m_session->mailbox().snapshot().uidValidity)
        m_folderId = id;
    return true;
}

void FolderCacheUpdater::fetchNew()
{
    if (!m_session || m_nextUid == 0)
        return;
    if (m_fetching) {
        m_fetchAgain = true; // one fetch at a time; the next one starts where this one ends
        return;
    }
    if (m_folderId == 0 && !adoptCachedFolder())
        return;
    const quint32 from = m_nextUid;
    // The stored UIDNEXT moves only with a contiguous range, and HIGHESTMODSEQ never (see the class).
    // The state is read again now: the sync engine may have stored a newer HIGHESTMODSEQ meanwhile.
    std::optional<FolderSyncState> advance;
    if (m_contiguous && m_folderId != 0) {
        std::optional<FolderInfo> folder;
        if (lookUpFolder(folder) < 0)
            return;
        if (folder && folder->sync.uidValidity == m_cachedState.uidValidity)
            advance = folder->sync;
    }
    m_fetching = true;
    m_fetchAgain = false;
    NewMessageFetcher::fetch(*m_session, m_database, m_folderId, Imap::SequenceSet::fromRange(from, Imap::SequenceSet::Star),
                             from, advance, this,
                             [this](const std::optional<Error> &error, const QList<MessageSummary> &stored) {
                                 onFetched(error, stored);
                             });
}

void FolderCacheUpdater::onFetched(const std::optional<Error> &error, const QList<MessageSummary> &stored)
{
    m_fetching = false;
    if (error)
        return emit failed(*error);
    for (const MessageSummary &message : stored)
        m_nextUid = qMax(m_nextUid, message.uid + 1);
    if (!stored.isEmpty()) {
        emit cacheChanged();
        emit newMail(NewMail{m_accountId, m_folder, m_folderId, stored});
        if (m_folderId == 0)
            emit syncRequested(); // seen, but there is no cached folder to keep it in
    }
    if (m_fetchAgain)
        fetchNew();
}

void FolderCacheUpdater::onVanished(const Imap::SequenceSet &uids)
{
    if (m_folderId == 0)
        return;
    int removed = 0;
    if (auto error = MessageStore(m_database).removeUids(m_folderId, uids.toList(), std::nullopt, &removed))
        return emit failed(*error);
    if (removed > 0)
        emit cacheChanged();
}

void FolderCacheUpdater::onFlagsChanged(quint32 uid, const Imap::MessageFlags &flags, quint64 modSeq)
{
    if (m_folderId == 0)
        return;
    if (auto error = MessageStore(m_database).updateFlags(m_folderId, {{uid, toCacheFlags(flags), modSeq}}))
        return emit failed(*error);
    emit cacheChanged();
}

// RFC 4549 4.3.1: fetch every known UID's flags and diff with the cache. It also teaches the session
// the sequence-number-to-UID map, so later EXPUNGEs name their UIDs.
void FolderCacheUpdater::reconcile()
{
    if (!m_session || m_folderId == 0 || m_nextUid <= 1)
        return;
    if (m_reconciling) {
        m_reconcileTimer.start(100);
        return;
    }
    m_reconciling = true;
    auto fetch = std::make_unique<Imap::FetchCommand>(Imap::SequenceSet::fromRange(1, m_nextUid - 1),
                                                      Imap::FetchItems().uid().flags());
    m_session->run(std::move(fetch), this, [this](const Imap::FetchResult &result) {
        m_reconciling = false;
        if (!result.ok())
            return emit failed(*result.error);
        applyReconcile(result.messages);
    });
}

void FolderCacheUpdater::applyReconcile(const QList<Imap::FetchResponse> &onServer)
{
    MessageStore messages(m_database);
    QList<quint32> cached;
    if (auto error = messages.uids(m_folderId, cached))
        return emit failed(*error);
    QSet<quint32> present;
    QList<FlagUpdate> updates;
    for (const Imap::FetchResponse &fetch : onServer) {
        if (!fetch.uid)
            continue;
        present.insert(*fetch.uid);
        if (fetch.flags)
            updates.append({*fetch.uid, toCacheFlags(*fetch.flags), 0});
    }
    QList<quint32> gone;
    for (quint32 uid : std::as_const(cached)) {
        if (uid < m_nextUid && !present.contains(uid))
            gone << uid;
    }
    if (auto error = messages.removeUids(m_folderId, gone))
        return emit failed(*error);
    if (auto error = messages.updateFlags(m_folderId, updates))
        return emit failed(*error);
    emit cacheChanged();
}

} // namespace Kestrel::Sync
