#include "sync/push/NewMessageFetcher.h"

#include "cache/MessageStore.h"
#include "imap/commands/FetchCommand.h"
#include "imap/session/ImapSession.h"
#include "sync/SummaryFromFetch.h"

#include <memory>

namespace Kestrel::Sync {

void NewMessageFetcher::fetch(Imap::ImapSession &session, Database &database, qint64 folderId,
                              const Imap::SequenceSet &uids, quint32 minUid,
                              const std::optional<FolderSyncState> &advance, QObject *context, Done done)
{
    auto command = std::make_unique<Imap::FetchCommand>(uids, summaryFetchItems());
    session.run(std::move(command), context, [&database, folderId, minUid, advance, done](const Imap::FetchResult &result) {
        if (!result.ok())
            return done(result.error, {});
        QList<MessageSummary> batch;
        batch.reserve(result.messages.size());
        std::optional<FolderSyncState> state;
        for (const Imap::FetchResponse &fetch : result.messages) {
            MessageSummary summary;
            if (!summaryFromFetch(fetch, summary) || summary.uid < minUid)
                continue;
            if (advance) {
                state = state.value_or(*advance);
                state->uidNext = qMax(state->uidNext, summary.uid + 1);
            }
            batch.append(std::move(summary));
        }
        if (folderId != 0 && !batch.isEmpty()) {
            if (auto error = MessageStore(database).upsertMessages(folderId, batch, state))
                return done(error, {});
        }
        done(std::nullopt, batch);
    });
}

} // namespace Kestrel::Sync
