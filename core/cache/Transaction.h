#pragma once

#include "common/Error.h"

#include <functional>
#include <optional>

namespace Kestrel {

class Database;

// A write transaction (BEGIN IMMEDIATE, so two writers queue on the busy timeout instead of
// deadlocking). Transactions nest: an inner one joins the outer one, and if the inner one is rolled
// back (or destroyed uncommitted) the whole outer transaction fails at its commit. So a caller can wrap
// several store calls (upsert, flag changes, removals, folder state) in one atomic unit.
//
// Destroying a begun, uncommitted Transaction rolls it back.
class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(Database &db);
    ~Transaction();

    std::optional<Error> begin();
    std::optional<Error> commit();
    void rollback();

    // Run once the outermost transaction has committed / rolled back (e.g. deleting or keeping files).
    void afterCommit(std::function<void()> action);
    void afterRollback(std::function<void()> action);

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace Kestrel
