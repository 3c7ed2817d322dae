// The pipelined command queue of ImapSession as transcripts (C: what the client wrote, S: what the
// fake server answers): independent commands go out together, barriers hold, literals wait for
// "+", and hostile input (wrong tags, BYE, drops, garbage, silence) ends every command exactly once.
#include "SessionHarness.h"

#include "imap/commands/AppendCommand.h"
#include "imap/commands/FetchCommand.h"
#include "imap/commands/ListCommand.h"
#include "imap/commands/LoginCommand.h"
#include "imap/commands/NoopCommand.h"
#include "imap/commands/SelectCommand.h"
#include "imap/commands/StatusCommand.h"

#include <QSignalSpy>

using namespace Kestrel;
using namespace Kestrel::Imap;
using Kestrel::Test::Harness;

using Lines = QList<QByteArray>;

namespace {

std::unique_ptr<FetchCommand> fetchFlags(quint32 uid)
{
    return std::make_unique<FetchCommand>(SequenceSet::fromNumbers({uid}), FetchItems().uid().flags());
}

} // namespace

class TestImapSessionQueue : public QObject
{
    Q_OBJECT
private slots:
    void greetingCapabilitiesAreTrusted()
    {
        Harness h(Harness::Rev1, false);
        QCOMPARE(h.session->state(), SessionState::NotAuthenticated);
        QVERIFY(h.session->capabilities().has("IDLE"));
        QCOMPARE(h.C(), Lines());
    }

    void capabilitiesAreAskedAfterStartTls()
    {
        // The greeting came before STARTTLS (RFC 3501 6.2.1): its capabilities are void.
        Harness h("IMAP4rev1 STARTTLS LOGINDISABLED", false, false);
        QSignalSpy connected(h.session.get(), &ImapSession::connected);
        auto noop = h.run(std::make_unique<NoopCommand>());
        QCOMPARE(h.C(), Lines{"a1 CAPABILITY"}); // a barrier: the NOOP waits
        h.S("* CAPABILITY IMAP4rev1 AUTH=PLAIN IDLE");
        h.S("a1 OK done");
        QCOMPARE(connected.size(), 1);
        QVERIFY(!h.session->capabilities().has("LOGINDISABLED"));
        QCOMPARE(h.C(), Lines{"a2 NOOP"});
        h.S("a2 OK");
        QCOMPARE(noop->calls, 1);
    }

    void independentCommandsArePipelined()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        auto first = h.run(fetchFlags(1));
        auto second = h.run(fetchFlags(2));
        auto status = h.run(std::make_unique<StatusCommand>(QStringLiteral("Sent")));
        // All three are written before the server answered any (RFC 3501 5.5).
        QCOMPARE(h.C(), (Lines{"a2 UID FETCH 1 (UID FLAGS)", "a3 UID FETCH 2 (UID FLAGS)",
                               "a4 STATUS Sent (MESSAGES UIDNEXT UIDVALIDITY UNSEEN HIGHESTMODSEQ)"}));
        QCOMPARE(h.transport().writes(), 4); // SELECT, then one write per command in the same turn
        h.S("* STATUS Sent (MESSAGES 4 UNSEEN 1)");
        h.S("a4 OK status");
        h.S("* 2 FETCH (UID 2 FLAGS (\\Seen))");
        h.S("* 1 FETCH (UID 1 FLAGS ())");
        h.S("a3 OK fetched");
        h.S("a2 OK fetched");
        QCOMPARE(first->calls, 1);
        QCOMPARE(second->calls, 1);
        QCOMPARE(status->calls, 1);
        QCOMPARE(first->result.messages.size(), 1);
        QCOMPARE(*first->result.messages.first().uid, 1u);
        QCOMPARE(*second->result.messages.first().uid, 2u);
        QCOMPARE(*status->result.status.messages, 4u);
    }

    // The session's pass that writes commands also flushes them, so they do not wait for the socket's
    // write notifier: FolderSync reads the cached UIDs right after queuing its SELECT, meant to overlap
    // the server's answer.
    void commandsAreFlushedInThePassThatWritesThem()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        auto first = h.run(fetchFlags(1));
        auto second = h.run(fetchFlags(2));
        QCoreApplication::processEvents(); // one pass: the queued service
        QCOMPARE(h.transport().writes(), 3);
        QCOMPARE(h.transport().unflushed(), 0);
        QCOMPARE(h.C(), (Lines{"a2 UID FETCH 1 (UID FLAGS)", "a3 UID FETCH 2 (UID FLAGS)"}));
    }

    void mailboxChangeIsABarrier()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        auto before = h.run(fetchFlags(1));
        auto select = h.run(std::make_unique<SelectCommand>(QStringLiteral("Sent")));
        auto after = h.run(fetchFlags(7));
        QCOMPARE(h.C(), Lines{"a2 UID FETCH 1 (UID FLAGS)"});
        h.S("a2 OK fetched");
        QCOMPARE(h.C(), Lines{"a3 SELECT Sent"});
        h.S("* 9 EXISTS");
        QCOMPARE(h.C(), Lines()); // nothing overtakes a SELECT in flight
        h.S("a3 OK [READ-WRITE] selected");
        QCOMPARE(h.C(), Lines{"a4 UID FETCH 7 (UID FLAGS)"});
        h.S("a4 OK fetched");
        QCOMPARE(before->calls + select->calls + after->calls, 3);
        QCOMPARE(select->result.mailbox.exists, 9u);
        QCOMPARE(h.session->mailbox().mailbox(), QStringLiteral("Sent"));
    }

    void authenticationIsABarrier()
    {
        Harness h("IMAP4rev1 AUTH=PLAIN SASL-IR", false);
        auto noop = h.run(std::make_unique<NoopCommand>());
        auto login = h.run(std::make_unique<LoginCommand>(QStringLiteral("alice"), QStringLiteral("secret")));
        auto list = h.run(std::make_unique<ListCommand>());
        QCOMPARE(h.C(), Lines{"a1 NOOP"});
        h.S("a1 OK");
        QCOMPARE(h.C().size(), 1); // AUTHENTICATE alone
        h.S("a2 OK [CAPABILITY IMAP4rev1 IDLE] logged in");
        QCOMPARE(h.C(), Lines{"a3 LIST \"\" \"*\""});
        h.S("a3 OK");
        QCOMPARE(noop->calls + login->calls + list->calls, 3);
        QVERIFY(login->result.ok());
    }

    void synchronizingLiteralWaitsForContinuation()
    {
        Harness h("IMAP4rev1");
        auto append = h.run(std::make_unique<AppendCommand>(QStringLiteral("Drafts"), QByteArray("hello")));
        auto noop = h.run(std::make_unique<NoopCommand>());
        QCOMPARE(h.C(), Lines{"a1 APPEND Drafts {5}"});
        h.S("+ go ahead");
        QCOMPARE(h.C(), (Lines{"hello", "a2 NOOP"}));
        h.S("a1 OK [APPENDUID 7 12] appended");
        h.S("a2 OK");
        QCOMPARE(append->calls, 1);
        QCOMPARE(append->result.uid, 12u);
        QCOMPARE(noop->calls, 1);
    }

    void refusedLiteralIsNotSent()
    {
        Harness h("IMAP4rev1");
        auto append = h.run(std::make_unique<AppendCommand>(QStringLiteral("Drafts"), QByteArray("hello")));
        auto noop = h.run(std::make_unique<NoopCommand>());
        QCOMPARE(h.C(), Lines{"a1 APPEND Drafts {5}"});
        h.S("a1 NO [OVERQUOTA] mailbox full");
        QCOMPARE(h.C(), Lines{"a2 NOOP"});
        h.S("a2 OK");
        QCOMPARE(append->calls, 1);
        QVERIFY(!append->result.ok());
        QCOMPARE(append->result.error->code, Error::Code::Server);
        QVERIFY2(append->result.error->userMessage.contains(QStringLiteral("mailbox full")),
                 qPrintable(append->result.error->userMessage));
        QVERIFY(append->result.error->userMessage.contains(QStringLiteral("imap.test:993")));
        QCOMPARE(noop->calls, 1);
    }

    void unknownTagFailsEverythingOnce()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        QSignalSpy failed(h.session.get(), &ImapSession::failed);
        auto a = h.run(fetchFlags(1));
        auto b = h.run(fetchFlags(2));
        auto waiting = h.run(std::make_unique<SelectCommand>(QStringLiteral("Sent")));
        h.C();
        h.S("zz9 OK I never got that");
        h.S("a2 OK too late");
        QCOMPARE(a->calls, 1);
        QCOMPARE(b->calls, 1);
        QCOMPARE(waiting->calls, 1);
        QCOMPARE(a->result.error->code, Error::Code::Protocol);
        QVERIFY(a->result.error->detail.contains(QStringLiteral("zz9")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(h.transport().isAborted());
        QCOMPARE(h.session->state(), SessionState::Disconnected);
    }

    void byeMidCommandQuotesTheServer()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        auto fetch = h.run(fetchFlags(1));
        auto waiting = h.run(std::make_unique<SelectCommand>(QStringLiteral("Sent")));
        h.C();
        h.S("* 1 FETCH (UID 1 FLAGS ())");
        h.S("* BYE Server shutting down for maintenance");
        QCOMPARE(fetch->calls, 1);
        QCOMPARE(waiting->calls, 1);
        QCOMPARE(fetch->result.error->code, Error::Code::Network);
        QVERIFY(fetch->result.error->userMessage.contains(QStringLiteral("Server shutting down for maintenance")));
        QVERIFY(fetch->result.error->userMessage.contains(QStringLiteral("imap.test:993")));
        auto late = h.run(std::make_unique<NoopCommand>());
        h.settle();
        QCOMPARE(late->calls, 1); // after the end, new commands fail at once (asynchronously)
        QVERIFY(!late->result.ok());
    }

    void droppedSocketMidLiteral()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        auto fetch = h.run(std::make_unique<FetchCommand>(SequenceSet::fromNumbers({1}), FetchItems().uid().bodyPeek()));
        QSignalSpy failed(h.session.get(), &ImapSession::failed);
        QCOMPARE(h.C(), Lines{"a2 UID FETCH 1 (UID BODY.PEEK[])"});
        h.S("* 1 FETCH (UID 1 BODY[] {100}\r\nFrom: a@b\r\n", true);
        h.transport().drop();
        h.settle();
        QCOMPARE(fetch->calls, 1);
        QCOMPARE(fetch->result.error->code, Error::Code::Network);
        QVERIFY2(fetch->result.error->detail.contains(QStringLiteral("literal")), qPrintable(fetch->result.error->detail));
        QCOMPARE(failed.size(), 1);
    }

    void untaggedGarbageIsSkipped()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        auto fetch = h.run(fetchFlags(1));
        h.C();
        h.S("* \x01\xfe\xff 8-bit junk");
        h.S("* LIST (\\HasNoChildren) \"/\" \"&Jjo-!&AOk\"");            // invalid modified UTF-7
        h.S("* 1 FETCH (UID 1 FLAGS (\\Seen))");
        h.S("a2 OK fetched");
        QCOMPARE(fetch->calls, 1);
        QVERIFY(fetch->result.ok());
        QCOMPARE(fetch->result.messages.size(), 1);
        QVERIFY(h.logText().contains("unreadable response"));
    }

    // Unreadable mail data is not skipped: the FETCH would report success without the message
    // (issue 9, hostile transcripts 086-100). The session ends with a protocol error.
    void unreadableFetchEndsTheSession()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        auto fetch = h.run(fetchFlags(1));
        h.C();
        h.S("* 1 FETCH (UID 1 FLAGS (((\\Seen");
        QCOMPARE(fetch->calls, 1);
        QCOMPARE(fetch->result.error->code, Error::Code::Protocol);
    }

    void lyingLiteralSizes()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        h.session->setResponseTimeout(100);
        auto shortLiteral = h.run(std::make_unique<FetchCommand>(SequenceSet::fromNumbers({1}), FetchItems().uid().bodyPeek()));
        h.C();
        // {5} but the data runs on: the FETCH is unreadable, and unreadable mail data ends the session.
        h.S("* 1 FETCH (UID 1 BODY[] {5}\r\nabc)\r\n", true);
        QCOMPARE(shortLiteral->calls, 1);
        QCOMPARE(shortLiteral->result.error->code, Error::Code::Protocol);
    }

    void literalSwallowingTheTaggedOkTimesOut()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        h.session->setResponseTimeout(100);
        // {1000} swallows the tagged OK: the command can only end by the response timeout.
        auto longLiteral = h.run(std::make_unique<FetchCommand>(SequenceSet::fromNumbers({1}), FetchItems().uid().bodyPeek()));
        h.C();
        h.S("* 1 FETCH (UID 1 BODY[] {1000}\r\nabc)\r\na2 OK fetched\r\n", true);
        QTRY_COMPARE(longLiteral->calls, 1);
        QCOMPARE(longLiteral->result.error->code, Error::Code::Network);
    }

    void deeplyNestedBodyStructureIsRefused()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        auto fetch = h.run(std::make_unique<FetchCommand>(SequenceSet::fromNumbers({1}), FetchItems().uid().bodyStructure()));
        h.C();
        QByteArray nested;
        for (int i = 0; i < 1000; ++i)
            nested += '(';
        nested += "\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1";
        for (int i = 0; i < 999; ++i)
            nested += " \"MIXED\")";
        h.S("* 1 FETCH (UID 1 BODYSTRUCTURE " + nested + ")");
        QCOMPARE(fetch->calls, 1); // unreadable mail data ends the session (not a silent empty result)
        QCOMPARE(fetch->result.error->code, Error::Code::Protocol);
    }

    void unreadableTaggedResponseEndsItsCommand()
    {
        Harness h;
        auto a = h.run(std::make_unique<NoopCommand>());
        auto b = h.run(std::make_unique<NoopCommand>());
        QCOMPARE(h.C(), (Lines{"a1 NOOP", "a2 NOOP"}));
        h.S("a1 MAYBE later");
        h.S("a2 OK");
        QCOMPARE(a->calls, 1);
        QCOMPARE(a->result.error->code, Error::Code::Protocol);
        QCOMPARE(b->calls, 1);
        QVERIFY(b->result.ok());
        QCOMPARE(h.session->state(), SessionState::Authenticated);
    }

    void silenceTimesOut()
    {
        Harness h;
        h.session->setResponseTimeout(50);
        QSignalSpy failed(h.session.get(), &ImapSession::failed);
        auto noop = h.run(std::make_unique<NoopCommand>());
        QCOMPARE(h.C(), Lines{"a1 NOOP"});
        QTRY_COMPARE(noop->calls, 1);
        QCOMPARE(noop->result.error->code, Error::Code::Network);
        QCOMPARE(failed.size(), 1);
        QVERIFY(h.transport().isAborted());
    }

    void commandsQueuedBeforeTheGreetingWait()
    {
        auto transport = std::make_unique<Test::FakeTransport>();
        Test::FakeTransport *fake = transport.get();
        ImapSession session(std::move(transport));
        int calls = 0;
        session.run(std::make_unique<NoopCommand>(), nullptr, [&](const CommandResult &) { ++calls; });
        session.open();
        Harness::settle();
        QCOMPARE(fake->takeSent(), QByteArray());
        fake->greet("* OK [CAPABILITY IMAP4rev1] hi\r\n");
        Harness::settle();
        QCOMPARE(fake->takeSent(), QByteArray("a1 NOOP\r\n"));
        fake->serverSends("a1 OK\r\n");
        Harness::settle();
        QCOMPARE(calls, 1);
    }

    void destructionEndsPendingCommandsOnce()
    {
        auto h = std::make_unique<Harness>();
        auto sent = h->run(std::make_unique<NoopCommand>());
        h->C();
        auto waiting = h->run(std::make_unique<SelectCommand>(QStringLiteral("INBOX")));
        h.reset();
        QCOMPARE(sent->calls, 1);
        QCOMPARE(waiting->calls, 1);
        QCOMPARE(sent->result.error->code, Error::Code::Cancelled);
    }

    void reopeningEndsTheOldConnectionsCommands()
    {
        Harness h;
        auto old = h.run(std::make_unique<NoopCommand>());
        QCOMPARE(h.C(), Lines{"a1 NOOP"});
        h.session->open();
        h.transport().greet("* PREAUTH [CAPABILITY IMAP4rev1] again\r\n");
        auto fresh = h.run(std::make_unique<NoopCommand>());
        QCOMPARE(h.C(), Lines{"a2 NOOP"});
        h.S("a2 OK");
        QCOMPARE(old->calls, 1);
        QCOMPARE(old->result.error->code, Error::Code::Cancelled);
        QCOMPARE(fresh->calls, 1);
        QVERIFY(fresh->result.ok());
    }

    void callbackContextGuardsDelivery()
    {
        Harness h;
        int calls = 0;
        auto context = std::make_unique<QObject>();
        h.session->run(std::make_unique<NoopCommand>(), context.get(), [&](const CommandResult &) { ++calls; });
        h.C();
        context.reset();
        h.S("a1 OK");
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestImapSessionQueue)
#include "tst_imapsession_queue.moc"
