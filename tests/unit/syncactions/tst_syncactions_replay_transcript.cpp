// ActionReplayer on the wire, as transcripts over an in-memory transport, for what the real Dovecot
// will not show or not do: the exact conditional STORE and its retry after [MODIFIED], a server that
// sends no COPYUID, \Deleted without UIDPLUS (never a plain EXPUNGE), and a connection that drops.
#include "CacheTestData.h"
#include "SessionHarness.h"

#include "cache/MessageListReader.h"
#include "cache/MessageStore.h"
#include "cache/OfflineQueue.h"
#include "sync/actions/ActionReplayer.h"
#include "sync/actions/MessageActions.h"
#include "sync/actions/ProvisionalUids.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Sync;
using namespace CacheTestData;
using Kestrel::Test::Harness;

namespace {
const QString inbox = QStringLiteral("INBOX");
const QString account = QStringLiteral("acc-1");
} // namespace

class TestSyncActionsReplayTranscript : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        m_inbox = openWithInbox(*m_db, m_dir->path(), account);
        FolderInfo archive;
        archive.accountId = account;
        archive.name = QStringLiteral("Archive");
        CACHE_OK(FolderStore(*m_db).upsertFolder(archive));
        m_archive = archive.id;
        QList<MessageSummary> messages;
        for (quint32 uid : {5u, 6u}) {
            MessageSummary m = message(uid, at(uid), QStringLiteral("Message %1").arg(uid));
            m.modSeq = 100 + uid;
            if (uid == 6)
                m.messageId.clear(); // nothing to look it up by
            messages << m;
        }
        CACHE_OK(MessageStore(*m_db).upsertMessages(m_inbox, messages, FolderSyncState{77, 7, 106}));
    }

    void conditionalStoreRetriesWhatOthersChanged()
    {
        Harness h;
        CACHE_OK(MessageActions(*m_db, account).changeFlags(inbox, {5}, {QStringLiteral("\\Seen")}, {}));
        auto report = start(h);
        expectSelect(h, "INBOX (CONDSTORE)");
        QCOMPARE(h.C(), QList<QByteArray>{"a2 UID FETCH 5 (UID FLAGS)"});
        h.S("* 1 FETCH (UID 5 FLAGS ())");
        h.S("a2 OK done");
        // RFC 7162 3.1.3: the MODSEQ the user saw; someone changed the message since.
        QCOMPARE(h.C(), QList<QByteArray>{"a3 UID STORE 5 (UNCHANGEDSINCE 105) +FLAGS.SILENT (\\Seen)"});
        h.S("a3 OK [MODIFIED 5] conditional store failed");
        QCOMPARE(h.C(), QList<QByteArray>{"a4 UID STORE 5 +FLAGS.SILENT (\\Seen)"});
        h.S("a4 OK done");
        QTRY_COMPARE(report->count(), 1);
        const auto result = report->at(0).at(0).value<ReplayReport>();
        QVERIFY(!result.error);
        QCOMPARE(result.completed, 1);
        QCOMPARE(pending(), 0);
    }

    void withoutCopyUidTheStandInMakesWayForTheSync()
    {
        Harness h("IMAP4rev1 CONDSTORE");
        MessageActions actions(*m_db, account);
        CACHE_OK(actions.move(inbox, {6}, QStringLiteral("Archive")));
        CACHE_OK(actions.changeFlags(QStringLiteral("Archive"), {ProvisionalUids::Base}, {QStringLiteral("\\Flagged")}, {}));
        auto report = start(h);
        expectSelect(h, "INBOX (CONDSTORE)");
        QCOMPARE(h.C(), QList<QByteArray>{"a2 UID FETCH 6 (UID FLAGS)"});
        h.S("* 2 FETCH (UID 6 FLAGS ())");
        h.S("a2 OK done");
        QCOMPARE(h.C(), QList<QByteArray>{"a3 UID COPY 6 Archive"});
        h.S("a3 OK copied"); // no [COPYUID]: the server does not say where the copy went
        QCOMPARE(h.C(), QList<QByteArray>{"a4 UID STORE 6 +FLAGS.SILENT (\\Deleted)"});
        h.S("a4 OK stored"); // no UIDPLUS: no UID EXPUNGE, and never a plain EXPUNGE
        expectSelect(h, "Archive (CONDSTORE)", 5);
        QCOMPARE(h.C(), QList<QByteArray>{"a6 UID FETCH 4026531840 (UID FLAGS)"});
        h.S("a6 OK nothing"); // the stand-in UID means nothing to the server
        QTRY_COMPARE(report->count(), 1);
        const auto result = report->at(0).at(0).value<ReplayReport>();
        QVERIFY(!result.error);
        QCOMPARE(result.completed, 1);
        QCOMPARE(result.dropped, 1);
        QVERIFY(!cached(m_archive, ProvisionalUids::Base)); // the next sync fetches the real one
        QVERIFY(!cached(m_inbox, 6));
    }

    void withoutCopyUidTheCopyIsFoundByMessageId()
    {
        Harness h("IMAP4rev1 CONDSTORE");
        MessageActions actions(*m_db, account);
        CACHE_OK(actions.move(inbox, {5}, QStringLiteral("Archive")));
        CACHE_OK(actions.changeFlags(QStringLiteral("Archive"), {ProvisionalUids::Base}, {QStringLiteral("\\Flagged")}, {}));
        auto report = start(h);
        expectSelect(h, "INBOX (CONDSTORE)");
        QCOMPARE(h.C(), QList<QByteArray>{"a2 UID FETCH 5 (UID FLAGS)"});
        h.S("* 1 FETCH (UID 5 FLAGS ())");
        h.S("a2 OK done");
        QCOMPARE(h.C(), QList<QByteArray>{"a3 UID COPY 5 Archive"});
        h.S("a3 OK copied");
        QCOMPARE(h.C(), QList<QByteArray>{"a4 UID STORE 5 +FLAGS.SILENT (\\Deleted)"});
        h.S("a4 OK stored");
        QCOMPARE(h.C(), QList<QByteArray>{"a5 EXAMINE Archive"});
        h.S("* 12 EXISTS");
        h.S("a5 OK [READ-ONLY] examined");
        QCOMPARE(h.C(), QList<QByteArray>{R"(a6 UID SEARCH HEADER "Message-ID" "<msg-5@example.com>")"});
        h.S("* SEARCH 12");
        h.S("a6 OK found");
        // The flag taken on the stand-in now names UID 12; EXAMINE was read-only, so SELECT first.
        expectSelect(h, "Archive (CONDSTORE)", 7);
        QCOMPARE(h.C(), QList<QByteArray>{"a8 UID FETCH 12 (UID FLAGS)"});
        h.S("* 12 FETCH (UID 12 FLAGS ())");
        h.S("a8 OK done");
        QCOMPARE(h.C(), QList<QByteArray>{"a9 UID STORE 12 +FLAGS.SILENT (\\Flagged)"}); // no MODSEQ of the old folder
        h.S("a9 OK stored");
        QTRY_COMPARE(report->count(), 1);
        const auto result = report->at(0).at(0).value<ReplayReport>();
        QVERIFY2(!result.error, result.error ? qPrintable(result.error->toString()) : "");
        QCOMPARE(result.completed, 2);
        QCOMPARE(cached(m_archive, 12).value_or(MessageSummary()).subject, QStringLiteral("Message 5"));
        QVERIFY(!cached(m_archive, ProvisionalUids::Base));
    }

    void deleteWithoutTrashExpungesOnlyItsOwnUids()
    {
        for (const bool uidPlus : {true, false}) {
            init();
            Harness h(uidPlus ? "IMAP4rev1 UIDPLUS" : "IMAP4rev1");
            CACHE_OK(MessageActions(*m_db, account).remove(inbox, {5}));
            QVERIFY(!cached(m_inbox, 5));
            auto report = start(h);
            expectSelect(h, "INBOX");
            QCOMPARE(h.C(), QList<QByteArray>{"a2 UID FETCH 5 (UID FLAGS)"});
            h.S("* 1 FETCH (UID 5 FLAGS (\\Seen))");
            h.S("a2 OK done");
            QCOMPARE(h.C(), QList<QByteArray>{"a3 UID STORE 5 +FLAGS.SILENT (\\Deleted)"});
            h.S("a3 OK stored");
            if (uidPlus) {
                QCOMPARE(h.C(), QList<QByteArray>{"a4 UID EXPUNGE 5"});
                h.S("* 1 EXPUNGE");
                h.S("a4 OK expunged");
            }
            QTRY_COMPARE(report->count(), 1);
            QCOMPARE(report->at(0).at(0).value<ReplayReport>().completed, 1);
            QVERIFY(h.C().isEmpty()); // nothing more: no plain EXPUNGE in either case
        }
    }

    void droppedConnectionKeepsTheActionFirst()
    {
        Harness h;
        MessageActions actions(*m_db, account);
        CACHE_OK(actions.changeFlags(inbox, {5}, {QStringLiteral("\\Flagged")}, {}));
        CACHE_OK(actions.changeFlags(inbox, {6}, {QStringLiteral("\\Flagged")}, {}));
        auto report = start(h);
        expectSelect(h, "INBOX (CONDSTORE)");
        QCOMPARE(h.C(), QList<QByteArray>{"a2 UID FETCH 5 (UID FLAGS)"});
        h.transport().drop();
        QTRY_COMPARE(report->count(), 1);
        const auto result = report->at(0).at(0).value<ReplayReport>();
        QVERIFY(result.unreachable());
        QCOMPARE(result.remaining, 2);
        QList<OfflineAction> head;
        CACHE_OK(OfflineQueue(*m_db).peek(account, 1, head));
        QVERIFY2(head[0].payload.contains("[5]"), head[0].payload.constData());
        QCOMPARE(head[0].attempts, 1);
        QVERIFY(!head[0].lastError.isEmpty());
    }

private:
    std::unique_ptr<QSignalSpy> start(Harness &h)
    {
        m_replayer = std::make_unique<ActionReplayer>(*h.session, *m_db, account);
        auto spy = std::make_unique<QSignalSpy>(m_replayer.get(), &ActionReplayer::finished);
        m_replayer->start();
        return spy;
    }

    // SELECT with the tag a<tag>, answered with UIDVALIDITY 77.
    static void expectSelect(Harness &h, const QByteArray &arguments, int tag = 1)
    {
        const QByteArray t = "a" + QByteArray::number(tag);
        QCOMPARE(h.C(), QList<QByteArray>{t + " SELECT " + arguments});
        h.S("* 2 EXISTS");
        h.S("* OK [UIDVALIDITY 77] ok");
        h.S("* OK [UIDNEXT 7] ok");
        h.S(t + " OK [READ-WRITE] selected");
    }

    std::optional<MessageSummary> cached(qint64 folder, quint32 uid)
    {
        std::optional<MessageSummary> message;
        MessageListReader(*m_db).message(folder, uid, message);
        return message;
    }

    int pending()
    {
        int count = -1;
        OfflineQueue(*m_db).count(account, count);
        return count;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ActionReplayer> m_replayer;
    qint64 m_inbox = 0;
    qint64 m_archive = 0;
};

QTEST_GUILESS_MAIN(TestSyncActionsReplayTranscript)
#include "tst_syncactions_replay_transcript.moc"
