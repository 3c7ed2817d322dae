#pragma once

#include "sync/folder/FolderSyncContext.h"

#include <QObject>

namespace Kestrel::Sync {

// The folder came back with a new UIDVALIDITY (RFC 9051 2.3.1.1: every cached UID is void), or the
// cache holds messages of an unknown UIDVALIDITY. Instead of dropping them, ask the server for each
// message's identity (UID FETCH 1:* (UID FLAGS RFC822.SIZE INTERNALDATE ENVELOPE)) and let UidRelinker
// move every unambiguous match to its new UID, parts and all; only the rest is dropped. The relinked
// rows then get the server's flags. Stores {newUidValidity, 0, 0}: until the rest of the folder is
// fetched, the next sync must treat it as unknown.
class UidValidityRelink
{
public:
    static void run(FolderSyncContext &context, QObject *owner, quint32 newUidValidity, quint32 exists,
                    const StepDone &done);
};

} // namespace Kestrel::Sync
