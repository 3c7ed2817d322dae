// SelectedMailboxState as the session feeds it (RFC 3501 7.3 / 7.4, RFC 7162 3.2.10 / 3.2.11):
// untagged changes at any moment, announced by UID where possible; and IDLE upkeep (RFC 2177):
// DONE before any other command, renewal, NOOP polling when IDLE is missing or refused.
#include "SessionHarness.h"

#include "imap/commands/EnableCommand.h"
#include "imap/commands/FetchCommand.h"
#include "imap/commands/NoopCommand.h"
#include "imap/commands/StatusCommand.h"
#include "imap/session/IdleManager.h"

using namespace Kestrel;
using namespace Kestrel::Imap;
using Kestrel::Test::Harness;

using Lines = QList<QByteArray>;

namespace {

// What SelectedMailboxState announced, as readable strings.
struct Events {
    QStringList list;
    explicit Events(const SelectedMailboxState &state)
    {
        QObject::connect(&state, &SelectedMailboxState::existsChanged, [this](quint32 n) { add(u"exists %1", n); });
        QObject::connect(&state, &SelectedMailboxState::vanished, [this](const SequenceSet &uids, bool earlier) {
            list << QStringLiteral("vanished %1%2").arg(QString::fromLatin1(uids.toImapString()), earlier ? QStringLiteral(" earlier") : QString());
        });
        QObject::connect(&state, &SelectedMailboxState::expungedWithoutUid, [this](quint32 n) { add(u"expunged seq %1", n); });
        QObject::connect(&state, &SelectedMailboxState::flagsChanged, [this](quint32 uid, const MessageFlags &flags, quint64 modSeq) {
            list << QStringLiteral("flags uid %1 seen=%2 modseq %3").arg(uid).arg(flags.system.testFlag(SystemFlag::Seen)).arg(modSeq);
        });
        QObject::connect(&state, &SelectedMailboxState::flagsChangedWithoutUid, [this](quint32 n, const MessageFlags &) { add(u"flags seq %1", n); });
        QObject::connect(&state, &SelectedMailboxState::highestModSeqChanged, [this](quint64 m) { list << QStringLiteral("modseq %1").arg(m); });
        QObject::connect(&state, &SelectedMailboxState::uidValidityChanged, [this](quint32 v) { add(u"uidvalidity %1", v); });
    }
    void add(QStringView format, quint32 n) { list << format.toString().arg(n); }
    QList<QByteArray> take()
    {
        QList<QByteArray> out;
        for (const QString &event : std::exchange(list, {}))
            out << event.toUtf8();
        return out;
    }
};

void learnUids(Harness &h, const QList<QByteArray> &fetches)
{
    h.session->enqueue(std::make_unique<FetchCommand>(SequenceSet::parse("1:*").value(), FetchItems().uid()));
    const QByteArray tag = h.C().value(0).split(' ').value(0);
    for (const QByteArray &line : fetches)
        h.S(line);
    h.S(tag + " OK");
}

} // namespace

class TestImapSessionState : public QObject
{
    Q_OBJECT
private slots:
    void changesDuringOtherCommandsAreAnnounced()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        Events events(h.session->mailbox());
        auto status = h.run(std::make_unique<StatusCommand>(QStringLiteral("Sent")));
        h.C();
        h.S("* 4 EXISTS");
        h.S("* 2 FETCH (FLAGS (\\Seen) UID 11 MODSEQ (77))");
        h.S("* OK [HIGHESTMODSEQ 77] changed");
        h.S("a2 OK [HIGHESTMODSEQ 78] done");
        QCOMPARE(events.take(), (Lines{"exists 4", "flags uid 11 seen=1 modseq 77", "modseq 77", "modseq 78"}));
        QCOMPARE(status->calls, 1);
    }

    void expungeIsTranslatedToUids()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        learnUids(h, {"* 1 FETCH (UID 10)", "* 2 FETCH (UID 11)", "* 3 FETCH (UID 12)"});
        Events events(h.session->mailbox());
        h.S("* 2 EXPUNGE");
        h.S("* 2 EXPUNGE");
        QCOMPARE(events.take(), (Lines{"vanished 11", "vanished 12"}));
        QCOMPARE(h.session->mailbox().uidForSequence(1), 10u);
        QCOMPARE(h.session->mailbox().exists(), 1u);
        h.S("* 2 EXISTS");
        h.S("* 2 EXPUNGE"); // never fetched
        QCOMPARE(events.take(), (Lines{"exists 2", "expunged seq 2"}));
    }

    void unsolicitedFetchWithoutUidUsesTheMap()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        learnUids(h, {"* 1 FETCH (UID 10)"});
        Events events(h.session->mailbox());
        h.S("* 1 FETCH (FLAGS (\\Seen))");
        h.S("* 3 FETCH (FLAGS ())");
        QCOMPARE(events.take(), (Lines{"flags uid 10 seen=1 modseq 0", "flags seq 3"}));
    }

    void answersToCommandsAreNotAnnouncedTwice()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        Events events(h.session->mailbox());
        auto fetch = h.run(std::make_unique<FetchCommand>(SequenceSet::fromNumbers({10}), FetchItems().uid().flags()));
        h.C();
        h.S("* 1 FETCH (UID 10 FLAGS (\\Seen))");
        h.S("* 2 FETCH (UID 11 FLAGS (\\Seen))"); // not asked for: someone else's change
        h.S("a2 OK");
        QCOMPARE(fetch->result.messages.size(), 1);
        QCOMPARE(events.take(), Lines{"flags uid 11 seen=1 modseq 0"});
    }

    void vanishedDecrementsExists()
    {
        Harness h;
        QVERIFY(h.selectInbox({"* 5 EXISTS"}));
        learnUids(h, {"* 1 FETCH (UID 1)", "* 2 FETCH (UID 2)", "* 3 FETCH (UID 3)", "* 4 FETCH (UID 4)", "* 5 FETCH (UID 5)"});
        Events events(h.session->mailbox());
        h.S("* VANISHED 2:3");
        h.S("* VANISHED (EARLIER) 90");
        QCOMPARE(events.take(), (Lines{"vanished 2:3", "vanished 90 earlier"}));
        QCOMPARE(h.session->mailbox().exists(), 3u);
        QCOMPARE(h.session->mailbox().uidForSequence(2), 4u);
    }

    void closedMarksTheMailboxSwitch()
    {
        Harness h;
        h.run(std::make_unique<EnableCommand>(QList<QByteArray>{"QRESYNC"}));
        h.C();
        h.S("* ENABLED QRESYNC");
        h.S("a1 OK");
        QVERIFY(h.selectInbox({"* 3 EXISTS"}));
        Events events(h.session->mailbox());
        auto select = h.run(std::make_unique<SelectCommand>(QStringLiteral("Sent")));
        h.C();
        h.S("* VANISHED 3"); // still about INBOX (RFC 7162 3.2.11)
        QCOMPARE(h.session->mailbox().mailbox(), QStringLiteral("INBOX"));
        h.S("* OK [CLOSED] previous mailbox closed");
        h.S("* 7 EXISTS");
        h.S("* OK [UIDVALIDITY 5] ok");
        h.S("a3 OK [READ-WRITE] selected");
        QCOMPARE(events.take(), Lines{"vanished 3"});
        QCOMPARE(select->result.mailbox.exists, 7u);
        QCOMPARE(h.session->mailbox().mailbox(), QStringLiteral("Sent"));
        QCOMPARE(h.session->mailbox().exists(), 7u);
        h.S("* OK [UIDVALIDITY 6] the mailbox was recreated");
        QCOMPARE(events.take(), Lines{"uidvalidity 6"});
    }

    void hostileNumbersAreHarmless()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        Events events(h.session->mailbox());
        h.S("* 4000000000 FETCH (UID 1 FLAGS ())");
        h.S("* 0 EXPUNGE");
        h.S("* 99 EXPUNGE");
        h.S("* VANISHED 1:4294967295");
        QCOMPARE(h.session->mailbox().exists(), 0u);
        QCOMPARE(h.session->mailbox().uidForSequence(1), 0u);
    }

    void idleIsDoneBeforeTheNextCommand()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        h.session->setIdleEnabled(true);
        QCOMPARE(h.C(), Lines{"a2 IDLE"});
        h.S("+ idling");
        QCOMPARE(h.session->state(), SessionState::Idling);
        Events events(h.session->mailbox());
        h.S("* 4 EXISTS");
        QCOMPARE(events.take(), Lines{"exists 4"});
        auto noop = h.run(std::make_unique<NoopCommand>());
        QCOMPARE(h.C(), Lines{"DONE"});
        h.S("a2 OK Idle completed");
        QCOMPARE(h.session->state(), SessionState::Selected);
        QCOMPARE(h.C(), Lines{"a3 NOOP"});
        h.S("a3 OK");
        QCOMPARE(noop->calls, 1);
        QCOMPARE(h.C(), Lines{"a4 IDLE"}); // back to listening
    }

    void doneWaitsForTheContinuation()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        h.session->setIdleEnabled(true);
        QCOMPARE(h.C(), Lines{"a2 IDLE"});
        h.session->enqueue(std::make_unique<NoopCommand>());
        QCOMPARE(h.C(), Lines()); // RFC 2177 3: DONE only after "+"
        h.S("+ idling");
        QCOMPARE(h.C(), Lines{"DONE"});
        h.S("a2 OK");
        QCOMPARE(h.C(), Lines{"a3 NOOP"});
    }

    void idleIsRenewedAndNeverTimesOut()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        // The IDLE lasts three response timeouts without the session giving up on it. After DONE the timeout
        // does apply, and QTRY_VERIFY looks only every 50 ms: the margin must cover that plus a loaded
        // machine, or the test itself trips the timeout (it did, with 40 ms).
        h.session->setResponseTimeout(500);
        h.session->idle().setRenewInterval(1500);
        h.session->setIdleEnabled(true);
        QCOMPARE(h.C(), Lines{"a2 IDLE"});
        h.S("+ idling");
        QList<QByteArray> sent;
        QTRY_VERIFY_WITH_TIMEOUT((sent += h.C(), sent.contains("DONE")), 5000);
        h.S("a2 OK");
        // The next IDLE may leave from the event loop a moment later on a loaded machine: wait for it.
        QList<QByteArray> next;
        QTRY_VERIFY((next += h.C(), next.contains("a3 IDLE")));
        QCOMPARE(next, Lines{"a3 IDLE"});
        QCOMPARE(h.session->state(), SessionState::Selected);
    }

    void pollsWithNoopWithoutIdle()
    {
        Harness h("IMAP4rev1");
        QVERIFY(h.selectInbox());
        h.session->idle().setPollInterval(20);
        h.session->setIdleEnabled(true);
        QList<QByteArray> sent;
        QTRY_VERIFY((sent += h.C(), sent.contains("a2 NOOP")));
        h.S("* 5 EXISTS");
        h.S("a2 OK");
        sent.clear();
        QTRY_VERIFY((sent += h.C(), sent.contains("a3 NOOP")));
        QCOMPARE(h.session->mailbox().exists(), 5u);
    }

    void refusedIdleFallsBackToPolling()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        h.session->idle().setPollInterval(20);
        h.session->setIdleEnabled(true);
        QCOMPARE(h.C(), Lines{"a2 IDLE"});
        h.S("a2 NO [UNAVAILABLE] IDLE is switched off");
        QList<QByteArray> sent;
        QTRY_VERIFY((sent += h.C(), sent.contains("a3 NOOP")));
    }
};

QTEST_GUILESS_MAIN(TestImapSessionState)
#include "tst_imapsession_state.moc"
