#pragma once

#include "cache/MessageStore.h"
#include "common/Error.h"

#include <QList>

#include <optional>

namespace Kestrel {

class Database;

// Flags the server reported during a resync, stored only where they differ from the cache, so the
// sync engine can tell how many messages really changed (a full flag diff reports every message).
// Unknown UIDs are skipped. Joins the caller's Transaction when there is one.
class FlagDiffStore
{
public:
    explicit FlagDiffStore(Database &db);

    // `changed` counts rows whose flags or keywords differed; a higher modseq alone is stored silently.
    std::optional<Error> apply(qint64 folderId, const QList<FlagUpdate> &updates, int &changed);

private:
    Database &m_db;
};

} // namespace Kestrel
