#include "sync/AccountSync.h"

#include "cache/AccountStore.h"
#include "cache/FolderStore.h"
#include "imap/commands/EnableCommand.h"
#include "sync/EnableExtensions.h"
#include "imap/commands/ListCommand.h"
#include "imap/commands/LoginCommand.h"
#include "sync/bodies/ImapLogin.h"
#include "imap/commands/LogoutCommand.h"
#include "imap/session/ImapSession.h"
#include "sync/FolderFromList.h"
#include "sync/folder/FolderSync.h"

#include <memory>

namespace Kestrel::Sync {

AccountSync::AccountSync(AccountSettings account, std::optional<QString> password, Database &database, QObject *parent)
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

void AccountSync::providePassword(QString password)
{
    if (m_finished) {
        password.fill(QLatin1Char('\0'));
        return;
    }
    m_password = std::move(password);
    if (m_loginWaiting)
        login();
}

void AccountSync::passwordUnavailable(const Error &error)
{
    if (!m_finished)
        fail(error);
}

void AccountSync::login()
{
    m_loginWaiting = !m_password;
    if (m_loginWaiting)
        return; // providePassword() logs in
    ImapLogin::authenticate(m_session, m_account, *m_password, this,
                   [this](const Imap::LoginResult &result) {
                       m_password->fill(QLatin1Char('\0')); // not needed again in this run
                       if (!result.ok())
                           return fail(*result.error);
                       enableExtensions();
                   });
}

void AccountSync::enableExtensions()
{
    const QList<QByteArray> wanted = extensionsToEnable(m_session->capabilities());
    if (wanted.isEmpty()) {
        afterEnable();
        return;
    }
    m_session->run(std::make_unique<Imap::EnableCommand>(wanted), this,
                   [this](const Imap::EnableResult &result) {
                       m_qresync = result.ok() && m_session->isEnabled("QRESYNC");
                       afterEnable();
                   });
}

void AccountSync::afterEnable()
{
    m_pending = foldersKnownInSync();
    if (!m_pending.isEmpty())
        return syncNextFolder(); // the folder list follows them (see the class comment)
    if (!inboxFirst())
        return syncFolderList();
    syncNextFolder(); // queues the Inbox's SELECT...
    if (!m_listing && !m_finished) // ...and the list right behind it, before any FETCH (unless a failure asked already)
        syncFolderList();
}

// With QRESYNC, a never-synced Inbox asked for goes first too, with the folder list right behind its
// SELECT: RFC 9051 5.1 guarantees that INBOX exists, so it needs no list to be found, and the list still
// comes at once (its rows show while the Inbox's headers arrive). Its row is made here; the list fills in
// the rest. Without QRESYNC the list comes first, as it always did there (the hostile transcripts keep it).
bool AccountSync::inboxFirst()
{
    const QString inbox = QStringLiteral("INBOX");
    if (!m_qresync || !m_options.folders.contains(inbox)) // as for known folders: else the list comes first
        return false;
    FolderStore store(m_database);
    std::optional<FolderInfo> folder;
    if (store.findFolder(m_account.id, inbox, folder) || (folder && folder->sync.uidValidity != 0))
        return false; // a cache error is reported by the usual path after the list; a synced one is known
    if (!folder) {
        FolderInfo row;
        row.accountId = m_account.id;
        row.name = inbox;
        row.role = SpecialUse::Inbox;
        if (store.upsertFolder(row))
            return false;
    }
    m_pending.prepend(inbox);
    return true;
}

// Folders asked for that a QRESYNC SELECT can resync without the folder list: cached, selectable, with a
// stored UIDVALIDITY and HIGHESTMODSEQ. Anything else (a first sync but the Inbox's: inboxFirst(); no
// QRESYNC) waits for the list.
QStringList AccountSync::foldersKnownInSync() const
{
    QStringList known;
    if (!m_qresync)
        return known;
    FolderStore store(m_database);
    for (const QString &name : std::as_const(m_options.folders)) {
        std::optional<FolderInfo> folder;
        if (store.findFolder(m_account.id, name, folder) || !folder)
            continue; // a cache error is reported by the usual path after the list
        if (folder->isSelectable() && folder->sync.uidValidity != 0 && folder->sync.highestModSeq != 0)
            known << name;
    }
    return known;
}

void AccountSync::syncFolderList()
{
    m_listing = true;
    auto list = std::make_unique<Imap::ListCommand>();
    list->setStatusItems(Imap::DefaultStatusItems);
    m_session->run(std::move(list), this, [this](const Imap::ListResult &result) {
        if (!result.ok())
            return fail(m_earlyError ? *m_earlyError : *result.error);
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
        m_listed = true;
        m_listing = false;
        if (m_earlyError)
            return fail(names.contains(m_earlyFailed) ? *m_earlyError : missingFolder(m_earlyFailed));
        m_pending.clear();
        for (const QString &name : std::as_const(m_options.folders)) {
            if (!m_done.contains(name) && name != m_current)
                m_pending << name;
        }
        if (m_current.isEmpty()) // else the folder in progress goes on to the rest when it is done
            syncNextFolder();
    });
}

void AccountSync::syncNextFolder()
{
    if (m_pending.isEmpty() && m_listing)
        return; // the list's answer goes on
    if (m_pending.isEmpty() && !m_listed)
        return syncFolderList();
    if (m_pending.isEmpty()) {
        m_session->run(std::make_unique<Imap::LogoutCommand>(), this,
                       [this](const Imap::CommandResult &) { finish(std::nullopt); });
        return;
    }
    const QString name = m_pending.takeFirst();
    m_current = name;
    std::optional<FolderInfo> folder;
    if (auto error = FolderStore(m_database).findFolder(m_account.id, name, folder))
        return fail(*error);
    if (!folder || !folder->isSelectable())
        return fail(missingFolder(name));
    FolderSync::Settings settings;
    settings.qresync = m_qresync;
    settings.chunkUids = m_options.chunkUids;
    settings.flagChunk = m_options.flagChunk;
    settings.windowDays = m_account.syncWindowDays;
    auto *sync = new FolderSync(*m_session, m_database, *folder, settings, this);
    connect(sync, &FolderSync::messagesStored, this, &AccountSync::messagesStored);
    connect(sync, &FolderSync::relinked, this, &AccountSync::folderRelinked);
    connect(sync, &FolderSync::finished, this, [this, sync, name, id = folder->id](const std::optional<Error> &error) {
        sync->deleteLater();
        m_current.clear();
        if (error && !m_listed)
            return folderFailed(name, *error);
        if (error)
            return fail(*error);
        m_done << name;
        const FolderSyncCounts &counts = sync->counts();
        folderDone(id, counts.added, counts.removed, counts.changed);
    });
    sync->start();
}

void AccountSync::folderDone(qint64 folderId, int added, int removed, int changed)
{
    emit folderSynced(folderId, added, removed, changed);
    syncNextFolder();
}

// A folder synced before the folder list failed: perhaps it was deleted or renamed on the server. The list
// tells, and is refreshed either way (the folder leaves the cache when it is gone).
void AccountSync::folderFailed(const QString &name, const Error &error)
{
    m_earlyError = error;
    m_earlyFailed = name;
    m_pending.clear();
    if (!m_finished && m_session && !m_listing) // else the list on its way tells
        syncFolderList();
}

Error AccountSync::missingFolder(const QString &name) const
{
    return Error::make(Error::Code::Server, tr("The folder \"%1\" does not exist on %2.").arg(name, m_account.imap.host));
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
    if (m_password)
        m_password->fill(QLatin1Char('\0'));
    emit finished(error);
}

} // namespace Kestrel::Sync
