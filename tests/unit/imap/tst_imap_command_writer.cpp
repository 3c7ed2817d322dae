// CommandWriter (RFC 3501 4.3 / 9 strings, RFC 7888 LITERAL+ / LITERAL-, RFC 3516 literal8,
// RFC 6855 UTF-8) and SequenceSet formatting and parsing (RFC 3501 9, RFC 4315 4).
#include "imap/parser/CommandWriter.h"

#include <QtTest>

using namespace Kestrel::Imap;

Q_DECLARE_METATYPE(Kestrel::Imap::CommandWriter::Encoding)

namespace {

QByteArray astringOf(const QByteArray &value, bool utf8 = false)
{
    CommandWriter w(CommandWriter::LiteralMode::LiteralPlus, utf8);
    return w.astring(value).finish().joined();
}

} // namespace

class TestImapCommandWriter : public QObject
{
    Q_OBJECT

private slots:
    void encodingChoice_data();
    void encodingChoice();
    void astringOutput_data();
    void astringOutput();
    void synchronizingLiteralSplitsCommand();
    void literalPlusKeepsOneChunk();
    void literalMinusThreshold();
    void binaryLiteral();
    void stringIsNeverAnAtom();
    void mailboxNames();
    void listsAndNumbers();
    void writerIsReusable();
    void sequenceSetFormatting_data();
    void sequenceSetFormatting();
    void sequenceSetParsing_data();
    void sequenceSetParsing();
    void sequenceSetQueries();
};

void TestImapCommandWriter::encodingChoice_data()
{
    using E = CommandWriter::Encoding;
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("utf8");
    QTest::addColumn<E>("encoding");
    QTest::newRow("atom") << QByteArray("INBOX") << false << E::Atom;
    QTest::newRow("bracket atom") << QByteArray("[Gmail]/Sent") << false << E::Atom;
    QTest::newRow("space") << QByteArray("Sent Items") << false << E::Quoted;
    QTest::newRow("empty") << QByteArray("") << false << E::Quoted;
    QTest::newRow("NIL") << QByteArray("nil") << false << E::Quoted;
    QTest::newRow("wildcards") << QByteArray("a*%") << false << E::Quoted;
    QTest::newRow("quote") << QByteArray("say \"hi\"") << false << E::Quoted;
    QTest::newRow("paren") << QByteArray("a(b)") << false << E::Quoted;
    QTest::newRow("brace") << QByteArray("{5}") << false << E::Quoted;
    QTest::newRow("crlf") << QByteArray("a\r\nb") << false << E::Literal;
    QTest::newRow("nul") << QByteArray("a\0b", 3) << false << E::Literal;
    QTest::newRow("8-bit") << QByteArray("Gr\xc3\xbc\xc3\x9f\x65") << false << E::Literal;
    QTest::newRow("8-bit utf8") << QByteArray("Gr\xc3\xbc\xc3\x9f\x65") << true << E::Quoted;
    QTest::newRow("long atom") << QByteArray(CommandWriter::MaxQuotedLength + 1, 'x') << false << E::Atom;
    QTest::newRow("long") << QByteArray(CommandWriter::MaxQuotedLength + 1, ' ') << false << E::Literal;
    QTest::newRow("long with space") << QByteArray(CommandWriter::MaxQuotedLength, ' ') << false << E::Quoted;
}

void TestImapCommandWriter::encodingChoice()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, utf8);
    const CommandWriter w(CommandWriter::LiteralMode::Synchronizing, utf8);
    QTEST(w.encodingFor(value, true), "encoding");
}

void TestImapCommandWriter::astringOutput_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("atom") << QByteArray("INBOX") << QByteArray("INBOX\r\n");
    QTest::newRow("quoted") << QByteArray("Sent Items") << QByteArray("\"Sent Items\"\r\n");
    QTest::newRow("escaped") << QByteArray("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"\r\n");
    QTest::newRow("empty") << QByteArray("") << QByteArray("\"\"\r\n");
    QTest::newRow("literal") << QByteArray("line1\r\nline2") << QByteArray("{12+}\r\nline1\r\nline2\r\n");
}

void TestImapCommandWriter::astringOutput()
{
    QFETCH(QByteArray, value);
    QTEST(astringOf(value), "wire");
}

void TestImapCommandWriter::synchronizingLiteralSplitsCommand()
{
    CommandWriter w(CommandWriter::LiteralMode::Synchronizing);
    const QByteArray message = "From: a@b\r\n\r\nhi\r\n";
    const CommandWriter::Command cmd =
        w.tag("A5").atom("APPEND").astring("Sent").atom("(\\Seen)").literal(message).finish();
    QVERIFY(cmd.needsContinuation());
    QCOMPARE(cmd.chunks.size(), 2);
    QCOMPARE(cmd.chunks[0], QByteArray("A5 APPEND Sent (\\Seen) {17}\r\n"));
    QCOMPARE(cmd.chunks[1], message + "\r\n");

    CommandWriter login(CommandWriter::LiteralMode::Synchronizing);
    const CommandWriter::Command two = login.tag("A1").atom("LOGIN").astring("user").astring("p\xc3\xa4ss\r").finish();
    QCOMPARE(two.chunks, QList<QByteArray>({"A1 LOGIN user {6}\r\n", "p\xc3\xa4ss\r\r\n"}));
}

void TestImapCommandWriter::literalPlusKeepsOneChunk()
{
    CommandWriter w(CommandWriter::LiteralMode::LiteralPlus);
    const CommandWriter::Command cmd = w.tag("A6").atom("APPEND").astring("Drafts").literal("x\r\n").finish();
    QVERIFY(!cmd.needsContinuation());
    QCOMPARE(cmd.joined(), QByteArray("A6 APPEND Drafts {3+}\r\nx\r\n\r\n"));
}

void TestImapCommandWriter::literalMinusThreshold()
{
    CommandWriter small(CommandWriter::LiteralMode::LiteralMinus);
    QVERIFY(!small.tag("A").literal(QByteArray(4096, 'a')).finish().needsContinuation());
    CommandWriter large(CommandWriter::LiteralMode::LiteralMinus);
    const CommandWriter::Command cmd = large.tag("A").literal(QByteArray(4097, 'a')).finish();
    QVERIFY(cmd.needsContinuation());
    QCOMPARE(cmd.chunks[0], QByteArray("A {4097}\r\n"));
}

void TestImapCommandWriter::binaryLiteral()
{
    CommandWriter w(CommandWriter::LiteralMode::LiteralPlus);
    const QByteArray data("\0\1\2", 3);
    QCOMPARE(w.tag("A9").atom("APPEND").atom("INBOX").literal(data, true).finish().joined(),
             QByteArray("A9 APPEND INBOX ~{3+}\r\n") + data + "\r\n");
}

void TestImapCommandWriter::stringIsNeverAnAtom()
{
    CommandWriter w;
    QCOMPARE(w.tag("A2").atom("SEARCH").atom("CHARSET").atom("UTF-8").atom("SUBJECT").string("hello").finish().joined(),
             QByteArray("A2 SEARCH CHARSET UTF-8 SUBJECT \"hello\"\r\n"));
}

void TestImapCommandWriter::mailboxNames()
{
    CommandWriter plain;
    QCOMPARE(plain.tag("A3").atom("SELECT").mailbox(QString::fromUtf8("Отправленные")).finish().joined(),
             QByteArray("A3 SELECT &BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-\r\n"));
    CommandWriter spaced;
    QCOMPARE(spaced.tag("A4").atom("CREATE").mailbox(QStringLiteral("Tom & Jerry")).finish().joined(),
             QByteArray("A4 CREATE \"Tom &- Jerry\"\r\n"));
    CommandWriter utf8(CommandWriter::LiteralMode::Synchronizing, true);
    QCOMPARE(utf8.tag("A5").atom("SELECT").mailbox(QString::fromUtf8("Entwürfe")).finish().joined(),
             QByteArray("A5 SELECT \"Entw\xc3\xbcrfe\"\r\n"));
}

void TestImapCommandWriter::listsAndNumbers()
{
    CommandWriter w;
    const QByteArray wire = w.tag("A7")
                                .atom("UID")
                                .atom("FETCH")
                                .sequenceSet(SequenceSet::fromNumbers({5, 1, 2, 3}))
                                .beginList()
                                .atom("UID")
                                .atom("FLAGS")
                                .endList()
                                .beginList()
                                .atom("CHANGEDSINCE")
                                .number(12345678901ULL)
                                .endList()
                                .finish()
                                .joined();
    QCOMPARE(wire, QByteArray("A7 UID FETCH 1:3,5 (UID FLAGS) (CHANGEDSINCE 12345678901)\r\n"));

    CommandWriter empty;
    QCOMPARE(empty.tag("A8").atom("X").beginList().endList().finish().joined(), QByteArray("A8 X ()\r\n"));
}

void TestImapCommandWriter::writerIsReusable()
{
    CommandWriter w;
    QCOMPARE(w.tag("A1").atom("NOOP").finish().joined(), QByteArray("A1 NOOP\r\n"));
    QCOMPARE(w.tag("A2").atom("IDLE").finish().joined(), QByteArray("A2 IDLE\r\n"));
}

void TestImapCommandWriter::sequenceSetFormatting_data()
{
    QTest::addColumn<QList<quint32>>("numbers");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("runs") << QList<quint32>({9, 1, 2, 3, 4, 5, 7, 10, 11, 12}) << QByteArray("1:5,7,9:12");
    QTest::newRow("duplicates") << QList<quint32>({3, 3, 2, 2, 1}) << QByteArray("1:3");
    QTest::newRow("single") << QList<quint32>({42}) << QByteArray("42");
    QTest::newRow("empty") << QList<quint32>() << QByteArray();
    QTest::newRow("max") << QList<quint32>({4294967294u, 4294967295u}) << QByteArray("4294967294:4294967295");
    QTest::newRow("gaps") << QList<quint32>({1, 3, 5}) << QByteArray("1,3,5");
}

void TestImapCommandWriter::sequenceSetFormatting()
{
    QFETCH(QList<quint32>, numbers);
    QTEST(SequenceSet::fromNumbers(numbers).toImapString(), "wire");
}

void TestImapCommandWriter::sequenceSetParsing_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("single") << QByteArray("5") << true;
    QTest::newRow("ranges") << QByteArray("1:5,7,9:12") << true;
    QTest::newRow("star") << QByteArray("1:*") << true;
    QTest::newRow("star alone") << QByteArray("*") << true;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("zero") << QByteArray("0") << false;
    QTest::newRow("leading zero") << QByteArray("01") << false;
    QTest::newRow("trailing comma") << QByteArray("1,") << false;
    QTest::newRow("double colon") << QByteArray("1:2:3") << false;
    QTest::newRow("overflow") << QByteArray("4294967296") << false;
    QTest::newRow("letters") << QByteArray("1:a") << false;
}

void TestImapCommandWriter::sequenceSetParsing()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    const std::optional<SequenceSet> set = SequenceSet::parse(text);
    QCOMPARE(set.has_value(), valid);
    if (valid)
        QCOMPARE(set->toImapString(), text); // parse keeps order and shape
}

void TestImapCommandWriter::sequenceSetQueries()
{
    const SequenceSet set = *SequenceSet::parse("10:12,3,20:*");
    QVERIFY(set.containsStar());
    QVERIFY(set.contains(11));
    QVERIFY(set.contains(3));
    QVERIFY(set.contains(500000)); // 20:* covers everything from 20 up
    QVERIFY(!set.contains(13));
    QVERIFY(!set.contains(4));
    QCOMPARE(set.toList(5), QList<quint32>({10, 11, 12, 3, 20}));

    const SequenceSet reversed = *SequenceSet::parse("5:3");
    QCOMPARE(reversed.count(), quint64(3));
    QCOMPARE(reversed.toList(), QList<quint32>({3, 4, 5}));
    QVERIFY(SequenceSet().isEmpty());
    QCOMPARE(SequenceSet::fromRange(1, SequenceSet::Star).toImapString(), QByteArray("1:*"));
}

QTEST_GUILESS_MAIN(TestImapCommandWriter)
#include "tst_imap_command_writer.moc"
