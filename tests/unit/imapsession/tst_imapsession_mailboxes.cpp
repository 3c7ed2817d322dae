// Wire format and results of the mailbox-level commands (RFC 3501 6.3, RFC 5161 ENABLE, RFC 2971 ID,
// RFC 2342 NAMESPACE, RFC 4978 COMPRESS, RFC 7162 CONDSTORE/QRESYNC SELECT, RFC 5258/5819/6154 LIST),
// including each fallback when the server lacks the extension.
#include "SessionHarness.h"

#include "imap/commands/AppendCommand.h"
#include "imap/commands/CloseCommand.h"
#include "imap/commands/CompressCommand.h"
#include "imap/commands/EnableCommand.h"
#include "imap/commands/IdCommand.h"
#include "imap/commands/ListCommand.h"
#include "imap/commands/LogoutCommand.h"
#include "imap/commands/MailboxCommand.h"
#include "imap/commands/NamespaceCommand.h"
#include "imap/commands/SelectCommand.h"
#include "imap/commands/StatusCommand.h"

#include <QSignalSpy>
#include <QTimeZone>

using namespace Kestrel;
using namespace Kestrel::Imap;
using Kestrel::Test::Harness;

using Lines = QList<QByteArray>;

class TestImapSessionMailboxes : public QObject
{
    Q_OBJECT
private slots:
    void selectWithQresync()
    {
        Harness h;
        auto enable = h.run(std::make_unique<EnableCommand>(QList<QByteArray>{"CONDSTORE", "QRESYNC", "UTF8=ACCEPT"}));
        QCOMPARE(h.C(), Lines{"a1 ENABLE CONDSTORE QRESYNC"}); // UTF8=ACCEPT is not offered
        h.S("* ENABLED CONDSTORE QRESYNC");
        h.S("a1 OK enabled");
        QCOMPARE(enable->result.enabled, (QList<QByteArray>{"CONDSTORE", "QRESYNC"}));
        auto select = std::make_unique<SelectCommand>(QStringLiteral("INBOX"));
        select->setQresync({67890007, 90060115194045000, SequenceSet::parse("41,43:211").value()});
        auto result = h.run(std::move(select));
        QCOMPARE(h.C(), Lines{"a2 SELECT INBOX (QRESYNC (67890007 90060115194045000 41,43:211))"});
        h.S("* 172 EXISTS");
        h.S("* OK [UIDVALIDITY 67890007] UIDVALIDITY");
        h.S("* OK [UIDNEXT 600] Predicted next UID");
        h.S("* OK [HIGHESTMODSEQ 90060115205545359] Highest mailbox mod-sequence");
        h.S("* FLAGS (\\Answered \\Flagged \\Draft \\Deleted \\Seen)");
        h.S("* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Draft \\Deleted \\Seen \\*)] Permanent flags");
        h.S("* VANISHED (EARLIER) 41,43:116,118,120:211");
        h.S("* 49 FETCH (UID 117 FLAGS (\\Seen \\Answered) MODSEQ (90060115194045001))");
        h.S("a2 OK [READ-WRITE] mailbox selected");
        QCOMPARE(result->calls, 1);
        const SelectResult &r = result->result;
        QVERIFY(r.qresync);
        QCOMPARE(r.mailbox.exists, 172u);
        QCOMPARE(r.mailbox.uidValidity, 67890007u);
        QCOMPARE(r.mailbox.uidNext, 600u);
        QCOMPARE(r.mailbox.highestModSeq, 90060115205545359ull);
        QVERIFY(r.mailbox.permanentFlags.system.testFlag(SystemFlag::Wildcard));
        QVERIFY(!r.mailbox.readOnly);
        QCOMPARE(r.vanished.toImapString(), QByteArray("41,43:116,118,120:211"));
        QCOMPARE(r.changed.size(), 1);
        QCOMPARE(*r.changed.first().uid, 117u);
        QCOMPARE(h.session->state(), SessionState::Selected);
        QCOMPARE(h.session->mailbox().snapshot().uidNext, 600u);
        QCOMPARE(h.session->mailbox().uidForSequence(49), 117u);
    }

    void selectWithCondstoreOnly()
    {
        Harness h("IMAP4rev1 CONDSTORE");
        auto select = std::make_unique<SelectCommand>(QStringLiteral("INBOX"));
        select->setCondstore(true);
        select->setQresync({1, 2, {}}); // QRESYNC not enabled: ignored
        auto result = h.run(std::move(select));
        QCOMPARE(h.C(), Lines{"a1 SELECT INBOX (CONDSTORE)"});
        h.S("a1 OK [READ-WRITE] selected");
        QVERIFY(!result->result.qresync);
    }

    void selectWithoutCondstore()
    {
        Harness h("IMAP4rev1");
        auto select = std::make_unique<SelectCommand>(QStringLiteral("INBOX"));
        select->setCondstore(true);
        auto result = h.run(std::move(select));
        QCOMPARE(h.C(), Lines{"a1 SELECT INBOX"});
        h.S("* OK [NOMODSEQ] no mod-sequences here");
        h.S("a1 OK [READ-WRITE] selected");
        QVERIFY(result->result.mailbox.noModSeq);
    }

    void examineIsReadOnlyAndFailedSelectDeselects()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        auto examine = h.run(std::make_unique<SelectCommand>(QStringLiteral("Archive/2023"), SelectCommand::Mode::Examine));
        QCOMPARE(h.C(), Lines{"a2 EXAMINE Archive/2023"});
        h.S("a2 OK [READ-ONLY] examined");
        QVERIFY(examine->result.mailbox.readOnly);
        auto missing = h.run(std::make_unique<SelectCommand>(QStringLiteral("Gone")));
        h.C();
        h.S("a3 NO [NONEXISTENT] Mailbox doesn't exist: Gone");
        QCOMPARE(missing->result.error->code, Error::Code::Server);
        QVERIFY(missing->result.error->userMessage.contains(QStringLiteral("Mailbox doesn't exist: Gone")));
        QVERIFY(missing->result.error->detail.contains(QStringLiteral("C: a3 SELECT Gone")));
        QCOMPARE(h.session->state(), SessionState::Authenticated); // RFC 3501 6.3.1
        QVERIFY(!h.session->mailbox().isSelected());
    }

    void closeAndUnselect()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        auto close = h.run(std::make_unique<CloseCommand>());
        QCOMPARE(h.C(), Lines{"a2 CLOSE"});
        h.S("a2 OK closed");
        QCOMPARE(h.session->state(), SessionState::Authenticated);
        QVERIFY(h.selectInbox());
        auto unselect = h.run(std::make_unique<CloseCommand>(CloseCommand::Kind::Unselect));
        QCOMPARE(h.C(), Lines{"a4 UNSELECT"});
        h.S("a4 OK");
        QVERIFY(unselect->result.ok());
        QCOMPARE(h.session->state(), SessionState::Authenticated);
    }

    void unselectFallsBackToExaminingNowhere()
    {
        // Without UNSELECT: EXAMINE of a name that cannot exist; its NO leaves nothing selected and,
        // unlike CLOSE, expunges nothing (RFC 3691 1, RFC 3501 6.3.2).
        Harness h("IMAP4rev1");
        QVERIFY(h.selectInbox());
        auto unselect = h.run(std::make_unique<CloseCommand>(CloseCommand::Kind::Unselect));
        QCOMPARE(h.C(), Lines{"a2 EXAMINE " + CloseCommand::NowhereMailbox.toLatin1()});
        h.S("* OK [CLOSED] Previous mailbox closed.");
        h.S("a2 NO [NONEXISTENT] Mailbox doesn't exist");
        QCOMPARE(unselect->calls, 1);
        QVERIFY2(unselect->result.ok(), qPrintable(unselect->result.error ? unselect->result.error->toString() : QString()));
        QCOMPARE(h.session->state(), SessionState::Authenticated);
    }

    void unselectFallbackClosesWhenTheNameExists()
    {
        Harness h("IMAP4rev1");
        QVERIFY(h.selectInbox());
        auto unselect = h.run(std::make_unique<CloseCommand>(CloseCommand::Kind::Unselect));
        h.C();
        h.S("* 0 EXISTS");
        h.S("a2 OK [READ-ONLY] Examined");
        QCOMPARE(h.C(), Lines{"a3 CLOSE"}); // read-only: CLOSE expunges nothing (RFC 3501 6.4.2)
        QCOMPARE(unselect->calls, 0);
        h.S("a3 OK");
        QVERIFY(unselect->result.ok());
        QCOMPARE(h.session->state(), SessionState::Authenticated);
    }

    void unselectFallbackBadKeepsTheError()
    {
        Harness h("IMAP4rev1");
        QVERIFY(h.selectInbox());
        auto unselect = h.run(std::make_unique<CloseCommand>(CloseCommand::Kind::Unselect));
        h.C();
        h.S("a2 BAD what?");
        QVERIFY(!unselect->result.ok());
    }

    void mailboxManagement()
    {
        Harness h;
        using Kind = MailboxCommand::Kind;
        auto create = h.run(std::make_unique<MailboxCommand>(Kind::Create, QStringLiteral("Отчёты/2024")));
        auto rename = h.run(std::make_unique<MailboxCommand>(Kind::Rename, QStringLiteral("Old"), QStringLiteral("New & Better")));
        auto del = h.run(std::make_unique<MailboxCommand>(Kind::Delete, QStringLiteral("Old Stuff")));
        auto sub = h.run(std::make_unique<MailboxCommand>(Kind::Subscribe, QStringLiteral("New")));
        auto unsub = h.run(std::make_unique<MailboxCommand>(Kind::Unsubscribe, QStringLiteral("New")));
        QCOMPARE(h.C(), (Lines{"a1 CREATE &BB4EQgRHBFEEQgRL-/2024", "a2 RENAME Old \"New &- Better\"",
                               "a3 DELETE \"Old Stuff\"", "a4 SUBSCRIBE New", "a5 UNSUBSCRIBE New"}));
        for (const char *line : {"a1 OK", "a2 OK", "a3 OK", "a4 OK", "a5 NO [NONEXISTENT] no such mailbox"})
            h.S(line);
        QVERIFY(create->result.ok() && rename->result.ok() && del->result.ok() && sub->result.ok());
        QCOMPARE(unsub->calls, 1);
        QVERIFY(!unsub->result.ok());
    }

    void listExtendedWithStatusAndSpecialUse()
    {
        Harness h;
        auto list = std::make_unique<ListCommand>();
        list->setStatusItems(StatusItems(StatusItem::Messages) | StatusItem::Unseen);
        auto result = h.run(std::move(list));
        QCOMPARE(h.C(), Lines{"a1 LIST \"\" \"*\" RETURN (SPECIAL-USE STATUS (MESSAGES UNSEEN))"});
        h.S("* LIST (\\HasNoChildren \\Sent) \"/\" Sent");
        h.S("* STATUS Sent (MESSAGES 12 UNSEEN 0)");
        h.S("* LIST (\\Noselect \\HasChildren) \"/\" Archive");
        h.S("* LIST () \"/\" INBOX");
        h.S("* STATUS INBOX (MESSAGES 3 UNSEEN 2)");
        h.S("a1 OK List completed");
        QCOMPARE(result->calls, 1);
        const ListResult &r = result->result;
        QVERIFY(r.listStatus);
        QCOMPARE(r.mailboxes.size(), 3);
        QVERIFY(r.mailboxes[0].mailbox.attributes.testFlag(MailboxAttribute::Sent));
        QCOMPARE(*r.mailboxes[0].status->messages, 12u);
        QVERIFY(!r.mailboxes[1].status);
        QCOMPARE(*r.mailboxes[2].status->unseen, 2u);
    }

    void listFallsBackToStatusPerMailbox()
    {
        Harness h("IMAP4rev1 LITERAL+");
        auto list = std::make_unique<ListCommand>();
        list->setStatusItems(StatusItems(StatusItem::Messages) | StatusItem::HighestModSeq);
        auto result = h.run(std::move(list));
        QCOMPARE(h.C(), Lines{"a1 LIST \"\" \"*\""});
        h.S("* LIST (\\HasNoChildren) \"/\" INBOX");
        h.S("* LIST (\\Noselect) \"/\" Archive");
        h.S("* LIST (\\HasNoChildren) \"/\" \"Sent Items\"");
        h.S("a1 OK");
        // Pipelined, selectable mailboxes only, HIGHESTMODSEQ left out without CONDSTORE.
        QCOMPARE(h.C(), (Lines{"a2 STATUS INBOX (MESSAGES)", "a3 STATUS \"Sent Items\" (MESSAGES)"}));
        QVERIFY(!result->done());
        h.S("* STATUS \"Sent Items\" (MESSAGES 5)");
        h.S("a3 OK");
        h.S("* STATUS INBOX (MESSAGES 7)");
        h.S("a2 OK");
        QCOMPARE(result->calls, 1);
        QVERIFY(!result->result.listStatus);
        QCOMPARE(*result->result.mailboxes[0].status->messages, 7u);
        QVERIFY(!result->result.mailboxes[1].status);
        QCOMPARE(*result->result.mailboxes[2].status->messages, 5u);
    }

    void lsub()
    {
        Harness h;
        auto list = std::make_unique<ListCommand>(QStringLiteral("%"));
        list->setSubscribedOnly(true);
        auto result = h.run(std::move(list));
        QCOMPARE(h.C(), Lines{"a1 LSUB \"\" \"%\""});
        h.S("* LSUB () \"/\" INBOX");
        h.S("a1 OK");
        QCOMPARE(result->result.mailboxes.size(), 1);
        QVERIFY(result->result.mailboxes.first().mailbox.lsub);
    }

    void status()
    {
        Harness h;
        auto result = h.run(std::make_unique<StatusCommand>(QStringLiteral("inbox"), StatusItems(StatusItem::Messages) | StatusItem::UidNext));
        QCOMPARE(h.C(), Lines{"a1 STATUS inbox (MESSAGES UIDNEXT)"});
        h.S("* STATUS INBOX (MESSAGES 231 UIDNEXT 44292)");
        h.S("a1 OK");
        QCOMPARE(*result->result.status.messages, 231u);
        QCOMPARE(*result->result.status.uidNext, 44292u);
    }

    void appendWithLiteralPlusFlagsAndDate()
    {
        Harness h;
        const QDateTime date(QDate(2024, 1, 5), QTime(10, 0, 7), QTimeZone(3600));
        auto result = h.run(std::make_unique<AppendCommand>(QStringLiteral("Sent"), QByteArray("Subject: hi\r\n\r\nbody\r\n"),
                                                            QList<QByteArray>{"\\Seen", "$Forwarded", "bad flag)"}, date));
        QCOMPARE(h.C(), (Lines{"a1 APPEND Sent (\\Seen $Forwarded) \"05-Jan-2024 10:00:07 +0100\" {21+}", "Subject: hi", "",
                               "body", ""}));
        h.S("a1 OK [APPENDUID 38505 3955] APPEND completed");
        QCOMPARE(result->result.uidValidity, 38505u);
        QCOMPARE(result->result.uid, 3955u);
    }

    void appendTryCreate()
    {
        Harness h;
        auto result = h.run(std::make_unique<AppendCommand>(QStringLiteral("Nope"), QByteArray("x")));
        h.C();
        h.S("a1 NO [TRYCREATE] Mailbox doesn't exist: Nope");
        QVERIFY(result->result.tryCreate);
        QVERIFY(!result->result.ok());
    }

    void enableWithoutTheExtensionCompletesAtOnce()
    {
        Harness h("IMAP4rev1 CONDSTORE");
        auto result = h.run(std::make_unique<EnableCommand>(QList<QByteArray>{"CONDSTORE", "QRESYNC"}));
        h.settle();
        QCOMPARE(h.C(), Lines());
        QCOMPARE(result->calls, 1);
        QVERIFY(result->result.ok());
        QVERIFY(result->result.enabled.isEmpty());
    }

    void enableUtf8AcceptSwitchesNames()
    {
        Harness h("IMAP4rev1 ENABLE UTF8=ACCEPT");
        h.run(std::make_unique<EnableCommand>(QList<QByteArray>{"UTF8=ACCEPT"}));
        QCOMPARE(h.C(), Lines{"a1 ENABLE UTF8=ACCEPT"});
        h.S("* ENABLED UTF8=ACCEPT");
        h.S("a1 OK");
        auto list = h.run(std::make_unique<ListCommand>());
        auto create = h.run(std::make_unique<MailboxCommand>(MailboxCommand::Kind::Create, QStringLiteral("Отчёты")));
        QCOMPARE(h.C(), (Lines{"a2 LIST \"\" \"*\"", QByteArray("a3 CREATE \"Отчёты\"")}));
        h.S(QByteArray("* LIST () \"/\" \"Черновики\""));
        h.S("a2 OK");
        h.S("a3 OK");
        QCOMPARE(list->result.mailboxes.value(0).mailbox.name, QStringLiteral("Черновики"));

        // RFC 6855 4: a UTF-8 header goes as UTF8 (literal8); an ASCII one stays a plain literal.
        const QByteArray utf8Message("Subject: \xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82\r\n\r\nx\r\n");
        h.run(std::make_unique<AppendCommand>(QStringLiteral("Sent"), utf8Message));
        QCOMPARE(h.C(), (Lines{"a4 APPEND Sent UTF8 (~{" + QByteArray::number(utf8Message.size()) + "}"}));
        h.S("+ go ahead");
        QCOMPARE(h.C(), (Lines{"Subject: \xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82", "", "x", ")"}));
        h.S("a4 OK");
        h.run(std::make_unique<AppendCommand>(QStringLiteral("Sent"), QByteArray("Subject: hi\r\n\r\n\xc3\xa9\r\n")));
        QCOMPARE(h.C().value(0), QByteArray("a5 APPEND Sent {19}"));
    }

    void idAndNamespace()
    {
        Harness h;
        auto id = h.run(std::make_unique<IdCommand>(QList<QPair<QByteArray, QByteArray>>{{"name", "Kestrel"}, {"version", "0.1"}}));
        auto ns = h.run(std::make_unique<NamespaceCommand>());
        QCOMPARE(h.C(), (Lines{"a1 ID (\"name\" \"Kestrel\" \"version\" \"0.1\")", "a2 NAMESPACE"}));
        h.S("* ID (\"name\" \"Dovecot\")");
        h.S("a1 OK");
        h.S("* NAMESPACE ((\"\" \"/\")) NIL ((\"Shared/\" \"/\"))");
        h.S("a2 OK");
        QCOMPARE(id->result.server.value(0).second, QByteArray("Dovecot"));
        QCOMPARE(ns->result.namespaces.personal.size(), 1);
        QCOMPARE(ns->result.namespaces.shared.value(0).prefix, QStringLiteral("Shared/"));
        QVERIFY(!ns->result.synthesized);
        QVERIFY(id->result.supported);

        // Neither offered: ID completes at once without a word to the server; NAMESPACE asks LIST "" ""
        // for the hierarchy delimiter and answers with one personal namespace (RFC 2342 3).
        Harness bare("IMAP4rev1");
        auto missing = bare.run(std::make_unique<IdCommand>());
        bare.settle();
        QCOMPARE(missing->calls, 1);
        QVERIFY(missing->result.ok());
        QVERIFY(!missing->result.supported);
        auto synthesized = bare.run(std::make_unique<NamespaceCommand>());
        QCOMPARE(bare.C(), (Lines{"a1 LIST \"\" \"\""}));
        bare.S("* LIST (\\Noselect) \".\" \"\"");
        bare.S("a1 OK");
        QVERIFY(synthesized->result.ok());
        QVERIFY(synthesized->result.synthesized);
        QCOMPARE(synthesized->result.namespaces.personal.size(), 1);
        QCOMPARE(synthesized->result.namespaces.personal.first().prefix, QString());
        QCOMPARE(synthesized->result.namespaces.personal.first().delimiter, std::optional<char>('.'));
    }

    void compressSwitchesTheTransport()
    {
        Harness h;
        auto compress = h.run(std::make_unique<CompressCommand>());
        auto status = h.run(std::make_unique<StatusCommand>(QStringLiteral("INBOX"), StatusItem::Messages));
        QCOMPARE(h.C(), Lines{"a1 COMPRESS DEFLATE"}); // a barrier: nothing written after it
        QVERIFY(!h.transport().isCompressed());
        h.S("a1 OK DEFLATE active");
        QVERIFY(h.transport().isCompressed());
        QCOMPARE(h.C(), Lines{"a2 STATUS INBOX (MESSAGES)"});
        h.S("a2 OK");
        QVERIFY(compress->result.ok() && status->result.ok());
    }

    void logoutClosesCleanly()
    {
        Harness h;
        QSignalSpy closed(h.session.get(), &ImapSession::closed);
        QSignalSpy failed(h.session.get(), &ImapSession::failed);
        auto logout = h.run(std::make_unique<LogoutCommand>());
        QCOMPARE(h.C(), Lines{"a1 LOGOUT"});
        h.S("* BYE Logging out");
        h.S("a1 OK Logout completed.");
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(failed.size(), 0);
        QVERIFY(logout->result.ok());
        QVERIFY(h.transport().isClosed());
        QCOMPARE(h.session->state(), SessionState::Disconnected);
    }
};

QTEST_GUILESS_MAIN(TestImapSessionMailboxes)
#include "tst_imapsession_mailboxes.moc"
