#pragma once

#include "common/Error.h"

#include <QObject>

#include <optional>

namespace Kestrel {

class Database;

namespace Sync {

// Indexes for full-text search the messages an initial sync stored without indexing them (SearchIndex.h:
// the sync stores headers first, and the index is a quarter of that work). Batches of BatchRows, each in
// its own transaction, on the thread that owns `database`, back to its event loop between batches so
// that user actions and push go on meanwhile. Searches find the queued messages all along.
class SearchIndexCatchUp : public QObject
{
    Q_OBJECT
public:
    // ~50 ms of FTS5 work per batch on the benchmark machine: short enough not to hold up a user's action.
    static constexpr int BatchRows = 5000;

    explicit SearchIndexCatchUp(Database &database, QObject *parent = nullptr);

    // Starts (or, while running, goes on with) the batches until the queue is empty; ends with finished().
    void start();

    // One batch (`limit` 0: the whole queue) in one transaction; `remaining` receives what is still queued.
    static std::optional<Error> indexBatch(Database &database, int limit, qint64 &remaining);

signals:
    void finished(const std::optional<Kestrel::Error> &error);

private:
    void nextBatch();

    Database &m_database;
    bool m_running = false;
};

} // namespace Sync
} // namespace Kestrel
