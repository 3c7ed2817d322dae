#include "cache/SqliteRuntime.h"

#include <sqlite3.h>

#include <mutex>

namespace Kestrel::SqliteRuntime {

bool configure()
{
    static std::once_flag once;
    static bool configured = false;
    std::call_once(once, [] { configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; });
    return configured;
}

} // namespace Kestrel::SqliteRuntime
