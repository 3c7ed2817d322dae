#include "cache/Sql.h"

#include "cache/StorageError.h"

#include <QSqlError>

namespace Kestrel::Sql {

std::optional<Error> prepare(QSqlQuery &query, const QString &sql)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return StorageError::fromSql(query.lastError(), sql);
    return std::nullopt;
}

std::optional<Error> exec(QSqlQuery &query)
{
    if (!query.exec())
        return StorageError::fromSql(query.lastError(), query.lastQuery());
    return std::nullopt;
}

std::optional<Error> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (auto error = prepare(query, sql))
        return error;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return exec(query);
}

std::optional<Error> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                            QVariant &value)
{
    value.clear();
    QSqlQuery query(db);
    if (auto error = prepare(query, sql))
        return error;
    for (const QVariant &bound : values)
        query.addBindValue(bound);
    if (auto error = exec(query))
        return error;
    if (query.next())
        value = query.value(0);
    return std::nullopt;
}

} // namespace Kestrel::Sql
