#include "sync/folder/NewMessageFetch.h"

#include "cache/Database.h"
#include "cache/MessageStore.h"
#include "imap/commands/FetchCommand.h"
#include "imap/commands/SearchCommand.h"
#include "imap/session/ImapSession.h"
#include "sync/SummaryFromFetch.h"
#include "sync/folder/ChunkWriter.h"
#include "sync/folder/LiveChanges.h"

#include <QMap>

#include <algorithm>
#include <functional>
#include <memory>

namespace Kestrel::Sync {
namespace {

using Chunk = NewMessageFetch::Chunk;

// `context`'s set holds the cached UIDs from `firstUid` up: a message below it ("n:*" names the highest
// UID when none is at n or above) is not new, and its flags count as another client's change.
void take(FolderSyncContext &context, quint32 firstUid, Chunk &chunk, const Imap::FetchResponse &fetch)
{
    if (!fetch.uid)
        return;
    LiveChanges &live = context.live;
    const quint32 uid = *fetch.uid;
    const bool carriesMessage = fetch.envelope || fetch.internalDate.isValid() || fetch.rfc822Size;
    if (carriesMessage && uid >= firstUid && !context.isCached(uid)) {
        // Filled in place: Qt 6.4's QMap::insert takes a const reference, so inserting a finished summary
        // copied its twenty-odd strings and lists (~4% of an initial sync's parsing thread: perf and
        // callgrind, 100k messages). An earlier response for the same UID is replaced: the later one wins.
        const auto it = chunk.messages.insert(uid, MessageSummary());
        summaryFromFetch(fetch, *it); // cannot fail: the UID is there
        live.supersedeFlags(uid);
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

namespace {

// The newest chunk is small: its messages are the ones the user looks at first, and the list shows them
// as soon as that chunk is stored. 100 rows fill any window; a FETCH of 500 took Dovecot ~4x as long.
quint32 firstChunkUids(quint32 chunkUids)
{
    return qMin<quint32>(chunkUids, 100);
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
        const quint32 size = chunks.isEmpty() ? firstChunkUids(chunkUids) : chunkUids;
        const quint32 low = high - firstUid >= size - 1 ? high - (size - 1) : firstUid;
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

QList<Imap::SequenceSet> NewMessageFetch::planChunks(QList<quint32> listed, const QSet<quint32> &cached,
                                                     quint32 chunkUids)
{
    std::sort(listed.begin(), listed.end(), std::greater<quint32>());
    chunkUids = qMax<quint32>(chunkUids, 1);
    QList<Imap::SequenceSet> chunks;
    QList<quint32> chunk;
    for (qsizetype i = 0; i <= listed.size(); ++i) {
        if (i == listed.size() || quint32(chunk.size()) == (chunks.isEmpty() ? firstChunkUids(chunkUids) : chunkUids)) {
            if (!chunk.isEmpty())
                chunks << Imap::SequenceSet::fromNumbers(chunk);
            chunk.clear();
        }
        if (i < listed.size() && !cached.contains(listed[i]))
            chunk << listed[i];
    }
    return chunks;
}

void NewMessageFetch::run(FolderSyncContext &context, QObject *owner, quint32 firstUid,
                          const FolderSyncState &finalState, quint32 exists, quint32 chunkUids,
                          const Progress &progress, const StepDone &done)
{
    Plan plan;
    plan.firstUid = qMax<quint32>(firstUid, 1);
    plan.lastUid = finalState.uidNext > 0 ? finalState.uidNext - 1 : 0;
    plan.finalState = finalState;
    plan.chunkUids = chunkUids;
    if (finalState.uidNext > 0 && plan.lastUid < plan.firstUid) {
        done(MessageStore(context.database).upsertMessages(context.folder.id, {}, finalState));
        return;
    }
    if (auto error = context.loadCached(plan.firstUid)) // only what may be new is compared
        return done(error);
    const quint64 width = plan.lastUid >= plan.firstUid ? quint64(plan.lastUid - plan.firstUid) + 1 : 0;
    if (width <= quint64(chunkUids) * 8 || width <= quint64(exists) * 2) {
        fetchChunks(context, owner, planChunks(plan.firstUid, plan.lastUid, context.cached(), chunkUids), plan, progress, done);
        return;
    }
    auto search = std::make_unique<Imap::SearchCommand>(
        Imap::SearchCriteria::uid(Imap::SequenceSet::fromRange(plan.firstUid, plan.lastUid)));
    search->setReturn(Imap::SearchCommand::Return::All);
    context.session.run(std::move(search), owner, [&context, owner, plan, progress, done](const Imap::SearchResult &result) {
        if (context.stopped())
            return;
        if (!result.ok())
            return done(result.error);
        fetchChunks(context, owner, planChunks(result.set.toList(), context.cached(), plan.chunkUids), plan, progress, done);
    });
}

void NewMessageFetch::runListed(FolderSyncContext &context, QObject *owner, const QList<quint32> &listed,
                                const FolderSyncState &finalState, quint32 chunkUids, const Progress &progress,
                                const StepDone &done)
{
    Plan plan;
    plan.firstUid = 1;
    plan.lastUid = finalState.uidNext > 0 ? finalState.uidNext - 1 : 0;
    plan.finalState = finalState;
    plan.chunkUids = chunkUids;
    if (auto error = context.loadCached(plan.firstUid))
        return done(error);
    fetchChunks(context, owner, planChunks(listed, context.cached(), chunkUids), plan, progress, done);
}

void NewMessageFetch::fetchChunks(FolderSyncContext &context, QObject *owner, const QList<Imap::SequenceSet> &chunks,
                                  const Plan &plan, const Progress &progress, const StepDone &done)
{
    if (chunks.isEmpty()) {
        done(MessageStore(context.database).upsertMessages(context.folder.id, {}, plan.finalState));
        return;
    }
    // More than one chunk: storing goes to a thread of its own, overlapping the next chunk's parsing.
    ChunkWriter *writer = chunks.size() > 1 ? new ChunkWriter(context.database.filePath(), owner) : nullptr;
    auto remaining = std::make_shared<qsizetype>(chunks.size());
    if (writer) {
        QObject::connect(writer, &ChunkWriter::stored, owner, [&context, writer, remaining, progress, done](int count, const std::optional<Error> &error) {
            if (context.stopped())
                return;
            if (error) // the sync stops: callbacks still in flight, and later reports, do nothing
                return done(error);
            if (progress && count > 0)
                progress(count);
            if (*remaining > 0 || writer->outstanding() > 0)
                return;
            // Every chunk is stored: now what other clients changed meanwhile can apply to them.
            writer->deleteLater();
            done(context.flushLive());
        });
    }
    for (const Imap::SequenceSet &uids : chunks) {
        auto chunk = std::make_shared<Chunk>();
        auto fetch = std::make_unique<Imap::FetchCommand>(uids, summaryFetchItems());
        fetch->setStreaming([&context, chunk, firstUid = plan.firstUid](const Imap::FetchResponse &response) {
            take(context, firstUid, *chunk, response);
        });
        context.session.run(std::move(fetch), owner, [&context, writer, chunk, remaining, plan, progress, done](const Imap::FetchResult &result) {
            if (context.stopped())
                return;
            if (!result.ok())
                return done(result.error);
            // The state rides on whichever chunk completes last (RFC 4549 4.3: never ahead of the data).
            const bool last = --*remaining == 0;
            const QList<MessageSummary> batch = newInRange(context, *chunk, plan);
            if (writer)
                return writer->store(context.folder.id, batch, last ? std::optional(plan.finalState) : std::nullopt);
            if (auto error = storeChunk(context, batch, plan, last))
                return done(error);
            if (progress && !batch.isEmpty())
                progress(int(batch.size()));
            if (last)
                done(std::nullopt);
        });
    }
}

QList<MessageSummary> NewMessageFetch::newInRange(FolderSyncContext &context, Chunk &chunk, const Plan &plan)
{
    QList<MessageSummary> batch;
    batch.reserve(chunk.messages.size());
    for (MessageSummary &summary : chunk.messages) {
        // "n:*" may name a UID below n; a message expunged meanwhile must not come back.
        const bool inRange = summary.uid >= plan.firstUid && (plan.lastUid == 0 || summary.uid <= plan.lastUid);
        if (inRange && !context.live.isVanished(summary.uid))
            batch << std::move(summary); // moved, not copied: twenty-odd strings a message
    }
    chunk.messages.clear();
    // Counted as cached from here on: a later FETCH response for them (flags) is a change to them, and
    // the writer stores them before anything else touches them.
    for (const MessageSummary &summary : std::as_const(batch))
        context.addCached(summary.uid);
    context.counts.added += int(batch.size());
    return batch;
}

std::optional<Error> NewMessageFetch::storeChunk(FolderSyncContext &context, const QList<MessageSummary> &batch,
                                                 const Plan &plan, bool last)
{
    // The search index is built after the sync (SearchIndexCatchUp): a quarter of the client's work here.
    if (auto error = MessageStore(context.database).upsertMessages(context.folder.id, batch,
                                                                   last ? std::optional(plan.finalState) : std::nullopt,
                                                                   MessageStore::Indexing::Deferred))
        return error;
    return context.flushLive();
}

} // namespace Kestrel::Sync
