#include "cache/StorageError.h"

#include <QDir>

namespace Kestrel {
namespace {

// SQLite primary result codes (sqlite3.h); Qt reports them as the native error code.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteNotADatabase = 26;

QString describe(const QSqlError &error, const QString &statement)
{
    QString detail = error.text();
    if (!error.nativeErrorCode().isEmpty())
        detail += QStringLiteral(" [SQLite ") + error.nativeErrorCode() + QLatin1Char(']');
    if (!statement.isEmpty())
        detail += QStringLiteral(" in: ") + statement.simplified().left(160);
    return detail;
}

} // namespace

int StorageError::sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

bool StorageError::isDiskFull(const QSqlError &error)
{
    return sqliteCode(error) == SqliteFull;
}

Error StorageError::fromSql(const QSqlError &error, const QString &statement)
{
    const QString detail = describe(error, statement);
    switch (sqliteCode(error)) {
    case SqliteFull:
        return Error::make(Error::Code::Storage,
                           tr("The disk is full, so Kestrel could not save to its mail cache. Nothing saved "
                              "earlier was lost. Free some disk space and try again."),
                           detail);
    case SqliteBusy:
    case SqliteLocked:
        return Error::make(Error::Code::Storage,
                           tr("The mail cache is busy: another program, or another Kestrel, is using this "
                              "profile."),
                           detail);
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return Error::make(Error::Code::Storage, tr("The mail cache is damaged."), detail);
    default:
        return Error::make(Error::Code::Storage, tr("The mail cache could not be read or updated."), detail);
    }
}

Error StorageError::openFailed(const QString &path, const QString &detail)
{
    return Error::make(Error::Code::Storage,
                       tr("Cannot open the mail cache %1.").arg(QDir::toNativeSeparators(path)), detail);
}

Error StorageError::newerSchema(const QString &path, int found, int supported)
{
    return Error::make(Error::Code::Storage,
                       tr("The mail cache %1 was written by a newer version of Kestrel. Update Kestrel, or "
                          "use another profile.")
                           .arg(QDir::toNativeSeparators(path)),
                       QStringLiteral("schema version %1, this build supports up to %2").arg(found).arg(supported));
}

Error StorageError::notInitialised(const QString &path, int found, int supported)
{
    return openFailed(path, QStringLiteral("schema version %1, expected %2; open it for writing first to "
                                           "upgrade it")
                                .arg(found)
                                .arg(supported));
}

Error StorageError::partFile(const QString &path, const QString &detail)
{
    return Error::make(Error::Code::Storage,
                       tr("Cannot read or write the cached message part %1.").arg(QDir::toNativeSeparators(path)),
                       detail);
}

Error StorageError::aborted(const QString &detail)
{
    return Error::make(Error::Code::Storage,
                       tr("The change to the mail cache was not saved because an earlier step failed."), detail);
}

} // namespace Kestrel
