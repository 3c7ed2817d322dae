#include "cache/Database.h"

#include "cache/NativeStatement.h"
#include "cache/PartFiles.h"
#include "cache/PendingSearchMatch.h"
#include "cache/Schema.h"
#include "cache/Sql.h"
#include "cache/SqliteRuntime.h"
#include "cache/StorageError.h"
#include "cache/WalCheckpointer.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

namespace Kestrel {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("kestrel-cache-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    Q_ASSERT_X(!isOpen() || QThread::currentThread() == m_thread, "Kestrel::Database",
               "a cache connection is used from a thread that did not open it");
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::partsDirectory() const
{
    return QFileInfo(m_filePath).absoluteDir().filePath(QStringLiteral("parts"));
}

std::optional<Error> Database::open(const QString &filePath, Access access)
{
    SqliteRuntime::configure();
    close();
    const QFileInfo info(filePath);
    if (access == Access::ReadOnly && !info.exists())
        return StorageError::openFailed(filePath, QStringLiteral("the file does not exist"));
    if (access == Access::ReadWrite && !QDir().mkpath(info.absolutePath()))
        return StorageError::openFailed(filePath, QStringLiteral("cannot create the folder"));

    m_connectionName = nextConnectionName();
    m_filePath = info.absoluteFilePath();
    m_access = access;
    m_thread = QThread::currentThread();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_filePath);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
        if (access == Access::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            const QString detail = db.lastError().text();
            close();
            return StorageError::openFailed(filePath, detail);
        }
    }
    std::optional<Error> error = applyPragmas();
    if (!error) // searches read rows the full-text index does not hold yet through it
        error = PendingSearchMatch::registerOn(connection());
    if (!error)
        error = access == Access::ReadWrite ? Schema::migrate(*this) : checkReadOnlyVersion();
    if (error) {
        close();
        return error;
    }
    if (access == Access::ReadWrite) {
        WalCheckpointer::instance().attach(sqliteHandle(connection()), m_filePath); // commits no longer checkpoint
        // housekeeping after a crash; failing it is not failing to open
        PartFiles(*this).purgeDeleted();
        PartFiles(*this).removeOrphans(OrphanPartAge);
    }
    return std::nullopt;
}

std::optional<Error> Database::applyPragmas()
{
    const QSqlDatabase db = connection();
    QStringList pragmas{QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
                        QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("PRAGMA cache_size = -16384")};
    if (m_access == Access::ReadWrite) {
        pragmas << QStringLiteral("PRAGMA synchronous = NORMAL") << QStringLiteral("PRAGMA foreign_keys = ON");
        QVariant mode;
        if (auto error = Sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"), {}, mode))
            return error;
        if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return StorageError::openFailed(m_filePath, QStringLiteral("cannot switch to WAL: ") + mode.toString());
    } else {
        pragmas << QStringLiteral("PRAGMA query_only = ON");
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        if (auto error = Sql::run(db, pragma))
            return error;
    }
    return std::nullopt;
}

std::optional<Error> Database::checkReadOnlyVersion()
{
    int version = 0;
    if (auto error = schemaVersion(version))
        return error;
    if (version > Schema::latestVersion())
        return StorageError::newerSchema(m_filePath, version, Schema::latestVersion());
    if (version < Schema::latestVersion())
        return StorageError::notInitialised(m_filePath, version, Schema::latestVersion());
    return std::nullopt;
}

std::optional<Error> Database::schemaVersion(int &version) const
{
    QVariant value;
    if (auto error = Sql::scalar(connection(), QStringLiteral("PRAGMA user_version"), {}, value))
        return error;
    version = value.toInt();
    return std::nullopt;
}

void Database::close()
{
    if (!isOpen())
        return;
    Q_ASSERT(m_depth == 0);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (m_access == Access::ReadWrite && db.isOpen())
            WalCheckpointer::instance().detach(sqliteHandle(db));
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_depth = 0;
    m_aborted = false;
    m_afterCommit.clear();
    m_afterRollback.clear();
}

std::optional<Error> Database::beginTransaction()
{
    if (m_depth == 0) {
        if (auto error = Sql::run(connection(), QStringLiteral("BEGIN IMMEDIATE")))
            return error;
        m_aborted = false;
    }
    ++m_depth;
    return std::nullopt;
}

std::optional<Error> Database::commitTransaction()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0)
        return std::nullopt;
    if (m_aborted) {
        Sql::run(connection(), QStringLiteral("ROLLBACK")); // an error here only means SQLite rolled back already
        finishTransaction(false);
        return StorageError::aborted(QStringLiteral("an inner step of the transaction was rolled back"));
    }
    if (auto error = Sql::run(connection(), QStringLiteral("COMMIT"))) {
        Sql::run(connection(), QStringLiteral("ROLLBACK"));
        finishTransaction(false);
        return error;
    }
    finishTransaction(true);
    return std::nullopt;
}

void Database::rollbackTransaction()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0) {
        m_aborted = true;
        return;
    }
    Sql::run(connection(), QStringLiteral("ROLLBACK")); // SQLite may already have rolled back (e.g. disk full)
    finishTransaction(false);
}

void Database::finishTransaction(bool committed)
{
    const QList<std::function<void()>> actions = committed ? m_afterCommit : m_afterRollback;
    m_afterCommit.clear();
    m_afterRollback.clear();
    m_aborted = false;
    for (const auto &action : actions)
        action();
}

} // namespace Kestrel
