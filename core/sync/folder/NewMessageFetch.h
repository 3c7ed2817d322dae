#pragma once

#include "common/FolderInfo.h"
#include "imap/parser/SequenceSet.h"
#include "sync/folder/FolderSyncContext.h"

#include <QList>
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
    using Progress = std::function<void(int stored)>;

    // Newest chunk first; empty chunks (all cached) are left out. lastUid == 0: "firstUid:*".
    static QList<Imap::SequenceSet> planChunks(quint32 firstUid, quint32 lastUid, const QSet<quint32> &cached,
                                                quint32 chunkUids);

    static void run(FolderSyncContext &context, QObject *owner, quint32 firstUid, const FolderSyncState &finalState,
                    quint32 chunkUids, const Progress &progress, const StepDone &done);
};

} // namespace Kestrel::Sync
