// Messages and parts: batched upserts, pages, flags, expunges, UIDVALIDITY re-links, large parts as files.
#include "CacheTestData.h"

#include "cache/FlagDiffStore.h"
#include "cache/MessageListReader.h"
#include "cache/MessageStore.h"
#include "cache/PartStore.h"
#include "cache/SortIndexes.h"
#include "cache/Transaction.h"
#include "cache/UidRelinker.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;
using namespace CacheTestData;

namespace {

QStringList partFiles(const Database &db)
{
    return QDir(db.partsDirectory()).entryList(QDir::Files);
}

} // namespace

class TestCacheMessages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void upsertTenThousandAndPageByDate();
    void pagesBySubjectFromAndSize();
    void upsertKeepsRowAndRoundTrips();
    void bulkFlagUpdateAndCounts();
    void flagDiffCountsOnlyRealChanges();
    void localFlagChange();
    void expungeByUidSet();
    void clearFolderStoresNewState();
    void relinkAfterUidValidityChange();
    void largePartGoesToFileAndBack();
    void batchOfPartsAndRollback();
    void reopeningRemovesOldOrphanFiles();
    void foldersAndCounts();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_inbox = 0;
};

void TestCacheMessages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_inbox = openWithInbox(*m_db, m_dir->path());
}

void TestCacheMessages::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestCacheMessages::upsertTenThousandAndPageByDate()
{
    QList<MessageSummary> batch;
    QList<int> order(10000);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
    for (int i = 0; i < order.size(); ++i) // UIDs and dates deliberately not in the same order
        batch.append(message(quint32(i + 1), at(order[i] * 60), QStringLiteral("Message %1").arg(i)));
    CACHE_OK(MessageStore(*m_db).upsertMessages(m_inbox, batch, FolderSyncState{42, 10001, 777}));

    MessageListReader reader(*m_db);
    int count = 0;
    CACHE_OK(reader.count(m_inbox, count));
    QCOMPARE(count, 10000);
    QList<MessageSummary> page;
    CACHE_OK(reader.page(m_inbox, MessageOrder{}, 0, 100, page));
    QCOMPARE(page.size(), 100);
    QCOMPARE(page.first().internalDate, at(9999 * 60)); // newest first
    QSet<quint32> seen;
    QDateTime previous = page.first().internalDate;
    while (!page.isEmpty()) {
        for (const MessageSummary &row : std::as_const(page)) {
            QVERIFY(row.internalDate <= previous);
            QVERIFY(!seen.contains(row.uid));
            QCOMPARE(row.accountId, QStringLiteral("acc-1"));
            QVERIFY(row.bodyStructure.isEmpty()); // pages skip it
            previous = row.internalDate;
            seen.insert(row.uid);
        }
        const MessageSummary last = page.last();
        CACHE_OK(reader.pageAfter(m_inbox, MessageOrder{}, last, 500, page));
    }
    QCOMPARE(seen.size(), 10000);
    CACHE_OK(reader.page(m_inbox, MessageOrder{}, 9990, 100, page));
    QCOMPARE(page.size(), 10);
    QCOMPARE(page.last().internalDate, at(0));
}

// The same pages without the orders' indexes (a new cache) and with them (SortIndexes, made on first use),
// which then serve the ORDER BY instead of a sort of the whole folder.
void TestCacheMessages::pagesBySubjectFromAndSize()
{
    QList<MessageSummary> batch{message(1, at(1), QStringLiteral("Re: banana"), QStringLiteral("Zed")),
                                message(2, at(2), QStringLiteral("apple"), QStringLiteral("ēriks")),
                                message(3, at(3), QStringLiteral("Fwd: Cherry"), QStringLiteral("Anna"))};
    batch[0].size = 300;
    batch[1].size = 100;
    batch[2].size = 200;
    CACHE_OK(MessageStore(*m_db).upsertMessages(m_inbox, batch));
    MessageListReader reader(*m_db);
    const auto uidsIn = [&](MessageSortColumn column, Qt::SortOrder order) {
        QList<MessageSummary> rows;
        if (auto error = reader.page(m_inbox, MessageOrder{column, order}, 0, 10, rows))
            qWarning("%s", qPrintable(error->toString()));
        QList<quint32> uids;
        for (const MessageSummary &row : rows)
            uids.append(row.uid);
        return uids;
    };
    const auto plan = [&](MessageSortColumn column) {
        QSqlQuery query(m_db->connection());
        const QString sql = QStringLiteral("EXPLAIN QUERY PLAN SELECT m.uid FROM messages m WHERE m.folder_id = ? ORDER BY %1 ASC,"
                                           " m.uid ASC LIMIT 10").arg(MessageListReader::sortColumnSql(column));
        QString details;
        if (query.prepare(sql)) {
            query.addBindValue(m_inbox);
            if (query.exec()) {
                while (query.next())
                    details += query.value(3).toString() + QLatin1Char('\n');
            }
        }
        return details;
    };
    const QList<MessageSortColumn> columns{MessageSortColumn::Subject, MessageSortColumn::From, MessageSortColumn::Size};
    for (const bool indexed : {false, true}) {
        QCOMPARE(uidsIn(MessageSortColumn::Subject, Qt::AscendingOrder), (QList<quint32>{2, 1, 3}));
        QCOMPARE(uidsIn(MessageSortColumn::Size, Qt::DescendingOrder), (QList<quint32>{1, 3, 2}));
        QCOMPARE(uidsIn(MessageSortColumn::From, Qt::AscendingOrder).first(), 3u);
        QList<MessageSummary> rows;
        CACHE_OK(reader.page(m_inbox, MessageOrder{MessageSortColumn::Subject, Qt::AscendingOrder}, 0, 1, rows));
        CACHE_OK(reader.pageAfter(m_inbox, MessageOrder{MessageSortColumn::Subject, Qt::AscendingOrder}, rows.first(), 5, rows));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().uid, 1u);
        for (const MessageSortColumn column : columns) {
            const QString details = plan(column);
            QVERIFY2(details.contains(SortIndexes::name(column)) == indexed, qPrintable(details));
            QVERIFY2(details.contains(QLatin1String("TEMP B-TREE")) != indexed, qPrintable(details));
        }
        if (!indexed) {
            for (const MessageSortColumn column : columns) {
                CACHE_OK(SortIndexes::create(*m_db, column));
                CACHE_OK(SortIndexes::create(*m_db, column)); // made once; asking again changes nothing
                bool present = false;
                CACHE_OK(SortIndexes::exists(*m_db, column, present));
                QVERIFY(present);
            }
        }
    }
}

void TestCacheMessages::upsertKeepsRowAndRoundTrips()
{
    MessageSummary m = message(7, at(100), QStringLiteral("Ünïcödé subject ✓"));
    m.flags.system = MessageFlag::Seen | MessageFlag::Flagged;
    m.flags.keywords = {QStringLiteral("$Forwarded"), QStringLiteral("NonJunk")};
    m.modSeq = 12345;
    m.cc = {{QStringLiteral("Кирилл"), QStringLiteral("kirill@example.ru")}, {QString(), QStringLiteral("x@y.lv")}};
    m.replyTo = {{QStringLiteral("List"), QStringLiteral("list@example.com")}};
    m.inReplyTo = QStringLiteral("<parent@example.com>");
    m.references = {QStringLiteral("<root@example.com>"), QStringLiteral("<parent@example.com>")};
    m.listId = QStringLiteral("Announce <announce.example.com>");
    m.hasAttachment = true;
    m.sentDate = QDateTime();
    CACHE_OK(MessageStore(*m_db).upsertMessages(m_inbox, {m}));

    std::optional<MessageSummary> stored;
    CACHE_OK(MessageListReader(*m_db).message(m_inbox, 7, stored));
    QVERIFY(stored);
    m.id = stored->id;
    m.folderId = m_inbox;
    m.accountId = QStringLiteral("acc-1");
    QCOMPARE(*stored, m);

    MessageSummary changed = m;
    changed.subject = QStringLiteral("changed");
    changed.bodyStructure.clear(); // an upsert without BODYSTRUCTURE keeps the stored one
    CACHE_OK(MessageStore(*m_db).upsertMessages(m_inbox, {changed}));
    CACHE_OK(MessageListReader(*m_db).messageById(m.id, stored));
    QCOMPARE(stored->subject, QStringLiteral("changed"));
    QCOMPARE(stored->bodyStructure, m.bodyStructure);
    int count = 0;
    CACHE_OK(MessageListReader(*m_db).count(m_inbox, count));
    QCOMPARE(count, 1);
}

void TestCacheMessages::bulkFlagUpdateAndCounts()
{
    QList<MessageSummary> batch;
    for (quint32 uid = 1; uid <= 5000; ++uid)
        batch.append(message(uid, at(uid), QStringLiteral("m")));
    CACHE_OK(MessageStore(*m_db).upsertMessages(m_inbox, batch));
    QList<FlagUpdate> updates;
    for (quint32 uid = 1; uid <= 5000; uid += 2)
        updates.append(FlagUpdate{uid, MessageFlags{MessageFlag::Seen, {QStringLiteral("$Label1")}}, 900 + uid});
    updates.append(FlagUpdate{999999, MessageFlags{MessageFlag::Seen, {}}, 1}); // unknown UID: skipped
    CACHE_OK(MessageStore(*m_db).updateFlags(m_inbox, updates, FolderSyncState{1, 5001, 6000}));

    QHash<qint64, FolderStore::LocalCounts> counts;
    CACHE_OK(FolderStore(*m_db).localCounts(QString(), counts));
    QCOMPARE(counts.value(m_inbox), (FolderStore::LocalCounts{5000, 2500}));
    std::optional<MessageSummary> row;
    CACHE_OK(MessageListReader(*m_db).message(m_inbox, 3, row));
    QCOMPARE(row->flags, (MessageFlags{MessageFlag::Seen, {QStringLiteral("$Label1")}}));
    QCOMPARE(row->modSeq, 903u);
    CACHE_OK(MessageStore(*m_db).updateFlags(m_inbox, {FlagUpdate{3, MessageFlags{}, 0}}));
    CACHE_OK(MessageListReader(*m_db).message(m_inbox, 3, row));
    QCOMPARE(row->flags, MessageFlags{});
    QCOMPARE(row->modSeq, 903u); // 0 = unknown keeps it
    std::optional<FolderInfo> folder;
    CACHE_OK(FolderStore(*m_db).folder(m_inbox, folder));
    QCOMPARE(folder->sync, (FolderSyncState{1, 5001, 6000}));
}

void TestCacheMessages::flagDiffCountsOnlyRealChanges()
{
    QList<MessageSummary> batch;
    for (quint32 uid = 1; uid <= 4; ++uid) {
        batch.append(message(uid, at(uid), QStringLiteral("m")));
        batch.last().flags = MessageFlags{MessageFlag::Seen, {QStringLiteral("$Work")}};
        batch.last().modSeq = 10;
    }
    CACHE_OK(MessageStore(*m_db).upsertMessages(m_inbox, batch));
    const MessageFlags same{MessageFlag::Seen, {QStringLiteral("$Work")}};
    int changed = -1;
    CACHE_OK(FlagDiffStore(*m_db).apply(m_inbox,
                                        {FlagUpdate{1, MessageFlags{MessageFlag::Flagged, {QStringLiteral("ķēķis")}}, 20},
                                         FlagUpdate{2, same, 30},  // the same flags, a newer modseq
                                         FlagUpdate{3, same, 0},   // the same flags, modseq unknown
                                         FlagUpdate{4, MessageFlags{MessageFlag::Seen, {}}, 5}, // keyword gone
                                         FlagUpdate{99, same, 40}}, // not cached
                                        changed));
    QCOMPARE(changed, 2);
    const auto stored = [this](quint32 uid) -> MessageSummary { // a read error gives an empty summary: fails below
        std::optional<MessageSummary> row;
        if (MessageListReader(*m_db).message(m_inbox, uid, row))
            return {};
        return row.value_or(MessageSummary());
    };
    QCOMPARE(stored(1).flags, (MessageFlags{MessageFlag::Flagged, {QStringLiteral("ķēķis")}}));
    QCOMPARE(stored(1).modSeq, 20u);
    QCOMPARE(stored(2).flags, same);
    QCOMPARE(stored(2).modSeq, 30u); // stored silently
    QCOMPARE(stored(3).modSeq, 10u);
    QCOMPARE(stored(4).flags, (MessageFlags{MessageFlag::Seen, {}}));
    QCOMPARE(stored(4).modSeq, 10u); // an older modseq never goes back
}

void TestCacheMessages::localFlagChange()
{
    MessageSummary m = message(1, at(1), QStringLiteral("x"));
    m.flags.system = MessageFlag::Answered;
    CACHE_OK(MessageStore(*m_db).upsertMessages(m_inbox, {m, message(2, at(2), QStringLiteral("y"))}));
    CACHE_OK(MessageStore(*m_db).changeFlags(m_inbox, {1, 2}, MessageFlag::Seen | MessageFlag::Flagged,
                                             MessageFlag::Answered));
    CACHE_OK(MessageStore(*m_db).changeFlags(m_inbox, {2}, {}, MessageFlag::Flagged));
    std::optional<MessageSummary> row;
    CACHE_OK(MessageListReader(*m_db).message(m_inbox, 1, row));
    QCOMPARE(row->flags.system, MessageFlag::Seen | MessageFlag::Flagged);
    CACHE_OK(MessageListReader(*m_db).message(m_inbox, 2, row));
    QCOMPARE(row->flags.system, MessageFlagSet(MessageFlag::Seen));
}

void TestCacheMessages::expungeByUidSet()
{
    QList<MessageSummary> batch;
    for (quint32 uid = 1; uid <= 1000; ++uid)
        batch.append(message(uid, at(uid), QStringLiteral("m")));
    CACHE_OK(MessageStore(*m_db).upsertMessages(m_inbox, batch));
    qint64 rowOf10 = 0;
    CACHE_OK(MessageStore(*m_db).messageRowId(m_inbox, 10, rowOf10));
    CACHE_OK(PartStore(*m_db, 16).store(rowOf10, part(QStringLiteral("2")), QByteArray(100, 'x')));
    QCOMPARE(partFiles(*m_db).size(), 1);

    QList<quint32> gone;
    for (quint32 uid = 2; uid <= 1000; uid += 2)
        gone.append(uid);
    gone.append(5000); // not cached
    int removed = 0;
    CACHE_OK(MessageStore(*m_db).removeUids(m_inbox, gone, FolderSyncState{1, 1001, 0}, &removed));
    QCOMPARE(removed, 500);
    QList<quint32> left;
    CACHE_OK(MessageStore(*m_db).uids(m_inbox, left));
    QCOMPARE(left.size(), 500);
    QVERIFY(std::all_of(left.cbegin(), left.cend(), [](quint32 uid) { return uid % 2 == 1; }));
    QVERIFY(partFiles(*m_db).isEmpty()); // the part file of UID 10 went with it
}

void TestCacheMessages::clearFolderStoresNewState()
{
    CACHE_OK(MessageStore(*m_db).upsertMessages(m_inbox, {message(1, at(1), QStringLiteral("x"))}, FolderSyncState{1, 2, 3, true}));
    std::optional<FolderInfo> folder;
    CACHE_OK(FolderStore(*m_db).folder(m_inbox, folder));
    QCOMPARE(folder->sync, (FolderSyncState{1, 2, 3, true}));
    CACHE_OK(MessageStore(*m_db).clearFolder(m_inbox, FolderSyncState{2, 1, 0}));
    int count = -1;
    CACHE_OK(MessageListReader(*m_db).count(m_inbox, count));
    QCOMPARE(count, 0);
    CACHE_OK(FolderStore(*m_db).folder(m_inbox, folder));
    QCOMPARE(folder->sync, (FolderSyncState{2, 1, 0})); // no longer whole: a state without the proof resets it

    CACHE_OK(FolderStore(*m_db).markWhole(m_inbox, 1)); // an older UIDVALIDITY: proves nothing now
    CACHE_OK(FolderStore(*m_db).folder(m_inbox, folder));
    QVERIFY(!folder->sync.whole);
    CACHE_OK(FolderStore(*m_db).markWhole(m_inbox, 2));
    CACHE_OK(FolderStore(*m_db).folder(m_inbox, folder));
    QCOMPARE(folder->sync, (FolderSyncState{2, 1, 0, true}));
}

void TestCacheMessages::relinkAfterUidValidityChange()
{
    QList<MessageSummary> cached;
    for (quint32 uid = 1; uid <= 6; ++uid)
        cached.append(message(uid, at(uid * 10), QStringLiteral("m%1").arg(uid)));
    cached[3].messageId = cached[2].messageId; // UIDs 3 and 4: same Message-ID, size and date
    cached[3].size = cached[2].size;
    cached[3].internalDate = cached[2].internalDate;
    cached[4].messageId.clear(); // UID 5: no Message-ID, never matched
    CACHE_OK(MessageStore(*m_db).upsertMessages(m_inbox, cached, FolderSyncState{100, 7, 50}));
    qint64 rowOf2 = 0;
    CACHE_OK(MessageStore(*m_db).messageRowId(m_inbox, 2, rowOf2));
    CACHE_OK(PartStore(*m_db).store(rowOf2, part(QStringLiteral("1"), QStringLiteral("text/plain")), "kept body"));

    const auto candidate = [&](quint32 newUid, const MessageSummary &m) {
        return RelinkCandidate{newUid, m.messageId, m.size, m.internalDate.addMSecs(400)}; // second precision
    };
    // The server renumbered: 1 -> 11, 2 -> 1 (takes an old UID), 3 and 4 twice, 5 again, 6 gone, and a new one.
    const QList<RelinkCandidate> server{candidate(11, cached[0]), candidate(1, cached[1]), candidate(12, cached[2]),
                                        candidate(13, cached[3]), candidate(14, cached[4]),
                                        RelinkCandidate{15, QStringLiteral("<new@x>"), 5, at(99)}};
    RelinkResult result;
    CACHE_OK(UidRelinker(*m_db).relink(m_inbox, server, FolderSyncState{200, 16, 0}, result));
    QCOMPARE(result.relinked, 2);
    QCOMPARE(result.dropped, 4);

    QList<quint32> uids;
    CACHE_OK(MessageStore(*m_db).uids(m_inbox, uids));
    QCOMPARE(uids, (QList<quint32>{1, 11}));
    std::optional<MessageSummary> moved;
    CACHE_OK(MessageListReader(*m_db).message(m_inbox, 1, moved));
    QCOMPARE(moved->id, rowOf2);
    QCOMPARE(moved->subject, QStringLiteral("m2"));
    QCOMPARE(moved->modSeq, 0u);
    std::optional<StoredPart> part;
    CACHE_OK(PartStore(*m_db).load(rowOf2, QStringLiteral("1"), part));
    QCOMPARE(part->content, QByteArray("kept body"));
    std::optional<FolderInfo> folder;
    CACHE_OK(FolderStore(*m_db).folder(m_inbox, folder));
    QCOMPARE(folder->sync, (FolderSyncState{200, 16, 0}));
}

void TestCacheMessages::largePartGoesToFileAndBack()
{
    CACHE_OK(MessageStore(*m_db).upsertMessages(m_inbox, {message(1, at(1), QStringLiteral("big"))}));
    qint64 row = 0;
    CACHE_OK(MessageStore(*m_db).messageRowId(m_inbox, 1, row));
    QByteArray big(1024 * 1024 + 3, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
    big[0] = '\0';
    const PartInfo info{QStringLiteral("2"), QStringLiteral("application/pdf"), QString(), QStringLiteral("base64"),
                        1400000, QStringLiteral("Отчёт.pdf"), QStringLiteral("cid1"), QStringLiteral("attachment")};
    PartStore parts(*m_db);
    CACHE_OK(parts.store(row, info, big));
    CACHE_OK(parts.store(row, part(QStringLiteral("1"), QStringLiteral("text/plain")), "small"));
    bool inFile = false;
    CACHE_OK(parts.isFile(row, QStringLiteral("2"), inFile));
    QVERIFY(inFile);
    CACHE_OK(parts.isFile(row, QStringLiteral("1"), inFile));
    QVERIFY(!inFile);
    QCOMPARE(partFiles(*m_db).size(), 1);

    std::optional<StoredPart> loaded;
    CACHE_OK(parts.load(row, QStringLiteral("2"), loaded));
    QCOMPARE(loaded->info, info);
    QVERIFY(loaded->content == big);
    CACHE_OK(parts.load(row, QStringLiteral("9"), loaded));
    QVERIFY(!loaded);
    QList<PartInfo> cached;
    CACHE_OK(parts.cachedParts(row, cached));
    QCOMPARE(cached.size(), 2);

    CACHE_OK(parts.store(row, info, big.left(300 * 1024))); // replacing: the old file goes
    const QStringList files = partFiles(*m_db);
    QCOMPARE(files.size(), 1);
    QVERIFY(files.first().endsWith(QLatin1String(".part")));
    CACHE_OK(parts.load(row, QStringLiteral("2"), loaded));
    QCOMPARE(loaded->content, big.left(300 * 1024));

    QFile::remove(QDir(m_db->partsDirectory()).filePath(files.first())); // a lost file is a clear error
    const auto error = parts.load(row, QStringLiteral("2"), loaded);
    QVERIFY(error);
    QCOMPARE(error->code, Error::Code::Storage);
}

void TestCacheMessages::batchOfPartsAndRollback()
{
    QList<MessageSummary> batch;
    for (quint32 uid = 1; uid <= 50; ++uid)
        batch.append(message(uid, at(uid), QStringLiteral("m")));
    CACHE_OK(MessageStore(*m_db).upsertMessages(m_inbox, batch));
    QList<PartContent> parts;
    for (quint32 uid = 1; uid <= 50; ++uid) {
        qint64 row = 0;
        CACHE_OK(MessageStore(*m_db).messageRowId(m_inbox, uid, row));
        parts.append(PartContent{row, part(QStringLiteral("1"), QStringLiteral("text/plain")), QByteArray(uid * 10, 'a')});
    }
    CACHE_OK(PartStore(*m_db, 200).storeAll(parts)); // UIDs 21..50 go to files
    QCOMPARE(partFiles(*m_db).size(), 30);

    Transaction outer(*m_db); // a failing outer transaction takes the files it wrote with it
    CACHE_OK(outer.begin());
    parts.first().info.section = QStringLiteral("2");
    parts.first().content = QByteArray(1000, 'b');
    CACHE_OK(PartStore(*m_db, 200).storeAll({parts.first()}));
    QCOMPARE(partFiles(*m_db).size(), 31);
    outer.rollback();
    QCOMPARE(partFiles(*m_db).size(), 30);
    std::optional<StoredPart> loaded;
    CACHE_OK(PartStore(*m_db).load(parts.first().messageId, QStringLiteral("2"), loaded));
    QVERIFY(!loaded);
}

void TestCacheMessages::reopeningRemovesOldOrphanFiles()
{
    CACHE_OK(MessageStore(*m_db).upsertMessages(m_inbox, {message(1, at(1), QStringLiteral("m"))}));
    qint64 row = 0;
    CACHE_OK(MessageStore(*m_db).messageRowId(m_inbox, 1, row));
    CACHE_OK(PartStore(*m_db, 10).store(row, part(QStringLiteral("2")), QByteArray(100, 'x')));
    const QDir parts(m_db->partsDirectory());
    const auto orphan = [&](const QString &name, int ageSeconds) { // what a crash before COMMIT leaves
        QFile file(parts.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("orphan");
        QVERIFY(file.flush()); // before setting the time, or closing would touch it again
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds), QFileDevice::FileModificationTime));
    };
    orphan(QStringLiteral("old.part"), 2 * 3600);
    orphan(QStringLiteral("fresh.part"), 10);
    QFile referenced(parts.filePath(partFiles(*m_db).first()));
    QVERIFY(referenced.open(QIODevice::ReadWrite));
    QVERIFY(referenced.setFileTime(QDateTime::currentDateTime().addDays(-30), QFileDevice::FileModificationTime));
    referenced.close();
    const QString path = m_db->filePath();
    m_db->close();
    CACHE_OK(m_db->open(path));
    const QStringList left = partFiles(*m_db);
    QCOMPARE(left.size(), 2);
    QVERIFY(left.contains(QStringLiteral("fresh.part")));
    std::optional<StoredPart> loaded;
    CACHE_OK(PartStore(*m_db).load(row, QStringLiteral("2"), loaded));
    QCOMPARE(loaded->content, QByteArray(100, 'x'));
}

void TestCacheMessages::foldersAndCounts()
{
    FolderStore folders(*m_db);
    FolderInfo sent{0, QStringLiteral("acc-1"), QStringLiteral("Sent Items"), QStringLiteral("/"), SpecialUse::Sent,
                    FolderAttribute::HasNoChildren, true, FolderSyncState{5, 6, 7}, 10, 2};
    CACHE_OK(folders.upsertFolder(sent));
    QVERIFY(sent.id > 0 && sent.id != m_inbox);
    FolderInfo relisted = sent;
    relisted.sync = {};
    relisted.attributes = FolderAttribute::HasChildren;
    CACHE_OK(folders.upsertFolder(relisted)); // LIST again: same id, sync state kept
    QCOMPARE(relisted.id, sent.id);
    std::optional<FolderInfo> stored;
    CACHE_OK(folders.findFolder(QStringLiteral("acc-1"), QStringLiteral("Sent Items"), stored));
    QCOMPARE(stored->sync, sent.sync);
    QCOMPARE(stored->attributes, FolderAttributes(FolderAttribute::HasChildren));
    CACHE_OK(folders.updateCounts(sent.id, 40, 3));
    CACHE_OK(folders.folder(sent.id, stored));
    QCOMPARE(stored->totalCount, 40u);
    QCOMPARE(stored->unreadCount, 3u);

    CACHE_OK(MessageStore(*m_db).upsertMessages(sent.id, {message(1, at(1), QStringLiteral("s"))}));
    int removed = 0;
    CACHE_OK(folders.removeFoldersNotIn(QStringLiteral("acc-1"), {QStringLiteral("INBOX")}, removed));
    QCOMPARE(removed, 1);
    QList<FolderInfo> all;
    CACHE_OK(folders.folders(QString(), all));
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().role, SpecialUse::Inbox);
}

QTEST_GUILESS_MAIN(TestCacheMessages)
#include "tst_cache_messages.moc"
