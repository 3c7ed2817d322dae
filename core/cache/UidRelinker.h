#pragma once

#include "common/Error.h"
#include "common/FolderInfo.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Kestrel {

class Database;

// What the server says about one message after a UIDVALIDITY change
// (UID FETCH 1:* (UID RFC822.SIZE INTERNALDATE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])).
struct RelinkCandidate {
    quint32 uid = 0;
    QString messageId;
    quint64 size = 0;
    QDateTime internalDate;
};

struct RelinkResult {
    int relinked = 0; // cached rows that now carry their new UID (parts and all kept)
    int dropped = 0;  // cached rows deleted: no match, or the match was ambiguous
};

// RFC 9051 2.3.1.1: a new UIDVALIDITY invalidates every cached UID. Instead of throwing the folder away,
// a cached message is moved to its new UID when (Message-ID, size, internal date to the second) matches
// exactly one cached row and exactly one server message, and the Message-ID is not empty. Everything
// else is deleted. Relinked rows get modseq 0 and keep their old flags: fetch flags afterwards, and pass
// a `newState` whose highestModSeq is 0 unless those flags are stored in the same transaction.
class UidRelinker
{
public:
    explicit UidRelinker(Database &db);

    std::optional<Error> relink(qint64 folderId, const QList<RelinkCandidate> &server,
                                const FolderSyncState &newState, RelinkResult &result);

private:
    Database &m_db;
};

} // namespace Kestrel
