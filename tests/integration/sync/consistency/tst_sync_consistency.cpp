// The cache ends equal to the server (issue 4, "Tests"): Kestrel and a second raw IMAP connection change
// the same folders (flags, keywords, expunges, moves, new mail by APPEND and LMTP), before and during a
// sync; the folder is recreated with a new UIDVALIDITY (tst_sync_interrupted: the server killed mid-sync).
// After each sync ServerSnapshot (a raw connection) and CacheSnapshot must agree. Built three times:
// with QRESYNC, with CONDSTORE only, and with both hidden (KESTREL_SYNC_MODE, via imap_capability).
#include "DovecotClient.h"
#include "SyncFixture.h"

#include "cache/MessageStore.h"
#include "cache/PartStore.h"
#include "imap/commands/MoveCommand.h"
#include "imap/commands/SelectCommand.h"
#include "imap/commands/StoreCommand.h"

using namespace Kestrel;
using namespace Kestrel::Test;

// The whole readable difference on failure (QCOMPARE would cut it short).
#define QVERIFY_IN_SYNC(folder)                                                                                        \
    do {                                                                                                               \
        const QString difference = m_fixture.diff(folder);                                                             \
        QVERIFY2(difference.isEmpty(), qPrintable(difference));                                                        \
    } while (false)

namespace {

int flagChanges(const FolderSnapshot &before, const FolderSnapshot &after)
{
    int changed = 0;
    for (auto it = after.messages.cbegin(); it != after.messages.cend(); ++it) {
        const auto old = before.messages.constFind(it.key());
        if (old != before.messages.cend() && old->flags != it->flags)
            ++changed;
    }
    return changed;
}

} // namespace

class TestSyncConsistency : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(SyncFixture::capabilityConfig(KESTREL_SYNC_MODE)), qPrintable(m_fixture.dovecot().errorString()));
    }

    void capabilitiesMatchTheMode()
    {
        DovecotClient client(m_fixture.dovecot());
        QCOMPARE(client.connectAs(QStringLiteral("alice")), QString());
        const QByteArray mode(KESTREL_SYNC_MODE);
        QCOMPARE(client.session->capabilities().has("QRESYNC"), mode == "qresync");
        QCOMPARE(client.session->capabilities().has("CONDSTORE"), mode != "plain");
    }

    void changesBetweenSyncsConverge()
    {
        const QString inbox = QStringLiteral("INBOX"), elsewhere = QStringLiteral("Elsewhere");
        QVERIFY(m_fixture.fill(inbox, SyncFixture::messages("between", 60)));
        QVERIFY(m_fixture.fill(inbox, SyncFixture::messages("between-seen", 60), "\\Seen"));
        QVERIFY(m_fixture.fill(elsewhere, SyncFixture::messages("elsewhere", 5)));
        SyncRun first = m_fixture.sync({inbox, elsewhere}, 25);
        QVERIFY2(!first.error, qPrintable(first.error->toString()));
        QCOMPARE(first.of(inbox).added, 120);
        QVERIFY(first.chunks >= 5); // newest first, 25 UIDs a chunk
        QVERIFY_IN_SYNC(inbox);
        QVERIFY_IN_SYNC(elsewhere);
        QVERIFY(m_fixture.cachedFolder(inbox)->sync.whole); // proven, so later resyncs need not count the cache
        const FolderSnapshot before = m_fixture.server(inbox);

        // Kestrel's own session: flag one message, move another away.
        DovecotClient kestrel(m_fixture.dovecot());
        QCOMPARE(kestrel.connectAs(QStringLiteral("alice")), QString());
        QVERIFY(kestrel.run(std::make_unique<Imap::SelectCommand>(inbox)).ok());
        QVERIFY(kestrel.run(std::make_unique<Imap::StoreCommand>(Imap::SequenceSet::fromNumbers({3}), Imap::StoreCommand::Mode::Add,
                                                                 QList<QByteArray>{"\\Flagged"})).ok());
        QVERIFY(kestrel.run(std::make_unique<Imap::MoveCommand>(Imap::SequenceSet::fromNumbers({4}), elsewhere)).ok());
        // A second client: read, unread, keywords, expunges, a move, new mail by APPEND and LMTP.
        RawImapClient other;
        QVERIFY2(m_fixture.other(other), qPrintable(other.lastError()));
        QVERIFY(other.command("SELECT INBOX").ok);
        QVERIFY(other.command("UID STORE 10:20 +FLAGS (\\Seen)").ok);
        QVERIFY(other.command("UID STORE 61:62 -FLAGS (\\Seen)").ok);
        QVERIFY(other.command("UID STORE 7 +FLAGS ($Label1 \\Answered)").ok);
        QVERIFY(other.command("UID STORE 30:35 +FLAGS (\\Deleted)").ok);
        QVERIFY(other.command("UID EXPUNGE 30:35").ok);
        QVERIFY(other.command("UID MOVE 40 Elsewhere").ok);
        QVERIFY(other.append(inbox, SyncFixture::messages("between-new", 3)));
        other.logout();
        QVERIFY(m_fixture.deliver(SyncFixture::messages("between-lmtp", 1).constFirst()));
        QVERIFY(m_fixture.deliver(SyncFixture::messages("between-lmtp", 1, 2).constFirst()));
        const FolderSnapshot after = m_fixture.server(inbox);

        const SyncRun second = m_fixture.sync({inbox, elsewhere}, 25);
        QVERIFY2(!second.error, qPrintable(second.error->toString()));
        QVERIFY_IN_SYNC(inbox);
        QVERIFY_IN_SYNC(elsewhere);
        QCOMPARE(second.of(inbox).added, 5);
        QCOMPARE(second.of(inbox).removed, 8); // 6 expunged, 2 moved away
        QCOMPARE(second.of(inbox).changed, flagChanges(before, after));
        QCOMPARE(second.of(elsewhere).added, 2);

        const SyncRun third = m_fixture.sync({inbox, elsewhere});
        QVERIFY2(!third.error, qPrintable(third.error->toString()));
        QCOMPARE(third.of(inbox).added + third.of(inbox).removed + third.of(inbox).changed, 0);
    }

    void changesDuringSyncConverge()
    {
        const QString busy = QStringLiteral("Busy");
        QVERIFY(m_fixture.fill(busy, SyncFixture::messages("busy", 1200)));
        RawImapClient other;
        QVERIFY2(m_fixture.other(other), qPrintable(other.lastError()));
        QVERIFY(other.command("SELECT Busy").ok);
        bool changed = false;
        // While the first chunk (UIDs 1181-1200) is stored and the server still works through the
        // other 59: expunge a stored message and two not yet fetched, change flags on both kinds,
        // deliver new mail.
        const SyncRun run = m_fixture.sync({busy}, 20, [&](int chunk) {
            if (chunk != 1)
                return;
            changed = other.command("UID STORE 1195,10:11 +FLAGS (\\Deleted)").ok && other.command("UID EXPUNGE 1195,10:11").ok
                && other.command("UID STORE 1199 +FLAGS (\\Flagged)").ok && other.command("UID STORE 5 +FLAGS (\\Answered $Later)").ok
                && other.append(busy, SyncFixture::messages("busy-late", 2));
        });
        QVERIFY2(!run.error, qPrintable(run.error->toString()));
        QVERIFY2(changed, qPrintable(other.lastError()));
        // One sync, no second one: what happened meanwhile is in the cache already.
        QVERIFY_IN_SYNC(busy);
        QCOMPARE(m_fixture.server(busy).messages.size(), 1199);
        other.logout();

        const SyncRun again = m_fixture.sync({busy});
        QVERIFY2(!again.error, qPrintable(again.error->toString()));
        QCOMPARE(again.of(busy).added + again.of(busy).removed + again.of(busy).changed, 0);
    }

    void sparseUidsAreSearchedNotScanned()
    {
        // 300 UIDs of which 10 remain (146-150, 296-300): one UID SEARCH finds them and three FETCHes of
        // up to four messages get them (chunks by UID range would take four: 297-300, 296, 149-150, 146-148).
        const QString folder = QStringLiteral("Sparse");
        QVERIFY(m_fixture.fill(folder, SyncFixture::messages("sparse", 300)));
        RawImapClient other;
        QVERIFY2(m_fixture.other(other), qPrintable(other.lastError()));
        QVERIFY(other.command("SELECT Sparse").ok);
        QVERIFY(other.command("UID STORE 1:145,151:295 +FLAGS (\\Deleted)").ok && other.command("EXPUNGE").ok);
        other.logout();
        const SyncRun run = m_fixture.sync({folder}, 4);
        QVERIFY2(!run.error, qPrintable(run.error->toString()));
        QVERIFY_IN_SYNC(folder);
        QCOMPARE(run.of(folder).added, 10);
        QCOMPARE(run.chunks, 3);
    }

    void uidValidityChangeRelinksCachedMessages()
    {
        const QString folder = QStringLiteral("Recreated");
        const QList<QByteArray> originals = SyncFixture::messages("recreated", 30);
        const QByteArray twin = SyncFixture::messages("twin", 1).constFirst(); // same identity twice: ambiguous
        const QByteArray anonymous = "From: x@example.org\r\nSubject: no id\r\n\r\nbody\r\n";
        QVERIFY(m_fixture.fill(folder, originals + QList<QByteArray>{twin, twin, anonymous}));
        SyncRun first = m_fixture.sync({folder});
        QVERIFY2(!first.error, qPrintable(first.error->toString()));
        QVERIFY_IN_SYNC(folder);
        const std::optional<FolderInfo> before = m_fixture.cachedFolder(folder);
        QVERIFY(before);
        // Row ids of the originals, and a cached part on one of them.
        QHash<quint32, qint64> rowIds;
        for (quint32 uid = 1; uid <= 30; ++uid)
            QVERIFY(!MessageStore(m_fixture.database()).messageRowId(before->id, uid, rowIds[uid]));
        PartInfo part;
        part.section = QStringLiteral("1");
        part.mimeType = QStringLiteral("text/plain");
        QVERIFY(!PartStore(m_fixture.database()).store(rowIds[5], part, "cached text"));

        // The folder is recreated: the same messages in another order (new UIDs), two of them gone,
        // flags changed on one, and one new message.
        RawImapClient other;
        QVERIFY2(m_fixture.other(other), qPrintable(other.lastError()));
        QVERIFY(other.command("DELETE Recreated").ok);
        QVERIFY(other.command("CREATE Recreated").ok);
        QList<QByteArray> reappended;
        for (int i = 29; i >= 2; --i) // originals 3..30, newest first
            reappended << originals[i];
        const QDateTime date(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
        QVERIFY(other.append(folder, reappended, {}, date));
        QVERIFY(other.append(folder, {twin, twin, anonymous}, {}, date));
        QVERIFY(other.append(folder, SyncFixture::messages("recreated-new", 1), "\\Flagged", date));
        QVERIFY(other.command("SELECT Recreated").ok);
        QVERIFY(other.command("UID STORE 1 +FLAGS (\\Seen)").ok); // original 30
        other.logout();

        const SyncRun second = m_fixture.sync({folder});
        QVERIFY2(!second.error, qPrintable(second.error->toString()));
        QVERIFY_IN_SYNC(folder);
        const std::optional<FolderInfo> after = m_fixture.cachedFolder(folder);
        QVERIFY(after->sync.uidValidity != before->sync.uidValidity);
        QCOMPARE(second.of(folder).relinked, 28);
        QCOMPARE(second.of(folder).added, 4);   // the twins, the one without Message-ID, the new one: fetched whole
        QCOMPARE(second.of(folder).removed, 5); // originals 1 and 2, and the 3 rows that could not be matched
        // Relinked rows kept their row ids (original 3 + i is now UID 28 - i) and their parts.
        for (quint32 original = 3; original <= 30; ++original) {
            qint64 id = 0;
            QVERIFY(!MessageStore(m_fixture.database()).messageRowId(after->id, 31 - original, id));
            QCOMPARE(id, rowIds[original]);
        }
        std::optional<StoredPart> stored;
        QVERIFY(!PartStore(m_fixture.database()).load(rowIds[5], QStringLiteral("1"), stored));
        QVERIFY(stored);
        QCOMPARE(stored->content, QByteArray("cached text"));
    }

private:
    SyncFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestSyncConsistency)
#include "tst_sync_consistency.moc"
