// NativeStatement binds through SQLite's own API what Qt SQL would bind: integers, text outside ASCII,
// blobs and NULL must read back through Qt SQL unchanged, and a failing statement must come back as
// the cache's usual StorageError (with SQLite's result code), with the statement reusable afterwards.
#include "cache/Database.h"
#include "cache/NativeStatement.h"
#include "cache/Sql.h"
#include "cache/SqliteRuntime.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Kestrel;

class TestCacheNativeStatement : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!m_db.open(m_dir.filePath(QStringLiteral("cache.sqlite"))));
        QVERIFY(!Sql::run(m_db.connection(), QStringLiteral("CREATE TEMP TABLE t (n INTEGER, s TEXT NOT NULL,"
                                                            " b BLOB, d INTEGER, UNIQUE (n))")));
    }

    void cleanup() { m_db.close(); }

    void valuesReadBackThroughQtSql()
    {
        NativeStatement insert;
        QVERIFY(!insert.prepare(m_db.connection(), QStringLiteral("INSERT INTO temp.t VALUES (?, ?, ?, ?), (?, ?, ?, ?)")));
        const QString text = QStringLiteral("Grüße – привет ✉ 𝄞");
        const QByteArray blob("\x00\x01\xffpart", 7);
        const QVariantList values{qint64(1) << 40, text, blob, QVariant(QMetaType(QMetaType::LongLong)),
                                  int(7), QStringLiteral(""), QVariant(QMetaType(QMetaType::QByteArray)), true};
        for (int i = 0; i < values.size(); ++i)
            insert.bind(i, values[i]);
        QVERIFY(!insert.exec());

        QSqlQuery query(m_db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT n, s, b, d, typeof(b), typeof(d) FROM temp.t ORDER BY n DESC")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), qint64(1) << 40);
        QCOMPARE(query.value(1).toString(), text);
        QCOMPARE(query.value(2).toByteArray(), blob);
        QCOMPARE(query.value(5).toString(), QStringLiteral("null"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 7);
        QCOMPARE(query.value(1).toString(), QString()); // '' (NOT NULL accepted it)
        QCOMPARE(query.value(4).toString(), QStringLiteral("null")); // a null QByteArray is NULL, not a blob
        QCOMPARE(query.value(3).toLongLong(), 1);
        QVERIFY(!query.next());
    }

    // Database::open configures the library before its first connection (SqliteRuntime.h): memory
    // statistics are off, so SQLite counts nothing even after a connection has allocated and queried.
    void memoryStatisticsAreOff()
    {
        QVERIFY(SqliteRuntime::configure());
        QVariant count;
        QVERIFY(!Sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM sqlite_master"), {}, count));
        QCOMPARE(sqlite3_memory_used(), sqlite3_int64(0));
    }

    void failuresAreStorageErrorsAndTheStatementIsReusable()
    {
        NativeStatement insert;
        QVERIFY(!insert.prepare(m_db.connection(), QStringLiteral("INSERT INTO temp.t (n, s) VALUES (?, ?)")));
        insert.bind(0, 1);
        insert.bind(1, QStringLiteral("first"));
        QVERIFY(!insert.exec());
        insert.bind(0, 1); // UNIQUE (n)
        insert.bind(1, QStringLiteral("again"));
        const auto error = insert.exec();
        QVERIFY(error);
        QCOMPARE(error->code, Error::Code::Storage);
        QVERIFY2(error->detail.contains(QStringLiteral("[SQLite 2067]")), qPrintable(error->toString())); // SQLITE_CONSTRAINT_UNIQUE
        QVERIFY2(error->detail.contains(QStringLiteral("INSERT INTO temp.t")), qPrintable(error->toString()));
        insert.bind(0, 2);
        insert.bind(1, QStringLiteral("second"));
        QVERIFY(!insert.exec());
        QVariant count;
        QVERIFY(!Sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM temp.t"), {}, count));
        QCOMPARE(count.toInt(), 2);

        NativeStatement broken;
        const auto prepareError = broken.prepare(m_db.connection(), QStringLiteral("INSERT INTO no_such_table VALUES (?)"));
        QVERIFY(prepareError);
        QVERIFY2(prepareError->detail.contains(QStringLiteral("no_such_table")), qPrintable(prepareError->toString()));
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestCacheNativeStatement)
#include "tst_cache_native_statement.moc"
