#pragma once

#include "common/FolderInfo.h"
#include "common/MessageSummary.h"
#include "imap/parser/SequenceSet.h"
#include "sync/folder/FolderSyncContext.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>

#include <functional>

namespace Kestrel::Sync {

// Fetches the messages the cache lacks in [firstUid, lastUid], newest first, in pipelined chunks of
// `chunkUids` UIDs, so the top of the list fills at once (issue 4). UIDs already cached are skipped:
// a sync interrupted halfway resumes where it stopped instead of starting over. `finalState` is stored
// in the same transaction as the chunk that completes last, so the folder never claims to be
// synchronised ahead of its messages. Messages the server expunges meanwhile are never stored.
class NewMessageFetch
{
public:
    struct Plan {
        quint32 firstUid = 1;
        quint32 lastUid = 0; // 0: unknown (no UIDNEXT)
        FolderSyncState finalState;
        quint32 chunkUids = 500;
    };
    // One chunk's messages by UID: a later FETCH of the same UID (flags changed meanwhile) updates it.
    struct Chunk {
        QMap<quint32, MessageSummary> messages;
    };

    using Progress = std::function<void(int stored)>;

    // Newest chunk first; empty chunks (all cached) are left out. lastUid == 0: "firstUid:*".
    static QList<Imap::SequenceSet> planChunks(quint32 firstUid, quint32 lastUid, const QSet<quint32> &cached,
                                                quint32 chunkUids);
    // The same over the UIDs the server listed (UID SEARCH), `chunkUids` messages a chunk.
    static QList<Imap::SequenceSet> planChunks(QList<quint32> listed, const QSet<quint32> &cached, quint32 chunkUids);

    // A UID range much wider than the folder (UIDs far apart after many expunges) is first narrowed
    // to the UIDs that exist, with one UID SEARCH, instead of sending thousands of empty FETCHes.
    static void run(FolderSyncContext &context, QObject *owner, quint32 firstUid, const FolderSyncState &finalState,
                    quint32 exists, quint32 chunkUids, const Progress &progress, const StepDone &done);

    // Fetches those of `listed` (UIDs a UID SEARCH named) that the cache lacks, then stores
    // `finalState` as run() does (WindowedFetch).
    static void runListed(FolderSyncContext &context, QObject *owner, const QList<quint32> &listed,
                          const FolderSyncState &finalState, quint32 chunkUids, const Progress &progress,
                          const StepDone &done);

private:
    static void fetchChunks(FolderSyncContext &context, QObject *owner, const QList<Imap::SequenceSet> &chunks,
                            const Plan &plan, const Progress &progress, const StepDone &done);
    // The chunk's messages to store (in range, not expunged meanwhile), moved out of it (it is left
    // empty) and now counted as cached.
    static QList<MessageSummary> newInRange(FolderSyncContext &context, Chunk &chunk, const Plan &plan);
    // Stores on this thread (a single chunk: no ChunkWriter).
    static std::optional<Error> storeChunk(FolderSyncContext &context, const QList<MessageSummary> &batch,
                                           const Plan &plan, bool last);
};

} // namespace Kestrel::Sync
