#pragma once

namespace Kestrel::SqliteRuntime {

// Process-wide settings of the SQLite library, made once before its first connection opens
// (Database::open calls it; sqlite3_config() is refused after sqlite3_initialize()): memory statistics
// off. With them on, every allocation and free of every connection takes one global mutex, and SQLite
// allocates for nearly every value it steps over: locking was ~7% of the initial sync's writer thread,
// under 1.5% without (perf, 100k messages, issue 8). Kestrel reads none of those statistics.
// (Connections need no setting of their own: Qt's QSQLITE driver already opens them with
// SQLITE_OPEN_NOMUTEX, one thread per connection, which Database keeps to.)
// Returns false when the library was already initialised (a connection opened elsewhere first): it then
// keeps its defaults, and only speed differs.
bool configure();

} // namespace Kestrel::SqliteRuntime
