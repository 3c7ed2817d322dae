// The pure parts of the folder sync and of the consistency helper: which UIDs each FETCH asks for
// (newest first, skipping what is cached), how a full flag diff is chunked, and what a difference
// between server and cache reads like.
#include "FolderSnapshot.h"

#include "sync/folder/FlagDiffResync.h"
#include "sync/folder/NewMessageFetch.h"

#include <QTest>

using namespace Kestrel;
using Kestrel::Imap::SequenceSet;
using Kestrel::Sync::FlagDiffResync;
using Kestrel::Sync::NewMessageFetch;
using Kestrel::Test::FolderSnapshot;

class TestSyncPlans : public QObject
{
    Q_OBJECT
private slots:
    void newMessagesComeNewestFirstInChunks()
    {
        const QList<SequenceSet> chunks = NewMessageFetch::planChunks(1, 10, {}, 4);
        QCOMPARE(chunks.size(), 3);
        QCOMPARE(chunks[0].toImapString(), QByteArray("7:10"));
        QCOMPARE(chunks[1].toImapString(), QByteArray("3:6"));
        QCOMPARE(chunks[2].toImapString(), QByteArray("1:2"));
    }

    void theNewestChunkIsSmallSoTheListFillsEarly()
    {
        const QList<SequenceSet> chunks = NewMessageFetch::planChunks(1, 1000, {}, 500);
        QCOMPARE(chunks.size(), 3);
        QCOMPARE(chunks[0].toImapString(), QByteArray("901:1000"));
        QCOMPARE(chunks[1].toImapString(), QByteArray("401:900"));
        QCOMPARE(chunks[2].toImapString(), QByteArray("1:400"));
        QList<quint32> listed;
        for (quint32 uid = 2; uid <= 1400; uid += 2)
            listed << uid;
        const QList<SequenceSet> sparse = NewMessageFetch::planChunks(listed, {}, 500);
        QCOMPARE(sparse.size(), 3);
        QCOMPARE(sparse[0].count(), quint64(100));
        QCOMPARE(sparse[1].count(), quint64(500));
        QCOMPARE(sparse[2].count(), quint64(100));
    }

    void cachedUidsAreNotFetchedAgain()
    {
        // A run killed after storing 7..10 and 5: the next one asks only for the gaps.
        const QList<SequenceSet> chunks = NewMessageFetch::planChunks(1, 10, {5, 7, 8, 9, 10}, 4);
        QCOMPARE(chunks.size(), 2);
        QCOMPARE(chunks[0].toImapString(), QByteArray("3:4,6"));
        QCOMPARE(chunks[1].toImapString(), QByteArray("1:2"));
        QVERIFY(NewMessageFetch::planChunks(3, 4, {3, 4}, 10).isEmpty());
    }

    void unknownUidNextFetchesToTheEnd()
    {
        const QList<SequenceSet> chunks = NewMessageFetch::planChunks(7, 0, {}, 4);
        QCOMPARE(chunks.size(), 1);
        QCOMPARE(chunks[0].toImapString(), QByteArray("7:*"));
    }

    void listedUidsAreChunkedByCount()
    {
        // What a UID SEARCH found in a sparse range: chunks of 2 messages, newest first, cached ones left out.
        const QList<SequenceSet> chunks = NewMessageFetch::planChunks(QList<quint32>{5, 900, 70000, 12, 400000}, {12}, 2);
        QCOMPARE(chunks.size(), 2);
        QCOMPARE(chunks[0].toImapString(), QByteArray("70000,400000"));
        QCOMPARE(chunks[1].toImapString(), QByteArray("5,900"));
    }

    void flagDiffCoversEveryCachedUid()
    {
        const auto ranges = FlagDiffResync::planRanges({40, 2, 9, 7, 100}, 2);
        QCOMPARE(ranges.size(), 3);
        QCOMPARE(ranges[0], std::make_pair(2u, 7u));
        QCOMPARE(ranges[1], std::make_pair(9u, 40u));
        QCOMPARE(ranges[2], std::make_pair(100u, 100u));
        QVERIFY(FlagDiffResync::planRanges({}, 10).isEmpty());
    }

    void snapshotsThatAgreeHaveNoDiff()
    {
        FolderSnapshot server, cache;
        server.uidValidity = cache.uidValidity = 7;
        server.messages[1] = cache.messages[1] = {{QStringLiteral("\\Seen")}, QStringLiteral("<a@x>"), 10};
        QCOMPARE(FolderSnapshot::diff(server, cache), QString());
    }

    void diffNamesEveryDifference()
    {
        FolderSnapshot server, cache;
        server.uidValidity = 8;
        cache.uidValidity = 7;
        server.messages[1] = {{QStringLiteral("\\Seen")}, QStringLiteral("<a@x>"), 10};
        cache.messages[1] = {{}, QStringLiteral("<b@x>"), 11};
        server.messages[2] = {{}, QStringLiteral("<c@x>"), 12};
        cache.messages[3] = {{}, {}, 13};
        const QString diff = FolderSnapshot::diff(server, cache);
        for (const char *expected : {"UIDVALIDITY: server 8, cache 7", "UID 1: flags server (\\Seen), cache ()",
                                     "UID 1: Message-ID server <a@x>, cache <b@x>", "UID 1: size server 10, cache 11",
                                     "only on server: UID 2 <c@x> 12 bytes", "only in cache: UID 3 <no Message-ID> 13 bytes"})
            QVERIFY2(diff.contains(QLatin1String(expected)), qPrintable(diff));
        QVERIFY(FolderSnapshot::diff(server, cache, 2).contains(QStringLiteral("... and 4 more differences")));
    }
};

QTEST_GUILESS_MAIN(TestSyncPlans)
#include "tst_sync_plans.moc"
