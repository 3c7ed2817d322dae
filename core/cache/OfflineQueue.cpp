#include "cache/OfflineQueue.h"

#include "cache/Database.h"
#include "cache/Sql.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace Kestrel {

OfflineQueue::OfflineQueue(Database &db)
    : m_db(db)
{
}

std::optional<Error> OfflineQueue::enqueue(const QString &accountId, const QString &kind, const QByteArray &payload,
                                           qint64 &id)
{
    QVariant value;
    if (auto error = Sql::scalar(m_db.connection(),
                                 QStringLiteral("INSERT INTO offline_actions (account_id, kind, payload, created)"
                                                " VALUES (?, ?, ?, ?) RETURNING id"),
                                 {accountId, Sql::text(kind), payload.isNull() ? QByteArray("") : payload, QDateTime::currentMSecsSinceEpoch()}, value))
        return error;
    id = value.toLongLong();
    return std::nullopt;
}

std::optional<Error> OfflineQueue::peek(const QString &accountId, int limit, QList<OfflineAction> &actions) const
{
    actions.clear();
    QSqlQuery query(m_db.connection());
    const QString where = accountId.isEmpty() ? QString() : QStringLiteral(" WHERE account_id = ?");
    if (auto error = Sql::prepare(query, QStringLiteral("SELECT id, account_id, kind, payload, created, attempts,"
                                                        " last_error FROM offline_actions")
                                             + where + QStringLiteral(" ORDER BY id LIMIT ?")))
        return error;
    if (!accountId.isEmpty())
        query.addBindValue(accountId);
    query.addBindValue(limit);
    if (auto error = Sql::exec(query))
        return error;
    while (query.next()) {
        actions.append(OfflineAction{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                     query.value(3).toByteArray(),
                                     QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), QTimeZone::utc()),
                                     query.value(5).toInt(), query.value(6).toString()});
    }
    return std::nullopt;
}

std::optional<Error> OfflineQueue::complete(qint64 id)
{
    return Sql::run(m_db.connection(), QStringLiteral("DELETE FROM offline_actions WHERE id = ?"), {id});
}

std::optional<Error> OfflineQueue::fail(qint64 id, const QString &error)
{
    return Sql::run(m_db.connection(),
                    QStringLiteral("UPDATE offline_actions SET attempts = attempts + 1, last_error = ? WHERE id = ?"),
                    {Sql::text(error), id});
}

std::optional<Error> OfflineQueue::count(const QString &accountId, int &count) const
{
    QVariant value;
    const QString where = accountId.isEmpty() ? QString() : QStringLiteral(" WHERE account_id = ?");
    const QVariantList values = accountId.isEmpty() ? QVariantList() : QVariantList{accountId};
    if (auto error = Sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM offline_actions") + where,
                                 values, value))
        return error;
    count = value.toInt();
    return std::nullopt;
}

} // namespace Kestrel
