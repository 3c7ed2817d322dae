#include "cache/NativeStatement.h"

#include "cache/StorageError.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace Kestrel {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement);
}

std::optional<Error> NativeStatement::prepare(const QSqlDatabase &db, const QString &sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_sql = sql;
    m_db = sqliteHandle(db);
    if (!m_db) {
        return StorageError::fromSql(QSqlError(QStringLiteral("not an open SQLite connection"), QString(),
                                               QSqlError::ConnectionError),
                                     sql);
    }
    const QByteArray utf8 = sql.toUtf8();
    const int code = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                        &m_statement, nullptr);
    return code == SQLITE_OK ? std::nullopt : failure(code);
}

void NativeStatement::bind(int index, const QVariant &value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return bindInteger(index, value.toLongLong());
    case QMetaType::QByteArray: {
        m_kept.append(value);
        const QByteArray *bytes = static_cast<const QByteArray *>(m_kept.constLast().constData());
        return bindBlob(index, bytes->constData(), bytes->size());
    }
    default: {
        // As UTF-8, the cache's encoding: handed UTF-16, SQLite converts every value itself, through a
        // slower loop and an allocation of its own (4% of the initial sync's writer, perf at 100k).
        m_kept.append(QVariant(value.toString().toUtf8()));
        const QByteArray *text = static_cast<const QByteArray *>(m_kept.constLast().constData());
        return bindText(index, text->constData(), text->size());
    }
    }
}

void NativeStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

void NativeStatement::bindInteger(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void NativeStatement::bindText(int index, const char *utf8, qsizetype length)
{
    sqlite3_bind_text(m_statement, index + 1, utf8, int(length), SQLITE_STATIC);
}

void NativeStatement::bindBlob(int index, const char *bytes, qsizetype length)
{
    sqlite3_bind_blob(m_statement, index + 1, bytes, int(length), SQLITE_STATIC);
}

std::optional<Error> NativeStatement::exec()
{
    return forEachRow({});
}

std::optional<Error> NativeStatement::forEachRow(const std::function<void()> &row)
{
    int code = sqlite3_step(m_statement);
    for (; code == SQLITE_ROW; code = sqlite3_step(m_statement)) {
        if (row)
            row();
    }
    std::optional<Error> error = code == SQLITE_DONE ? std::nullopt : failure(code);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_kept.clear();
    return error;
}

qint64 NativeStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

int NativeStatement::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

std::optional<Error> NativeStatement::failure(int code) const
{
    const QString text = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    return StorageError::fromSql(QSqlError(QString(), text, QSqlError::StatementError,
                                           QString::number(m_db ? sqlite3_extended_errcode(m_db) : code)),
                                 m_sql);
}

} // namespace Kestrel
