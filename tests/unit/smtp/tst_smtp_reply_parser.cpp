// SmtpReplyParser: RFC 5321 section 4.2 replies, single and multi-line, RFC 2034 enhanced codes,
// hostile input (garbage, overlong lines, endless replies), and what EHLO replies announce.
#include "smtp/SmtpCapabilities.h"
#include "smtp/SmtpReplyParser.h"
#include "smtp/SmtpSendResult.h"

#include <QTest>

using namespace Kestrel::Smtp;

namespace {

// Feeds `bytes` in pieces of `chunk` bytes and collects every reply until NeedMore or Error.
QList<SmtpReply> parseAll(SmtpReplyParser &parser, const QByteArray &bytes, qsizetype chunk = 0,
                          SmtpReplyParser::Status *last = nullptr)
{
    QList<SmtpReply> replies;
    SmtpReplyParser::Status status = SmtpReplyParser::Status::NeedMore;
    const qsizetype step = chunk > 0 ? chunk : qMax<qsizetype>(1, bytes.size());
    for (qsizetype pos = 0; pos < bytes.size() && status != SmtpReplyParser::Status::Error; pos += step) {
        parser.feed(QByteArrayView(bytes).sliced(pos, qMin(step, bytes.size() - pos)));
        SmtpReply reply;
        while ((status = parser.next(&reply)) == SmtpReplyParser::Status::Reply)
            replies.append(reply);
    }
    if (last)
        *last = status;
    return replies;
}

} // namespace

class TestSmtpReplyParser : public QObject
{
    Q_OBJECT
private slots:
    void singleLine()
    {
        SmtpReplyParser parser;
        const QList<SmtpReply> replies = parseAll(parser, "220 mail.example.org ESMTP ready\r\n");
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies[0].code, 220);
        QCOMPARE(replies[0].lines, QList<QByteArray>{"mail.example.org ESMTP ready"});
        QVERIFY(!replies[0].enhanced.isValid());
        QVERIFY(replies[0].isPositive());
        QVERIFY(!parser.hasPendingData());
    }

    void multiLineIsOneReply_data()
    {
        QTest::addColumn<qsizetype>("chunk");
        QTest::newRow("whole") << qsizetype(0);
        QTest::newRow("byte by byte") << qsizetype(1);
        QTest::newRow("7 bytes") << qsizetype(7);
    }

    void multiLineIsOneReply()
    {
        QFETCH(qsizetype, chunk);
        SmtpReplyParser parser;
        const QByteArray bytes = "250-mail.example.org greets [192.0.2.1]\r\n250-PIPELINING\r\n250-SIZE 1000\r\n"
                                 "250 ENHANCEDSTATUSCODES\r\n354 go ahead\r\n";
        const QList<SmtpReply> replies = parseAll(parser, bytes, chunk);
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies[0].code, 250);
        QCOMPARE(replies[0].lines.size(), 4);
        QCOMPARE(replies[0].lines[1], QByteArray("PIPELINING"));
        QCOMPARE(replies[1].code, 354);
        QVERIFY(replies[1].isIntermediate());
    }

    void enhancedStatusCodes()
    {
        SmtpReplyParser parser;
        const QList<SmtpReply> replies = parseAll(parser,
            "550-5.1.1 The email account that you tried to reach does not exist.\r\n"
            "550 5.1.1 Please check the address.\r\n"
            "250 2.0.0 Ok: queued as 4B1A2C3D\r\n"
            "452 4.5.3 Too many recipients\r\n");
        QCOMPARE(replies.size(), 3);
        QCOMPARE(replies[0].enhanced, (EnhancedStatusCode{5, 1, 1}));
        QCOMPARE(replies[0].lines[1], QByteArray("Please check the address."));
        QCOMPARE(replies[0].toString(),
                 QStringLiteral("550 5.1.1 The email account that you tried to reach does not exist. Please check the address."));
        QCOMPARE(replies[1].enhanced.toString(), QStringLiteral("2.0.0"));
        QCOMPARE(SmtpSendResult::queueIdFromText(replies[1].text()), QStringLiteral("4B1A2C3D"));
        QVERIFY(replies[2].isTransientFailure());
        QCOMPARE(replies[2].enhanced, (EnhancedStatusCode{4, 5, 3}));
    }

    void enhancedCodeMustMatchAndStandAlone_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("enhanced");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("class differs from reply") << QByteArray("250 5.1.1 odd\r\n") << QString() << QByteArray("5.1.1 odd");
        QTest::newRow("version number") << QByteArray("220 2.0.10b ready\r\n") << QString() << QByteArray("2.0.10b ready");
        QTest::newRow("four-digit detail") << QByteArray("250 2.0.1000 x\r\n") << QString() << QByteArray("2.0.1000 x");
        QTest::newRow("code only") << QByteArray("250 2.1.5\r\n") << QStringLiteral("2.1.5") << QByteArray();
        QTest::newRow("three-digit parts") << QByteArray("550 5.123.456 x\r\n") << QStringLiteral("5.123.456") << QByteArray("x");
    }

    void enhancedCodeMustMatchAndStandAlone()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, enhanced);
        QFETCH(QByteArray, text);
        SmtpReplyParser parser;
        const QList<SmtpReply> replies = parseAll(parser, line);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies[0].enhanced.toString(), enhanced);
        QCOMPARE(replies[0].lines.value(0), text);
    }

    void bareCodeAndLfOnly()
    {
        SmtpReplyParser parser;
        const QList<SmtpReply> replies = parseAll(parser, "250\r\n221 bye\n354\n");
        QCOMPARE(replies.size(), 3);
        QCOMPARE(replies[0].code, 250);
        QCOMPARE(replies[0].lines, QList<QByteArray>{QByteArray()});
        QCOMPARE(replies[1].text(), QStringLiteral("bye"));
        QCOMPARE(replies[2].code, 354);
    }

    void waitsForTheLastLine()
    {
        SmtpReplyParser parser;
        SmtpReplyParser::Status status;
        QVERIFY(parseAll(parser, "250-first\r\n250-second\r\n250 thi", 0, &status).isEmpty());
        QCOMPARE(status, SmtpReplyParser::Status::NeedMore);
        QVERIFY(parser.hasPendingData());
        const auto truncated = parser.finish();
        QVERIFY(truncated);
        QCOMPARE(truncated->kind, SmtpParseError::Kind::TruncatedReply);
        QCOMPARE(parseAll(parser, "rd\r\n").size(), 1);
        QVERIFY(!parser.finish());
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<SmtpParseError::Kind>("kind");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<qint64>("offset");
        QTest::newRow("HTTP answer") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << SmtpParseError::Kind::MalformedCode << qint64(1) << qint64(0);
        QTest::newRow("first digit 1") << QByteArray("250 ok\r\n150 hm\r\n") << SmtpParseError::Kind::MalformedCode << qint64(2) << qint64(8);
        QTest::newRow("second digit 7") << QByteArray("270 x\r\n") << SmtpParseError::Kind::MalformedCode << qint64(1) << qint64(0);
        QTest::newRow("two digits") << QByteArray("25\r\n") << SmtpParseError::Kind::MalformedCode << qint64(1) << qint64(0);
        QTest::newRow("empty line") << QByteArray("\r\n") << SmtpParseError::Kind::MalformedCode << qint64(1) << qint64(0);
        QTest::newRow("separator") << QByteArray("250_ok\r\n") << SmtpParseError::Kind::BadSeparator << qint64(1) << qint64(0);
        QTest::newRow("code changes") << QByteArray("250-a\r\n251 b\r\n") << SmtpParseError::Kind::InconsistentCode << qint64(2) << qint64(7);
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01\r\n", 6) << SmtpParseError::Kind::MalformedCode << qint64(1) << qint64(0);
    }

    void garbage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(SmtpParseError::Kind, kind);
        QFETCH(qint64, line);
        QFETCH(qint64, offset);
        SmtpReplyParser parser;
        SmtpReplyParser::Status status;
        parseAll(parser, bytes, 0, &status);
        QCOMPARE(status, SmtpReplyParser::Status::Error);
        QCOMPARE(parser.error().kind, kind);
        QCOMPARE(parser.error().line, line);
        QCOMPARE(parser.error().offset, offset);
        QVERIFY(parser.error().toString().startsWith(QStringLiteral("line %1, offset %2: ").arg(line).arg(offset)));
        // The parser stays in error: nothing more comes out of it.
        parser.feed("250 ok\r\n");
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), SmtpReplyParser::Status::Error);
        parser.reset();
        QCOMPARE(parseAll(parser, "250 ok\r\n").size(), 1);
    }

    void overlongLine()
    {
        SmtpReplyParser parser(SmtpReplyParser::Limits{100, 10});
        SmtpReplyParser::Status status;
        // Without a line end, the parser gives up as soon as the limit is passed: no unbounded buffer.
        parseAll(parser, "250 " + QByteArray(200, 'x'), 16, &status);
        QCOMPARE(status, SmtpReplyParser::Status::Error);
        QCOMPARE(parser.error().kind, SmtpParseError::Kind::LineTooLong);

        SmtpReplyParser exact(SmtpReplyParser::Limits{100, 10});
        QCOMPARE(parseAll(exact, "250 " + QByteArray(96, 'x') + "\r\n").size(), 1);
        SmtpReplyParser over(SmtpReplyParser::Limits{100, 10});
        parseAll(over, "250 " + QByteArray(97, 'x') + "\r\n", 0, &status);
        QCOMPARE(over.error().kind, SmtpParseError::Kind::LineTooLong);
    }

    void endlessReply()
    {
        SmtpReplyParser parser(SmtpReplyParser::Limits{512, 5});
        QByteArray bytes;
        for (int i = 0; i < 6; ++i)
            bytes += "250-line\r\n";
        SmtpReplyParser::Status status;
        parseAll(parser, bytes, 0, &status);
        QCOMPARE(status, SmtpReplyParser::Status::Error);
        QCOMPARE(parser.error().kind, SmtpParseError::Kind::TooManyLines);
        QCOMPARE(parser.error().line, qint64(6));
    }

    void utf8Text()
    {
        SmtpReplyParser parser;
        const QList<SmtpReply> replies = parseAll(parser, "550 5.1.1 \xd0\x9d\xd0\xb5\xd1\x82 user\r\n");
        QCOMPARE(replies.value(0).text(), QStringLiteral("Нет user"));
    }

    void ehloCapabilities()
    {
        SmtpReplyParser parser;
        const QList<SmtpReply> replies = parseAll(parser,
            "250-smtp.example.org Hello [192.0.2.1]\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n"
            "250-AUTH LOGIN PLAIN xoauth2 SCRAM-SHA-256\r\n250-AUTH=LOGIN CRAM-MD5\r\n250-ENHANCEDSTATUSCODES\r\n"
            "250-PIPELINING\r\n250-DSN\r\n250-CHUNKING\r\n250-STARTTLS\r\n250 SMTPUTF8\r\n");
        QCOMPARE(replies.size(), 1);
        const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(replies[0]);
        QVERIFY(caps.extended);
        QCOMPARE(caps.serverName, QStringLiteral("smtp.example.org"));
        QCOMPARE(caps.authMechanisms, (QByteArrayList{"LOGIN", "PLAIN", "XOAUTH2", "SCRAM-SHA-256", "CRAM-MD5"}));
        QVERIFY(caps.supportsAuth("plain"));
        QVERIFY(caps.sizeAdvertised);
        QCOMPARE(caps.maxSize, qint64(35882577));
        QVERIFY(caps.eightBitMime && caps.pipelining && caps.startTls && caps.smtpUtf8 && caps.enhancedStatusCodes);
    }

    void ehloMinimal()
    {
        SmtpReplyParser parser;
        const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(parseAll(parser, "250-x\r\n250 SIZE\r\n").value(0));
        QVERIFY(caps.sizeAdvertised);
        QCOMPARE(caps.maxSize, qint64(0)); // no fixed limit (RFC 1870 section 4)
        QVERIFY(!caps.pipelining && !caps.startTls && caps.authMechanisms.isEmpty());
    }

    void queueIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QTest::newRow("postfix") << QStringLiteral("Ok: queued as 4B1A2C3D") << QStringLiteral("4B1A2C3D");
        QTest::newRow("exim") << QStringLiteral("OK id=1q2w3e-000abc-XY") << QStringLiteral("1q2w3e-000abc-XY");
        QTest::newRow("test sink") << QStringLiteral("Ok: stored as 000012") << QStringLiteral("000012");
        QTest::newRow("none") << QStringLiteral("OK") << QString();
    }

    void queueIds()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        QCOMPARE(SmtpSendResult::queueIdFromText(text), id);
    }
};

QTEST_GUILESS_MAIN(TestSmtpReplyParser)
#include "tst_smtp_reply_parser.moc"
