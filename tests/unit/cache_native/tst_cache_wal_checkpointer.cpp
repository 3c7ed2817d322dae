// WalCheckpointer (core/cache): a commit no longer copies the write-ahead log back itself; a thread of the
// checkpointer does, and a log that still reaches the hard limit is checkpointed by the commit after all.
// Real SQLite files throughout. The log's file only stops growing when SQLite can start it again from its
// beginning, which it does only once every frame was copied back: its size shows whether checkpoints ran.
#include "cache/Database.h"
#include "cache/NativeStatement.h"
#include "cache/Sql.h"
#include "cache/WalCheckpointer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Kestrel;

namespace {

// A raw connection in WAL mode with one table of 4 KiB rows: each inserted row takes at least one page.
struct Connection
{
    sqlite3 *db = nullptr;

    explicit Connection(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = NORMAL");
        exec("CREATE TABLE IF NOT EXISTS t (n INTEGER PRIMARY KEY, b BLOB)");
    }
    ~Connection() { sqlite3_close_v2(db); }

    bool exec(const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

    // One transaction of `rows` new rows.
    bool insert(int rows)
    {
        return exec(QByteArray("BEGIN; WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < ")
                        .append(QByteArray::number(rows))
                        .append(") INSERT INTO t (b) SELECT randomblob(4000) FROM c; COMMIT;")
                        .constData());
    }

    int autoCheckpointPages()
    {
        sqlite3_stmt *statement = nullptr;
        int pages = -1;
        if (sqlite3_prepare_v2(db, "PRAGMA wal_autocheckpoint", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            pages = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
        return pages;
    }
};

qint64 logBytes(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

class TestCacheWalCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    // Attaching replaces SQLite's automatic checkpoint (the pragma reads 0 while a foreign hook is in
    // place); detaching gives the default back.
    void attachReplacesTheAutomaticCheckpoint()
    {
        const QString path = m_dir.filePath(QStringLiteral("attach.sqlite"));
        Connection writer(path);
        QCOMPARE(writer.autoCheckpointPages(), 1000);
        WalCheckpointer checkpointer(20, 1000000);
        checkpointer.attach(writer.db, path);
        QCOMPARE(writer.autoCheckpointPages(), 0);
        checkpointer.detach(writer.db);
        QCOMPARE(writer.autoCheckpointPages(), 1000);
    }

    // Commits past the threshold queue a checkpoint that the thread runs: it copies the whole log back, and
    // the log starts again from its beginning, so its file stays at about one transaction. Nothing else
    // copies the log here (the hard limit is out of reach, the writer never checkpoints).
    void theThreadCopiesTheLogBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("thread.sqlite"));
        Connection writer(path);
        WalCheckpointer checkpointer(20, 1000000);
        checkpointer.attach(writer.db, path);
        qint64 largestLog = 0;
        for (int i = 0; i < 10; ++i) {
            QVERIFY(writer.insert(30)); // ~30 pages: over the threshold each time
            QVERIFY(checkpointer.waitUntilIdle(path, 10000));
            largestLog = std::max(largestLog, logBytes(path));
        }
        QVERIFY2(checkpointer.completedCheckpoints(path) >= 10,
                 qPrintable(QString::number(checkpointer.completedCheckpoints(path))));
        QVERIFY2(largestLog < 80 * 4200, qPrintable(QString::number(largestLog))); // 10 x 30 pages without restarts
        checkpointer.detach(writer.db);
    }

    // Between checkpoints the thread holds no connection to the file, so a writer that is closed without
    // detach() (a Database left to the process's exit, as kestrel-cli's sync did) is still the file's last
    // connection and removes the log; a kept connection left a 27 MB log for the next run to open.
    void aWriterClosedWithoutDetachStillRemovesTheLog()
    {
        // Like the process's instance, never destroyed: it would restore the hook of a closed connection.
        auto *checkpointer = new WalCheckpointer(20, 1000000);
        const QString path = m_dir.filePath(QStringLiteral("leaked.sqlite"));
        auto writer = std::make_unique<Connection>(path);
        checkpointer->attach(writer->db, path);
        QVERIFY(writer->insert(30));
        QVERIFY(checkpointer->waitUntilIdle(path, 10000));
        QCOMPARE(checkpointer->completedCheckpoints(path), quint64(1));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        writer.reset();
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    // Below the threshold nothing is queued.
    void smallCommitsQueueNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("small.sqlite"));
        Connection writer(path);
        WalCheckpointer checkpointer(1000, 1000000);
        checkpointer.attach(writer.db, path);
        for (int i = 0; i < 5; ++i)
            QVERIFY(writer.insert(2));
        QVERIFY(checkpointer.waitUntilIdle(path, 10000));
        QCOMPARE(checkpointer.completedCheckpoints(path), quint64(0));
        checkpointer.detach(writer.db);
    }

    // A log that reaches the hard limit is checkpointed by the commit itself (here the threshold is out of
    // reach, so only that can keep it bounded): the log restarts instead of growing with every commit.
    void theHardLimitCheckpointsInline()
    {
        const QString path = m_dir.filePath(QStringLiteral("limit.sqlite"));
        Connection writer(path);
        WalCheckpointer checkpointer(1000000, 50);
        checkpointer.attach(writer.db, path);
        for (int i = 0; i < 20; ++i)
            QVERIFY(writer.insert(30));
        // 600 pages written; the log holds at most the limit plus one transaction before it restarts.
        QVERIFY2(logBytes(path) < 100 * 4200, qPrintable(QString::number(logBytes(path))));
        QCOMPARE(checkpointer.completedCheckpoints(path), quint64(0)); // none of them on the thread
        checkpointer.detach(writer.db);
    }

    // A Database opened ReadWrite is attached to the process's instance; with two writers on one file, the
    // first one's detach leaves the second served, and the last one's close removes the log.
    void databaseWritersAreAttached()
    {
        const QString path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        Database first;
        QVERIFY(!first.open(path));
        Database second;
        QVERIFY(!second.open(path));
        QVERIFY(!Sql::run(first.connection(), QStringLiteral("CREATE TABLE blobs (b BLOB)")));
        const quint64 before = WalCheckpointer::instance().completedCheckpoints(first.filePath());
        first.close();
        // 1,200 pages in one commit of the remaining writer: past SQLite's default threshold of 1,000.
        QVERIFY(!Sql::run(second.connection(), QStringLiteral("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1"
                                                               " FROM c WHERE i < 1200) INSERT INTO blobs"
                                                               " SELECT randomblob(4000) FROM c")));
        QVERIFY(WalCheckpointer::instance().waitUntilIdle(second.filePath(), 10000));
        QCOMPARE(WalCheckpointer::instance().completedCheckpoints(second.filePath()), before + 1);
        // Copied into the database file itself, with both connections still open.
        QVERIFY2(QFileInfo(path).size() > 1200 * 4000, qPrintable(QString::number(QFileInfo(path).size())));
        second.close();
        // The last writer's close was the file's last connection: SQLite checkpointed and removed the log.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCacheWalCheckpointer)
#include "tst_cache_wal_checkpointer.moc"
