#pragma once

#include "common/Error.h"
#include "common/FolderInfo.h"
#include "common/MessageSummary.h"
#include "imap/parser/SequenceSet.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace Kestrel {

class Database;
namespace Imap {
class ImapSession;
}

namespace Sync {

// Fetches the headers-first summary (summaryFetchItems(), the same items AccountSync uses) of the
// given UIDs on a session that has the folder selected, and stores them in the cache in one batch.
// `folderId` 0 fetches without storing (the folder is not cached yet). `minUid` drops the one message
// a "UID FETCH n:*" returns when n is past the last UID (RFC 3501 6.4.8). When `advance` is given and
// something was fetched, it is stored in the same transaction as the messages (see MessageStore) with
// its UIDNEXT raised past the highest fetched UID: only for callers that know every lower UID is cached.
// Runs on the database's thread.
class NewMessageFetcher
{
public:
    using Done = std::function<void(const std::optional<Error> &error, const QList<MessageSummary> &stored)>;

    static void fetch(Imap::ImapSession &session, Database &database, qint64 folderId, const Imap::SequenceSet &uids,
                      quint32 minUid, const std::optional<FolderSyncState> &advance, QObject *context, Done done);
};

} // namespace Sync
} // namespace Kestrel
