#include "cache/SqliteRuntime.h"

#include <sqlite3.h>

#include <mutex>

namespace Kestrel::SqliteRuntime {

bool configure()
{
    static std::once_flag once;
    static bool configured = false;
    std::call_once(once, [] {
        // A library built single-threaded (SQLITE_THREADSAFE=0) has nothing to switch off.
        if (sqlite3_threadsafe() == 0)
            return;
        configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK
                     && sqlite3_config(SQLITE_CONFIG_MULTITHREAD) == SQLITE_OK;
    });
    return configured;
}

} // namespace Kestrel::SqliteRuntime
