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

namespace {

// Pending actions only: dropped ones are notes, not part of the line.
const QString pendingOnly = QStringLiteral(" substr(kind, 1, 8) <> 'dropped:'");
const QString droppedOnly = QStringLiteral(" substr(kind, 1, 8) = 'dropped:'");

QString accountFilter(const QString &accountId, const QString &kindFilter)
{
    return QStringLiteral(" WHERE") + kindFilter + (accountId.isEmpty() ? QString() : QStringLiteral(" AND account_id = ?"));
}

} // namespace

std::optional<Error> OfflineQueue::select(const QString &where, const QVariantList &values,
                                          QList<OfflineAction> &actions) const
{
    actions.clear();
    QSqlQuery query(m_db.connection());
    if (auto error = Sql::prepare(query, QStringLiteral("SELECT id, account_id, kind, payload, created, attempts,"
                                                        " last_error FROM offline_actions")
                                             + where))
        return error;
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (auto error = Sql::exec(query))
        return error;
    while (query.next()) {
        QString kind = query.value(2).toString();
        if (kind.startsWith(QLatin1String(DroppedPrefix)))
            kind.remove(0, qsizetype(qstrlen(DroppedPrefix)));
        actions.append(OfflineAction{query.value(0).toLongLong(), query.value(1).toString(), kind,
                                     query.value(3).toByteArray(),
                                     QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), QTimeZone::utc()),
                                     query.value(5).toInt(), query.value(6).toString()});
    }
    return std::nullopt;
}

std::optional<Error> OfflineQueue::peek(const QString &accountId, int limit, QList<OfflineAction> &actions) const
{
    QVariantList values;
    if (!accountId.isEmpty())
        values << accountId;
    values << limit;
    return select(accountFilter(accountId, pendingOnly) + QStringLiteral(" ORDER BY id LIMIT ?"), values, actions);
}

std::optional<Error> OfflineQueue::dropped(const QString &accountId, QList<OfflineAction> &actions) const
{
    const QVariantList values = accountId.isEmpty() ? QVariantList() : QVariantList{accountId};
    return select(accountFilter(accountId, droppedOnly) + QStringLiteral(" ORDER BY id"), values, actions);
}

std::optional<Error> OfflineQueue::updatePayload(qint64 id, const QByteArray &payload)
{
    return Sql::run(m_db.connection(), QStringLiteral("UPDATE offline_actions SET payload = ? WHERE id = ?"),
                    {payload.isNull() ? QByteArray("") : payload, id});
}

std::optional<Error> OfflineQueue::drop(qint64 id, const QString &note)
{
    const QSqlDatabase connection = m_db.connection();
    if (auto error = Sql::run(connection,
                              QStringLiteral("UPDATE offline_actions SET kind = ? || kind, last_error = ?"
                                             " WHERE id = ? AND") + pendingOnly,
                              {QString::fromLatin1(DroppedPrefix), Sql::text(note), id}))
        return error;
    // Only the newest notes of that account are worth keeping.
    return Sql::run(connection,
                    QStringLiteral("DELETE FROM offline_actions WHERE") + droppedOnly
                        + QStringLiteral(" AND account_id = (SELECT account_id FROM offline_actions WHERE id = ?)"
                                         " AND id NOT IN (SELECT id FROM offline_actions WHERE") + droppedOnly
                        + QStringLiteral(" AND account_id = (SELECT account_id FROM offline_actions WHERE id = ?)"
                                         " ORDER BY id DESC LIMIT ?)"),
                    {id, id, KeptDropped});
}

std::optional<Error> OfflineQueue::clearDropped(const QString &accountId)
{
    const QVariantList values = accountId.isEmpty() ? QVariantList() : QVariantList{accountId};
    return Sql::run(m_db.connection(), QStringLiteral("DELETE FROM offline_actions") + accountFilter(accountId, droppedOnly),
                    values);
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
    const QString where = accountFilter(accountId, pendingOnly);
    const QVariantList values = accountId.isEmpty() ? QVariantList() : QVariantList{accountId};
    if (auto error = Sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM offline_actions") + where,
                                 values, value))
        return error;
    count = value.toInt();
    return std::nullopt;
}

} // namespace Kestrel
