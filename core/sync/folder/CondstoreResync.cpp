#include "sync/folder/CondstoreResync.h"

#include "imap/commands/FetchCommand.h"
#include "imap/commands/SearchCommand.h"
#include "imap/session/ImapSession.h"
#include "sync/SummaryFromFetch.h"
#include "sync/folder/LiveChanges.h"

#include <memory>

namespace Kestrel::Sync {

void CondstoreResync::run(FolderSyncContext &context, QObject *owner, quint64 sinceModSeq, const StepDone &done)
{
    if (auto error = context.loadCached())
        return done(error);
    // Both commands are pipelined; each applies what it learnt, the search (queued second) ends the step.
    auto updates = std::make_shared<QList<FlagUpdate>>();
    auto fetch = std::make_unique<Imap::FetchCommand>(Imap::SequenceSet::fromRange(1, Imap::SequenceSet::Star),
                                                      Imap::FetchItems().uid().flags().modSeq());
    fetch->setChangedSince(sinceModSeq);
    fetch->setStreaming([&context, updates](const Imap::FetchResponse &response) {
        if (!response.uid || !response.flags)
            return;
        context.live.supersedeFlags(*response.uid);
        updates->append({*response.uid, toCacheFlags(*response.flags), response.modSeq.value_or(0)});
    });
    context.session.run(std::move(fetch), owner, [&context, updates, done](const Imap::FetchResult &result) {
        if (context.stopped())
            return;
        if (!result.ok())
            return done(result.error);
        if (auto error = context.applyFlags(*updates))
            return done(error);
    });

    auto search = std::make_unique<Imap::SearchCommand>(Imap::SearchCriteria::all());
    search->setReturn(Imap::SearchCommand::Return::All);
    context.session.run(std::move(search), owner, [&context, done](const Imap::SearchResult &result) {
        if (context.stopped())
            return;
        if (!result.ok())
            return done(result.error);
        const QList<quint32> listed = result.set.toList();
        const QSet<quint32> onServer(listed.cbegin(), listed.cend());
        QList<quint32> gone;
        for (quint32 uid : context.cached()) {
            if (!onServer.contains(uid))
                gone << uid;
        }
        if (auto error = context.remove(gone))
            return done(error);
        done(context.flushLive());
    });
}

} // namespace Kestrel::Sync
