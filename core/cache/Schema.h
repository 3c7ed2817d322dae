#pragma once

#include "common/Error.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Kestrel {

class Database;

// The cache's schema as an ordered list of migrations. PRAGMA user_version holds the number of the last
// one applied. Rules: never edit a released migration, only append a new one; each statement is one SQL
// statement (Qt's SQLite driver runs only the first statement of a string).
struct Migration {
    int version = 0;
    QStringList statements;
};

class Schema
{
public:
    static const QList<Migration> &migrations();
    static int latestVersion();

    // Applies every migration newer than the file's user_version, all in one write transaction.
    // Fails, changing nothing, when the file is newer than this build.
    static std::optional<Error> migrate(Database &db);
};

} // namespace Kestrel
