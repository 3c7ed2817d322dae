#include "sync/folder/FolderSync.h"

#include "cache/FolderStore.h"
#include "cache/OfflineQueue.h"
#include "imap/commands/NoopCommand.h"
#include "imap/session/ImapSession.h"
#include "sync/SummaryFromFetch.h"
#include "sync/folder/CondstoreResync.h"
#include "sync/folder/FlagDiffResync.h"
#include "sync/folder/LiveChanges.h"
#include "sync/folder/NewMessageFetch.h"
#include "sync/folder/UidValidityRelink.h"
#include "sync/folder/WindowedFetch.h"

namespace Kestrel::Sync {

FolderSync::FolderSync(Imap::ImapSession &session, Database &database, const FolderInfo &folder,
                       const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_live(new LiveChanges(session.mailbox(), folder.name, this))
    , m_context(std::make_unique<FolderSyncContext>(session, database, *m_live))
{
    m_context->folder = folder;
}

FolderSync::~FolderSync() = default;

void FolderSync::start()
{
    ++m_pass;
    m_live->reset();
    std::optional<FolderInfo> stored;
    if (auto error = FolderStore(m_context->database).folder(m_context->folder.id, stored))
        return finish(error);
    if (stored)
        m_context->folder = *stored; // a pass before this one stored a newer state
    select();
}

void FolderSync::select()
{
    const FolderSyncState &known = m_context->folder.sync;
    auto command = std::make_unique<Imap::SelectCommand>(m_context->folder.name);
    const bool resumes = m_settings.qresync && known.uidValidity != 0 && known.highestModSeq != 0;
    if (resumes)
        command->setQresync({known.uidValidity, known.highestModSeq, {}});
    else
        command->setCondstore(m_session.capabilities().has("CONDSTORE"));
    m_session.run(std::move(command), this, [this](const Imap::SelectResult &result) { onSelected(result); });
    // Read from the cache while the server answers. Queued behind the session's pass that sends the
    // SELECT (ImapSession::service flushes it); onSelected reads itself if its answer should come first.
    // A QRESYNC SELECT tells what changed: up front it needs at most the number of cached messages
    // (olderMessagesMissing), and not even that for a folder known to be whole. The other resyncs
    // compare every cached UID with the server.
    m_context->forgetCached();
    m_prefetched = false;
    m_prefetch = !resumes ? Prefetch::Uids : known.whole ? Prefetch::Nothing : Prefetch::Count;
    QMetaObject::invokeMethod(this, [this] {
        if (!m_context->stopped())
            prefetchOnce();
    }, Qt::QueuedConnection);
}

std::optional<Error> FolderSync::prefetchOnce()
{
    if (!m_prefetched) {
        m_prefetched = true;
        qsizetype count = 0;
        if (m_prefetch == Prefetch::Uids)
            m_prefetchError = m_context->loadCached();
        else if (m_prefetch == Prefetch::Count)
            m_prefetchError = m_context->countCached(count);
    }
    return m_prefetchError;
}

void FolderSync::onSelected(const Imap::SelectResult &result)
{
    if (!result.ok())
        return finish(result.error);
    const auto &mailbox = result.mailbox;
    m_selectedState = {mailbox.uidValidity, mailbox.uidNext, mailbox.noModSeq ? 0 : mailbox.highestModSeq};
    m_selectedExists = mailbox.exists;
    if (auto error = prefetchOnce())
        return finish(error);
    const FolderSyncState known = m_context->folder.sync;
    // A new UIDVALIDITY relinks what is cached; with none stored, only if something is (then counted).
    qsizetype cachedCount = 0;
    if (known.uidValidity == 0 && mailbox.uidValidity != 0) {
        if (auto error = m_context->countCached(cachedCount))
            return finish(error);
    }
    if (known.uidValidity != mailbox.uidValidity && (known.uidValidity != 0 || cachedCount > 0)) {
        UidValidityRelink::run(*m_context, this, mailbox.uidValidity, mailbox.exists, then([this] {
                                   emit relinked(m_context->folder.id, m_context->counts.relinked);
                                   fetchNew(1);
                               }));
        return;
    }
    if (known.uidValidity == 0) {
        // Tie whatever a first, interrupted run stores to this UIDVALIDITY.
        m_context->folder.sync = {mailbox.uidValidity, 0, 0};
        if (auto error = FolderStore(m_context->database).updateSyncState(m_context->folder.id, m_context->folder.sync))
            return finish(error);
    }
    resync(result, known);
}

void FolderSync::resync(const Imap::SelectResult &result, const FolderSyncState &known)
{
    const quint32 firstNew = qMax<quint32>(known.uidNext, 1);
    if (result.qresync) {
        if (auto error = applyQresync(result))
            return finish(error);
        return fetchNew(firstNew);
    }
    if (auto error = m_context->loadCached())
        return finish(error);
    if (m_context->cached().isEmpty())
        return fetchNew(firstNew);
    const bool condstore = m_session.capabilities().has("CONDSTORE") && known.highestModSeq != 0
        && m_selectedState.highestModSeq != 0;
    if (condstore && known.highestModSeq == m_selectedState.highestModSeq)
        return fetchNew(firstNew); // RFC 7162 3.1.2.1: nothing changed or was expunged since
    if (condstore)
        return CondstoreResync::run(*m_context, this, known.highestModSeq, then([this, firstNew] { fetchNew(firstNew); }));
    FlagDiffResync::run(*m_context, this, m_settings.flagChunk, then([this, firstNew] { fetchNew(firstNew); }));
}

// RFC 7162 3.2.5.2: VANISHED (EARLIER) names what was expunged since the stored modseq, and FETCH
// (UID FLAGS MODSEQ) what changed, new messages included (those are fetched whole afterwards).
std::optional<Error> FolderSync::applyQresync(const Imap::SelectResult &result)
{
    // Walk the smaller side: VANISHED is usually a few UIDs against a large cache, and testing every cached
    // UID against a set of many ranges would cost cached x ranges. remove() keeps only cached UIDs.
    if (!result.vanished.isEmpty()) {
        qsizetype cachedCount = 0;
        if (auto error = m_context->countCached(cachedCount))
            return error;
        QList<quint32> gone;
        if (!result.vanished.containsStar() && result.vanished.count() <= quint64(cachedCount)) {
            gone = result.vanished.toList();
        } else {
            if (auto error = m_context->loadCached())
                return error;
            for (quint32 uid : m_context->cached()) {
                if (result.vanished.contains(uid))
                    gone << uid;
            }
        }
        if (auto error = m_context->remove(gone))
            return error;
    }
    QList<FlagUpdate> updates;
    for (const Imap::FetchResponse &fetch : result.changed) {
        if (fetch.uid && fetch.flags)
            updates.append({*fetch.uid, toCacheFlags(*fetch.flags), fetch.modSeq.value_or(0)});
    }
    if (auto error = m_context->applyFlags(updates))
        return error;
    return m_context->flushLive();
}

void FolderSync::fetchNew(quint32 firstUid)
{
    const qint64 folderId = m_context->folder.id;
    const NewMessageFetch::Progress progress = [this, folderId](int stored) { emit messagesStored(folderId, stored); };
    if (m_settings.windowDays > 0) {
        WindowedFetch::run(*m_context, this, WindowedFetch::windowStart(m_settings.windowDays), m_selectedState,
                           m_settings.chunkUids, progress, then([this] { passDone(); }));
        return;
    }
    const bool whole = m_context->folder.sync.whole;
    bool missing = false;
    if (!whole) {
        if (auto error = olderMessagesMissing(firstUid, missing))
            return finish(error);
    }
    if (missing)
        firstUid = 1; // cached UIDs are skipped: only the gap is fetched
    FolderSyncState finalState = m_selectedState;
    finalState.whole = whole; // proven at the end of the pass when not yet (markWholeIfProven)
    NewMessageFetch::run(*m_context, this, firstUid, finalState, m_selectedExists, m_settings.chunkUids,
                         progress, then([this] { passDone(); }));
}

// New mail can only have UIDs from the stored UIDNEXT up. When the server holds more messages than the
// cache plus all of those, older ones are missing: the sync window was just widened to the whole folder.
// Not while actions wait in the offline queue: a message moved away locally is still on the server
// until the replay, and must not come back.
std::optional<Error> FolderSync::olderMessagesMissing(quint32 firstNew, bool &missing)
{
    missing = false;
    const quint32 possibleNew = m_selectedState.uidNext > firstNew ? m_selectedState.uidNext - firstNew : 0;
    if (firstNew <= 1 || m_selectedState.uidNext == 0 || quint64(m_selectedExists) <= possibleNew)
        return std::nullopt;
    qsizetype cachedCount = 0;
    if (auto error = m_context->countCached(cachedCount))
        return error;
    if (quint64(m_selectedExists) <= quint64(cachedCount) + possibleNew)
        return std::nullopt;
    int queued = 0;
    missing = !OfflineQueue(m_context->database).count(m_context->folder.accountId, queued) && queued == 0;
    return std::nullopt;
}

void FolderSync::passDone()
{
    // RFC 3501 6.1.2: a NOOP makes the server report what other clients did while the answers to our
    // pipelined commands were already on their way; without it such a change would wait for the next sync.
    m_session.run(std::make_unique<Imap::NoopCommand>(), this, [this](const Imap::CommandResult &result) {
        if (m_context->stopped())
            return;
        if (!result.ok())
            return finish(result.error);
        afterNoop();
    });
}

void FolderSync::afterNoop()
{
    if (auto error = m_context->flushLive())
        return finish(error);
    // New mail (EXISTS grew beyond what the expunges explain) or a change we could not map to a UID.
    const bool arrived = m_session.mailbox().mailbox() == m_context->folder.name
        && m_session.mailbox().exists() + m_live->expunged() > m_selectedExists;
    if ((arrived || m_live->needsRescan()) && m_pass < m_settings.maxPasses)
        return start();
    finish(markWholeIfProven());
}

// The pass brought the cache level with the server, so once it holds as many messages as the server now
// has, it holds the whole folder: later resyncs need not count it (FolderSyncState::whole). Not with a
// sync window, which keeps only part. Tied to this UIDVALIDITY: a new one resets the state.
std::optional<Error> FolderSync::markWholeIfProven()
{
    if (m_settings.windowDays > 0 || m_context->folder.sync.whole || m_context->folder.sync.uidValidity == 0
        || m_session.mailbox().mailbox() != m_context->folder.name)
        return std::nullopt;
    qsizetype cachedCount = 0;
    if (auto error = m_context->countCached(cachedCount))
        return error;
    if (qint64(m_session.mailbox().exists()) > qint64(cachedCount))
        return std::nullopt;
    return FolderStore(m_context->database).markWhole(m_context->folder.id, m_context->folder.sync.uidValidity);
}

StepDone FolderSync::then(std::function<void()> next)
{
    return [this, next = std::move(next)](const std::optional<Error> &error) {
        if (m_context->stopped())
            return;
        if (error)
            return finish(error);
        next();
    };
}

void FolderSync::finish(const std::optional<Error> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_context->stop();
    emit finished(error);
}

} // namespace Kestrel::Sync
