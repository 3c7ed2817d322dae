// SmtpClient sending against a scripted server, for what a real server will not do on demand: some or
// all recipients refused, SIZE exceeded, a drop in the middle of DATA, the message refused at its end,
// extensions the message needs, and proof that pipelined commands go out before any reply. Scripts
// read as C:/S: pairs: the prefix of the client's line, then what the server answers.
#include "ScriptedSmtp.h"

#include <QLocale>

using namespace Kestrel;
using namespace Kestrel::Smtp;
using namespace Kestrel::Test::ScriptedSmtp;
using Kestrel::Test::ClientSpies;
using Kestrel::Test::ScriptedServer;

class TestSmtpScriptedSend : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Kestrel::Test::registerSmtpMetaTypes(); }

    void oneRecipientOfThreeRejected()
    {
        ScriptedServer server(Greeting, QList<Step>{
            {"EHLO", "250-scripted.test\r\n250-ENHANCEDSTATUSCODES\r\n250 8BITMIME\r\n"},
            {"RCPT TO:<carol@", "550 5.1.1 <carol@example.test>: Recipient address rejected: User unknown\r\n"}}
            + transaction());
        QVERIFY(server.start());
        SmtpClient client(settings(server));
        ClientSpies spies(client);
        QVERIFY(openClient(client, spies));
        client.send({Alice, {Bob, Carol, Dave}}, Message);
        QVERIFY(spies.waitForEndings(2));
        QVERIFY2(spies.failed.isEmpty(), qPrintable(spies.lastError().toString()));

        const SmtpSendResult result = spies.lastResult();
        QCOMPARE(result.recipients.size(), 3);
        QCOMPARE(result.accepted().size(), 2);
        QVERIFY(result.isPartial());
        const QList<SmtpRecipientResult> rejected = result.rejected();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().address, Carol);
        QCOMPARE(rejected.first().reply.code, 550);
        QCOMPARE(rejected.first().reply.enhanced, (EnhancedStatusCode{5, 1, 1}));
        QCOMPARE(rejected.first().reply.text(),
                 QStringLiteral("<carol@example.test>: Recipient address rejected: User unknown"));
        QCOMPARE(result.queueId, QStringLiteral("4B1A2C3D"));
        QCOMPARE(result.dataReply.code, 250);
        QVERIFY(received(server, "Hello"));
    }

    void allRecipientsRejectedSendsNoData()
    {
        ScriptedServer server(Greeting, QList<Step>{
            {"EHLO", "250-scripted.test\r\n250 ENHANCEDSTATUSCODES\r\n"},
            {"RCPT TO", "550 5.1.1 User unknown\r\n"}} + transaction());
        QVERIFY(server.start());
        SmtpClient client(settings(server));
        ClientSpies spies(client);
        QVERIFY(openClient(client, spies));
        client.send({Alice, {Bob, Carol}}, Message);
        QVERIFY(spies.waitForEndings(2));
        QCOMPARE(spies.failed.size(), 1);
        QCOMPARE(spies.sent.size(), 0);
        const Error error = spies.lastError();
        QCOMPARE(error.code, Error::Code::Server);
        QVERIFY2(error.userMessage.contains(Bob + QStringLiteral(" (550 5.1.1 User unknown)")), qPrintable(error.userMessage));
        QVERIFY2(error.userMessage.contains(Carol), qPrintable(error.userMessage));
        QVERIFY(error.userMessage.contains(serverName(server)));
        QVERIFY(!received(server, "DATA"));
        QVERIFY(!received(server, "Hello"));

        // The connection is still good: the next message starts with RSET (RFC 5321 4.1.1.5).
        QCOMPARE(client.state(), SmtpClient::State::Ready);
        client.quit();
        QVERIFY(spies.closed.wait(5000));
    }

    void allRecipientsRejectedWhilePipelining_data()
    {
        QTest::addColumn<QByteArray>("dataReply");
        QTest::newRow("DATA refused") << QByteArray("554 5.5.1 Error: no valid recipients\r\n");
        // RFC 2920 3.1: a server may accept DATA anyway; the client then ends it with a lone dot.
        QTest::newRow("DATA accepted anyway") << QByteArray("354 go ahead\r\n");
    }

    void allRecipientsRejectedWhilePipelining()
    {
        QFETCH(QByteArray, dataReply);
        ScriptedServer server(Greeting, {{"EHLO", "250-scripted.test\r\n250 PIPELINING\r\n"},
                                         {"MAIL FROM", "250 2.1.0 Ok\r\n"},
                                         {"RCPT TO", "550 5.1.1 User unknown\r\n"},
                                         {"DATA", dataReply},
                                         {".", "554 5.5.1 Error: no valid recipients\r\n"}});
        QVERIFY(server.start());
        SmtpClient client(settings(server));
        ClientSpies spies(client);
        QVERIFY(openClient(client, spies));
        client.send({Alice, {Bob}}, Message);
        QVERIFY(spies.waitForEndings(2));
        QCOMPARE(spies.failed.size(), 1);
        QVERIFY2(spies.lastError().userMessage.contains(Bob + QStringLiteral(" (550 5.1.1 User unknown)")),
                 qPrintable(spies.lastError().userMessage));
        QVERIFY(!received(server, "Hello")); // the message itself never went out
        QVERIFY(!received(server, "Subject"));
        QCOMPARE(client.state(), SmtpClient::State::Ready);
    }

    void pipelinedCommandsGoOutBeforeAnyReply()
    {
        // MAIL and RCPT get no answer of their own: the server answers all four only once DATA is in.
        // A client that waited for the reply to MAIL FROM would wait for ever (and fail on its timeout).
        ScriptedServer server(Greeting, {{"EHLO", "250-scripted.test\r\n250-PIPELINING\r\n250 SIZE 100000\r\n"},
                                         {"MAIL FROM", ""},
                                         {"RCPT TO", ""},
                                         {"DATA", "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n550 5.1.1 No such user\r\n354 go\r\n"},
                                         {".", "250 2.0.0 Ok: queued as P1\r\n"}});
        QVERIFY(server.start());
        SmtpClient client(settings(server));
        ClientSpies spies(client);
        QVERIFY(openClient(client, spies));
        client.send({Alice, {Bob, Carol}}, Message);
        QVERIFY(spies.waitForEndings(2));
        QVERIFY2(spies.failed.isEmpty(), qPrintable(spies.lastError().toString()));
        const QList<QByteArray> lines = server.receivedLines();
        const qsizetype mail = lines.indexOf("MAIL FROM:<alice@example.test> SIZE=" + QByteArray::number(Message.size()));
        QVERIFY2(mail > 0, lines.join('|').constData());
        QCOMPARE(lines.mid(mail + 1, 3),
                 (QList<QByteArray>{"RCPT TO:<bob@example.test>", "RCPT TO:<carol@example.test>", "DATA"}));
        QCOMPARE(spies.lastResult().rejected().size(), 1);
        QCOMPARE(spies.lastResult().rejected().first().address, Carol);
        QCOMPARE(spies.lastResult().queueId, QStringLiteral("P1"));
    }

    void sizeLimitRefusesBeforeMailFrom()
    {
        ScriptedServer server(Greeting, QList<Step>{{"EHLO", "250-scripted.test\r\n250-PIPELINING\r\n250 SIZE 1000\r\n"}}
                                            + transaction());
        QVERIFY(server.start());
        SmtpClient client(settings(server));
        ClientSpies spies(client);
        QVERIFY(openClient(client, spies));
        QByteArray big = "Subject: big\r\n\r\n";
        big += QByteArray(2000 - big.size() - 2, 'x') + "\r\n";
        QCOMPARE(big.size(), 2000);
        client.send({Alice, {Bob}}, big);
        QVERIFY(spies.waitForEndings(2));
        QCOMPARE(spies.failed.size(), 1);
        const Error error = spies.lastError();
        const QLocale locale;
        QVERIFY2(error.userMessage.contains(locale.toString(2000)), qPrintable(error.userMessage));
        QVERIFY2(error.userMessage.contains(locale.toString(1000)), qPrintable(error.userMessage));
        QVERIFY(error.userMessage.contains(serverName(server)));
        QVERIFY(!received(server, "MAIL FROM"));
        QCOMPARE(client.state(), SmtpClient::State::Ready);

        // A message within the limit still goes out on the same connection.
        client.send({Alice, {Bob}}, Message);
        QVERIFY(spies.waitForEndings(3));
        QCOMPARE(spies.sent.size(), 1);
        QVERIFY(!received(server, "RSET")); // nothing had started
    }

    void serverClosesInTheMiddleOfData()
    {
        ScriptedServer server(Greeting, QList<Step>{{"EHLO", "250 scripted.test\r\n"}, {"Subject", "", true}}
                                            + transaction());
        QVERIFY(server.start());
        SmtpClient client(settings(server));
        ClientSpies spies(client);
        QVERIFY(openClient(client, spies));
        client.send({Alice, {Bob}}, Message);
        QVERIFY(spies.waitForEndings(2));
        QCoreApplication::processEvents(); // anything queued behind the failure would show up now
        QCOMPARE(spies.failed.size(), 1);
        QCOMPARE(spies.sent.size(), 0);
        QCOMPARE(spies.closed.size(), 0);
        const Error error = spies.lastError();
        QCOMPARE(error.code, Error::Code::Network);
        QVERIFY2(error.userMessage.contains(serverName(server)), qPrintable(error.toString()));
        QCOMPARE(client.state(), SmtpClient::State::Disconnected);
        // Another send now fails cleanly, once.
        client.send({Alice, {Bob}}, Message);
        QVERIFY(spies.failed.wait(5000));
        QCOMPARE(spies.failed.size(), 2);
    }

    void messageRefusedAtEndOfData()
    {
        ScriptedServer server(Greeting, QList<Step>{{"EHLO", "250 scripted.test\r\n"},
                                                    {".", "554 5.7.1 Message rejected as spam\r\n"}} + transaction());
        QVERIFY(server.start());
        SmtpClient client(settings(server));
        ClientSpies spies(client);
        QVERIFY(openClient(client, spies));
        client.send({Alice, {Bob}}, Message);
        QVERIFY(spies.waitForEndings(2));
        QCOMPARE(spies.failed.size(), 1);
        QCOMPARE(spies.lastError().code, Error::Code::Server);
        QVERIFY(spies.lastError().userMessage.contains(QStringLiteral("554 5.7.1 Message rejected as spam")));
        QCOMPARE(client.state(), SmtpClient::State::Ready);
    }

    void extensionsTheMessageNeeds_data()
    {
        QTest::addColumn<QByteArray>("ehloReply");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("mailFrom"); // empty: refused before MAIL FROM
        const QByteArray eightBit = "Subject: x\r\n\r\n\xc4\x81\r\n";
        const QByteArray utf8Header = "Subject: \xc4\x81\r\n\r\nx\r\n";
        QTest::newRow("8-bit body, no 8BITMIME") << QByteArray("250 x\r\n") << Bob << eightBit << QByteArray();
        QTest::newRow("8-bit body, 8BITMIME") << QByteArray("250-x\r\n250 8BITMIME\r\n") << Bob << eightBit
                                              << QByteArray("MAIL FROM:<alice@example.test> BODY=8BITMIME");
        QTest::newRow("UTF-8 address, no SMTPUTF8") << QByteArray("250-x\r\n250 8BITMIME\r\n")
                                                    << QStringLiteral("пётр@пример.test") << Message << QByteArray();
        QTest::newRow("UTF-8 header, SMTPUTF8") << QByteArray("250-x\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n") << Bob
                                                << utf8Header
                                                << QByteArray("MAIL FROM:<alice@example.test> BODY=8BITMIME SMTPUTF8");
        QTest::newRow("UTF-8 address, SMTPUTF8") << QByteArray("250-x\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
                                                 << QStringLiteral("пётр@пример.test") << Message
                                                 << QByteArray("MAIL FROM:<alice@example.test> SMTPUTF8");
    }

    void extensionsTheMessageNeeds()
    {
        QFETCH(QByteArray, ehloReply);
        QFETCH(QString, recipient);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, mailFrom);
        ScriptedServer server(Greeting, QList<Step>{{"EHLO", ehloReply}} + transaction());
        QVERIFY(server.start());
        SmtpClient client(settings(server));
        ClientSpies spies(client);
        QVERIFY(openClient(client, spies));
        client.send({Alice, {recipient}}, message);
        QVERIFY(spies.waitForEndings(2));
        if (mailFrom.isEmpty()) {
            QCOMPARE(spies.failed.size(), 1);
            QVERIFY(!received(server, "MAIL"));
            return;
        }
        QVERIFY2(spies.failed.isEmpty(), qPrintable(spies.lastError().toString()));
        QVERIFY2(server.receivedLines().contains(mailFrom), server.receivedLines().join('|').constData());
        QVERIFY(received(server, "RCPT TO:<" + recipient.toUtf8() + '>'));
    }

    void addressesCannotInjectCommands()
    {
        ScriptedServer server(Greeting, QList<Step>{{"EHLO", "250 x\r\n"}} + transaction());
        QVERIFY(server.start());
        SmtpClient client(settings(server));
        ClientSpies spies(client);
        QVERIFY(openClient(client, spies));
        client.send({Alice, {QStringLiteral("bob@example.test>\r\nRCPT TO:<eve@example.test")}}, Message);
        QVERIFY(spies.waitForEndings(2));
        QCOMPARE(spies.failed.size(), 1);
        QVERIFY(!received(server, "MAIL"));
        QVERIFY(!received(server, "RCPT"));
    }
};

QTEST_GUILESS_MAIN(TestSmtpScriptedSend)
#include "tst_smtp_scripted_send.moc"
