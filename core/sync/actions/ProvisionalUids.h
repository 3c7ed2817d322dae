#pragma once

#include "common/Error.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Kestrel {
class Database;
}

namespace Kestrel::Sync {

struct QueuedAction;

// A message moved or copied while offline is shown in its target folder at once, under a stand-in UID
// from the top of the UID range, until the replay learns the real one from COPYUID (RFC 4315 3) and
// re-links the row. Servers hand out UIDs upwards from 1, so this range is never reached in practice.
class ProvisionalUids
{
public:
    static constexpr quint32 Base = 0xF0000000u;

    static bool isProvisional(quint32 uid) { return uid >= Base; }
    // `count` fresh stand-ins for `folderId`, above every UID cached there.
    static std::optional<Error> allocate(Database &db, qint64 folderId, qsizetype count, QList<quint32> &uids);
    // When a move, copy or delete-to-Trash is dropped: its stand-ins that got no server UID leave the
    // target. A moved message that still exists goes back to its folder under its old UID (the sync
    // would not fetch it again: its UID is below the folder's UIDNEXT); one in `vanished` is removed.
    static std::optional<Error> giveBack(Database &db, const QString &accountId, const QueuedAction &action,
                                         const QSet<quint32> &assignedStandIns, const QSet<quint32> &vanished);
};

} // namespace Kestrel::Sync
