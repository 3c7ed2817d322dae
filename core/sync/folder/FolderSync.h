#pragma once

#include "common/Error.h"
#include "common/FolderInfo.h"
#include "imap/commands/SelectCommand.h"
#include "sync/folder/FolderSyncContext.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Kestrel {

class Database;

namespace Sync {

class LiveChanges;

// One folder of one account brought level with the server (issue 4), on a logged-in session:
//  1. SELECT, with (QRESYNC (uidvalidity modseq)) when QRESYNC is enabled and the cache knows the
//     folder, else (CONDSTORE) when offered.
//  2. A new UIDVALIDITY: relink cached messages to their new UIDs (UidValidityRelink).
//     QRESYNC: apply VANISHED (EARLIER) and the changed flags from the SELECT itself (RFC 7162 3.2.5).
//     CONDSTORE: CondstoreResync. Neither: FlagDiffResync.
//  3. Fetch what the cache lacks, newest first (NewMessageFetch); the folder's sync state goes with
//     the chunk that completes last. With a sync window, what the window holds instead (WindowedFetch).
// EXPUNGE / VANISHED / FETCH FLAGS that arrive meanwhile are applied as they become safe to apply
// (LiveChanges). When something arrived that cannot be applied by UID, or new mail arrived, the folder
// is synchronised once more (at most `maxPasses` passes), so the cache ends equal to the server.
class FolderSync : public QObject
{
    Q_OBJECT
public:
    struct Settings {
        bool qresync = false;     // ENABLE QRESYNC succeeded on this session
        quint32 chunkUids = 500;  // UIDs per FETCH of new messages
        int flagChunk = 2000;     // cached UIDs per FETCH of a full flag diff
        int maxPasses = 3;
        int windowDays = 0;       // keep only mail of the last windowDays days (WindowedFetch); 0: all
    };

    FolderSync(Imap::ImapSession &session, Database &database, const FolderInfo &folder, const Settings &settings,
               QObject *parent = nullptr);
    ~FolderSync() override;

    void start();
    const FolderSyncCounts &counts() const { return m_context->counts; }

signals:
    void messagesStored(qint64 folderId, int count);
    void relinked(qint64 folderId, int relinked);
    // Exactly once per start().
    void finished(const std::optional<Kestrel::Error> &error);

private:
    void select();
    void onSelected(const Imap::SelectResult &result);
    std::optional<Error> prefetchOnce();
    void resync(const Imap::SelectResult &result, const FolderSyncState &known);
    std::optional<Error> applyQresync(const Imap::SelectResult &result);
    void fetchNew(quint32 firstUid);
    std::optional<Error> olderMessagesMissing(quint32 firstNew, bool &missing);
    void passDone();
    void afterNoop();
    std::optional<Error> markWholeIfProven();
    StepDone then(std::function<void()> next);
    void finish(const std::optional<Error> &error);

    Imap::ImapSession &m_session;
    Settings m_settings;
    LiveChanges *m_live = nullptr;
    std::unique_ptr<FolderSyncContext> m_context;
    FolderSyncState m_selectedState;
    quint32 m_selectedExists = 0;
    int m_pass = 0;
    // What this pass reads from the cache while the SELECT is answered (prefetchOnce), whether it did, and
    // what that returned.
    enum class Prefetch { Nothing, Count, Uids };
    Prefetch m_prefetch = Prefetch::Uids;
    bool m_prefetched = false;
    std::optional<Error> m_prefetchError;
    bool m_finished = false;
};

} // namespace Sync
} // namespace Kestrel
