// ChunkWriter: the initial sync's chunks stored on a thread of its own, on a real SQLite file. Batches
// land in the order given, each report comes back on the test's thread in that order, the folder state
// lands with the batch that carries it, a failed batch is reported without losing the ones after it,
// destroying the writer still stores what it was handed, and a caller faster than the writer waits for
// room instead of queueing without bound.
#include "../cache/CacheTestData.h"

#include "cache/MessageListReader.h"
#include "cache/SearchIndex.h"
#include "sync/folder/ChunkWriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;
using namespace CacheTestData;
using Kestrel::Sync::ChunkWriter;

class TestChunkWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storesInOrderWithTheState();
    void failedBatchIsReportedAndTheNextStored();
    void destroyingStoresWhatWasHandedOver();
    void backlogIsBounded();

private:
    static QList<MessageSummary> batch(quint32 firstUid, int count);
    int cachedCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
    qint64 m_inbox = 0;
};

QList<MessageSummary> TestChunkWriter::batch(quint32 firstUid, int count)
{
    QList<MessageSummary> messages;
    for (int i = 0; i < count; ++i)
        messages << message(firstUid + quint32(i), at(firstUid + i), QStringLiteral("Message %1").arg(firstUid + quint32(i)));
    return messages;
}

int TestChunkWriter::cachedCount()
{
    int count = -1;
    if (auto error = MessageListReader(m_db).count(m_inbox, count))
        qWarning("%s", qPrintable(error->toString()));
    return count;
}

void TestChunkWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_inbox = openWithInbox(m_db, m_dir->path());
}

void TestChunkWriter::cleanup()
{
    m_db.close();
    m_dir.reset();
}

void TestChunkWriter::storesInOrderWithTheState()
{
    ChunkWriter writer(m_db.filePath());
    QSignalSpy stored(&writer, &ChunkWriter::stored);
    const FolderSyncState state{7, 1001, 55};
    writer.store(m_inbox, batch(801, 200), std::nullopt); // newest first, as the sync hands them over
    writer.store(m_inbox, batch(401, 400), std::nullopt);
    writer.store(m_inbox, batch(1, 400), state);
    QCOMPARE(writer.outstanding(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 3, 20000);
    QCOMPARE(writer.outstanding(), 0);
    QList<int> counts;
    for (const QList<QVariant> &report : std::as_const(stored)) {
        counts << report[0].toInt();
        QVERIFY(!report[1].value<std::optional<Error>>());
    }
    QCOMPARE(counts, (QList<int>{200, 400, 400}));
    QCOMPARE(cachedCount(), 1000);
    std::optional<FolderInfo> folder;
    CACHE_OK(FolderStore(m_db).folder(m_inbox, folder));
    QVERIFY(folder);
    QCOMPARE(folder->sync, state);
    qint64 unindexed = 0; // left for SearchIndexCatchUp
    CACHE_OK(SearchIndex(m_db).pendingCount(unindexed));
    QCOMPARE(unindexed, qint64(1000));
}

void TestChunkWriter::failedBatchIsReportedAndTheNextStored()
{
    ChunkWriter writer(m_db.filePath());
    QSignalSpy stored(&writer, &ChunkWriter::stored);
    writer.store(m_inbox + 1000, batch(1, 10), std::nullopt); // no such folder: the foreign key refuses it
    writer.store(m_inbox, batch(11, 10), std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2, 20000);
    const auto failure = stored[0][1].value<std::optional<Error>>();
    QVERIFY(failure);
    QVERIFY(!failure->userMessage.isEmpty());
    QCOMPARE(stored[0][0].toInt(), 0);
    QVERIFY(!stored[1][1].value<std::optional<Error>>());
    QCOMPARE(stored[1][0].toInt(), 10);
    QCOMPARE(cachedCount(), 10);
}

void TestChunkWriter::destroyingStoresWhatWasHandedOver()
{
    {
        ChunkWriter writer(m_db.filePath());
        writer.store(m_inbox, batch(1, 300), std::nullopt);
        writer.store(m_inbox, batch(301, 300), FolderSyncState{3, 601, 0});
    } // no event loop ran: the reports are dropped, the rows are not
    QCOMPARE(cachedCount(), 600);
    std::optional<FolderInfo> folder;
    CACHE_OK(FolderStore(m_db).folder(m_inbox, folder));
    QCOMPARE(folder->sync.uidNext, 601u);
}

// Twenty batches handed over with no event loop running: store() must block until the writer has room,
// so when it returns at most MaxBacklog of them can still be waiting. The writer's own connection counts
// what is committed, and the test reads it through its own.
void TestChunkWriter::backlogIsBounded()
{
    ChunkWriter writer(m_db.filePath());
    for (int i = 0; i < 20; ++i) {
        writer.store(m_inbox, batch(quint32(i * 500 + 1), 500), std::nullopt);
        QVERIFY2(cachedCount() >= (i + 1 - ChunkWriter::MaxBacklog) * 500, qPrintable(QString::number(i)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(writer.outstanding(), 0, 30000);
    QCOMPARE(cachedCount(), 10000);
}

QTEST_GUILESS_MAIN(TestChunkWriter)
#include "tst_chunk_writer.moc"
