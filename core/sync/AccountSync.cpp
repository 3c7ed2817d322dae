#include "sync/AccountSync.h"

#include "cache/AccountStore.h"
#include "cache/FolderStore.h"
#include "cache/MessageStore.h"
#include "imap/commands/EnableCommand.h"
#include "imap/commands/FetchCommand.h"
#include "imap/commands/ListCommand.h"
#include "imap/commands/LoginCommand.h"
#include "imap/commands/LogoutCommand.h"
#include "imap/session/ImapSession.h"
#include "sync/FolderFromList.h"
#include "sync/SummaryFromFetch.h"

#include <QSet>

#include <memory>

namespace Kestrel::Sync {

AccountSync::AccountSync(AccountSettings account, QString password, Database &database, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_password(std::move(password))
    , m_database(database)
{
}

AccountSync::~AccountSync()
{
    if (m_session)
        m_session->abort();
}

void AccountSync::start(const Options &options)
{
    m_options = options;
    if (const auto error = AccountStore(m_database).ensureAccount(m_account.id, m_account.displayName))
        return finish(error);
    Imap::ConnectionSettings settings;
    settings.endpoint = m_account.imap;
    settings.pinnedCertificates = m_account.trustedCertificates;
    m_session = new Imap::ImapSession(settings, this);
    connect(m_session, &Imap::ImapSession::failed, this, &AccountSync::fail);
    connect(m_session, &Imap::ImapSession::connected, this, &AccountSync::login);
    m_session->open();
}

void AccountSync::login()
{
    m_session->run(std::make_unique<Imap::LoginCommand>(m_account.userName, m_password), this,
                   [this](const Imap::LoginResult &result) {
                       m_password.fill(QLatin1Char('\0')); // not needed again in this run
                       if (!result.ok())
                           return fail(*result.error);
                       enableExtensions();
                   });
}

void AccountSync::enableExtensions()
{
    if (!m_session->capabilities().has("QRESYNC")) {
        syncFolderList();
        return;
    }
    m_session->run(std::make_unique<Imap::EnableCommand>(QList<QByteArray>{"CONDSTORE", "QRESYNC"}), this,
                   [this](const Imap::EnableResult &result) {
                       m_qresync = result.ok() && m_session->isEnabled("QRESYNC");
                       syncFolderList();
                   });
}

void AccountSync::syncFolderList()
{
    auto list = std::make_unique<Imap::ListCommand>();
    list->setStatusItems(Imap::DefaultStatusItems);
    m_session->run(std::move(list), this, [this](const Imap::ListResult &result) {
        if (!result.ok())
            return fail(*result.error);
        FolderStore folders(m_database);
        QStringList names;
        for (const Imap::ListEntry &entry : result.mailboxes) {
            FolderInfo folder = folderFromList(m_account.id, entry);
            names << folder.name;
            if (auto error = folders.upsertFolder(folder))
                return fail(*error);
            if (entry.status) {
                if (auto error = folders.updateCounts(folder.id, folder.totalCount, folder.unreadCount))
                    return fail(*error);
            }
        }
        int removed = 0;
        if (auto error = folders.removeFoldersNotIn(m_account.id, names, removed))
            return fail(*error);
        emit folderListSynced(int(names.size()));
        m_pending = m_options.folders;
        syncNextFolder();
    });
}

void AccountSync::syncNextFolder()
{
    if (m_pending.isEmpty()) {
        m_session->run(std::make_unique<Imap::LogoutCommand>(), this,
                       [this](const Imap::CommandResult &) { finish(std::nullopt); });
        return;
    }
    const QString name = m_pending.takeFirst();
    std::optional<FolderInfo> folder;
    if (auto error = FolderStore(m_database).findFolder(m_account.id, name, folder))
        return fail(*error);
    if (!folder || !folder->isSelectable()) {
        return fail(Error::make(Error::Code::Server, tr("The folder \"%1\" does not exist on %2.")
                                                         .arg(name, m_account.imap.host)));
    }
    m_added = m_removed = m_changed = 0;
    auto select = std::make_unique<Imap::SelectCommand>(folder->name);
    if (m_qresync && folder->sync.uidValidity != 0 && folder->sync.highestModSeq != 0)
        select->setQresync({folder->sync.uidValidity, folder->sync.highestModSeq, {}});
    else
        select->setCondstore(m_session->capabilities().has("CONDSTORE"));
    const FolderInfo selected = *folder;
    m_session->run(std::move(select), this, [this, selected](const Imap::SelectResult &result) {
        if (!result.ok())
            return fail(*result.error);
        onSelected(selected, result);
    });
}

void AccountSync::onSelected(const FolderInfo &folder, const Imap::SelectResult &result)
{
    MessageStore messages(m_database);
    const auto &mailbox = result.mailbox;
    FolderSyncState known = folder.sync;
    if (known.uidValidity != 0 && known.uidValidity != mailbox.uidValidity) {
        // The server renumbered the folder (RFC 9051 2.3.1.1): cached UIDs mean nothing any more.
        if (auto error = messages.clearFolder(folder.id, FolderSyncState{mailbox.uidValidity, 0, 0}))
            return fail(*error);
        known = {mailbox.uidValidity, 0, 0};
    } else if (result.qresync) {
        int removed = 0;
        if (auto error = messages.removeUids(folder.id, result.vanished.toList(), std::nullopt, &removed))
            return fail(*error);
        QList<FlagUpdate> updates;
        for (const Imap::FetchResponse &fetch : result.changed) {
            // RFC 7162 3.2.5.2 reports new messages too; they are fetched whole below.
            if (fetch.uid && fetch.flags && *fetch.uid < known.uidNext)
                updates.append({*fetch.uid, toCacheFlags(*fetch.flags), fetch.modSeq.value_or(0)});
        }
        if (auto error = messages.updateFlags(folder.id, updates))
            return fail(*error);
        m_removed += removed;
        m_changed += int(updates.size());
    } else if (known.uidNext > 1) {
        return fullFlagSync(folder, result);
    }
    fetchNewMessages(folder, {mailbox.uidValidity, mailbox.uidNext, mailbox.highestModSeq},
                     qMax<quint32>(1, known.uidNext));
}

void AccountSync::fullFlagSync(const FolderInfo &folder, const Imap::SelectResult &selected)
{
    // No QRESYNC: fetch every known UID's flags once and diff (RFC 4549 4.3.1).
    const quint32 lastKnown = folder.sync.uidNext - 1;
    auto fetch = std::make_unique<Imap::FetchCommand>(Imap::SequenceSet::fromRange(1, lastKnown),
                                                      Imap::FetchItems().uid().flags().modSeq());
    m_session->run(std::move(fetch), this, [this, folder, selected](const Imap::FetchResult &result) {
        if (!result.ok())
            return fail(*result.error);
        MessageStore messages(m_database);
        QList<quint32> cached;
        if (auto error = messages.uids(folder.id, cached))
            return fail(*error);
        QSet<quint32> onServer;
        QList<FlagUpdate> updates;
        for (const Imap::FetchResponse &fetch : result.messages) {
            if (!fetch.uid)
                continue;
            onServer.insert(*fetch.uid);
            if (fetch.flags)
                updates.append({*fetch.uid, toCacheFlags(*fetch.flags), fetch.modSeq.value_or(0)});
        }
        QList<quint32> gone;
        for (quint32 uid : std::as_const(cached)) {
            if (!onServer.contains(uid))
                gone << uid;
        }
        int removed = 0;
        if (auto error = messages.removeUids(folder.id, gone, std::nullopt, &removed))
            return fail(*error);
        if (auto error = messages.updateFlags(folder.id, updates))
            return fail(*error);
        m_removed += removed;
        m_changed += int(updates.size());
        const auto &mailbox = selected.mailbox;
        fetchNewMessages(folder, {mailbox.uidValidity, mailbox.uidNext, mailbox.highestModSeq}, folder.sync.uidNext);
    });
}

void AccountSync::fetchNewMessages(const FolderInfo &folder, const FolderSyncState &state, quint32 firstNewUid)
{
    const quint32 lastUid = state.uidNext > 0 ? state.uidNext - 1 : 0;
    if (lastUid < firstNewUid) {
        if (auto error = FolderStore(m_database).updateSyncState(folder.id, state))
            return fail(*error);
        return folderDone(folder.id);
    }
    // Newest first: the top of the list fills at once. All chunks are queued now, so the session
    // pipelines them; the sync state rides on the last (oldest) chunk.
    for (quint32 high = lastUid;; high -= m_options.chunkUids) {
        const quint32 low = high >= firstNewUid + m_options.chunkUids - 1 ? high - m_options.chunkUids + 1 : firstNewUid;
        const bool last = low == firstNewUid;
        auto fetch = std::make_unique<Imap::FetchCommand>(Imap::SequenceSet::fromRange(low, high), summaryFetchItems());
        m_session->run(std::move(fetch), this, [this, folder, state, last](const Imap::FetchResult &result) {
            if (m_finished)
                return;
            if (!result.ok())
                return fail(*result.error);
            QList<MessageSummary> batch;
            batch.reserve(result.messages.size());
            for (const Imap::FetchResponse &fetch : result.messages) {
                MessageSummary summary;
                if (summaryFromFetch(fetch, summary))
                    batch.append(std::move(summary));
            }
            const std::optional<FolderSyncState> stateToStore = last ? std::optional(state) : std::nullopt;
            if (auto error = MessageStore(m_database).upsertMessages(folder.id, batch, stateToStore))
                return fail(*error);
            m_added += int(batch.size());
            if (last)
                folderDone(folder.id);
        });
        if (last)
            break;
    }
}

void AccountSync::folderDone(qint64 folderId)
{
    emit folderSynced(folderId, m_added, m_removed, m_changed);
    syncNextFolder();
}

void AccountSync::fail(const Error &error)
{
    // Report the first cause; aborting the session ends its pending commands (as Cancelled) and
    // those must not replace it.
    finish(error);
    if (m_session) {
        m_session->disconnect(this);
        m_session->abort();
    }
}

void AccountSync::finish(const std::optional<Error> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_password.fill(QLatin1Char('\0'));
    emit finished(error);
}

} // namespace Kestrel::Sync
