#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace Kestrel {

// Every failure of the local cache becomes an Error with Code::Storage: a translated message for people
// and, in `detail`, what SQLite or the file system said (never any message content or credential).
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::StorageError)
public:
    // A failed SQL statement. `statement` goes into the detail (values are always bound, never inlined).
    static Error fromSql(const QSqlError &error, const QString &statement);
    static Error openFailed(const QString &path, const QString &detail);
    static Error newerSchema(const QString &path, int found, int supported);
    static Error notInitialised(const QString &path, int found, int supported);
    static Error partFile(const QString &path, const QString &detail);
    static Error aborted(const QString &detail);

    // SQLite's result code for the error (primary code; extended codes are reduced to it), -1 if none.
    static int sqliteCode(const QSqlError &error);
    static bool isDiskFull(const QSqlError &error);
};

} // namespace Kestrel
