// Status responses, response codes, continuations and the small server-data responses
// (RFC 3501 7.1, 7.2.1, 7.2.6, 7.3, 7.5; RFC 4315, 5161, 5530, 2971, 7162).
#include "ImapTestSupport.h"

#include <QtTest>

using namespace Kestrel::Imap;
using namespace Kestrel::Imap::Test;

Q_DECLARE_METATYPE(Kestrel::Imap::StatusCondition)
Q_DECLARE_METATYPE(Kestrel::Imap::ResponseCodeKind)

namespace {

template <typename T>
T parseAs(const QByteArray &bytes)
{
    const ParseResult result = parseBytes(bytes);
    if (!result.ok())
        qWarning() << "parse failed:" << result.error.toString();
    const T *value = std::get_if<T>(&result.response);
    return value ? *value : T();
}

template <typename T>
bool parsesAs(const QByteArray &bytes)
{
    const ParseResult result = parseBytes(bytes);
    return result.ok() && std::holds_alternative<T>(result.response);
}

} // namespace

class TestImapParserStatus : public QObject
{
    Q_OBJECT

private slots:
    void taggedStatus_data();
    void taggedStatus();
    void untaggedStatus_data();
    void untaggedStatus();
    void rfc5530Codes_data();
    void rfc5530Codes();
    void capabilityCode();
    void permanentFlagsCode();
    void appendUidCode();
    void copyUidCode();
    void modifiedCode();
    void badCharsetCode();
    void unknownCodeKeepsAtomAndText();
    void continuation_data();
    void continuation();
    void continuationChallenge();
    void capabilityResponse();
    void enabledResponse();
    void idResponse();
    void flagsResponse();
    void messageCounts();
    void unknownResponsesAreKeptRaw();
};

void TestImapParserStatus::taggedStatus_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<StatusCondition>("condition");
    QTest::addColumn<ResponseCodeKind>("code");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("select ok") << QByteArray("A0003 OK [READ-WRITE] Select completed (0.002 + 0.000 secs).\r\n")
                               << QByteArray("A0003") << StatusCondition::Ok << ResponseCodeKind::ReadWrite
                               << QByteArray("Select completed (0.002 + 0.000 secs).");
    QTest::newRow("examine") << QByteArray("A0004 OK [READ-ONLY] Examine completed.\r\n") << QByteArray("A0004")
                             << StatusCondition::Ok << ResponseCodeKind::ReadOnly << QByteArray("Examine completed.");
    QTest::newRow("trycreate") << QByteArray("a2 NO [TRYCREATE] Mailbox doesn't exist: Archive/2024\r\n")
                               << QByteArray("a2") << StatusCondition::No << ResponseCodeKind::TryCreate
                               << QByteArray("Mailbox doesn't exist: Archive/2024");
    QTest::newRow("bad") << QByteArray("A7 BAD Error in IMAP command UID FETCH: Invalid uidset\r\n") << QByteArray("A7")
                         << StatusCondition::Bad << ResponseCodeKind::None
                         << QByteArray("Error in IMAP command UID FETCH: Invalid uidset");
    QTest::newRow("auth failed") << QByteArray("A1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n")
                                 << QByteArray("A1") << StatusCondition::No
                                 << ResponseCodeKind::AuthenticationFailed << QByteArray("Authentication failed.");
    QTest::newRow("lower case") << QByteArray("x9 ok [read-write] fine\r\n") << QByteArray("x9") << StatusCondition::Ok
                                << ResponseCodeKind::ReadWrite << QByteArray("fine");
    QTest::newRow("no text") << QByteArray("A8 OK\r\n") << QByteArray("A8") << StatusCondition::Ok
                             << ResponseCodeKind::None << QByteArray();
    QTest::newRow("code only") << QByteArray("A9 OK [READ-ONLY]\r\n") << QByteArray("A9") << StatusCondition::Ok
                               << ResponseCodeKind::ReadOnly << QByteArray();
    QTest::newRow("bracket in tag") << QByteArray("t]1 OK done\r\n") << QByteArray("t]1") << StatusCondition::Ok
                                    << ResponseCodeKind::None << QByteArray("done");
    QTest::newRow("utf-8 text") << QByteArray("A10 NO \xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0\r\n")
                                << QByteArray("A10") << StatusCondition::No << ResponseCodeKind::None
                                << QByteArray("\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0");
}

void TestImapParserStatus::taggedStatus()
{
    QFETCH(QByteArray, line);
    const ParseResult result = parseBytes(line);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const auto *status = std::get_if<TaggedStatus>(&result.response);
    QVERIFY(status);
    QTEST(status->tag, "tag");
    QTEST(status->condition, "condition");
    QTEST(status->code.kind, "code");
    QTEST(status->text, "text");
}

void TestImapParserStatus::untaggedStatus_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<StatusCondition>("condition");
    QTest::addColumn<ResponseCodeKind>("code");
    QTest::addColumn<quint64>("number");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("uidvalidity") << QByteArray("* OK [UIDVALIDITY 3857529045] UIDs valid\r\n") << StatusCondition::Ok
                                 << ResponseCodeKind::UidValidity << quint64(3857529045u) << QByteArray("UIDs valid");
    QTest::newRow("uidnext") << QByteArray("* OK [UIDNEXT 4392] Predicted next UID\r\n") << StatusCondition::Ok
                             << ResponseCodeKind::UidNext << quint64(4392) << QByteArray("Predicted next UID");
    QTest::newRow("unseen") << QByteArray("* OK [UNSEEN 12] First unseen.\r\n") << StatusCondition::Ok
                            << ResponseCodeKind::Unseen << quint64(12) << QByteArray("First unseen.");
    QTest::newRow("highestmodseq") << QByteArray("* OK [HIGHESTMODSEQ 90060115205545359] Highest\r\n")
                                   << StatusCondition::Ok << ResponseCodeKind::HighestModSeq
                                   << quint64(90060115205545359ULL) << QByteArray("Highest");
    QTest::newRow("nomodseq") << QByteArray("* OK [NOMODSEQ] No permanent modsequences\r\n") << StatusCondition::Ok
                              << ResponseCodeKind::NoModSeq << quint64(0) << QByteArray("No permanent modsequences");
    QTest::newRow("alert") << QByteArray("* OK [ALERT] System shutdown in 10 minutes\r\n") << StatusCondition::Ok
                           << ResponseCodeKind::Alert << quint64(0) << QByteArray("System shutdown in 10 minutes");
    QTest::newRow("closed") << QByteArray("* OK [CLOSED] Previous mailbox closed.\r\n") << StatusCondition::Ok
                            << ResponseCodeKind::Closed << quint64(0) << QByteArray("Previous mailbox closed.");
    QTest::newRow("preauth") << QByteArray("* PREAUTH [CAPABILITY IMAP4rev1] Logged in as kestrel\r\n")
                             << StatusCondition::PreAuth << ResponseCodeKind::Capability << quint64(0)
                             << QByteArray("Logged in as kestrel");
    QTest::newRow("bye") << QByteArray("* BYE Server shutting down.\r\n") << StatusCondition::Bye
                         << ResponseCodeKind::None << quint64(0) << QByteArray("Server shutting down.");
    QTest::newRow("no") << QByteArray("* NO [ALERT] Quota exceeded\r\n") << StatusCondition::No
                        << ResponseCodeKind::Alert << quint64(0) << QByteArray("Quota exceeded");
    QTest::newRow("bad") << QByteArray("* BAD Unknown command\r\n") << StatusCondition::Bad << ResponseCodeKind::None
                         << quint64(0) << QByteArray("Unknown command");
    QTest::newRow("compression") << QByteArray("* OK [COMPRESSIONACTIVE] already\r\n") << StatusCondition::Ok
                                 << ResponseCodeKind::CompressionActive << quint64(0) << QByteArray("already");
    QTest::newRow("uidnotsticky") << QByteArray("* NO [UIDNOTSTICKY] Non-persistent UIDs\r\n") << StatusCondition::No
                                  << ResponseCodeKind::UidNotSticky << quint64(0)
                                  << QByteArray("Non-persistent UIDs");
    QTest::newRow("parse") << QByteArray("* NO [PARSE] Invalid header\r\n") << StatusCondition::No
                           << ResponseCodeKind::Parse << quint64(0) << QByteArray("Invalid header");
}

void TestImapParserStatus::untaggedStatus()
{
    QFETCH(QByteArray, line);
    const ParseResult result = parseBytes(line);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const auto *status = std::get_if<UntaggedStatus>(&result.response);
    QVERIFY(status);
    QTEST(status->condition, "condition");
    QTEST(status->code.kind, "code");
    QTEST(status->code.number, "number");
    QTEST(status->text, "text");
}

void TestImapParserStatus::rfc5530Codes_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<ResponseCodeKind>("kind");
    QTest::newRow("UNAVAILABLE") << QByteArray("UNAVAILABLE") << ResponseCodeKind::Unavailable;
    QTest::newRow("AUTHORIZATIONFAILED") << QByteArray("AUTHORIZATIONFAILED") << ResponseCodeKind::AuthorizationFailed;
    QTest::newRow("EXPIRED") << QByteArray("EXPIRED") << ResponseCodeKind::Expired;
    QTest::newRow("PRIVACYREQUIRED") << QByteArray("PRIVACYREQUIRED") << ResponseCodeKind::PrivacyRequired;
    QTest::newRow("CONTACTADMIN") << QByteArray("CONTACTADMIN") << ResponseCodeKind::ContactAdmin;
    QTest::newRow("NOPERM") << QByteArray("NOPERM") << ResponseCodeKind::NoPerm;
    QTest::newRow("INUSE") << QByteArray("INUSE") << ResponseCodeKind::InUse;
    QTest::newRow("EXPUNGEISSUED") << QByteArray("EXPUNGEISSUED") << ResponseCodeKind::ExpungeIssued;
    QTest::newRow("CORRUPTION") << QByteArray("CORRUPTION") << ResponseCodeKind::Corruption;
    QTest::newRow("SERVERBUG") << QByteArray("SERVERBUG") << ResponseCodeKind::ServerBug;
    QTest::newRow("CLIENTBUG") << QByteArray("CLIENTBUG") << ResponseCodeKind::ClientBug;
    QTest::newRow("CANNOT") << QByteArray("CANNOT") << ResponseCodeKind::Cannot;
    QTest::newRow("LIMIT") << QByteArray("LIMIT") << ResponseCodeKind::Limit;
    QTest::newRow("OVERQUOTA") << QByteArray("OVERQUOTA") << ResponseCodeKind::OverQuota;
    QTest::newRow("ALREADYEXISTS") << QByteArray("ALREADYEXISTS") << ResponseCodeKind::AlreadyExists;
    QTest::newRow("NONEXISTENT") << QByteArray("NONEXISTENT") << ResponseCodeKind::NonExistent;
}

void TestImapParserStatus::rfc5530Codes()
{
    QFETCH(QByteArray, code);
    QFETCH(ResponseCodeKind, kind);
    const auto status = parseAs<TaggedStatus>("A1 NO [" + code + "] Operation failed\r\n");
    QCOMPARE(status.code.kind, kind);
    QCOMPARE(status.code.name, code);
    QCOMPARE(status.text, QByteArray("Operation failed"));
}

void TestImapParserStatus::capabilityCode()
{
    const auto status = parseAs<UntaggedStatus>(
        "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN] "
        "Dovecot ready.\r\n");
    QCOMPARE(status.code.kind, ResponseCodeKind::Capability);
    QCOMPARE(status.code.list.size(), 9);
    QCOMPARE(status.code.list.first(), QByteArray("IMAP4rev1"));
    QCOMPARE(status.code.list.last(), QByteArray("AUTH=PLAIN"));
    QVERIFY(status.code.list.contains("LITERAL+"));
    QCOMPARE(status.text, QByteArray("Dovecot ready."));
}

void TestImapParserStatus::permanentFlagsCode()
{
    const auto status = parseAs<UntaggedStatus>(
        "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded $Junk \\*)] Flags permitted.\r\n");
    QCOMPARE(status.code.kind, ResponseCodeKind::PermanentFlags);
    const MessageFlags &flags = status.code.flags;
    QCOMPARE(flags.system, SystemFlag::Answered | SystemFlag::Flagged | SystemFlag::Deleted | SystemFlag::Seen
                               | SystemFlag::Draft | SystemFlag::Wildcard);
    QCOMPARE(flags.keywords, QList<QByteArray>({"$Forwarded", "$Junk"}));
    QVERIFY(flags.contains("\\seen"));
    QVERIFY(flags.contains("$junk"));
    QVERIFY(!flags.contains("\\Recent"));

    const auto empty = parseAs<UntaggedStatus>("* OK [PERMANENTFLAGS ()] No permanent flags permitted\r\n");
    QCOMPARE(empty.code.kind, ResponseCodeKind::PermanentFlags);
    QVERIFY(empty.code.flags.isEmpty());
}

void TestImapParserStatus::appendUidCode()
{
    const auto single = parseAs<TaggedStatus>("A003 OK [APPENDUID 38505 3955] APPEND completed\r\n");
    QCOMPARE(single.code.kind, ResponseCodeKind::AppendUid);
    QCOMPARE(single.code.uidValidity, 38505u);
    QCOMPARE(single.code.uids.toList(), QList<quint32>({3955}));

    const auto multi = parseAs<TaggedStatus>("A004 OK [APPENDUID 1 3955:3957] MULTIAPPEND completed\r\n");
    QCOMPARE(multi.code.uids.toList(), QList<quint32>({3955, 3956, 3957}));
}

void TestImapParserStatus::copyUidCode()
{
    const auto status = parseAs<TaggedStatus>("A004 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n");
    QCOMPARE(status.code.kind, ResponseCodeKind::CopyUid);
    QCOMPARE(status.code.uidValidity, 38505u);
    QCOMPARE(status.code.sourceUids.toList(), QList<quint32>({304, 319, 320}));
    QCOMPARE(status.code.uids.toList(), QList<quint32>({3956, 3957, 3958}));
    QCOMPARE(status.code.sourceUids.toImapString(), QByteArray("304,319:320"));

    // UID MOVE reports COPYUID in an untagged OK before the EXPUNGEs (RFC 6851 4.3).
    const auto moved = parseAs<UntaggedStatus>("* OK [COPYUID 432432 42:43 1202:1203] Moved UIDs.\r\n");
    QCOMPARE(moved.code.kind, ResponseCodeKind::CopyUid);
    QCOMPARE(moved.code.uids.count(), 2u);
}

void TestImapParserStatus::modifiedCode()
{
    const auto status = parseAs<TaggedStatus>("d105 OK [MODIFIED 7,9] Conditional STORE failed\r\n");
    QCOMPARE(status.code.kind, ResponseCodeKind::Modified);
    QCOMPARE(status.code.uids.toList(), QList<quint32>({7, 9}));
}

void TestImapParserStatus::badCharsetCode()
{
    const auto list = parseAs<TaggedStatus>("A1 NO [BADCHARSET (UTF-8 \"US-ASCII\")] Unsupported charset\r\n");
    QCOMPARE(list.code.kind, ResponseCodeKind::BadCharset);
    QCOMPARE(list.code.list, QList<QByteArray>({"UTF-8", "US-ASCII"}));

    const auto bare = parseAs<TaggedStatus>("A2 NO [BADCHARSET] Unsupported charset\r\n");
    QCOMPARE(bare.code.kind, ResponseCodeKind::BadCharset);
    QVERIFY(bare.code.list.isEmpty());
}

void TestImapParserStatus::unknownCodeKeepsAtomAndText()
{
    const auto status = parseAs<UntaggedStatus>("* OK [X-KESTREL-HINT some args 1 2] hello\r\n");
    QCOMPARE(status.code.kind, ResponseCodeKind::Unknown);
    QCOMPARE(status.code.name, QByteArray("X-KESTREL-HINT"));
    QCOMPARE(status.code.text, QByteArray("some args 1 2"));
    QCOMPARE(status.text, QByteArray("hello"));

    const auto bare = parseAs<UntaggedStatus>("* NO [SERVERBUSY] try later\r\n");
    QCOMPARE(bare.code.kind, ResponseCodeKind::Unknown);
    QVERIFY(bare.code.text.isEmpty());

    // A known code with arguments it does not take keeps them as text instead of failing.
    const auto extra = parseAs<UntaggedStatus>("* OK [ALERT now] shutdown\r\n");
    QCOMPARE(extra.code.kind, ResponseCodeKind::Alert);
    QCOMPARE(extra.code.text, QByteArray("now"));
}

void TestImapParserStatus::continuation_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<ResponseCodeKind>("code");
    QTest::newRow("literal") << QByteArray("+ Ready for literal data\r\n") << QByteArray("Ready for literal data")
                             << ResponseCodeKind::None;
    QTest::newRow("idle") << QByteArray("+ idling\r\n") << QByteArray("idling") << ResponseCodeKind::None;
    QTest::newRow("empty") << QByteArray("+ \r\n") << QByteArray("") << ResponseCodeKind::None;
    QTest::newRow("no space") << QByteArray("+\r\n") << QByteArray("") << ResponseCodeKind::None;
    QTest::newRow("code") << QByteArray("+ [ALERT] Watch out\r\n") << QByteArray("Watch out") << ResponseCodeKind::Alert;
}

void TestImapParserStatus::continuation()
{
    QFETCH(QByteArray, line);
    const auto request = parseAs<ContinuationRequest>(line);
    QVERIFY(parsesAs<ContinuationRequest>(line));
    QTEST(request.text, "text");
    QTEST(request.code.kind, "code");
}

void TestImapParserStatus::continuationChallenge()
{
    const auto scram = parseAs<ContinuationRequest>(
        "+ cj1meWtvK3JlYnJlM3JoeXM9cGVjdCxzPVFTWENSK1E2c2VrOGJmOTJaV3EvMUE9PQ==\r\n");
    const std::optional<QByteArray> decoded = scram.decodedChallenge();
    QVERIFY(decoded.has_value());
    QVERIFY(decoded->startsWith("r=fyko+rebre3rhys=pect"));

    QCOMPARE(parseAs<ContinuationRequest>("+ \r\n").decodedChallenge(), std::optional<QByteArray>(QByteArray()));
    QVERIFY(!parseAs<ContinuationRequest>("+ Ready for literal data\r\n").decodedChallenge().has_value());
}

void TestImapParserStatus::capabilityResponse()
{
    const auto caps = parseAs<CapabilityResponse>(
        "* CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES "
        "MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 "
        "CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE SNIPPET=FUZZY "
        "PREVIEW=FUZZY PREVIEW STATUS=SIZE SAVEDATE LITERAL+ NOTIFY SPECIAL-USE COMPRESS=DEFLATE QUOTA\r\n");
    QCOMPARE(caps.capabilities.size(), 38);
    QVERIFY(caps.has("qresync"));
    QVERIFY(caps.has("LITERAL+"));
    QVERIFY(caps.has("COMPRESS=DEFLATE"));
    QVERIFY(!caps.has("UTF8=ACCEPT"));
    QVERIFY(!caps.has("LITERAL"));

    const auto trailing = parseAs<CapabilityResponse>("* CAPABILITY IMAP4rev1 IDLE \r\n");
    QCOMPARE(trailing.capabilities, QList<QByteArray>({"IMAP4rev1", "IDLE"}));
}

void TestImapParserStatus::enabledResponse()
{
    const auto enabled = parseAs<EnabledResponse>("* ENABLED CONDSTORE QRESYNC\r\n");
    QCOMPARE(enabled.capabilities, QList<QByteArray>({"CONDSTORE", "QRESYNC"}));
    QVERIFY(enabled.has("condstore"));
    QVERIFY(parsesAs<EnabledResponse>("* ENABLED\r\n"));
    QVERIFY(parseAs<EnabledResponse>("* ENABLED\r\n").capabilities.isEmpty());
}

void TestImapParserStatus::idResponse()
{
    const auto id = parseAs<IdResponse>("* ID (\"name\" \"Dovecot\" \"version\" \"2.3.19.1\" \"support-url\" NIL)\r\n");
    QCOMPARE(id.fields.size(), 3);
    QCOMPARE(id.fields[0].first, QByteArray("name"));
    QCOMPARE(id.fields[0].second, QByteArray("Dovecot"));
    QCOMPARE(id.fields[1].second, QByteArray("2.3.19.1"));
    QVERIFY(id.fields[2].second.isNull());

    QVERIFY(parsesAs<IdResponse>("* ID NIL\r\n"));
    QVERIFY(parseAs<IdResponse>("* ID NIL\r\n").fields.isEmpty());
}

void TestImapParserStatus::flagsResponse()
{
    const auto flags = parseAs<FlagsResponse>("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded)\r\n");
    QCOMPARE(flags.flags.system,
             SystemFlag::Answered | SystemFlag::Flagged | SystemFlag::Deleted | SystemFlag::Seen | SystemFlag::Draft);
    QCOMPARE(flags.flags.keywords, QList<QByteArray>({"$Forwarded"}));
}

void TestImapParserStatus::messageCounts()
{
    QCOMPARE(parseAs<ExistsResponse>("* 23 EXISTS\r\n").count, 23u);
    QCOMPARE(parseAs<ExistsResponse>("* 0 EXISTS\r\n").count, 0u);
    QVERIFY(parsesAs<ExistsResponse>("* 0 EXISTS\r\n"));
    QCOMPARE(parseAs<RecentResponse>("* 5 RECENT\r\n").count, 5u);
    QCOMPARE(parseAs<ExpungeResponse>("* 44 EXPUNGE\r\n").sequence, 44u);
    QCOMPARE(parseAs<ExistsResponse>("* 4294967295 EXISTS\r\n").count, 4294967295u);
}

void TestImapParserStatus::unknownResponsesAreKeptRaw()
{
    const auto quota = parseAs<UnknownResponse>("* QUOTAROOT INBOX \"User quota\"\r\n");
    QCOMPARE(quota.name, QByteArray("QUOTAROOT"));
    QCOMPARE(quota.number, 0u);
    QCOMPARE(quota.rest, QByteArray("INBOX \"User quota\""));

    const auto numbered = parseAs<UnknownResponse>("* 5 XSOMETHING (a b)\r\n");
    QCOMPARE(numbered.name, QByteArray("XSOMETHING"));
    QCOMPARE(numbered.number, 5u);
    QCOMPARE(numbered.rest, QByteArray("(a b)"));

    const auto bare = parseAs<UnknownResponse>("* XNOOP\r\n");
    QCOMPARE(bare.name, QByteArray("XNOOP"));
    QVERIFY(bare.rest.isEmpty());
}

QTEST_GUILESS_MAIN(TestImapParserStatus)
#include "tst_imap_parser_status.moc"
