// Full-text search over the cache: subjects, people, body text, Cyrillic and Latvian, typing prefixes,
// ranking, account filters, and user text that must never become an FTS5 syntax error. The same searches
// again over messages stored with their indexing deferred (the initial sync's way): found all the same,
// by the search and by the quick filter, until and after the index catches up in batches.
#include "CacheTestData.h"

#include "cache/FtsQuery.h"
#include "cache/MessageListReader.h"
#include "cache/MessageScope.h"
#include "cache/MessageStore.h"
#include "cache/PartStore.h"
#include "cache/PendingSearchMatch.h"
#include "cache/SearchIndex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;
using namespace CacheTestData;

class TestCacheSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void queryBuilder_data();
    void queryBuilder();
    void finds_data();
    void finds();
    void bodyTextIsSearchable();
    void rankingThenNewestFirst();
    void accountFilterAndLimit();
    void followsUpdatesAndDeletes();
    void hostileQueriesNeverFail_data();
    void hostileQueriesNeverFail();
    // Deferred indexing (m_queued).
    void pendingMatcher_data();
    void pendingMatcher();
    void findsBeforeIndexing_data() { finds_data(); }
    void findsBeforeIndexing();
    void quickFilterBeforeIndexing_data() { finds_data(); }
    void quickFilterBeforeIndexing();
    void hostileQueriesBeforeIndexing_data() { hostileQueriesNeverFail_data(); }
    void hostileQueriesBeforeIndexing();
    void bodyTextOfQueuedMessage();
    void indexCatchesUpInBatches();
    void queueIsTheOuterLoop();
    void queuesOnlyInsertedRows();
    void batchIndexesOnlyItsOwnRows();

private:
    static QList<MessageSummary> firstBatch();
    QList<quint32> uidsFor(const QString &text, const QString &account = QString(), int limit = 50);
    QList<quint32> uidsIn(Database &db, const QString &text, const QString &account = QString(), int limit = 50);
    qint64 rowOf(quint32 uid);

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_inbox = 0;
    qint64 m_other = 0;
    QTemporaryDir m_queuedDir;
    Database m_queued; // the same messages as m_db's Inbox, stored with Indexing::Deferred
    qint64 m_queuedInbox = 0;
};

QList<quint32> TestCacheSearch::uidsFor(const QString &text, const QString &account, int limit)
{
    return uidsIn(m_db, text, account, limit);
}

QList<quint32> TestCacheSearch::uidsIn(Database &db, const QString &text, const QString &account, int limit)
{
    QList<MessageKey> keys;
    if (auto error = SearchIndex(db).search(text, account, limit, keys))
        qWarning("search failed: %s", qPrintable(error->toString()));
    QList<quint32> uids;
    for (const MessageKey &key : std::as_const(keys))
        uids.append(key.uid);
    return uids;
}

qint64 TestCacheSearch::rowOf(quint32 uid)
{
    qint64 id = 0;
    if (auto error = MessageStore(m_db).messageRowId(m_inbox, uid, id))
        qWarning("%s", qPrintable(error->toString()));
    return id;
}

QList<MessageSummary> TestCacheSearch::firstBatch()
{
    QList<MessageSummary> batch{
        message(1, at(10), QStringLiteral("Quarterly results are in")),
        message(2, at(20), QStringLiteral("Lunch on Friday?"), QStringLiteral("Jānis Bērziņš"), QStringLiteral("janis@example.lv")),
        message(3, at(30), QStringLiteral("Привет из Москвы"), QStringLiteral("Фёдор Иванов"), QStringLiteral("fedor@example.ru")),
        message(4, at(40), QStringLiteral("Brauciens uz Ķekava un Ādaži")),
        message(5, at(50), QStringLiteral("Ёлка и праздник")),
        message(6, at(60), QStringLiteral("Invoice 2026-001"), QStringLiteral("Billing"), QStringLiteral("billing@shop.example")),
    };
    batch[5].cc = {{QStringLiteral("Carol Accountant"), QStringLiteral("carol@firm.example")}};
    return batch;
}

void TestCacheSearch::initTestCase()
{
    m_inbox = openWithInbox(m_db, m_dir.path());
    m_other = openWithInbox(m_db, m_dir.path(), QStringLiteral("acc-2"));
    QVERIFY(!MessageStore(m_db).upsertMessages(m_inbox, firstBatch()));
    m_queuedInbox = openWithInbox(m_queued, m_queuedDir.path());
    QVERIFY(!MessageStore(m_queued).upsertMessages(m_queuedInbox, firstBatch(), std::nullopt,
                                                   MessageStore::Indexing::Deferred));
    QVERIFY(!MessageStore(m_db).upsertMessages(m_other, {message(1, at(70), QStringLiteral("Quarterly plan"))}));
}

void TestCacheSearch::queryBuilder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::newRow("one word, typing") << QStringLiteral("hel") << QStringLiteral("\"hel\"*");
    QTest::newRow("finished word") << QStringLiteral("hello ") << QStringLiteral("\"hello\"");
    QTest::newRow("operators are words") << QStringLiteral("a AND or") << QStringLiteral("\"a\" \"AND\" \"or\"*");
    QTest::newRow("one letter is not a prefix yet") << QStringLiteral("hello w") << QStringLiteral("\"hello\" \"w\"");
    QTest::newRow("prefix after dropped punctuation") << QStringLiteral("hel (") << QStringLiteral("\"hel\"*");
    QTest::newRow("quotes doubled") << QStringLiteral("say\"hi") << QStringLiteral("\"say\"\"hi\"*");
    QTest::newRow("punctuation only dropped") << QStringLiteral("( * \" -") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("yo folded") << QStringLiteral("Ёлка") << QStringLiteral("\"Елка\"*");
}

void TestCacheSearch::queryBuilder()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QCOMPARE(FtsQuery::fromUserText(text), query);
}

void TestCacheSearch::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<quint32>>("uids");
    QTest::newRow("subject word") << QStringLiteral("results") << QList<quint32>{1};
    QTest::newRow("case-insensitive") << QStringLiteral("QUARTERLY") << QList<quint32>{1};
    QTest::newRow("sender name") << QStringLiteral("Billing") << QList<quint32>{6};
    QTest::newRow("sender address") << QStringLiteral("janis@example.lv") << QList<quint32>{2};
    QTest::newRow("cc name") << QStringLiteral("carol") << QList<quint32>{6};
    QTest::newRow("Cyrillic subject") << QStringLiteral("москвы") << QList<quint32>{3};
    QTest::newRow("Cyrillic sender, ё as е") << QStringLiteral("федор") << QList<quint32>{3};
    QTest::newRow("ё in the subject") << QStringLiteral("елка") << QList<quint32>{5};
    QTest::newRow("Latvian without diacritics") << QStringLiteral("kekava") << QList<quint32>{4};
    QTest::newRow("Latvian with diacritics") << QStringLiteral("ĶEKAVA") << QList<quint32>{4};
    QTest::newRow("Latvian name plain") << QStringLiteral("janis berzins") << QList<quint32>{2};
    QTest::newRow("prefix while typing") << QStringLiteral("Ķek") << QList<quint32>{4};
    QTest::newRow("Cyrillic prefix") << QStringLiteral("прив") << QList<quint32>{3};
    QTest::newRow("two-letter prefix") << QStringLiteral("qu") << QList<quint32>{1};
    QTest::newRow("one letter: whole word only") << QStringLiteral("q") << QList<quint32>{};
    QTest::newRow("two words, all must match") << QStringLiteral("lunch fri") << QList<quint32>{2};
    QTest::newRow("no match") << QStringLiteral("lunch quarterly") << QList<quint32>{};
    QTest::newRow("number with dash") << QStringLiteral("2026-001") << QList<quint32>{6};
}

void TestCacheSearch::finds()
{
    QFETCH(QString, text);
    QFETCH(QList<quint32>, uids);
    QCOMPARE(uidsFor(text, QStringLiteral("acc-1")), uids);
}

void TestCacheSearch::bodyTextIsSearchable()
{
    PartStore parts(m_db, 64); // small threshold: the body also goes through a part file
    CACHE_OK(parts.store(rowOf(1), part(QStringLiteral("1"), QStringLiteral("text/plain")),
                         QStringLiteral("Revenue grew in Rīga and Liepāja. ").repeated(4).toUtf8()));
    CACHE_OK(parts.store(rowOf(2), part(QStringLiteral("2"), QStringLiteral("text/html")),
                         "<html><style>.zebra{}</style><p>Meet at the <b>lighthouse</b> &amp; caf&#233;</p></html>"));
    QCOMPARE(uidsFor(QStringLiteral("liepaja")), QList<quint32>{1});
    QCOMPARE(uidsFor(QStringLiteral("lighthouse")), QList<quint32>{2});
    QCOMPARE(uidsFor(QStringLiteral("cafe ")), QList<quint32>{2});
    QCOMPARE(uidsFor(QStringLiteral("zebra")), QList<quint32>{});
    CACHE_OK(SearchIndex(m_db).checkIntegrity());
}

void TestCacheSearch::rankingThenNewestFirst()
{
    const qint64 folder = openWithInbox(m_db, m_dir.path(), QStringLiteral("acc-3"));
    QList<MessageSummary> batch{message(1, at(100), QStringLiteral("weekly report")),
                                message(2, at(300), QStringLiteral("weekly report")),
                                message(3, at(200), QStringLiteral("weekly report")),
                                message(4, at(400), QStringLiteral("hello"))};
    CACHE_OK(MessageStore(m_db).upsertMessages(folder, batch));
    qint64 row4 = 0;
    CACHE_OK(MessageStore(m_db).messageRowId(folder, 4, row4));
    CACHE_OK(PartStore(m_db).store(row4, part(QStringLiteral("1"), QStringLiteral("text/plain")),
                                   "lots of words about a report that is mostly about other things entirely"));
    // Subject matches outrank the body match; equal subjects come newest first.
    QCOMPARE(uidsFor(QStringLiteral("report"), QStringLiteral("acc-3")), (QList<quint32>{2, 3, 1, 4}));
}

void TestCacheSearch::accountFilterAndLimit()
{
    QCOMPARE(uidsFor(QStringLiteral("quarterly")).size(), 2);
    QCOMPARE(uidsFor(QStringLiteral("quarterly"), QStringLiteral("acc-2")), QList<quint32>{1});
    QList<MessageKey> keys;
    CACHE_OK(SearchIndex(m_db).search(QStringLiteral("quarterly"), QStringLiteral("acc-2"), 10, keys));
    QCOMPARE(keys.first().folderId, m_other);
    QCOMPARE(keys.first().accountId, QStringLiteral("acc-2"));
    QCOMPARE(uidsFor(QStringLiteral("example"), QString(), 3).size(), 3);
}

void TestCacheSearch::followsUpdatesAndDeletes()
{
    const qint64 folder = openWithInbox(m_db, m_dir.path(), QStringLiteral("acc-4"));
    CACHE_OK(MessageStore(m_db).upsertMessages(folder, {message(1, at(1), QStringLiteral("aardvark"))}));
    QCOMPARE(uidsFor(QStringLiteral("aardvark")), QList<quint32>{1});
    MessageSummary renamed = message(1, at(1), QStringLiteral("platypus"));
    CACHE_OK(MessageStore(m_db).upsertMessages(folder, {renamed}));
    QCOMPARE(uidsFor(QStringLiteral("aardvark")), QList<quint32>{});
    QCOMPARE(uidsFor(QStringLiteral("platypus")), QList<quint32>{1});
    CACHE_OK(MessageStore(m_db).removeUids(folder, {1}));
    QCOMPARE(uidsFor(QStringLiteral("platypus")), QList<quint32>{});
    CACHE_OK(SearchIndex(m_db).checkIntegrity());
}

void TestCacheSearch::hostileQueriesNeverFail_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"\"", "\"\"", "*", "**", "AND", "OR", "NOT", "AND OR NOT", "(", ")", "NEAR(", "NEAR(a b",
                             "a OR", "-", "+", "^", ":", "subject:", "{subject}: x", "a\"b\"c", "'", "%", "\\",
                             "quarterly\"", "\"quarterly", "*quarterly", "quart*", "a:b:c", "NEAR/3", "\0x", "\t\n "})
        QTest::newRow(text) << QString::fromUtf8(text);
    QTest::newRow("nul") << QString(QChar(0));
    QTest::newRow("combining mark alone") << QString(QChar(0x0301));
    QTest::newRow("emoji") << QStringLiteral("😀 ✓");
    QTest::newRow("long") << QStringLiteral("word ").repeated(2000);
}

void TestCacheSearch::hostileQueriesNeverFail()
{
    QFETCH(QString, text);
    QList<MessageKey> keys;
    const auto error = SearchIndex(m_db).search(text, QString(), 20, keys);
    QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
}

void TestCacheSearch::pendingMatcher_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("match");
    QTest::addColumn<bool>("matches");
    const QString address = QStringLiteral("Jānis\x1Fjanis@example.lv\x1E");
    QTest::newRow("address as a phrase") << address << FtsQuery::fromUserText(QStringLiteral("janis@example.lv ")) << true;
    QTest::newRow("phrase tokens out of order") << address << QStringLiteral("\"example janis\"") << false;
    QTest::newRow("prefix of the last token only") << address << QStringLiteral("\"janis@exa\"*") << true;
    QTest::newRow("no prefix without *") << address << QStringLiteral("\"janis@exa\"") << false;
    QTest::newRow("a token inside a token is no match") << QStringLiteral("quarterly") << QStringLiteral("\"arter\"*") << false;
    QTest::newRow("every phrase must match") << QStringLiteral("lunch on friday") << QStringLiteral("\"lunch\" \"monday\"") << false;
    QTest::newRow("doubled quote") << QStringLiteral("say\"hi") << FtsQuery::fromUserText(QStringLiteral("say\"hi ")) << true;
    QTest::newRow("NFD diacritic") << QStringLiteral("Ke\u0301kava") << QStringLiteral("\"kekava\"") << true;
    QTest::newRow("not an FtsQuery expression") << QStringLiteral("lunch") << QStringLiteral("lunch") << false;
    QTest::newRow("unterminated quote") << QStringLiteral("lunch") << QStringLiteral("\"lunch") << false;
    QTest::newRow("nothing to match") << QStringLiteral("lunch") << QString() << false;
}

void TestCacheSearch::pendingMatcher()
{
    QFETCH(QString, text);
    QFETCH(QString, match);
    QFETCH(bool, matches);
    QCOMPARE(PendingSearchMatch::matches(text, match), matches);
}

void TestCacheSearch::findsBeforeIndexing()
{
    QFETCH(QString, text);
    QFETCH(QList<quint32>, uids);
    qint64 queued = 0;
    CACHE_OK(SearchIndex(m_queued).pendingCount(queued));
    QCOMPARE(queued, qint64(firstBatch().size())); // nothing of it is in the index
    QCOMPARE(uidsIn(m_queued, text, QStringLiteral("acc-1")), uids);
}

void TestCacheSearch::quickFilterBeforeIndexing()
{
    QFETCH(QString, text);
    QFETCH(QList<quint32>, uids);
    MessageScope scope{{m_queuedInbox}, {}};
    scope.filter.text = text;
    QList<quint32> found;
    CACHE_OK(MessageListReader(m_queued).uids(scope, found));
    std::sort(found.begin(), found.end());
    QCOMPARE(found, uids);
}

void TestCacheSearch::hostileQueriesBeforeIndexing()
{
    QFETCH(QString, text);
    QList<MessageKey> keys;
    const auto error = SearchIndex(m_queued).search(text, QString(), 20, keys);
    QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
    MessageScope scope{{m_queuedInbox}, {}};
    scope.filter.text = text;
    int count = 0;
    CACHE_OK(MessageListReader(m_queued).count(scope, count));
}

// PartStore indexes a queued message in full (subject, addresses, body): it must leave the queue, or the
// catch-up would insert it into the index a second time.
void TestCacheSearch::bodyTextOfQueuedMessage()
{
    const qint64 folder = openWithInbox(m_queued, m_queuedDir.path(), QStringLiteral("acc-5"));
    CACHE_OK(MessageStore(m_queued).upsertMessages(folder, {message(1, at(1), QStringLiteral("marmalade"))}, std::nullopt,
                                                   MessageStore::Indexing::Deferred));
    qint64 row = 0;
    CACHE_OK(MessageStore(m_queued).messageRowId(folder, 1, row));
    CACHE_OK(PartStore(m_queued).store(row, part(QStringLiteral("1"), QStringLiteral("text/plain")), "a jar of quince"));
    QCOMPARE(uidsIn(m_queued, QStringLiteral("quince"), QStringLiteral("acc-5")), QList<quint32>{1});
    QCOMPARE(uidsIn(m_queued, QStringLiteral("marmalade"), QStringLiteral("acc-5")), QList<quint32>{1});
    qint64 queued = 0;
    CACHE_OK(SearchIndex(m_queued).pendingCount(queued));
    QCOMPARE(queued, qint64(firstBatch().size())); // only the Inbox's; indexCatchesUpInBatches indexes them
    CACHE_OK(SearchIndex(m_queued).checkIntegrity());
}

void TestCacheSearch::indexCatchesUpInBatches()
{
    CACHE_OK(MessageStore(m_queued).upsertMessages(m_queuedInbox, {message(7, at(70), QStringLiteral("Quarterly numbers"))},
                                                   std::nullopt, MessageStore::Indexing::Deferred));
    qint64 remaining = -1;
    CACHE_OK(SearchIndex(m_queued).indexPending(3, &remaining)); // the newest three: 7, 6 and 5
    QCOMPARE(remaining, qint64(4));
    // Half indexed, half queued: a search reads both, the index's hits ranked first.
    QCOMPARE(uidsIn(m_queued, QStringLiteral("quarterly"), QStringLiteral("acc-1")), (QList<quint32>{7, 1}));
    CACHE_OK(SearchIndex(m_queued).indexPending(3, &remaining));
    QCOMPARE(remaining, qint64(1));
    CACHE_OK(SearchIndex(m_queued).indexPending(3, &remaining));
    QCOMPARE(remaining, qint64(0));
    CACHE_OK(SearchIndex(m_queued).checkIntegrity());
    QCOMPARE(uidsIn(m_queued, QStringLiteral("quarterly"), QStringLiteral("acc-1")), (QList<quint32>{7, 1}));
    QCOMPARE(uidsIn(m_queued, QStringLiteral("kekava"), QStringLiteral("acc-1")), QList<quint32>{4});
}

// Not a timing: the plans. Joined the other way round, SQLite walked every message of the account or
// folder and probed the queue for each (470 ms per search at 100k messages, issue 8 scenario 7).
void TestCacheSearch::queueIsTheOuterLoop()
{
    const auto plan = [this](const QString &sql) {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
            query.addBindValue(QStringLiteral("\"x\"")); // the values do not shape the plan
        if (!query.exec())
            qWarning("%s", qPrintable(query.lastError().text()));
        QStringList lines;
        while (query.next())
            lines << query.value(3).toString();
        return lines;
    };
    for (const bool account : {false, true}) {
        const QStringList lines = plan(SearchIndex::searchSql(account));
        QVERIFY2(lines.contains(QStringLiteral("SCAN p")), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(!lines.join(QLatin1Char('\n')).contains(QStringLiteral("(folder_id=?)")), qPrintable(lines.join(QLatin1Char('\n'))));
    }
    MessageScope scope{{m_inbox}, {}};
    scope.filter.text = QStringLiteral("quarterly");
    QVariantList values;
    const QStringList lines = plan(QStringLiteral("SELECT count(*) FROM messages m WHERE ") + scope.whereClause(values));
    QVERIFY2(lines.contains(QStringLiteral("SCAN p")), qPrintable(lines.join(QLatin1Char('\n'))));
}

// MessageStore queues the rows an upsert inserts, those of a multi-row statement's remainder too; a row it
// updates is already in the index (the update trigger keeps it current) and must not be queued again, or
// the catch-up would insert it twice.
void TestCacheSearch::queuesOnlyInsertedRows()
{
    QTemporaryDir dir;
    Database db;
    const qint64 folder = openWithInbox(db, dir.path(), QStringLiteral("acc-9"));
    QList<MessageSummary> batch;
    for (quint32 uid = 1; uid <= quint32(MessageStore::RowsPerStatement) + 3; ++uid)
        batch.append(message(uid, at(int(uid)), QStringLiteral("Batch %1").arg(uid)));
    CACHE_OK(MessageStore(db).upsertMessages(folder, batch, std::nullopt, MessageStore::Indexing::Deferred));
    qint64 queued = -1;
    CACHE_OK(SearchIndex(db).pendingCount(queued));
    QCOMPARE(queued, qint64(batch.size()));
    CACHE_OK(SearchIndex(db).indexPending());
    CACHE_OK(SearchIndex(db).pendingCount(queued));
    QCOMPARE(queued, qint64(0));

    batch[0].subject = QStringLiteral("Renamed pelican");
    batch.append(message(100, at(100), QStringLiteral("New albatross")));
    CACHE_OK(MessageStore(db).upsertMessages(folder, batch, std::nullopt, MessageStore::Indexing::Deferred));
    CACHE_OK(SearchIndex(db).pendingCount(queued));
    QCOMPARE(queued, qint64(1));
    QCOMPARE(uidsIn(db, QStringLiteral("pelican"), QStringLiteral("acc-9")), QList<quint32>{1});
    QCOMPARE(uidsIn(db, QStringLiteral("albatross"), QStringLiteral("acc-9")), QList<quint32>{100}); // while queued
    CACHE_OK(SearchIndex(db).indexPending());
    CACHE_OK(SearchIndex(db).checkIntegrity());
    QCOMPARE(uidsIn(db, QStringLiteral("albatross"), QStringLiteral("acc-9")), QList<quint32>{100});
    QCOMPARE(uidsIn(db, QStringLiteral("batch"), QStringLiteral("acc-9")).size(), batch.size() - 2);
}

// A batch indexes the rows it inserted, not what an initial sync left queued: a sync with one new message
// (or none) after a deferred 100k would otherwise index all of them inside its own transaction.
void TestCacheSearch::batchIndexesOnlyItsOwnRows()
{
    QTemporaryDir dir;
    Database db;
    const qint64 folder = openWithInbox(db, dir.path(), QStringLiteral("acc-10"));
    QList<MessageSummary> bulk;
    for (quint32 uid = 1; uid <= 5; ++uid)
        bulk.append(message(uid, at(int(uid)), QStringLiteral("Heron %1").arg(uid)));
    CACHE_OK(MessageStore(db).upsertMessages(folder, bulk, std::nullopt, MessageStore::Indexing::Deferred));
    CACHE_OK(MessageStore(db).upsertMessages(folder, {}, std::nullopt)); // a sync that found nothing new
    qint64 queued = -1;
    CACHE_OK(SearchIndex(db).pendingCount(queued));
    QCOMPARE(queued, qint64(5));

    CACHE_OK(MessageStore(db).upsertMessages(folder, {message(6, at(6), QStringLiteral("Heron arrives"))}));
    CACHE_OK(SearchIndex(db).pendingCount(queued));
    QCOMPARE(queued, qint64(5)); // the new row is indexed, the bulk still queued
    QCOMPARE(uidsIn(db, QStringLiteral("heron"), QStringLiteral("acc-10")).size(), 6); // all six, queued or not
    CACHE_OK(SearchIndex(db).checkIntegrity());
    CACHE_OK(SearchIndex(db).indexPending());
    CACHE_OK(SearchIndex(db).pendingCount(queued));
    QCOMPARE(queued, qint64(0));
    CACHE_OK(SearchIndex(db).checkIntegrity());
    QCOMPARE(uidsIn(db, QStringLiteral("heron"), QStringLiteral("acc-10")).size(), 6);
}

QTEST_GUILESS_MAIN(TestCacheSearch)
#include "tst_cache_search.moc"
