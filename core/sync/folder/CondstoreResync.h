#pragma once

#include "sync/folder/FolderSyncContext.h"

#include <QObject>

namespace Kestrel::Sync {

// Resync without QRESYNC but with CONDSTORE (RFC 7162 3.1, RFC 4549 4.3.1): the flags of messages
// changed since `sinceModSeq` (UID FETCH 1:* (FLAGS) (CHANGEDSINCE m)), and one UID SEARCH ALL (with
// ESEARCH a compact set, RFC 4731) to find what was expunged: a cached UID the server no longer lists.
class CondstoreResync
{
public:
    static void run(FolderSyncContext &context, QObject *owner, quint64 sinceModSeq, const StepDone &done);
};

} // namespace Kestrel::Sync
