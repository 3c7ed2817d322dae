#pragma once

#include "common/Error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Kestrel {

// The sqlite3 handle under an open Qt SQL connection of the QSQLITE driver; nullptr for anything else.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// A prepared statement run through SQLite's C API on a Qt SQL connection's handle, for the hot path of
// the initial sync (MessageStore::upsertMessages, 22 values a row). Qt SQL's QSqlResult::bindValue
// formats and hashes a ":N" placeholder name for every value it binds: about 12% of the initial sync's
// CPU time (perf, bench_sync --mode sync at 20,000 messages). Use it only for statements run many
// times, or reading many rows (QSqlQuery::next() copies each into a QVariant cache first). The
// connection must stay open while the statement lives; errors become StorageError like Sql's.
class NativeStatement
{
public:
    NativeStatement() = default;
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    std::optional<Error> prepare(const QSqlDatabase &db, const QString &sql);
    // Binds `value` to parameter `index` (0-based). Integers, text, byte arrays and NULL (a null
    // QVariant); the value is kept until exec() returns, so SQLite reads it without a copy.
    void bind(int index, const QVariant &value);
    // The same for values whose bytes the caller keeps alive until exec() returns (MessageRows): no copy,
    // no conversion. Text must be UTF-8.
    void bindNull(int index);
    void bindInteger(int index, qint64 value);
    void bindText(int index, const char *utf8, qsizetype length);
    void bindBlob(int index, const char *bytes, qsizetype length);
    // Steps the statement to its end, then resets it and clears its bindings for the next use.
    std::optional<Error> exec();
    // The same, calling `row` for each result row; inside it, integer() reads the row's columns.
    std::optional<Error> forEachRow(const std::function<void()> &row);
    qint64 integer(int column) const; // 0-based
    // Rows the last completed INSERT, UPDATE or DELETE of this connection changed (sqlite3_changes).
    int changes() const;

private:
    std::optional<Error> failure(int code) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    QList<QVariant> m_kept; // the bound texts and blobs, alive until the step
};

} // namespace Kestrel
