// FETCH responses (RFC 3501 7.4.2): UID, FLAGS, INTERNALDATE, RFC822.SIZE, ENVELOPE, MODSEQ
// (RFC 7162), BODY[section]<origin>, BINARY / BINARY.SIZE (RFC 3516) and unknown items.
#include "ImapTestSupport.h"

#include <QtTest>

using namespace Kestrel::Imap;
using namespace Kestrel::Imap::Test;

namespace {

FetchResponse fetchOf(const QByteArray &bytes)
{
    const ParseResult result = parseBytes(bytes);
    if (!result.ok())
        qWarning() << "parse failed:" << result.error.toString();
    const auto *fetch = std::get_if<FetchResponse>(&result.response);
    return fetch ? *fetch : FetchResponse();
}

const QByteArray s_dovecotEnvelope =
    "(\"Tue, 12 Mar 2024 10:15:30 +0100\" \"=?UTF-8?Q?Caf=C3=A9_meeting?=\" "
    "((\"Alice Example\" NIL \"alice\" \"example.com\")) ((\"Alice Example\" NIL \"alice\" \"example.com\")) "
    "((NIL NIL \"replies\" \"example.com\")) ((NIL NIL \"bob\" \"example.org\")(\"Carol \\\"CJ\\\" Jones\" NIL "
    "\"carol\" \"example.net\")) NIL NIL \"<parent@example.com>\" \"<1234.5678@mail.example.com>\")";

} // namespace

class TestImapParserFetch : public QObject
{
    Q_OBJECT

private slots:
    void basicItems();
    void flags_data();
    void flags();
    void internalDate_data();
    void internalDate();
    void envelope();
    void envelopeNilsAndEmptyStrings();
    void envelopeGroupSyntax();
    void envelopeLiteralSubjectAnd8Bit();
    void envelopeAddressListLengths_data();
    void envelopeAddressListLengths();
    void quotedEscapes_data();
    void quotedEscapes();
    void bodySections_data();
    void bodySections();
    void headerFields();
    void binaryLiteral8();
    void binarySize();
    void rfc822Items();
    void unknownItemsAreKeptRaw();
    void emptyFetch();
    void findSection();
};

void TestImapParserFetch::basicItems()
{
    const FetchResponse f = fetchOf(
        "* 12 FETCH (UID 4827 FLAGS (\\Seen) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" RFC822.SIZE 44827 "
        "MODSEQ (12121231000))\r\n");
    QCOMPARE(f.sequence, 12u);
    QCOMPARE(f.uid, std::optional<quint32>(4827));
    QVERIFY(f.flags.has_value());
    QCOMPARE(f.flags->system, SystemFlags(SystemFlag::Seen));
    QCOMPARE(f.internalDate, QDateTime(QDate(1996, 7, 17), QTime(9, 44, 25), Qt::UTC));
    QCOMPARE(f.rfc822Size, std::optional<quint64>(44827));
    QCOMPARE(f.modSeq, std::optional<quint64>(12121231000ULL));
    QVERIFY(!f.envelope.has_value());
    QVERIFY(!f.bodyStructure.has_value());
    QVERIFY(f.sections.isEmpty());

    // Unsolicited flag change during another command: no UID (RFC 3501 7.4.2).
    const FetchResponse push = fetchOf("* 3 FETCH (FLAGS (\\Deleted \\Seen))\r\n");
    QCOMPARE(push.sequence, 3u);
    QVERIFY(!push.uid.has_value());
    QCOMPARE(push.flags->system, SystemFlag::Deleted | SystemFlag::Seen);
}

void TestImapParserFetch::flags_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<int>("system");
    QTest::addColumn<QList<QByteArray>>("keywords");
    QTest::newRow("empty") << QByteArray("()") << 0 << QList<QByteArray>();
    QTest::newRow("all system")
        << QByteArray("(\\Seen \\Answered \\Flagged \\Deleted \\Draft \\Recent)")
        << int((SystemFlag::Seen | SystemFlag::Answered | SystemFlag::Flagged | SystemFlag::Deleted
                | SystemFlag::Draft | SystemFlag::Recent).toInt())
        << QList<QByteArray>();
    QTest::newRow("keywords") << QByteArray("(\\Seen $Forwarded NonJunk $label1)") << int(SystemFlag::Seen)
                              << QList<QByteArray>({"$Forwarded", "NonJunk", "$label1"});
    QTest::newRow("case") << QByteArray("(\\SEEN \\flagged)") << int((SystemFlag::Seen | SystemFlag::Flagged).toInt())
                          << QList<QByteArray>();
    QTest::newRow("unknown backslash") << QByteArray("(\\Seen \\XCustom)") << int(SystemFlag::Seen)
                                       << QList<QByteArray>({"\\XCustom"});
}

void TestImapParserFetch::flags()
{
    QFETCH(QByteArray, list);
    const FetchResponse f = fetchOf("* 1 FETCH (FLAGS " + list + " UID 9)\r\n");
    QVERIFY(f.flags.has_value());
    QTEST(int(f.flags->system.toInt()), "system");
    QTEST(f.flags->keywords, "keywords");
    QCOMPARE(f.uid, std::optional<quint32>(9));
}

void TestImapParserFetch::internalDate_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QDateTime>("utc");
    QTest::newRow("rfc example") << QByteArray("\"17-Jul-1996 02:44:25 -0700\"")
                                 << QDateTime(QDate(1996, 7, 17), QTime(9, 44, 25), Qt::UTC);
    QTest::newRow("space padded") << QByteArray("\" 7-Mar-2024 23:30:00 +0200\"")
                                  << QDateTime(QDate(2024, 3, 7), QTime(21, 30, 0), Qt::UTC);
    QTest::newRow("one digit day") << QByteArray("\"7-Mar-2024 23:30:00 +0200\"")
                                   << QDateTime(QDate(2024, 3, 7), QTime(21, 30, 0), Qt::UTC);
    QTest::newRow("crosses new year") << QByteArray("\"31-Dec-2023 23:59:59 -0100\"")
                                      << QDateTime(QDate(2024, 1, 1), QTime(0, 59, 59), Qt::UTC);
    QTest::newRow("leap day") << QByteArray("\"29-Feb-2024 12:00:00 +0000\"")
                              << QDateTime(QDate(2024, 2, 29), QTime(12, 0, 0), Qt::UTC);
    QTest::newRow("lower month") << QByteArray("\"01-jan-2000 00:00:00 +0530\"")
                                 << QDateTime(QDate(1999, 12, 31), QTime(18, 30, 0), Qt::UTC);
}

void TestImapParserFetch::internalDate()
{
    QFETCH(QByteArray, date);
    const FetchResponse f = fetchOf("* 1 FETCH (INTERNALDATE " + date + ")\r\n");
    QTEST(f.internalDate, "utc");
    QCOMPARE(f.internalDate.timeSpec(), Qt::UTC);
}

void TestImapParserFetch::envelope()
{
    const FetchResponse f = fetchOf("* 7 FETCH (UID 70 ENVELOPE " + s_dovecotEnvelope + ")\r\n");
    QVERIFY(f.envelope.has_value());
    const Envelope &e = *f.envelope;
    QCOMPARE(e.date, QByteArray("Tue, 12 Mar 2024 10:15:30 +0100"));
    QCOMPARE(e.subject, QByteArray("=?UTF-8?Q?Caf=C3=A9_meeting?=")); // raw: decoded later by core/mime
    QCOMPARE(e.from.size(), 1);
    QCOMPARE(e.from[0].name, QByteArray("Alice Example"));
    QVERIFY(e.from[0].adl.isNull());
    QCOMPARE(e.from[0].emailAddress(), QByteArray("alice@example.com"));
    QCOMPARE(e.sender, e.from); // repeated bytes are shared, not parsed twice
    QCOMPARE(e.replyTo.size(), 1);
    QCOMPARE(e.replyTo[0].emailAddress(), QByteArray("replies@example.com"));
    QVERIFY(e.replyTo[0].name.isNull());
    QCOMPARE(e.to.size(), 2);
    QCOMPARE(e.to[1].name, QByteArray("Carol \"CJ\" Jones"));
    QVERIFY(e.cc.isEmpty());
    QVERIFY(e.bcc.isEmpty());
    QCOMPARE(e.inReplyTo, QByteArray("<parent@example.com>"));
    QCOMPARE(e.messageId, QByteArray("<1234.5678@mail.example.com>"));
}

void TestImapParserFetch::envelopeNilsAndEmptyStrings()
{
    const FetchResponse f = fetchOf("* 1 FETCH (ENVELOPE (NIL \"\" NIL NIL NIL NIL NIL NIL NIL NIL))\r\n");
    QVERIFY(f.envelope.has_value());
    QVERIFY(f.envelope->date.isNull());
    QVERIFY(!f.envelope->subject.isNull());
    QVERIFY(f.envelope->subject.isEmpty());
    QVERIFY(f.envelope->from.isEmpty());
    QVERIFY(f.envelope->messageId.isNull());
}

void TestImapParserFetch::envelopeGroupSyntax()
{
    // To: undisclosed-recipients:; Cc: team: a@x, b@y;
    const FetchResponse f = fetchOf(
        "* 1 FETCH (ENVELOPE (NIL \"s\" NIL NIL NIL ((NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL)) "
        "((NIL NIL \"team\" NIL)(NIL NIL \"a\" \"x\") (NIL NIL \"b\" \"y\")(NIL NIL NIL NIL)) NIL NIL NIL))\r\n");
    QVERIFY(f.envelope.has_value());
    const QList<Address> &to = f.envelope->to;
    QCOMPARE(to.size(), 2);
    QVERIFY(to[0].isGroupStart());
    QCOMPARE(to[0].mailbox, QByteArray("undisclosed-recipients"));
    QVERIFY(to[1].isGroupEnd());
    const QList<Address> &cc = f.envelope->cc;
    QCOMPARE(cc.size(), 4);
    QVERIFY(cc[0].isGroupStart());
    QVERIFY(!cc[1].isGroupStart() && !cc[1].isGroupEnd());
    QCOMPARE(cc[2].emailAddress(), QByteArray("b@y"));
    QVERIFY(cc[3].isGroupEnd());
}

void TestImapParserFetch::envelopeLiteralSubjectAnd8Bit()
{
    const QByteArray subject = "Line with \"quotes\" and \xe2\x9c\x93 check";
    const FetchResponse f = fetchOf("* 2 FETCH (ENVELOPE (\"d\" {" + QByteArray::number(subject.size()) + "}\r\n"
                                    + subject + " NIL NIL NIL NIL NIL NIL NIL \"<id\xc3\xa9@x>\"))\r\n");
    QVERIFY(f.envelope.has_value());
    QCOMPARE(f.envelope->subject, subject);
    QCOMPARE(f.envelope->messageId, QByteArray("<id\xc3\xa9@x>")); // raw 8-bit kept as sent
}

// Address lists are parsed into a small buffer and then moved into a list of the final size
// (ExactSizeList): lengths around and beyond the buffer's four must keep every address, in order.
void TestImapParserFetch::envelopeAddressListLengths_data()
{
    QTest::addColumn<int>("count");
    for (int count : {1, 2, 3, 4, 5, 8, 9, 30})
        QTest::addRow("%d", count) << count;
}

void TestImapParserFetch::envelopeAddressListLengths()
{
    QFETCH(int, count);
    QByteArray to = "(";
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        to += "(\"Name \\\"" + n + "\\\"\" NIL \"user" + n + "\" \"host" + n + ".example\")";
    }
    to += ')';
    const FetchResponse f = fetchOf("* 3 FETCH (ENVELOPE (NIL \"s\" NIL NIL NIL " + to + " " + to + " NIL NIL NIL))\r\n");
    QVERIFY(f.envelope.has_value());
    for (const QList<Address> *list : {&f.envelope->to, &f.envelope->cc}) {
        QCOMPARE(list->size(), count);
        if (count <= 4)
            QCOMPARE(list->capacity(), count); // allocated once, at its final size
        for (int i = 0; i < count; ++i) {
            const QByteArray n = QByteArray::number(i);
            QCOMPARE(list->at(i).name, "Name \"" + n + '"');
            QCOMPARE(list->at(i).emailAddress(), "user" + n + "@host" + n + ".example");
        }
    }
}

// quoted = DQUOTE *QUOTED-CHAR DQUOTE, where a QUOTED-CHAR may be "\" quoted-specials (RFC 3501 9).
void TestImapParserFetch::quotedEscapes_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("quote") << QByteArray(R"("say \"hi\"")") << QByteArray(R"(say "hi")");
    QTest::newRow("backslash at end") << QByteArray(R"("C:\\")") << QByteArray(R"(C:\)");
    QTest::newRow("only escapes") << QByteArray(R"("\\\"")") << QByteArray(R"(\")");
    QTest::newRow("escape then 8-bit") << QByteArray("\"\\\"\xc3\xa9\"") << QByteArray("\"\xc3\xa9");
    QTest::newRow("long") << QByteArray(R"(")" + QByteArray(40, 'a') + R"(\\)" + QByteArray(40, 'b') + R"(")")
                          << QByteArray(QByteArray(40, 'a') + '\\' + QByteArray(40, 'b'));
}

void TestImapParserFetch::quotedEscapes()
{
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, value);
    const FetchResponse f = fetchOf("* 4 FETCH (ENVELOPE (NIL " + wire + " NIL NIL NIL NIL NIL NIL NIL NIL))\r\n");
    QVERIFY(f.envelope.has_value());
    QCOMPARE(f.envelope->subject, value);
    QCOMPARE(f.envelope->subject.size(), value.size());
}

void TestImapParserFetch::bodySections_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QByteArray>("section");
    QTest::addColumn<QByteArray>("part");
    QTest::addColumn<QByteArray>("specifier");
    QTest::addColumn<int>("origin");
    QTest::addColumn<QByteArray>("data");

    QTest::newRow("whole message") << QByteArray("BODY[] {14}\r\nSubject: x\r\n\r\n") << QByteArray("") << QByteArray("")
                                   << QByteArray("") << -1 << QByteArray("Subject: x\r\n\r\n");
    QTest::newRow("part") << QByteArray("BODY[1.2] \"hello\"") << QByteArray("1.2") << QByteArray("1.2")
                          << QByteArray("") << -1 << QByteArray("hello");
    QTest::newRow("partial") << QByteArray("BODY[2]<1024> {3}\r\nabc") << QByteArray("2") << QByteArray("2")
                             << QByteArray("") << 1024 << QByteArray("abc");
    QTest::newRow("header") << QByteArray("BODY[HEADER] {4}\r\nA: b") << QByteArray("HEADER") << QByteArray("")
                            << QByteArray("HEADER") << -1 << QByteArray("A: b");
    QTest::newRow("part mime") << QByteArray("BODY[1.MIME] \"Content-Type: text/plain\"") << QByteArray("1.MIME")
                               << QByteArray("1") << QByteArray("MIME") << -1
                               << QByteArray("Content-Type: text/plain");
    QTest::newRow("text lower") << QByteArray("body[text] NIL") << QByteArray("text") << QByteArray("")
                                << QByteArray("TEXT") << -1 << QByteArray();
    QTest::newRow("nested message text") << QByteArray("BODY[3.1.TEXT] \"x\"") << QByteArray("3.1.TEXT")
                                         << QByteArray("3.1") << QByteArray("TEXT") << -1 << QByteArray("x");
}

void TestImapParserFetch::bodySections()
{
    QFETCH(QByteArray, item);
    QFETCH(int, origin);
    QFETCH(QByteArray, data);
    const FetchResponse f = fetchOf("* 5 FETCH (UID 50 " + item + ")\r\n");
    QCOMPARE(f.uid, std::optional<quint32>(50));
    QCOMPARE(f.sections.size(), 1);
    const BodySection &s = f.sections.first();
    QCOMPARE(s.kind, BodySection::Kind::Body);
    QTEST(s.section, "section");
    QTEST(s.part, "part");
    QTEST(s.specifier, "specifier");
    QCOMPARE(s.origin.has_value(), origin >= 0);
    if (origin >= 0)
        QCOMPARE(int(*s.origin), origin);
    QCOMPARE(s.data, data);
    QCOMPARE(s.data.isNull(), data.isNull());
}

void TestImapParserFetch::headerFields()
{
    const QByteArray headers = "Date: Tue, 12 Mar 2024\r\nFrom: a@b\r\n\r\n";
    const FetchResponse f = fetchOf("* 9 FETCH (UID 90 BODY[HEADER.FIELDS (DATE FROM \"X-Spam\")] {"
                                    + QByteArray::number(headers.size()) + "}\r\n" + headers
                                    + " BODY[HEADER.FIELDS.NOT (RECEIVED)] {2}\r\n\r\n)\r\n");
    QCOMPARE(f.sections.size(), 2);
    QCOMPARE(f.sections[0].specifier, QByteArray("HEADER.FIELDS"));
    QCOMPARE(f.sections[0].headerFields, QList<QByteArray>({"DATE", "FROM", "X-Spam"}));
    QCOMPARE(f.sections[0].section, QByteArray("HEADER.FIELDS (DATE FROM \"X-Spam\")"));
    QCOMPARE(f.sections[0].data, headers);
    QCOMPARE(f.sections[1].specifier, QByteArray("HEADER.FIELDS.NOT"));
    QCOMPARE(f.sections[1].headerFields, QList<QByteArray>({"RECEIVED"}));
    QCOMPARE(f.sections[1].data, QByteArray("\r\n"));
}

void TestImapParserFetch::binaryLiteral8()
{
    const QByteArray payload("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    const FetchResponse f = fetchOf("* 4 FETCH (BINARY[2]<0> ~{16}\r\n" + payload + " UID 40)\r\n");
    QCOMPARE(f.sections.size(), 1);
    QCOMPARE(f.sections[0].kind, BodySection::Kind::Binary);
    QCOMPARE(f.sections[0].part, QByteArray("2"));
    QCOMPARE(f.sections[0].origin, std::optional<quint32>(0));
    QCOMPARE(f.sections[0].data, payload);
    QCOMPARE(f.uid, std::optional<quint32>(40));
}

void TestImapParserFetch::binarySize()
{
    const FetchResponse f = fetchOf("* 4 FETCH (BINARY.SIZE[1.2] 2351)\r\n");
    QCOMPARE(f.sections.size(), 1);
    QCOMPARE(f.sections[0].kind, BodySection::Kind::BinarySize);
    QCOMPARE(f.sections[0].part, QByteArray("1.2"));
    QCOMPARE(f.sections[0].binarySize, quint64(2351));
}

void TestImapParserFetch::rfc822Items()
{
    const FetchResponse f = fetchOf("* 1 FETCH (RFC822.HEADER {5}\r\nA: b\n RFC822.TEXT \"body\" RFC822 NIL)\r\n");
    QCOMPARE(f.sections.size(), 3);
    QCOMPARE(f.sections[0].kind, BodySection::Kind::Rfc822Header);
    QCOMPARE(f.sections[0].data, QByteArray("A: b\n"));
    QCOMPARE(f.sections[1].kind, BodySection::Kind::Rfc822Text);
    QCOMPARE(f.sections[1].data, QByteArray("body"));
    QCOMPARE(f.sections[2].kind, BodySection::Kind::Rfc822);
    QVERIFY(f.sections[2].data.isNull());
}

void TestImapParserFetch::unknownItemsAreKeptRaw()
{
    const FetchResponse f = fetchOf(
        "* 1 FETCH (X-GM-LABELS (\\Inbox \"My label\") EMAILID (M6d99ac3275bb4e) UID 5 "
        "PREVIEW \"Hi there\" X-GM-MSGID 1278455344230334865 X-FOO[1] {3}\r\nabc)\r\n");
    QCOMPARE(f.uid, std::optional<quint32>(5));
    QCOMPARE(f.otherItems.size(), 5);
    QCOMPARE(f.otherItems[0].name, QByteArray("X-GM-LABELS"));
    QCOMPARE(f.otherItems[0].value, QByteArray("(\\Inbox \"My label\")"));
    QCOMPARE(f.otherItems[1].value, QByteArray("(M6d99ac3275bb4e)"));
    QCOMPARE(f.otherItems[2].name, QByteArray("PREVIEW"));
    QCOMPARE(f.otherItems[3].value, QByteArray("1278455344230334865"));
    QCOMPARE(f.otherItems[4].name, QByteArray("X-FOO[1]"));
    QCOMPARE(f.otherItems[4].value, QByteArray("{3}\r\nabc"));
}

void TestImapParserFetch::emptyFetch()
{
    const ParseResult r = parseBytes("* 1 FETCH ()\r\n");
    QVERIFY(r.ok());
    const auto *f = std::get_if<FetchResponse>(&r.response);
    QVERIFY(f);
    QCOMPARE(f->sequence, 1u);
    QVERIFY(!f->uid.has_value());
}

void TestImapParserFetch::findSection()
{
    const FetchResponse f = fetchOf("* 1 FETCH (BODY[1] \"one\" BINARY[1] \"bin\" BODY[HEADER.FIELDS (SUBJECT)] \"s\")\r\n");
    QVERIFY(f.findSection("1"));
    QCOMPARE(f.findSection("1")->data, QByteArray("one"));
    QCOMPARE(f.findSection("1", BodySection::Kind::Binary)->data, QByteArray("bin"));
    QVERIFY(f.findSection("header.fields (subject)"));
    QVERIFY(!f.findSection("2"));
}

QTEST_GUILESS_MAIN(TestImapParserFetch)
#include "tst_imap_parser_fetch.moc"
