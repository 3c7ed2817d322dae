// Hostile and broken server input: every case must end in a typed error that names the line
// and byte offset, never a crash, a hang or an unbounded allocation; the stream recovers.
#include "ImapTestSupport.h"

#include <QtTest>

#include <random>

using namespace Kestrel::Imap;
using namespace Kestrel::Imap::Test;

Q_DECLARE_METATYPE(Kestrel::Imap::ParseErrorCode)

class TestImapHostile : public QObject
{
    Q_OBJECT

private slots:
    void malformedResponses_data();
    void malformedResponses();
    void errorPositionCountsEarlierLines();
    void lyingLiteralSizeSwallowsFollowingBytes();
    void literalLongerThanStreamIsTruncation();
    void literalLongerThanFrameInParser();
    void literalAboveCapStopsTheStream();
    void endlessLineStopsTheStream();
    void parseErrorIsNotFatal();
    void streamCanBeResetAfterFatalError();
    void eightBitBytesInQuotedStringsAreKept();
    void randomGarbageNeverCrashes();
    void mutatedTranscriptNeverCrashes();
};

void TestImapHostile::malformedResponses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ParseErrorCode>("code");
    QTest::addColumn<int>("offset");

    using E = ParseErrorCode;
    // Tags
    QTest::newRow("missing tag") << QByteArray(" OK done\r\n") << E::InvalidTag << 0;
    QTest::newRow("empty line") << QByteArray("\r\n") << E::InvalidTag << 0;
    QTest::newRow("8-bit tag") << QByteArray("\xff" "A1 OK done\r\n") << E::InvalidTag << 0;
    QTest::newRow("8-bit in tag") << QByteArray("A1\xff OK done\r\n") << E::InvalidTag << 2;
    QTest::newRow("tag only") << QByteArray("A1\r\n") << E::InvalidTag << 2;
    QTest::newRow("unknown condition") << QByteArray("A1 DONE ok\r\n") << E::UnknownStatus << 3;
    QTest::newRow("tagged BYE") << QByteArray("A1 BYE see you\r\n") << E::UnknownStatus << 3;
    QTest::newRow("tagged PREAUTH") << QByteArray("A1 PREAUTH hi\r\n") << E::UnknownStatus << 3;
    // Untagged structure
    QTest::newRow("star without space") << QByteArray("*OK\r\n") << E::UnexpectedCharacter << 1;
    QTest::newRow("8-bit response name") << QByteArray("* \xc3\xa9OK\r\n") << E::UnexpectedCharacter << 2;
    QTest::newRow("8-bit capability") << QByteArray("* CAPABILITY IMAP4rev1 \xff\r\n") << E::UnexpectedCharacter << 23;
    QTest::newRow("fetch without number") << QByteArray("* FETCH (UID 1)\r\n") << E::InvalidNumber << 2;
    QTest::newRow("fetch zero") << QByteArray("* 0 FETCH (UID 1)\r\n") << E::InvalidNumber << 4;
    QTest::newRow("number overflow") << QByteArray("* 99999999999 EXISTS\r\n") << E::InvalidNumber << 2;
    QTest::newRow("uid zero") << QByteArray("* 1 FETCH (UID 0)\r\n") << E::InvalidNumber << 15;
    QTest::newRow("huge number") << QByteArray("* 1 FETCH (RFC822.SIZE 123456789012345678901234)\r\n")
                                 << E::InvalidNumber << 23;
    // Parentheses
    QTest::newRow("unclosed fetch") << QByteArray("* 1 FETCH (UID 1 FLAGS (\\Seen)\r\n") << E::UnexpectedEnd << 30;
    QTest::newRow("extra paren") << QByteArray("* 1 FETCH (UID 1))\r\n") << E::TrailingGarbage << 17;
    QTest::newRow("unclosed flags") << QByteArray("* FLAGS (\\Seen\r\n") << E::UnexpectedEnd << 14;
    QTest::newRow("envelope short") << QByteArray("* 1 FETCH (ENVELOPE (NIL \"s\" NIL))\r\n") << E::UnexpectedCharacter
                                    << 32;
    QTest::newRow("address short") << QByteArray("* 1 FETCH (ENVELOPE (NIL NIL ((NIL NIL \"a\")) NIL NIL NIL NIL NIL NIL NIL))\r\n")
                                   << E::UnexpectedCharacter << 42;
    QTest::newRow("bodystructure unclosed") << QByteArray("* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)\r\n")
                                            << E::UnexpectedEnd << 65;
    QTest::newRow("bodystructure text without lines")
        << QByteArray("* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1))\r\n") << E::UnexpectedCharacter
        << 61;
    // Strings
    QTest::newRow("unterminated quote") << QByteArray("* 1 FETCH (BODY[] \"abc)\r\n") << E::UnexpectedCharacter << 23;
    QTest::newRow("nul in quote") << QByteArray("* LIST () \"/\" \"a\0b\"\r\n", 21) << E::UnexpectedCharacter << 16;
    QTest::newRow("bad delimiter") << QByteArray("* LIST () \"//\" INBOX\r\n") << E::UnexpectedCharacter << 10;
    QTest::newRow("bad date") << QByteArray("* 1 FETCH (INTERNALDATE \"32-Jan-2024 00:00:00 +0000\")\r\n")
                              << E::InvalidDateTime << 24;
    QTest::newRow("bad month") << QByteArray("* 1 FETCH (INTERNALDATE \"01-Foo-2024 00:00:00 +0000\")\r\n")
                               << E::InvalidDateTime << 24;
    // Modified UTF-7 (RFC 3501 5.1.3); the offset points at the offending byte.
    QTest::newRow("utf7 unterminated") << QByteArray("* LIST () \"/\" \"&Jjo\"\r\n") << E::InvalidMailboxName << 15;
    QTest::newRow("utf7 bad base64") << QByteArray("* LIST () \"/\" \"&Jj!-\"\r\n") << E::InvalidMailboxName << 18;
    QTest::newRow("utf7 encoded ascii") << QByteArray("* LIST () \"/\" \"&AGE-\"\r\n") << E::InvalidMailboxName << 18;
    QTest::newRow("utf7 raw 8-bit") << QByteArray("* STATUS \"Entw\xc3\xbcrfe\" (MESSAGES 1)\r\n")
                                    << E::InvalidMailboxName << 14;
    QTest::newRow("utf7 lone surrogate") << QByteArray("* LIST () \"/\" \"&2D0A6Q-\"\r\n") << E::InvalidMailboxName << 21;
    // Sequence sets
    QTest::newRow("bad uid set") << QByteArray("A1 OK [COPYUID 1 1:,3 4] done\r\n") << E::InvalidNumber << 17;
    QTest::newRow("vanished junk") << QByteArray("* VANISHED (EARLIER) abc\r\n") << E::InvalidNumber << 21;
    QTest::newRow("unclosed code") << QByteArray("* OK [ALERT hello\r\n") << E::UnexpectedEnd << 17;
    // Truncation (the parser given a partial response)
    QTest::newRow("truncated") << QByteArray("* 1 FETCH (UID 1") << E::UnexpectedEnd << 16;
    QTest::newRow("no crlf") << QByteArray("A1 OK done") << E::UnexpectedEnd << 10;
}

void TestImapHostile::malformedResponses()
{
    QFETCH(QByteArray, bytes);
    Frame frame;
    frame.bytes = bytes;
    frame.offset = 1000; // as if earlier responses preceded it in the stream
    frame.line = 7;
    const ParseResult result = ResponseParser().parse(frame);
    QVERIFY2(!result.ok(), dump(result.response).constData());
    QTEST(result.error.code, "code");
    QFETCH(int, offset);
    QCOMPARE(result.error.offset, 1000 + offset);
    QCOMPARE(result.error.line, 7 + bytes.left(offset).count('\n'));
    QVERIFY(!result.error.fatal);
    QVERIFY(!result.error.detail.isEmpty());
}

void TestImapHostile::errorPositionCountsEarlierLines()
{
    const QList<QByteArray> out = runStream({"* OK ready\r\n* 1 FETCH (BODY[] {5}\r\na\r\nbc)\r\n* 2 FETCH (UID x)\r\n"});
    QCOMPARE(out.size(), 4);
    QCOMPARE(out[2], QByteArray("ERROR InvalidNumber line=5 offset=58 fatal=0"));
    QCOMPARE(out[3], QByteArray("END clean"));
}

void TestImapHostile::lyingLiteralSizeSwallowsFollowingBytes()
{
    // {10} but only "abc" was meant: the literal takes "abc)\r\nA1 O" and the frame ends one line later.
    const QList<QByteArray> out = runStream({"* 1 FETCH (BODY[] {10}\r\nabc)\r\nA1 OK done\r\n* 2 EXISTS\r\n"});
    QCOMPARE(out.size(), 3);
    QCOMPARE(out[0], QByteArray("ERROR UnexpectedCharacter line=3 offset=34 fatal=0"));
    QCOMPARE(out[1], QByteArray("EXISTS 2"));
}

void TestImapHostile::literalLongerThanStreamIsTruncation()
{
    const QList<QByteArray> out = runStream({"* 1 EXISTS\r\n* 1 FETCH (BODY[] {5000}\r\nonly a little\r\n"});
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0], QByteArray("EXISTS 1"));
    QCOMPARE(out[1], QByteArray("END ERROR TruncatedStream line=4 offset=53 fatal=1"));
}

void TestImapHostile::literalLongerThanFrameInParser()
{
    const ParseResult r = parseBytes("* 1 FETCH (BODY[] {100}\r\nshort)\r\n");
    QVERIFY(!r.ok());
    QCOMPARE(r.error.code, ParseErrorCode::LiteralTruncated);
    QCOMPARE(r.error.offset, 18);
}

void TestImapHostile::literalAboveCapStopsTheStream()
{
    ResponseFramer::Limits limits;
    limits.maxLiteralSize = 1024;
    const QList<QByteArray> out = runStream({"* 1 EXISTS\r\n* 1 FETCH (BODY[] {1025}\r\n", QByteArray(1025, 'x'), ")\r\n"},
                                            limits);
    QCOMPARE(out.size(), 3);
    QCOMPARE(out[1], QByteArray("ERROR LiteralTooLarge line=2 offset=30 fatal=1"));
}

void TestImapHostile::endlessLineStopsTheStream()
{
    ResponseFramer::Limits limits;
    limits.maxLineLength = 4096;
    QList<QByteArray> chunks{"* OK hi\r\n* 1 FETCH (X "};
    for (int i = 0; i < 100; ++i)
        chunks.append(QByteArray(1000, 'a'));
    const QList<QByteArray> out = runStream(chunks, limits);
    QCOMPARE(out.size(), 3);
    QCOMPARE(out[1], QByteArray("ERROR LineTooLong line=2 offset=4105 fatal=1"));
}

void TestImapHostile::parseErrorIsNotFatal()
{
    ResponseStream stream;
    stream.feed("* 1 FETCH (UID zz)\r\nA1 OK done\r\n");
    Response response;
    ParseError error;
    QCOMPARE(stream.next(&response, &error), ResponseStream::Status::Error);
    QVERIFY(!error.fatal);
    QCOMPARE(stream.lastFrame().bytes, QByteArray("* 1 FETCH (UID zz)\r\n"));
    QCOMPARE(stream.next(&response, &error), ResponseStream::Status::Response);
    QVERIFY(std::holds_alternative<TaggedStatus>(response));
    QCOMPARE(stream.next(&response, &error), ResponseStream::Status::NeedMore);
}

void TestImapHostile::streamCanBeResetAfterFatalError()
{
    ResponseFramer::Limits limits;
    limits.maxLineLength = 64;
    ResponseStream stream(limits);
    Response response;
    ParseError error;
    stream.feed(QByteArray(100, 'z'));
    QCOMPARE(stream.next(&response, &error), ResponseStream::Status::Error);
    QVERIFY(error.fatal);
    QCOMPARE(stream.next(&response, &error), ResponseStream::Status::Error);
    stream.reset();
    stream.feed("* OK [CAPABILITY IMAP4rev1] ready\r\n");
    QCOMPARE(stream.next(&response, &error), ResponseStream::Status::Response);
    QCOMPARE(std::get<UntaggedStatus>(response).code.kind, ResponseCodeKind::Capability);
}

void TestImapHostile::eightBitBytesInQuotedStringsAreKept()
{
    // Servers send raw 8-bit header text in ENVELOPE; RFC 9051 allows UTF-8 in quoted strings.
    const ParseResult r = parseBytes("* 1 FETCH (ENVELOPE (NIL \"Gr\xc3\xbc\xc3\x9f\x65 \xff\" NIL NIL NIL NIL NIL NIL NIL NIL))\r\n");
    QVERIFY(r.ok());
    QCOMPARE(std::get<FetchResponse>(r.response).envelope->subject, QByteArray("Gr\xc3\xbc\xc3\x9f\x65 \xff"));
}

void TestImapHostile::randomGarbageNeverCrashes()
{
    std::mt19937 rng(1234);
    static const char chars[] = "()[]{}<>\"\\ *+~0123456789ABCDEFNILUIDFETCHOKBODY\r\n\x80\xff";
    const QByteArray alphabet(chars, sizeof(chars) - 1);
    int errors = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes;
        const int size = int(rng() % 400);
        for (int i = 0; i < size; ++i)
            bytes.append(alphabet[int(rng() % alphabet.size())]);
        ResponseFramer::Limits limits;
        limits.maxLiteralSize = 4096;
        const QList<QByteArray> out = runStream({bytes}, limits);
        QVERIFY(!out.isEmpty());
        QVERIFY(out.last().startsWith("END"));
        for (const QByteArray &line : out)
            errors += line.contains("ERROR");
    }
    QVERIFY(errors > 1000); // garbage is reported, not silently accepted
}

void TestImapHostile::mutatedTranscriptNeverCrashes()
{
    const QByteArray base =
        "* 1 FETCH (UID 10 FLAGS (\\Seen) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" RFC822.SIZE 44 ENVELOPE "
        "(\"d\" \"s\" ((\"n\" NIL \"m\" \"h\")) NIL NIL NIL NIL NIL NIL \"<i>\") BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" "
        "(\"CHARSET\" \"UTF-8\") NIL NIL \"7BIT\" 10 1 NIL NIL NIL NIL)(\"TEXT\" \"HTML\" NIL NIL NIL \"7BIT\" 20 2 NIL "
        "NIL NIL NIL) \"ALTERNATIVE\" (\"BOUNDARY\" \"x\") NIL NIL NIL) BODY[1] {5}\r\nhello)\r\nA1 OK done\r\n";
    std::mt19937 rng(99);
    for (int round = 0; round < 20000; ++round) {
        QByteArray bytes = base;
        for (int flips = 1 + int(rng() % 3); flips > 0; --flips)
            bytes[int(rng() % bytes.size())] = char(rng() % 256);
        const QList<QByteArray> out = runStream({bytes});
        QVERIFY(out.last().startsWith("END"));
        for (const QByteArray &line : out) {
            if (!line.startsWith("ERROR"))
                continue;
            const qsizetype at = line.indexOf("offset=") + 7;
            const int offset = line.mid(at, line.indexOf(' ', at) - at).toInt();
            QVERIFY2(offset >= 0 && offset <= bytes.size(), line.constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestImapHostile)
#include "tst_imap_hostile.moc"
