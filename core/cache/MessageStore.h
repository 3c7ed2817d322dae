#pragma once

#include "common/Error.h"
#include "common/FolderInfo.h"
#include "common/MessageSummary.h"

#include <QList>

#include <memory>
#include <optional>

namespace Kestrel {

class Database;
class MessageRows;
class NativeStatement;

// What a FETCH FLAGS (with CONDSTORE: MODSEQ) says about one message.
struct FlagUpdate {
    quint32 uid = 0;
    MessageFlags flags;
    quint64 modSeq = 0; // 0: unknown, the stored modseq is kept
    friend bool operator==(const FlagUpdate &, const FlagUpdate &) = default;
};

// Batched writes of message summaries. Every call runs in one write transaction with one prepared
// statement reused for all rows; it joins the caller's Transaction when there is one. The upsert's
// statements stay prepared for the store's lifetime: a store kept beside its connection (ChunkWriter)
// does not parse them again for every batch (3% of its CPU at 500 messages a batch; the store must then
// be destroyed before the connection closes).
//
// The optional `state` is stored in the SAME transaction as the rows it describes, so a crash can never
// leave HIGHESTMODSEQ / UIDNEXT ahead of the stored messages (the next sync would skip changes).
class MessageStore
{
public:
    explicit MessageStore(Database &db);
    ~MessageStore();
    MessageStore(const MessageStore &) = delete;
    MessageStore &operator=(const MessageStore &) = delete;

    // When new messages enter the full-text index: with their batch, or later (SearchIndex.h).
    enum class Indexing { WithBatch, Deferred };

    // Inserts new UIDs and updates known ones in place (their row ids, and so their parts, stay).
    // Each message's folderId/accountId are ignored: `folderId` says where they go. Deferred leaves the
    // new rows queued for the index (searches still find them); the initial sync's bulk chunks use it.
    std::optional<Error> upsertMessages(qint64 folderId, const QList<MessageSummary> &messages,
                                        const std::optional<FolderSyncState> &state = std::nullopt,
                                        Indexing indexing = Indexing::WithBatch);
    // The same for rows made elsewhere (MessageRows says why); `folderId` must be the one they were made for.
    std::optional<Error> upsertRows(qint64 folderId, const MessageRows &rows,
                                    const std::optional<FolderSyncState> &state = std::nullopt,
                                    Indexing indexing = Indexing::WithBatch);
    // Replaces flags and keywords (and modseq when known) of the given UIDs; unknown UIDs are skipped.
    std::optional<Error> updateFlags(qint64 folderId, const QList<FlagUpdate> &updates,
                                     const std::optional<FolderSyncState> &state = std::nullopt);
    // A local change (the user marked messages read, flagged, ...): adds and removes system flags.
    std::optional<Error> changeFlags(qint64 folderId, const QList<quint32> &uids, MessageFlagSet add,
                                     MessageFlagSet remove);
    // EXPUNGE / VANISHED: removes the UIDs (with their parts); `removed` counts rows actually deleted.
    std::optional<Error> removeUids(qint64 folderId, const QList<quint32> &uids,
                                    const std::optional<FolderSyncState> &state = std::nullopt,
                                    int *removed = nullptr);
    // Forgets every message of the folder, and stores `state` (e.g. a new UIDVALIDITY) with it.
    std::optional<Error> clearFolder(qint64 folderId, const std::optional<FolderSyncState> &state = std::nullopt);

    // A local move, or a UID the server assigned (COPYUID): the row keeps its id, and so its parts. When
    // (toFolderId, toUid) is already cached (a sync got there first), the moved row is removed instead.
    std::optional<Error> moveUid(qint64 fromFolderId, quint32 fromUid, qint64 toFolderId, quint32 toUid);
    // The highest cached UID of the folder, 0 when it has none.
    std::optional<Error> highestUid(qint64 folderId, quint32 &uid) const;

    // Every cached UID of the folder, ascending (for the sync engine's diffs).
    std::optional<Error> uids(qint64 folderId, QList<quint32> &uids) const;
    // The cached UIDs of the folder from `low` to `high` inclusive, ascending.
    std::optional<Error> uidsBetween(qint64 folderId, quint32 low, quint32 high, QList<quint32> &uids) const;
    // The row id of (folderId, uid), 0 when not cached.
    std::optional<Error> messageRowId(qint64 folderId, quint32 uid, qint64 &id) const;

    // Rows per INSERT statement (22 values each, well below SQLite's 32766 parameters).
    static constexpr int RowsPerStatement = 16;

private:
    // The statements writeRows runs for every batch, each prepared on first use.
    enum class Prepared { UpsertMany, UpsertOne, HighestRowId, QueueNewRows, Count };

    std::optional<Error> writeRows(const MessageRows &rows, qint64 &highestBefore);
    std::optional<Error> prepared(Prepared which, NativeStatement *&statement);
    std::optional<Error> storeState(qint64 folderId, const std::optional<FolderSyncState> &state);

    Database &m_db;
    std::unique_ptr<NativeStatement> m_prepared[int(Prepared::Count)];
};

} // namespace Kestrel
