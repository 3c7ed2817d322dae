#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"

#include <optional>

namespace Kestrel {
class Database;
}

namespace Kestrel::Bench {

struct SyncRun {
    double ms = 0;
    int added = 0, removed = 0, changed = 0;
    std::optional<Error> error;
};

// One AccountSync of `folder` into `database`, run to its end on this thread's event loop and timed
// from start() to finished().
SyncRun syncFolder(const AccountSettings &account, const QString &password, Database &database, const QString &folder);

} // namespace Kestrel::Bench
