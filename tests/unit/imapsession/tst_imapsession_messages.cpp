// Wire format and results of the message-level commands: UID SEARCH (RFC 3501 6.4.4, RFC 4731
// ESEARCH), UID FETCH (CHANGEDSINCE, BINARY), UID STORE (UNCHANGEDSINCE / MODIFIED), UID COPY,
// UID MOVE and its fallbacks (RFC 6851, RFC 4315), EXPUNGE / UID EXPUNGE.
#include "SessionHarness.h"

#include "imap/commands/CopyCommand.h"
#include "imap/commands/EnableCommand.h"
#include "imap/commands/ExpungeCommand.h"
#include "imap/commands/FetchCommand.h"
#include "imap/commands/MoveCommand.h"
#include "imap/commands/NoopCommand.h"
#include "imap/commands/SearchCommand.h"
#include "imap/commands/StoreCommand.h"

using namespace Kestrel;
using namespace Kestrel::Imap;
using Kestrel::Test::Harness;

using Lines = QList<QByteArray>;

namespace {

SequenceSet uids(const char *text)
{
    return SequenceSet::parse(text).value();
}

} // namespace

class TestImapSessionMessages : public QObject
{
    Q_OBJECT
private slots:
    void esearchWithUtf8Charset()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        using C = SearchCriteria;
        auto search = std::make_unique<SearchCommand>(C::subject(QStringLiteral("отчёт")) && C::unseen());
        search->setReturn(SearchCommand::Return::All | SearchCommand::Return::Count);
        auto result = h.run(std::move(search));
        QCOMPARE(h.C(), (Lines{"a2 UID SEARCH RETURN (COUNT ALL) CHARSET UTF-8 SUBJECT {10+}",
                               QByteArray("отчёт UNSEEN")}));
        h.S("* ESEARCH (TAG \"a2\") UID COUNT 3 ALL 4,10:11");
        h.S("a2 OK done");
        QCOMPARE(result->result.numbers, (QList<quint32>{4, 10, 11}));
        QCOMPARE(*result->result.count, 3u);
        QCOMPARE(result->result.set.toImapString(), QByteArray("4,10:11"));
    }

    void plainSearchWithoutEsearch()
    {
        Harness h("IMAP4rev1");
        QVERIFY(h.selectInbox());
        using C = SearchCriteria;
        const auto criteria = C::orOf(C::from(QStringLiteral("alice")) && C::flagged(), C::notOf(C::seen()))
            && C::since(QDate(2024, 2, 1)) && C::larger(1000) && C::header("X-Mailer", QStringLiteral("Kestrel"));
        auto result = h.run(std::make_unique<SearchCommand>(criteria));
        QCOMPARE(h.C(), Lines{"a2 UID SEARCH OR (FROM \"alice\" FLAGGED) NOT SEEN SINCE 1-Feb-2024 LARGER 1000 "
                              "HEADER \"X-Mailer\" \"Kestrel\""});
        h.S("* SEARCH 20 3 7");
        h.S("a2 OK");
        QCOMPARE(result->result.numbers, (QList<quint32>{3, 7, 20}));
    }

    void searchesNeverOverlap()
    {
        Harness h("IMAP4rev1");
        QVERIFY(h.selectInbox());
        auto first = h.run(std::make_unique<SearchCommand>(SearchCriteria::seen()));
        auto second = h.run(std::make_unique<SearchCommand>(SearchCriteria::draft()));
        QCOMPARE(h.C(), Lines{"a2 UID SEARCH SEEN"}); // untagged SEARCH could not be told apart
        h.S("* SEARCH 1");
        h.S("a2 OK");
        QCOMPARE(h.C(), Lines{"a3 UID SEARCH DRAFT"});
        h.S("* SEARCH 2");
        h.S("a3 OK");
        QCOMPARE(first->result.numbers, QList<quint32>{1});
        QCOMPARE(second->result.numbers, QList<quint32>{2});
    }

    void sequenceSearchAndCheckAreBarriers()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        auto search = h.run(std::make_unique<SearchCommand>(SearchCriteria::all(), false));
        auto check = h.run(std::make_unique<NoopCommand>(NoopCommand::Kind::Check));
        QCOMPARE(h.C(), Lines{"a2 SEARCH RETURN (ALL) ALL"}); // sequence numbers: nothing alongside
        h.S("* ESEARCH (TAG \"a2\") ALL 1:3");
        h.S("a2 OK");
        QCOMPARE(h.C(), Lines{"a3 CHECK"});
        h.S("a3 OK");
        QCOMPARE(search->result.numbers, (QList<quint32>{1, 2, 3}));
        QVERIFY(check->result.ok());
    }

    void fetchChangedSinceWithVanished()
    {
        Harness h;
        h.run(std::make_unique<EnableCommand>(QList<QByteArray>{"QRESYNC"}));
        h.C();
        h.S("* ENABLED QRESYNC");
        h.S("a1 OK");
        QVERIFY(h.selectInbox());
        auto fetch = std::make_unique<FetchCommand>(uids("1:*"), FetchItems().uid().flags().modSeq());
        fetch->setChangedSince(12345, true);
        auto result = h.run(std::move(fetch));
        QCOMPARE(h.C(), Lines{"a3 UID FETCH 1:* (UID FLAGS MODSEQ) (CHANGEDSINCE 12345 VANISHED)"});
        h.S("* VANISHED (EARLIER) 300:310,405");
        h.S("* 2 FETCH (UID 8 FLAGS (\\Seen) MODSEQ (12400))");
        h.S("a3 OK");
        QVERIFY(result->result.changedSinceUsed);
        QCOMPARE(result->result.vanished.toImapString(), QByteArray("300:310,405"));
        QCOMPARE(*result->result.messages.first().modSeq, 12400ull);
    }

    void fetchWithoutCondstoreFetchesEverything()
    {
        Harness h("IMAP4rev1");
        QVERIFY(h.selectInbox());
        auto fetch = std::make_unique<FetchCommand>(uids("1:*"), FetchItems().uid().flags().modSeq().binaryPeek("1", FetchItems::Partial{0, 1024}));
        fetch->setChangedSince(12345, true);
        auto result = h.run(std::move(fetch));
        QCOMPARE(h.C(), Lines{"a2 UID FETCH 1:* (UID FLAGS BODY.PEEK[1]<0.1024>)"});
        h.S("a2 OK");
        QVERIFY(!result->result.changedSinceUsed);
    }

    void fetchSectionsAndBinary()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        FetchItems items;
        items.uid().internalDate().size().envelope().bodyStructure().headerFields({"From", "Subject"}).binaryPeek("2").bodyPeek("1.MIME");
        auto result = h.run(std::make_unique<FetchCommand>(uids("4:5"), items));
        QCOMPARE(h.C(), Lines{"a2 UID FETCH 4:5 (UID INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE "
                              "BODY.PEEK[HEADER.FIELDS (From Subject)] BINARY.PEEK[2] BODY.PEEK[1.MIME])"});
        h.S("* 1 FETCH (UID 4 BINARY[2] {3}\r\nabc)");
        h.S("a2 OK");
        QVERIFY(result->result.messages.first().findSection("2", BodySection::Kind::Binary));
        auto bad = h.run(std::make_unique<FetchCommand>(uids("1"), FetchItems().bodyPeek("1]\r\nA1 DELETE INBOX")));
        h.settle();
        QCOMPARE(h.C(), Lines());
        QCOMPARE(bad->result.error->code, Error::Code::Protocol);
    }

    void fetchStreams()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        auto fetch = std::make_unique<FetchCommand>(uids("1:*"), FetchItems().uid());
        QList<quint32> streamed;
        fetch->setStreaming([&](const FetchResponse &response) { streamed << *response.uid; });
        auto result = h.run(std::move(fetch));
        h.C();
        h.S("* 1 FETCH (UID 10)");
        h.S("* 2 FETCH (UID 11)");
        h.S("a2 OK");
        QCOMPARE(streamed, (QList<quint32>{10, 11}));
        QVERIFY(result->result.messages.isEmpty());
    }

    void storeUnchangedSinceReportsModified()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        auto store = std::make_unique<StoreCommand>(uids("1:3"), StoreCommand::Mode::Add, QList<QByteArray>{"\\Seen"});
        store->setUnchangedSince(200);
        auto result = h.run(std::move(store));
        QCOMPARE(h.C(), Lines{"a2 UID STORE 1:3 (UNCHANGEDSINCE 200) +FLAGS (\\Seen)"});
        h.S("* 1 FETCH (UID 1 FLAGS (\\Seen) MODSEQ (210))");
        h.S("a2 OK [MODIFIED 2:3] Conditional STORE failed");
        QVERIFY(result->result.conditional);
        QCOMPARE(result->result.modified.toImapString(), QByteArray("2:3"));
        QCOMPARE(result->result.updated.size(), 1);
    }

    void storeWithoutCondstoreIsUnconditional()
    {
        Harness h("IMAP4rev1");
        QVERIFY(h.selectInbox());
        auto store = std::make_unique<StoreCommand>(uids("5"), StoreCommand::Mode::Remove, QList<QByteArray>{"\\Flagged"}, true);
        store->setUnchangedSince(200);
        auto result = h.run(std::move(store));
        QCOMPARE(h.C(), Lines{"a2 UID STORE 5 -FLAGS.SILENT (\\Flagged)"});
        h.S("a2 OK");
        QVERIFY(!result->result.conditional);
    }

    void copyReportsCopyUid()
    {
        Harness h;
        QVERIFY(h.selectInbox());
        auto result = h.run(std::make_unique<CopyCommand>(uids("4,6:7"), QStringLiteral("Archive")));
        QCOMPARE(h.C(), Lines{"a2 UID COPY 4,6:7 Archive"});
        h.S("a2 OK [COPYUID 38505 4,6:7 101:103] Done");
        QCOMPARE(result->result.uidValidity, 38505u);
        QCOMPARE(result->result.destinationUids.toImapString(), QByteArray("101:103"));
    }

    void moveWithMove()
    {
        Harness h;
        QVERIFY(h.selectInbox({"* 3 EXISTS"}));
        auto result = h.run(std::make_unique<MoveCommand>(uids("2"), QStringLiteral("Trash")));
        QCOMPARE(h.C(), Lines{"a2 UID MOVE 2 Trash"});
        h.S("* OK [COPYUID 432432 2 9] Moved UIDs.");
        h.S("* 2 EXPUNGE");
        h.S("a2 OK Move completed");
        QVERIFY(!result->result.usedFallback);
        QCOMPARE(result->result.destinationUids.toImapString(), QByteArray("9"));
        QCOMPARE(h.session->mailbox().exists(), 2u);
    }

    void moveFallbackWithUidplus()
    {
        Harness h("IMAP4rev1 UIDPLUS");
        QVERIFY(h.selectInbox());
        auto result = h.run(std::make_unique<MoveCommand>(uids("2:3"), QStringLiteral("Trash")));
        QCOMPARE(h.C(), Lines{"a2 UID COPY 2:3 Trash"});
        h.S("a2 OK [COPYUID 432432 2:3 9:10] Copied");
        QCOMPARE(h.C(), Lines{"a3 UID STORE 2:3 +FLAGS.SILENT (\\Deleted)"});
        h.S("a3 OK");
        QCOMPARE(h.C(), Lines{"a4 UID EXPUNGE 2:3"});
        h.S("* 2 EXPUNGE");
        h.S("* 2 EXPUNGE");
        h.S("a4 OK");
        QCOMPARE(result->calls, 1);
        QVERIFY(result->result.ok());
        QVERIFY(result->result.usedFallback);
        QVERIFY(!result->result.leftFlaggedDeleted);
        QCOMPARE(result->result.destinationUids.toImapString(), QByteArray("9:10"));
    }

    void moveFallbackWithoutUidplusNeverExpunges()
    {
        Harness h("IMAP4rev1");
        QVERIFY(h.selectInbox());
        auto result = h.run(std::make_unique<MoveCommand>(uids("2"), QStringLiteral("Trash")));
        QCOMPARE(h.C(), Lines{"a2 UID COPY 2 Trash"});
        h.S("a2 OK Copied");
        QCOMPARE(h.C(), Lines{"a3 UID STORE 2 +FLAGS.SILENT (\\Deleted)"});
        h.S("a3 OK");
        h.settle();
        QCOMPARE(h.C(), Lines()); // no EXPUNGE of any kind
        QVERIFY(result->result.ok());
        QVERIFY(result->result.leftFlaggedDeleted);
    }

    void moveFallbackStopsWhenCopyFails()
    {
        Harness h("IMAP4rev1 UIDPLUS");
        QVERIFY(h.selectInbox());
        auto result = h.run(std::make_unique<MoveCommand>(uids("2"), QStringLiteral("Nope")));
        h.C();
        h.S("a2 NO [TRYCREATE] no such mailbox");
        h.settle();
        QCOMPARE(h.C(), Lines());
        QVERIFY(result->result.tryCreate);
        QVERIFY(result->result.error->userMessage.contains(QStringLiteral("UID COPY")));
    }

    void moveFallbackHoldsBackMailboxChanges()
    {
        Harness h("IMAP4rev1 UIDPLUS");
        QVERIFY(h.selectInbox());
        auto move = h.run(std::make_unique<MoveCommand>(uids("2"), QStringLiteral("Trash")));
        h.session->enqueue(std::make_unique<SelectCommand>(QStringLiteral("Trash")));
        QCOMPARE(h.C(), Lines{"a2 UID COPY 2 Trash"});
        h.S("a2 OK");
        QCOMPARE(h.C(), Lines{"a3 UID STORE 2 +FLAGS.SILENT (\\Deleted)"});
        h.S("a3 OK");
        QCOMPARE(h.C(), Lines{"a4 UID EXPUNGE 2"});
        h.S("a4 OK");
        QCOMPARE(h.C(), Lines{"a5 SELECT Trash"});
        QCOMPARE(move->calls, 1);
    }

    void expungeAndUidExpunge()
    {
        Harness h("IMAP4rev1");
        QVERIFY(h.selectInbox());
        auto uidExpunge = h.run(std::make_unique<ExpungeCommand>(uids("1")));
        h.settle();
        QCOMPARE(h.C(), Lines()); // never a plain EXPUNGE instead
        QVERIFY(uidExpunge->result.error->userMessage.contains(QStringLiteral("UIDPLUS")));
        auto expunge = h.run(std::make_unique<ExpungeCommand>());
        QCOMPARE(h.C(), Lines{"a2 EXPUNGE"});
        h.S("* 3 EXPUNGE");
        h.S("* 1 EXPUNGE");
        h.S("a2 OK");
        QCOMPARE(expunge->result.expungedSequences, (QList<quint32>{3, 1}));
        QCOMPARE(h.session->mailbox().exists(), 1u);
    }
};

QTEST_GUILESS_MAIN(TestImapSessionMessages)
#include "tst_imapsession_messages.moc"
