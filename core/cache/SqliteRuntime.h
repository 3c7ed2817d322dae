#pragma once

namespace Kestrel::SqliteRuntime {

// Process-wide settings of the SQLite library, made once before its first connection opens
// (Database::open calls it; sqlite3_config() is refused after sqlite3_initialize()):
// - memory statistics off: with them, every allocation of every connection takes one global mutex;
// - multi-thread mode: no mutex per connection or statement. Qt SQL already refuses a connection to any
//   thread but the one that opened it (QSqlDatabase::database()), which is what the mode requires.
// Together they were 8% of the initial sync's writer thread (perf, 100k messages, issue 8).
// Returns false when the library was already initialised (by a connection opened elsewhere first): it
// then keeps its safe defaults, and only speed differs.
bool configure();

} // namespace Kestrel::SqliteRuntime
