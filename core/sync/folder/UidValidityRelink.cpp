#include "sync/folder/UidValidityRelink.h"

#include "cache/UidRelinker.h"
#include "imap/commands/FetchCommand.h"
#include "imap/session/ImapSession.h"
#include "sync/SummaryFromFetch.h"
#include "sync/folder/LiveChanges.h"

#include <QMap>

#include <memory>

namespace Kestrel::Sync {
namespace {

struct Identities {
    QMap<quint32, RelinkCandidate> candidates;
    QList<FlagUpdate> flags; // arrival order
};

void take(LiveChanges &live, Identities &identities, const Imap::FetchResponse &fetch)
{
    if (!fetch.uid)
        return;
    if (fetch.envelope) {
        // The same normalisation as summaryFromFetch, so the Message-IDs compare equal.
        MessageSummary summary;
        summaryFromFetch(fetch, summary);
        identities.candidates.insert(summary.uid, {summary.uid, summary.messageId, summary.size, summary.internalDate});
        live.supersedeFlags(summary.uid);
    }
    if (fetch.flags)
        identities.flags.append({*fetch.uid, toCacheFlags(*fetch.flags), fetch.modSeq.value_or(0)});
}

std::optional<Error> relink(FolderSyncContext &context, quint32 newUidValidity, const Identities &identities)
{
    QList<RelinkCandidate> server;
    for (const RelinkCandidate &candidate : identities.candidates) {
        if (!context.live.isVanished(candidate.uid))
            server << candidate;
    }
    if (auto error = context.loadCached())
        return error;
    const int before = int(context.cached().size());
    RelinkResult result;
    if (auto error = UidRelinker(context.database).relink(context.folder.id, server, {newUidValidity, 0, 0}, result))
        return error;
    context.folder.sync = {newUidValidity, 0, 0};
    context.forgetCached(); // the relinker rewrote the folder's rows
    if (auto error = context.loadCached())
        return error;
    context.counts.relinked += result.relinked;
    context.counts.removed += before - int(context.cached().size());
    if (auto error = context.applyFlags(identities.flags, false))
        return error;
    return context.flushLive();
}

} // namespace

void UidValidityRelink::run(FolderSyncContext &context, QObject *owner, quint32 newUidValidity, quint32 exists,
                            const StepDone &done)
{
    auto identities = std::make_shared<Identities>();
    if (exists == 0) {
        done(relink(context, newUidValidity, *identities));
        return;
    }
    auto fetch = std::make_unique<Imap::FetchCommand>(Imap::SequenceSet::fromRange(1, Imap::SequenceSet::Star),
                                                      Imap::FetchItems().uid().flags().modSeq().size().internalDate().envelope());
    fetch->setStreaming([&context, identities](const Imap::FetchResponse &response) {
        take(context.live, *identities, response);
    });
    context.session.run(std::move(fetch), owner, [&context, identities, newUidValidity, done](const Imap::FetchResult &result) {
        if (context.stopped())
            return;
        if (!result.ok())
            return done(result.error);
        done(relink(context, newUidValidity, *identities));
    });
}

} // namespace Kestrel::Sync
