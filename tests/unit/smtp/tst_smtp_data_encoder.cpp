// SmtpDataEncoder: CRLF normalisation (RFC 5321 section 2.3.8) and dot-stuffing (section 4.5.2) of the
// message after DATA, and what a message needs from the server (8BITMIME, SMTPUTF8).
#include "smtp/SmtpDataEncoder.h"

#include <QTest>

using Kestrel::Smtp::SmtpDataEncoder;

class TestSmtpDataEncoder : public QObject
{
    Q_OBJECT
private slots:
    void normalize_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("already CRLF") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n");
        QTest::newRow("lone LF") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n");
        QTest::newRow("lone CR") << QByteArray("a\rb\r") << QByteArray("a\r\nb\r\n");
        QTest::newRow("mixed") << QByteArray("a\r\nb\nc\r\r\nd") << QByteArray("a\r\nb\r\nc\r\n\r\nd\r\n");
        QTest::newRow("final line without CRLF") << QByteArray("a\r\nlast") << QByteArray("a\r\nlast\r\n");
        QTest::newRow("empty lines kept") << QByteArray("h: v\n\nbody\n\n") << QByteArray("h: v\r\n\r\nbody\r\n\r\n");
        QTest::newRow("empty message") << QByteArray() << QByteArray();
    }

    void normalize()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(SmtpDataEncoder::normalizeLineEndings(input), expected);
    }

    void encode_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("a\r\n") << QByteArray("a\r\n.\r\n");
        QTest::newRow("lone dot line") << QByteArray("a\r\n.\r\nb\r\n") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
        QTest::newRow("two dots") << QByteArray("..\r\n") << QByteArray("...\r\n.\r\n");
        QTest::newRow("dot first line") << QByteArray(".hidden\r\n") << QByteArray("..hidden\r\n.\r\n");
        QTest::newRow("dot inside line untouched") << QByteArray("a.b .c\r\n") << QByteArray("a.b .c\r\n.\r\n");
        QTest::newRow("dot after lone LF") << QByteArray("a\n.\nb") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
        QTest::newRow("final dot without CRLF") << QByteArray("a\r\n.") << QByteArray("a\r\n..\r\n.\r\n");
        QTest::newRow("dot after lone CR") << QByteArray("a\r.b") << QByteArray("a\r\n..b\r\n.\r\n");
        QTest::newRow("empty message") << QByteArray() << QByteArray(".\r\n");
    }

    void encode()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(SmtpDataEncoder::encode(input), expected);
    }

    // What a server un-stuffs (RFC 5321 section 4.5.2) is exactly the normalised message.
    void roundTrip()
    {
        const QByteArray message = ".\n..\n...x\nplain\n.\n";
        QByteArray wire = SmtpDataEncoder::encode(message);
        QVERIFY(wire.endsWith("\r\n.\r\n"));
        wire.chop(3);
        QByteArray unstuffed;
        for (const QByteArray &line : wire.split('\n')) {
            if (line.isEmpty())
                continue;
            unstuffed += line.startsWith('.') ? line.mid(1) : line;
            unstuffed += '\n';
        }
        QCOMPARE(unstuffed, SmtpDataEncoder::normalizeLineEndings(message));
    }

    void eightBit()
    {
        QVERIFY(!SmtpDataEncoder::hasEightBitOctets("Subject: hi\r\n\r\nplain ASCII ~\x7f\r\n"));
        QVERIFY(SmtpDataEncoder::hasEightBitOctets("\r\n\r\n\xd0\x9f\xd1\x80\xd0\xb8\r\n"));
        QVERIFY(!SmtpDataEncoder::headerHasEightBitOctets("Subject: hi\r\n\r\n\xd0\x9f\r\n"));
        QVERIFY(!SmtpDataEncoder::headerHasEightBitOctets("Subject: hi\n\n\xd0\x9f\n"));
        QVERIFY(SmtpDataEncoder::headerHasEightBitOctets("Subject: \xd0\x9f\r\n\r\nbody\r\n"));
        QVERIFY(SmtpDataEncoder::headerHasEightBitOctets("Subject: \xd0\x9f"));
    }
};

QTEST_GUILESS_MAIN(TestSmtpDataEncoder)
#include "tst_smtp_data_encoder.moc"
