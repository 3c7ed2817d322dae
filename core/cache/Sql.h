#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace Kestrel::Sql {

// Thin helpers that turn Qt SQL's bool + lastError() into the cache's Error (StorageError::fromSql).

// A QString bound as text, never as NULL (Qt binds a null QString as NULL; the schema's text columns
// are NOT NULL DEFAULT '').
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// Prepares `sql` on `query` (forward-only: results are read once, front to back).
std::optional<Error> prepare(QSqlQuery &query, const QString &sql);
// Executes a prepared query with its bound values.
std::optional<Error> exec(QSqlQuery &query);
// Prepares, binds `values` positionally and executes `sql` on `db` in one go.
std::optional<Error> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
// Runs a query that yields one value (e.g. a PRAGMA or a count); `value` is null when there is no row.
std::optional<Error> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                            QVariant &value);

} // namespace Kestrel::Sql
