#include "cache/Transaction.h"

#include "cache/Database.h"

namespace Kestrel {

Transaction::Transaction(Database &db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    rollback();
}

std::optional<Error> Transaction::begin()
{
    Q_ASSERT(!m_active);
    if (auto error = m_db.beginTransaction())
        return error;
    m_active = true;
    return std::nullopt;
}

std::optional<Error> Transaction::commit()
{
    Q_ASSERT(m_active);
    m_active = false;
    return m_db.commitTransaction();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_db.rollbackTransaction();
}

void Transaction::afterCommit(std::function<void()> action)
{
    m_db.m_afterCommit.append(std::move(action));
}

void Transaction::afterRollback(std::function<void()> action)
{
    m_db.m_afterRollback.append(std::move(action));
}

} // namespace Kestrel
