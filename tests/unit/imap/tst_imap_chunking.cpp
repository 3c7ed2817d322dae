// The same transcript fed in any chunking must give identical results: split at every byte
// offset, split in three at random places, and fed byte by byte (RFC 3501 does not promise any
// alignment between TCP segments and responses).
#include "ImapTestSupport.h"

#include <QtTest>

#include <random>

using namespace Kestrel::Imap;
using namespace Kestrel::Imap::Test;

namespace {

// A Dovecot-style session excerpt covering every response kind, literals (including one holding
// CRLFs and one literal8 with NUL bytes), and one malformed response in the middle whose error
// line and offset must not depend on chunking either.
QByteArray transcript()
{
    const QByteArray body = "From: a@example.com\r\nSubject: hi\r\n\r\nHello {5}\r\nworld\r\n";
    const QByteArray binary("\0\1\2\r\n\3", 6);
    return QByteArray("* OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ AUTH=PLAIN] Dovecot ready.\r\n"
                      "+ \r\n"
                      "A1 OK [CAPABILITY IMAP4rev1 IDLE ENABLE QRESYNC] Logged in\r\n"
                      "* ENABLED QRESYNC\r\n"
                      "* ID (\"name\" \"Dovecot\")\r\n"
                      "* NAMESPACE ((\"\" \"/\")) NIL NIL\r\n"
                      "* LIST (\\HasNoChildren \\Sent) \"/\" {15}\r\n&BB4EQgQ,BEA-xy (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n"
                      "* STATUS INBOX (MESSAGES 3 UIDNEXT 44 HIGHESTMODSEQ 77)\r\n"
                      "* FLAGS (\\Answered \\Seen $Forwarded)\r\n"
                      "* OK [PERMANENTFLAGS (\\Seen \\*)] Flags permitted.\r\n"
                      "* 3 EXISTS\r\n"
                      "* 0 RECENT\r\n"
                      "* VANISHED (EARLIER) 1:5,9\r\n"
                      "* 1 FETCH (UID 10 FLAGS (\\Seen) MODSEQ (70))\r\n"
                      "A2 OK [READ-WRITE] Select completed\r\n"
                      "* 2 FETCH (UID 11 RFC822.SIZE 2048 INTERNALDATE \" 7-Mar-2024 10:00:00 +0100\" ENVELOPE "
                      "(\"d\" {7}\r\nsubject ((\"A\" NIL \"a\" \"example.com\")) NIL NIL NIL NIL NIL NIL \"<m@x>\") "
                      "BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"UTF-8\") NIL NIL \"7BIT\" 12 1 NIL NIL NIL NIL)"
                      "(\"IMAGE\" \"PNG\" NIL NIL NIL \"BASE64\" 99 NIL (\"inline\" NIL) NIL NIL) \"RELATED\" NIL NIL NIL NIL) "
                      "BODY[] {")
        + QByteArray::number(body.size()) + "}\r\n" + body + " BINARY[2] ~{6}\r\n" + binary
        + ")\r\n"
          "* 3 FETCH (UID nope)\r\n"
          "* SEARCH 1 2 3 (MODSEQ 70)\r\n"
          "* ESEARCH (TAG \"A3\") UID COUNT 3 ALL 10:12\r\n"
          "* 2 EXPUNGE\r\n"
          "* QUOTAROOT INBOX \"\"\r\n"
          "A3 NO [TRYCREATE] No such mailbox\r\n"
          "* BYE Logging out\r\n"
          "A4 OK Logout completed.\r\n";
}

} // namespace

class TestImapChunking : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void referenceIsComplete();
    void everyTwoWaySplit();
    void byteByByte();
    void randomThreeWaySplits();
    void truncatedAtEveryOffset();

private:
    QByteArray m_transcript;
    QList<QByteArray> m_reference;
};

void TestImapChunking::initTestCase()
{
    m_transcript = transcript();
    m_reference = runStream({m_transcript});
}

void TestImapChunking::referenceIsComplete()
{
    QCOMPARE(m_reference.size(), 25); // 24 responses and the end-of-stream verdict
    QCOMPARE(m_reference.last(), QByteArray("END clean"));
    QCOMPARE(m_reference.count(QByteArray("EXISTS 3")), 1);
    QList<QByteArray> errors;
    std::copy_if(m_reference.cbegin(), m_reference.cend(), std::back_inserter(errors),
                 [](const QByteArray &line) { return line.contains("ERROR"); });
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors[0].startsWith("ERROR InvalidNumber line=27 offset="));
    QVERIFY(m_reference[15].contains("\r\n\r\nHello {5}\r\nworld\r\n\"}"));
    QVERIFY(m_reference[15].contains(QByteArray("data=\"\0\1\2\r\n\3\"", 13)));
}

void TestImapChunking::everyTwoWaySplit()
{
    for (qsizetype split = 1; split < m_transcript.size(); ++split) {
        const QList<QByteArray> out = runStream({m_transcript.left(split), m_transcript.mid(split)});
        if (out != m_reference)
            QFAIL(qPrintable(QStringLiteral("different result when split at byte %1").arg(split)));
    }
}

void TestImapChunking::byteByByte()
{
    QList<QByteArray> bytes;
    for (char c : m_transcript)
        bytes.append(QByteArray(1, c));
    QCOMPARE(runStream(bytes), m_reference);
}

void TestImapChunking::randomThreeWaySplits()
{
    std::mt19937 rng(7);
    for (int round = 0; round < 2000; ++round) {
        qsizetype a = qsizetype(rng() % m_transcript.size());
        qsizetype b = qsizetype(rng() % m_transcript.size());
        if (a > b)
            std::swap(a, b);
        const QList<QByteArray> out = runStream({m_transcript.left(a), m_transcript.mid(a, b - a), m_transcript.mid(b)});
        if (out != m_reference)
            QFAIL(qPrintable(QStringLiteral("different result when split at %1 and %2").arg(a).arg(b)));
    }
}

void TestImapChunking::truncatedAtEveryOffset()
{
    // Cutting the stream anywhere yields a prefix of the reference results, then either a clean
    // end (cut between responses) or TruncatedStream at exactly the cut.
    for (qsizetype cut = 0; cut < m_transcript.size(); ++cut) {
        const QList<QByteArray> out = runStream({m_transcript.left(cut)});
        const qsizetype complete = out.size() - 1;
        QVERIFY(complete <= m_reference.size() - 1);
        for (qsizetype i = 0; i < complete; ++i)
            QCOMPARE(out[i], m_reference[i]);
        const QByteArray &end = out.last();
        const QByteArray offset = " offset=" + QByteArray::number(cut) + ' ';
        if (end != "END clean")
            QVERIFY2(end.startsWith("END ERROR TruncatedStream") && end.contains(offset), end.constData());
    }
}

QTEST_GUILESS_MAIN(TestImapChunking)
#include "tst_imap_chunking.moc"
