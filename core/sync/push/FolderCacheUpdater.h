#pragma once

#include "common/FolderInfo.h"
#include "imap/commands/SelectCommand.h"
#include "sync/push/PushTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Kestrel {

class Database;
namespace Imap {
class ImapSession;
}

namespace Sync {

// Keeps one cached folder level with what a watching session hears (RFC 3501 7.3 / 7.4, RFC 7162
// 3.2.10): EXISTS fetches the new messages' headers into the cache (NewMessageFetcher), VANISHED and
// EXPUNGE remove them, unsolicited FETCH FLAGS update them. Lives as long as one selected session.
//
// It never moves the stored HIGHESTMODSEQ (flag changes it did not hear stay for the sync engine to
// find) and advances the stored UIDNEXT only when every UID below it is cached, so a full sync that
// runs at the same time, or later, never skips anything.
class FolderCacheUpdater : public QObject
{
    Q_OBJECT
public:
    FolderCacheUpdater(Database &database, QString accountId, QString folder, quint32 catchUpLimit,
                       Imap::ImapSession &session, QObject *parent = nullptr);

    // After SELECT: decides where new messages start and fetches what arrived while we were away.
    void start(const Imap::SelectResult &selected);

signals:
    void newMail(const Kestrel::Sync::NewMail &mail);
    void cacheChanged();
    // The cache needs the sync engine: UIDVALIDITY changed, too much was missed, or the folder is unknown.
    void syncRequested();
    // The cache could not be written, or a fetch failed: the watcher reconnects.
    void failed(const Kestrel::Error &error);

private:
    void fetchNew();
    bool adoptCachedFolder();
    void onFetched(const std::optional<Error> &error, const QList<MessageSummary> &stored);
    void onVanished(const Imap::SequenceSet &uids);
    void onFlagsChanged(quint32 uid, const Imap::MessageFlags &flags, quint64 modSeq);
    void reconcile();
    void applyReconcile(const QList<Imap::FetchResponse> &onServer);
    qint64 lookUpFolder(std::optional<FolderInfo> &folder);

    Database &m_database;
    QString m_accountId;
    QString m_folder;
    quint32 m_catchUpLimit;
    QPointer<Imap::ImapSession> m_session;
    qint64 m_folderId = 0;
    FolderSyncState m_cachedState;
    quint32 m_nextUid = 0;     // the first UID not fetched yet
    bool m_contiguous = false; // every UID below m_nextUid is cached: the stored UIDNEXT may advance
    bool m_fetching = false;
    bool m_fetchAgain = false;
    bool m_reconciling = false;
    QTimer m_reconcileTimer;   // coalesces a burst of EXPUNGEs without known UIDs into one diff
};

} // namespace Sync
} // namespace Kestrel
