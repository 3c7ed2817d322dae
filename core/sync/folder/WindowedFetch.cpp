#include "sync/folder/WindowedFetch.h"

#include "imap/commands/SearchCommand.h"
#include "imap/session/ImapSession.h"

#include <memory>

namespace Kestrel::Sync {

void WindowedFetch::run(FolderSyncContext &context, QObject *owner, QDate since, const FolderSyncState &finalState,
                        quint32 chunkUids, const NewMessageFetch::Progress &progress, const StepDone &done)
{
    auto search = std::make_unique<Imap::SearchCommand>(Imap::SearchCriteria::since(since));
    search->setReturn(Imap::SearchCommand::Return::All);
    context.session.run(std::move(search), owner, [&context, owner, finalState, chunkUids, progress, done](const Imap::SearchResult &result) {
        if (context.stopped())
            return;
        if (!result.ok())
            return done(result.error);
        const QList<quint32> inside = result.set.toList();
        const QSet<quint32> wanted(inside.cbegin(), inside.cend());
        if (auto error = context.loadCached())
            return done(error);
        QList<quint32> outside;
        for (quint32 uid : context.cached()) {
            if (!wanted.contains(uid))
                outside << uid;
        }
        if (auto error = context.remove(outside))
            return done(error);
        NewMessageFetch::runListed(context, owner, inside, finalState, chunkUids, progress, done);
    });
}

} // namespace Kestrel::Sync
