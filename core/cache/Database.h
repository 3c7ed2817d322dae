#pragma once

#include "common/Error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

class QThread;

namespace Kestrel {

// One connection to the profile's cache database (SQLite through Qt SQL's QSQLITE driver).
//
// Threading: Qt SQL connections belong to the thread that opened them. Every thread that touches the
// cache opens its OWN Database on the same file (each gets a unique connection name) and never hands
// it, or a store built on it, to another thread. The sync engine's worker thread opens one ReadWrite
// connection and does all writes; the GUI thread opens a ReadOnly one for the models. WAL lets those
// readers see the last committed state while a write is in progress, so the GUI never waits on a sync.
//
// Opening ReadWrite sets WAL, synchronous=NORMAL, foreign keys and a busy timeout, applies any pending
// migrations (Schema) and tidies the parts folder; its commits leave checkpointing the write-ahead log to
// WalCheckpointer's thread. Opening ReadOnly expects an already migrated file.
class Database
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    enum class Access { ReadWrite, ReadOnly };

    Database();
    ~Database();

    std::optional<Error> open(const QString &filePath, Access access = Access::ReadWrite);
    void close();

    bool isOpen() const { return !m_connectionName.isEmpty(); }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    QString filePath() const { return m_filePath; }
    Access access() const { return m_access; }
    // Where parts too large for the database live: "parts" beside the database file.
    QString partsDirectory() const;
    // PRAGMA user_version of the open file.
    std::optional<Error> schemaVersion(int &version) const;

    static constexpr int BusyTimeoutMs = 5000;
    // Opening ReadWrite removes part files no row references once they are this old (PartFiles).
    static constexpr std::chrono::hours OrphanPartAge{1};

private:
    friend class Transaction;
    std::optional<Error> beginTransaction();
    std::optional<Error> commitTransaction();
    void rollbackTransaction();
    void finishTransaction(bool committed);
    std::optional<Error> applyPragmas();
    std::optional<Error> checkReadOnlyVersion();

    QString m_connectionName;
    QString m_filePath;
    Access m_access = Access::ReadWrite;
    QThread *m_thread = nullptr;
    int m_depth = 0;
    bool m_aborted = false;
    QList<std::function<void()>> m_afterCommit;
    QList<std::function<void()>> m_afterRollback;
};

} // namespace Kestrel
