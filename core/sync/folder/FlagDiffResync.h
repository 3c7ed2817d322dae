#pragma once

#include "sync/folder/FolderSyncContext.h"

#include <QList>
#include <QObject>

namespace Kestrel::Sync {

// Resync with neither QRESYNC nor CONDSTORE (RFC 4549 4.3.1): the flags of every cached message, in
// pipelined UID FETCH (FLAGS) chunks of `chunkSize` cached UIDs each; a cached UID inside a chunk's
// range that the server does not return was expunged.
class FlagDiffResync
{
public:
    // [first, last] UID ranges covering the cached UIDs, `chunkSize` cached UIDs each, ascending.
    static QList<std::pair<quint32, quint32>> planRanges(QList<quint32> cached, int chunkSize);

    static void run(FolderSyncContext &context, QObject *owner, int chunkSize, const StepDone &done);
};

} // namespace Kestrel::Sync
