// The offline action queue: replay order per account, failures, and persistence across restarts.
#include "CacheTestData.h"

#include "cache/OfflineQueue.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;
using namespace CacheTestData;

class TestCacheOfflineQueue : public QObject
{
    Q_OBJECT

private slots:
    void orderAndPersistence();
    void failureKeepsPlaceInLine();
    void removingAccountDropsItsActions();
};

void TestCacheOfflineQueue::orderAndPersistence()
{
    QTemporaryDir dir;
    QList<qint64> ids;
    {
        Database db;
        openWithInbox(db, dir.path(), QStringLiteral("a"));
        openWithInbox(db, dir.path(), QStringLiteral("b"));
        OfflineQueue queue(db);
        for (int i = 0; i < 6; ++i) {
            qint64 id = 0;
            const QString account = i % 2 ? QStringLiteral("b") : QStringLiteral("a");
            CACHE_OK(queue.enqueue(account, QStringLiteral("flags"), QByteArray("{\"n\":") + QByteArray::number(i) + '}', id));
            ids.append(id);
        }
    }
    Database db; // a restart
    CACHE_OK(db.open(dir.filePath(QStringLiteral("cache.sqlite"))));
    OfflineQueue queue(db);
    int count = 0;
    CACHE_OK(queue.count(QString(), count));
    QCOMPARE(count, 6);
    QList<OfflineAction> actions;
    CACHE_OK(queue.peek(QStringLiteral("a"), 10, actions));
    QCOMPARE(actions.size(), 3);
    QCOMPARE(actions[0].id, ids[0]);
    QCOMPARE(actions[1].id, ids[2]);
    QCOMPARE(actions[2].payload, QByteArray("{\"n\":4}"));
    QCOMPARE(actions[0].kind, QStringLiteral("flags"));
    QVERIFY(qAbs(actions[0].created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    CACHE_OK(queue.peek(QString(), 2, actions));
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions[1].accountId, QStringLiteral("b"));

    CACHE_OK(queue.complete(ids[0]));
    CACHE_OK(queue.peek(QStringLiteral("a"), 1, actions));
    QCOMPARE(actions.first().id, ids[2]);
}

void TestCacheOfflineQueue::failureKeepsPlaceInLine()
{
    QTemporaryDir dir;
    Database db;
    openWithInbox(db, dir.path(), QStringLiteral("a"));
    OfflineQueue queue(db);
    qint64 first = 0;
    qint64 second = 0;
    CACHE_OK(queue.enqueue(QStringLiteral("a"), QStringLiteral("move"), "{}", first));
    CACHE_OK(queue.enqueue(QStringLiteral("a"), QStringLiteral("delete"), "{}", second));
    CACHE_OK(queue.fail(first, QStringLiteral("Server said NO")));
    CACHE_OK(queue.fail(first, QStringLiteral("Server said NO again")));
    QList<OfflineAction> actions;
    CACHE_OK(queue.peek(QStringLiteral("a"), 5, actions));
    QCOMPARE(actions.first().id, first);
    QCOMPARE(actions.first().attempts, 2);
    QCOMPARE(actions.first().lastError, QStringLiteral("Server said NO again"));
    QCOMPARE(actions.last().attempts, 0);
}

void TestCacheOfflineQueue::removingAccountDropsItsActions()
{
    QTemporaryDir dir;
    Database db;
    openWithInbox(db, dir.path(), QStringLiteral("a"));
    OfflineQueue queue(db);
    qint64 id = 0;
    CACHE_OK(queue.enqueue(QStringLiteral("a"), QStringLiteral("send"), "{}", id));
    const auto error = queue.enqueue(QStringLiteral("unknown"), QStringLiteral("send"), "{}", id);
    QVERIFY(error); // actions belong to a known account
    CACHE_OK(AccountStore(db).removeAccount(QStringLiteral("a")));
    int count = -1;
    CACHE_OK(queue.count(QString(), count));
    QCOMPARE(count, 0);
}

QTEST_GUILESS_MAIN(TestCacheOfflineQueue)
#include "tst_cache_offline_queue.moc"
