#pragma once

#include "FolderSnapshot.h"

namespace Kestrel {
class Database;
}

namespace Kestrel::Test {

// A folder's state as Kestrel's cache holds it (FolderStore for UIDVALIDITY, MessageListReader for the
// messages), in the same form as ServerSnapshot, so FolderSnapshot::diff can compare the two.
class CacheSnapshot
{
public:
    static FolderSnapshot read(Database &database, const QString &accountId, const QString &folder);
    // Server and cache side by side; empty when equal, else the readable difference.
    static QString compare(quint16 imapPort, const QString &user, const QString &password, Database &database,
                           const QString &accountId, const QString &folder);
};

} // namespace Kestrel::Test
