// The cache database itself: migrations, schema versions, connections per thread, integrity, secrets
// and a full disk. Real SQLite files in a temporary folder.
#include "CacheTestData.h"

#include "cache/MessageListReader.h"
#include "cache/MessageStore.h"
#include "cache/OfflineQueue.h"
#include "cache/PartStore.h"
#include "cache/Schema.h"
#include "cache/SearchIndex.h"
#include "cache/SortIndexes.h"
#include "cache/Sql.h"
#include "cache/Transaction.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Kestrel;
using namespace CacheTestData;

namespace {

QVariant pragma(Database &db, const QString &name)
{
    QVariant value;
    if (auto error = Sql::scalar(db.connection(), QStringLiteral("PRAGMA ") + name, {}, value))
        qWarning("%s", qPrintable(error->toString()));
    return value;
}

QList<MessageSummary> messages(quint32 firstUid, int count, const QString &subject)
{
    QList<MessageSummary> list;
    for (int i = 0; i < count; ++i)
        list.append(message(firstUid + quint32(i), at(i), subject + QString::number(i)));
    return list;
}

int countMessages(Database &db, qint64 folderId)
{
    int n = -1;
    if (auto error = MessageListReader(db).count(folderId, n))
        qWarning("%s", qPrintable(error->toString()));
    return n;
}

} // namespace

class TestCacheDatabase : public QObject
{
    Q_OBJECT

private slots:
    void migratesFromEmpty();
    void reopenIsIdempotent();
    void upgradesAnOlderFile();
    void refusesNewerSchema();
    void readOnlyNeedsMigratedFile();
    void readerSeesOnlyCommittedData();
    void readOnlyConnectionCannotWrite();
    void eachThreadOpensItsOwnConnection();
    void nestedTransactionFailureAbortsOuter();
    void diskFullIsClearAndLosesNothing();
    void integrityAndNoSecretsAfterWork();
};

void TestCacheDatabase::migratesFromEmpty()
{
    QTemporaryDir dir;
    Database db;
    CACHE_OK(db.open(dir.filePath(QStringLiteral("sub/cache.sqlite"))));
    int version = 0;
    CACHE_OK(db.schemaVersion(version));
    QCOMPARE(version, Schema::latestVersion());
    QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 1); // NORMAL
    QVERIFY(pragma(db, QStringLiteral("busy_timeout")).toInt() >= 1000);
    const QStringList tables = db.connection().tables();
    for (const char *name : {"accounts", "folders", "messages", "parts", "message_search", "offline_actions"})
        QVERIFY2(tables.contains(QLatin1String(name)), name);
    // Orders other than by date get their index on first use (SortIndexes), not with the schema.
    for (const MessageSortColumn column : {MessageSortColumn::Subject, MessageSortColumn::From, MessageSortColumn::Size}) {
        bool present = true;
        CACHE_OK(SortIndexes::exists(db, column, present));
        QVERIFY2(!present, qPrintable(SortIndexes::name(column)));
    }
    bool datePresent = false;
    CACHE_OK(SortIndexes::exists(db, MessageSortColumn::Date, datePresent));
    QVERIFY(datePresent);
    QVariant dateIndex;
    CACHE_OK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'messages_by_date'"),
                         {}, dateIndex));
    QCOMPARE(dateIndex.toInt(), 1);
}

void TestCacheDatabase::reopenIsIdempotent()
{
    QTemporaryDir dir;
    qint64 folderId = 0;
    {
        Database db;
        folderId = openWithInbox(db, dir.path());
        CACHE_OK(MessageStore(db).upsertMessages(folderId, messages(1, 10, QStringLiteral("hello"))));
    }
    for (int round = 0; round < 2; ++round) {
        Database db;
        CACHE_OK(db.open(dir.filePath(QStringLiteral("cache.sqlite"))));
        int version = 0;
        CACHE_OK(db.schemaVersion(version));
        QCOMPARE(version, Schema::latestVersion());
        QCOMPARE(countMessages(db, folderId), 10);
    }
}

void TestCacheDatabase::upgradesAnOlderFile()
{
    QTemporaryDir dir;
    qint64 folderId = 0;
    {
        Database db; // make it look like a file written by a version-1 build
        folderId = openWithInbox(db, dir.path());
        CACHE_OK(MessageStore(db).upsertMessages(folderId, messages(1, 20, QStringLiteral("old"))));
        CACHE_OK(Sql::run(db.connection(), QStringLiteral("DROP INDEX messages_search_key")));
        CACHE_OK(Sql::run(db.connection(), QStringLiteral("CREATE INDEX messages_by_message_id ON messages (message_id)")));
        CACHE_OK(Sql::run(db.connection(), QStringLiteral("CREATE TRIGGER messages_search_insert AFTER INSERT ON messages"
                                                          " BEGIN INSERT OR IGNORE INTO search_pending (id) VALUES (new.id); END")));
        CACHE_OK(Sql::run(db.connection(), QStringLiteral("DELETE FROM message_search_config WHERE k = 'hashsize'")));
        for (const char *sortIndex : {"CREATE INDEX messages_by_subject ON messages (folder_id, sort_subject, uid)",
                                      "CREATE INDEX messages_by_from ON messages (folder_id, sort_from, uid)",
                                      "CREATE INDEX messages_by_size ON messages (folder_id, size, uid)"})
            CACHE_OK(Sql::run(db.connection(), QLatin1String(sortIndex)));
        CACHE_OK(Sql::run(db.connection(), QStringLiteral("ALTER TABLE folders DROP COLUMN sync_whole")));
        CACHE_OK(Sql::run(db.connection(), QStringLiteral("PRAGMA user_version = 1")));
    }
    Database db;
    CACHE_OK(db.open(dir.filePath(QStringLiteral("cache.sqlite"))));
    int version = 0;
    CACHE_OK(db.schemaVersion(version));
    QCOMPARE(version, Schema::latestVersion());
    QVariant index;
    CACHE_OK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"),
                         {QStringLiteral("messages_search_key")}, index));
    QCOMPARE(index.toInt(), 1);
    CACHE_OK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"),
                         {QStringLiteral("messages_by_message_id")}, index));
    QCOMPARE(index.toInt(), 0); // version 4 dropped it
    CACHE_OK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"),
                         {QStringLiteral("messages_search_insert")}, index));
    QCOMPARE(index.toInt(), 0); // version 5 dropped it: MessageStore queues new rows itself
    QVariant hashSize;
    CACHE_OK(Sql::scalar(db.connection(), QStringLiteral("SELECT v FROM message_search_config WHERE k = 'hashsize'"), {},
                         hashSize));
    QCOMPARE(hashSize.toInt(), SearchIndex::PendingTermsBytes); // version 6 set it
    CACHE_OK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN"
                                                         " ('messages_by_subject', 'messages_by_from', 'messages_by_size')"),
                         {}, index));
    QCOMPARE(index.toInt(), 0); // version 7 dropped them: made on first use from then on
    std::optional<FolderInfo> folder;
    CACHE_OK(FolderStore(db).folder(folderId, folder));
    QVERIFY(folder);
    QVERIFY(!folder->sync.whole); // version 8 added it, unproven: the next sync counts once
    QCOMPARE(countMessages(db, folderId), 20);
}

void TestCacheDatabase::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        Database db;
        CACHE_OK(db.open(path));
        CACHE_OK(Sql::run(db.connection(), QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 1)));
    }
    for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        Database db;
        const auto error = db.open(path, access);
        QVERIFY(error);
        QCOMPARE(error->code, Error::Code::Storage);
        QVERIFY2(error->userMessage.contains(QLatin1String("newer version of Kestrel")), qPrintable(error->userMessage));
        QVERIFY(error->detail.contains(QString::number(Schema::latestVersion() + 1)));
        QVERIFY(!db.isOpen());
    }
    // The file was left alone.
    QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-check"));
    check.setDatabaseName(path);
    QVERIFY(check.open());
    QSqlQuery query(check);
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), Schema::latestVersion() + 1);
    query = QSqlQuery();
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw-check"));
}

void TestCacheDatabase::readOnlyNeedsMigratedFile()
{
    QTemporaryDir dir;
    Database reader;
    QVERIFY(reader.open(dir.filePath(QStringLiteral("missing.sqlite")), Database::Access::ReadOnly));
    QFile empty(dir.filePath(QStringLiteral("empty.sqlite")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    const auto error = reader.open(empty.fileName(), Database::Access::ReadOnly);
    QVERIFY(error);
    QCOMPARE(error->code, Error::Code::Storage);
}

void TestCacheDatabase::readerSeesOnlyCommittedData()
{
    QTemporaryDir dir;
    Database writer;
    const qint64 folderId = openWithInbox(writer, dir.path());
    CACHE_OK(MessageStore(writer).upsertMessages(folderId, messages(1, 5, QStringLiteral("first"))));
    Database reader;
    CACHE_OK(reader.open(writer.filePath(), Database::Access::ReadOnly));
    QCOMPARE(countMessages(reader, folderId), 5);

    Transaction transaction(writer); // WAL: the reader keeps reading while the write is open
    CACHE_OK(transaction.begin());
    CACHE_OK(MessageStore(writer).upsertMessages(folderId, messages(6, 5, QStringLiteral("second"))));
    QCOMPARE(countMessages(writer, folderId), 10);
    QCOMPARE(countMessages(reader, folderId), 5);
    CACHE_OK(transaction.commit());
    QCOMPARE(countMessages(reader, folderId), 10);
}

void TestCacheDatabase::readOnlyConnectionCannotWrite()
{
    QTemporaryDir dir;
    Database writer;
    const qint64 folderId = openWithInbox(writer, dir.path());
    Database reader;
    CACHE_OK(reader.open(writer.filePath(), Database::Access::ReadOnly));
    const auto error = MessageStore(reader).upsertMessages(folderId, messages(1, 3, QStringLiteral("x")));
    QVERIFY(error);
    QCOMPARE(error->code, Error::Code::Storage);
    QCOMPARE(countMessages(writer, folderId), 0);
}

void TestCacheDatabase::eachThreadOpensItsOwnConnection()
{
    QTemporaryDir dir;
    Database gui;
    const qint64 folderId = openWithInbox(gui, dir.path());
    const QString path = gui.filePath();
    gui.close();
    CACHE_OK(gui.open(path, Database::Access::ReadOnly));

    std::optional<Error> workerError;
    QThread *worker = QThread::create([&] {
        Database db; // the sync engine's own connection, opened in its thread
        workerError = db.open(path);
        for (int batch = 0; batch < 20 && !workerError; ++batch)
            workerError = MessageStore(db).upsertMessages(folderId, messages(quint32(batch * 100 + 1), 100,
                                                                             QStringLiteral("threaded")));
    });
    worker->start();
    int lastSeen = 0;
    while (!worker->wait(1)) { // the GUI connection reads while the worker writes
        const int now = countMessages(gui, folderId);
        QVERIFY(now >= lastSeen);
        lastSeen = now;
    }
    delete worker;
    QVERIFY2(!workerError, workerError ? qPrintable(workerError->toString()) : "");
    QCOMPARE(countMessages(gui, folderId), 2000);
    QVERIFY(gui.connectionName() != QString());
}

void TestCacheDatabase::nestedTransactionFailureAbortsOuter()
{
    QTemporaryDir dir;
    Database db;
    const qint64 folderId = openWithInbox(db, dir.path());
    {
        Transaction outer(db);
        CACHE_OK(outer.begin());
        CACHE_OK(MessageStore(db).upsertMessages(folderId, messages(1, 3, QStringLiteral("a")),
                                                 FolderSyncState{7, 4, 99}));
        {
            Transaction inner(db);
            CACHE_OK(inner.begin());
        } // destroyed uncommitted: the whole unit fails
        const auto error = outer.commit();
        QVERIFY(error);
        QCOMPARE(error->code, Error::Code::Storage);
    }
    QCOMPARE(countMessages(db, folderId), 0);
    std::optional<FolderInfo> folder;
    CACHE_OK(FolderStore(db).folder(folderId, folder));
    QCOMPARE(folder->sync, FolderSyncState{}); // the state never got ahead of the messages
}

void TestCacheDatabase::diskFullIsClearAndLosesNothing()
{
    QTemporaryDir dir;
    Database db;
    const qint64 folderId = openWithInbox(db, dir.path());
    CACHE_OK(MessageStore(db).upsertMessages(folderId, messages(1, 100, QStringLiteral("kept")), FolderSyncState{1, 101, 5}));
    // Simulate a full disk: the file may not grow past its current size.
    const int pages = pragma(db, QStringLiteral("page_count")).toInt();
    CACHE_OK(Sql::run(db.connection(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

    const auto error = MessageStore(db).upsertMessages(folderId, messages(101, 5000, QStringLiteral("lost")),
                                                       FolderSyncState{1, 5101, 50});
    QVERIFY(error);
    QCOMPARE(error->code, Error::Code::Storage);
    QVERIFY2(error->userMessage.contains(QLatin1String("disk is full")), qPrintable(error->toString()));
    QVERIFY(!error->detail.isEmpty());
    QCOMPARE(countMessages(db, folderId), 100);
    std::optional<FolderInfo> folder;
    CACHE_OK(FolderStore(db).folder(folderId, folder));
    QCOMPARE(folder->sync, (FolderSyncState{1, 101, 5}));

    CACHE_OK(Sql::run(db.connection(), QStringLiteral("PRAGMA max_page_count = 1073741823")));
    CACHE_OK(MessageStore(db).upsertMessages(folderId, messages(101, 5000, QStringLiteral("later"))));
    QCOMPARE(countMessages(db, folderId), 5100);
    QCOMPARE(pragma(db, QStringLiteral("integrity_check")).toString(), QStringLiteral("ok"));
}

void TestCacheDatabase::integrityAndNoSecretsAfterWork()
{
    const QByteArray password = "Zq9-unset-password-7Kp";
    QTemporaryDir dir;
    {
        Database db;
        const qint64 folderId = openWithInbox(db, dir.path());
        CACHE_OK(MessageStore(db).upsertMessages(folderId, messages(1, 300, QStringLiteral("work"))));
        CACHE_OK(MessageStore(db).removeUids(folderId, {1, 2, 3}));
        const PartInfo text = part(QStringLiteral("1"), QStringLiteral("text/plain"));
        qint64 rowId = 0;
        CACHE_OK(MessageStore(db).messageRowId(folderId, 300, rowId));
        CACHE_OK(PartStore(db).store(rowId, text, "body text"));
        qint64 id = 0;
        CACHE_OK(OfflineQueue(db).enqueue(QStringLiteral("acc-1"), QStringLiteral("flags"), "{}", id));
        QCOMPARE(pragma(db, QStringLiteral("integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(pragma(db, QStringLiteral("foreign_key_check")), QVariant());
        CACHE_OK(SearchIndex(db).checkIntegrity());

        QSqlQuery schema(db.connection());
        QVERIFY(schema.exec(QStringLiteral("SELECT group_concat(sql, ' ') FROM sqlite_master")) && schema.next());
        const QString ddl = schema.value(0).toString();
        static const QRegularExpression secretColumn(QStringLiteral("\\b\\w*(password|passwd|secret|token|credential)s?\\b"),
                                                     QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!ddl.contains(secretColumn), qPrintable(ddl));
    }
    QDirIterator files(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(password), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cache_database.moc"
