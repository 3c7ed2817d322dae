#include "cache/AccountStore.h"

#include "cache/Database.h"
#include "cache/PartFiles.h"
#include "cache/Sql.h"
#include "cache/Transaction.h"

namespace Kestrel {

AccountStore::AccountStore(Database &db)
    : m_db(db)
{
}

std::optional<Error> AccountStore::ensureAccount(const QString &id, const QString &displayName)
{
    return Sql::run(m_db.connection(),
                    QStringLiteral("INSERT INTO accounts (id, display_name) VALUES (?, ?)"
                                   " ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name"),
                    {id, Sql::text(displayName)});
}

std::optional<Error> AccountStore::removeAccount(const QString &id)
{
    Transaction transaction(m_db);
    if (auto error = transaction.begin())
        return error;
    if (auto error = Sql::run(m_db.connection(), QStringLiteral("DELETE FROM accounts WHERE id = ?"), {id}))
        return error;
    PartFiles(m_db).purgeAfterCommit(transaction);
    return transaction.commit();
}

std::optional<Error> AccountStore::accounts(QList<Entry> &accounts) const
{
    accounts.clear();
    QSqlQuery query(m_db.connection());
    if (auto error = Sql::prepare(query, QStringLiteral("SELECT id, display_name FROM accounts ORDER BY id")))
        return error;
    if (auto error = Sql::exec(query))
        return error;
    while (query.next())
        accounts.append(Entry{query.value(0).toString(), query.value(1).toString()});
    return std::nullopt;
}

} // namespace Kestrel
