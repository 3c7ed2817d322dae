#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>

namespace Kestrel {

class Database;
class Transaction;

// The files that hold parts too large for the database, in Database::partsDirectory(). Each file has a
// fresh random name that is never reused, is written atomically (QSaveFile: a temporary file renamed
// into place) and is referenced by exactly one `parts` row. Deleting a row (directly or by a cascade)
// records its file in `dead_part_files`; the file itself goes only after that delete commits.
class PartFiles
{
public:
    explicit PartFiles(Database &db);

    std::optional<Error> write(const QByteArray &content, QString &fileName) const;
    // Reads at most maxBytes (all when negative).
    std::optional<Error> read(const QString &fileName, QByteArray &content, qint64 maxBytes = -1) const;
    void remove(const QString &fileName) const;
    QString path(const QString &fileName) const;

    // Deletes the files recorded in dead_part_files, then those rows. Read-only connections skip it.
    std::optional<Error> purgeDeleted() const;
    // Deletes files that no row references and that are older than `minimumAge` (a crash between writing a
    // file and committing its row leaves one behind; younger ones may belong to a write in progress).
    std::optional<Error> removeOrphans(std::chrono::seconds minimumAge, int *removed = nullptr) const;
    // Schedules purgeDeleted() for when the outermost transaction around `transaction` commits.
    void purgeAfterCommit(Transaction &transaction) const;

private:
    Database &m_db;
};

} // namespace Kestrel
