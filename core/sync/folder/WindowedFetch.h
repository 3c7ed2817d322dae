#pragma once

#include "common/FolderInfo.h"
#include "sync/folder/FolderSyncContext.h"
#include "sync/folder/NewMessageFetch.h"

#include <QDate>
#include <QObject>

namespace Kestrel::Sync {

// The last step of a folder's sync when the account keeps only recent mail (issue 7: the sync window,
// AccountSettings::syncWindowDays). One UID SEARCH SINCE names every message inside the window
// (RFC 3501 6.4.4: by internal date, day granularity); cached messages outside it are dropped, and
// those inside it that the cache lacks are fetched, newest first. Asking the whole folder each time,
// rather than only the UIDs above the stored UIDNEXT, is what keeps the cache right when the window
// changes: a narrower window drops the older messages, a wider one brings them in.
// The folder's sync state (UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ) is stored as without a window: QRESYNC
// and CONDSTORE then report changes to the whole folder, and those to uncached messages are ignored.
class WindowedFetch
{
public:
    static QDate windowStart(int days, QDate today = QDate::currentDate()) { return today.addDays(-days); }

    static void run(FolderSyncContext &context, QObject *owner, QDate since, const FolderSyncState &finalState,
                    quint32 chunkUids, const NewMessageFetch::Progress &progress, const StepDone &done);
};

} // namespace Kestrel::Sync
