#include "sync/folder/NewMessageFetch.h"

#include "cache/MessageStore.h"
#include "imap/commands/FetchCommand.h"
#include "imap/session/ImapSession.h"
#include "sync/SummaryFromFetch.h"
#include "sync/folder/LiveChanges.h"

#include <QMap>

#include <memory>

namespace Kestrel::Sync {
namespace {

// One chunk's messages by UID: a later FETCH of the same UID (flags changed meanwhile) updates it.
struct Chunk {
    QMap<quint32, MessageSummary> messages;
};

void take(LiveChanges &live, const QSet<quint32> &cached, Chunk &chunk, const Imap::FetchResponse &fetch)
{
    if (!fetch.uid)
        return;
    const quint32 uid = *fetch.uid;
    const bool carriesMessage = fetch.envelope || fetch.internalDate.isValid() || fetch.rfc822Size;
    if (carriesMessage && !cached.contains(uid)) {
        MessageSummary summary;
        if (summaryFromFetch(fetch, summary)) {
            chunk.messages.insert(uid, summary);
            live.supersedeFlags(uid);
        }
        return;
    }
    if (!fetch.flags)
        return;
    if (auto it = chunk.messages.find(uid); it != chunk.messages.end()) {
        it->flags = toCacheFlags(*fetch.flags);
        it->modSeq = fetch.modSeq.value_or(it->modSeq);
    } else {
        live.recordFlags(uid, *fetch.flags, fetch.modSeq.value_or(0)); // another client's change
    }
}

} // namespace

QList<Imap::SequenceSet> NewMessageFetch::planChunks(quint32 firstUid, quint32 lastUid, const QSet<quint32> &cached,
                                                     quint32 chunkUids)
{
    QList<Imap::SequenceSet> chunks;
    firstUid = qMax<quint32>(firstUid, 1);
    if (lastUid == 0) {
        chunks << Imap::SequenceSet::fromRange(firstUid, Imap::SequenceSet::Star);
        return chunks;
    }
    chunkUids = qMax<quint32>(chunkUids, 1);
    for (quint32 high = lastUid; high >= firstUid;) {
        const quint32 low = high - firstUid >= chunkUids - 1 ? high - (chunkUids - 1) : firstUid;
        Imap::SequenceSet missing;
        for (quint32 uid = low; uid <= high; ++uid) {
            if (!cached.contains(uid))
                missing.append(uid);
        }
        if (!missing.isEmpty())
            chunks << missing;
        if (low == firstUid)
            break;
        high = low - 1;
    }
    return chunks;
}

void NewMessageFetch::run(FolderSyncContext &context, QObject *owner, quint32 firstUid,
                          const FolderSyncState &finalState, quint32 chunkUids, const Progress &progress,
                          const StepDone &done)
{
    const quint32 lastUid = finalState.uidNext > 0 ? finalState.uidNext - 1 : 0;
    if (finalState.uidNext > 0 && lastUid < qMax<quint32>(firstUid, 1)) {
        done(MessageStore(context.database).upsertMessages(context.folder.id, {}, finalState));
        return;
    }
    const QList<Imap::SequenceSet> chunks = planChunks(firstUid, lastUid, context.cached, chunkUids);
    if (chunks.isEmpty()) {
        done(MessageStore(context.database).upsertMessages(context.folder.id, {}, finalState));
        return;
    }
    auto remaining = std::make_shared<qsizetype>(chunks.size());
    for (const Imap::SequenceSet &uids : chunks) {
        auto chunk = std::make_shared<Chunk>();
        auto fetch = std::make_unique<Imap::FetchCommand>(uids, summaryFetchItems());
        fetch->setStreaming([&context, chunk](const Imap::FetchResponse &response) {
            take(context.live, context.cached, *chunk, response);
        });
        context.session.run(std::move(fetch), owner, [&context, chunk, remaining, finalState, progress, done, firstUid,
                                                      lastUid](const Imap::FetchResult &result) {
            if (context.stopped())
                return;
            if (!result.ok())
                return done(result.error);
            QList<MessageSummary> batch;
            for (const MessageSummary &summary : std::as_const(chunk->messages)) {
                const bool inRange = summary.uid >= firstUid && (lastUid == 0 || summary.uid <= lastUid); // "n:*" may name a lower UID
                if (inRange && !context.live.isVanished(summary.uid))
                    batch << summary;
            }
            // The state rides on whichever chunk completes last (RFC 4549 4.3: never ahead of the data).
            const bool last = --*remaining == 0;
            if (auto error = MessageStore(context.database).upsertMessages(context.folder.id, batch,
                                                                           last ? std::optional(finalState) : std::nullopt))
                return done(error);
            for (const MessageSummary &summary : std::as_const(batch))
                context.cached.insert(summary.uid);
            context.counts.added += int(batch.size());
            if (auto error = context.flushLive())
                return done(error);
            if (progress && !batch.isEmpty())
                progress(int(batch.size()));
            if (last)
                done(std::nullopt);
        });
    }
}

} // namespace Kestrel::Sync
