// SmtpClient's session set-up against a scripted server: HELO fallback, STARTTLS missing, refused or
// followed by injected bytes, AUTH outcomes, a refused greeting, unreadable replies, timeouts, a server
// shutting down while idle, and QUIT. Scripts read as C:/S: pairs (client line prefix → server bytes).
#include "ScriptedSmtp.h"

#include <QLocale>

using namespace Kestrel;
using namespace Kestrel::Smtp;
using namespace Kestrel::Test::ScriptedSmtp;
using Kestrel::Test::ClientSpies;
using Kestrel::Test::ScriptedServer;

class TestSmtpScriptedSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Kestrel::Test::registerSmtpMetaTypes(); }

    void heloFallbackWhenEhloIsUnknown()
    {
        ScriptedServer server(Greeting, QList<Step>{{"EHLO", "500 5.5.1 Command unrecognized\r\n"},
                                                    {"HELO", "250 scripted.test\r\n"}} + transaction());
        QVERIFY(server.start());
        SmtpClient client(settings(server));
        ClientSpies spies(client);
        QVERIFY(openClient(client, spies));
        QVERIFY(!client.capabilities().extended);
        QCOMPARE(server.receivedLines().mid(0, 2), (QList<QByteArray>{"EHLO [127.0.0.1]", "HELO [127.0.0.1]"}));
        client.send({Alice, {Bob}}, Message);
        QVERIFY(spies.waitForEndings(2));
        QVERIFY2(spies.failed.isEmpty(), qPrintable(spies.lastError().toString()));
        QVERIFY(received(server, "MAIL FROM:<alice@example.test>"));
        QVERIFY(!received(server, "MAIL FROM:<alice@example.test> ")); // no ESMTP parameters after HELO
    }

    void starttlsInjectionIsRefused()
    {
        ScriptedServer server(Greeting, {{"EHLO", "250-scripted.test\r\n250-STARTTLS\r\n250 AUTH PLAIN\r\n"},
                                         {"STARTTLS", "220 2.0.0 Ready to start TLS\r\n250-injected\r\n250 AUTH PLAIN\r\n"},
                                         {"AUTH", "235 2.7.0 Accepted\r\n"}});
        QVERIFY(server.start());
        SmtpClient client(settings(server, ConnectionSecurity::StartTls));
        ClientSpies spies(client);
        client.open(SmtpCredentials::password(QStringLiteral("alice"), QStringLiteral("secret")));
        QVERIFY(spies.waitForEndings(1));
        QCOMPARE(spies.failed.size(), 1);
        QCOMPARE(spies.lastError().code, Error::Code::Tls);
        QVERIFY2(spies.lastError().userMessage.contains(QStringLiteral("unexpected data")), qPrintable(spies.lastError().userMessage));
        QVERIFY(!received(server, "AUTH"));
        QCOMPARE(client.state(), SmtpClient::State::Disconnected);
    }

    void starttlsMissingOrRefused_data()
    {
        QTest::addColumn<QByteArray>("ehloReply");
        QTest::addColumn<QByteArray>("startTlsReply");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not offered") << QByteArray("250-scripted.test\r\n250 AUTH PLAIN LOGIN\r\n") << QByteArray()
                                     << QStringLiteral("STARTTLS");
        QTest::newRow("refused") << QByteArray("250-scripted.test\r\n250-STARTTLS\r\n250 AUTH PLAIN\r\n")
                                 << QByteArray("454 4.7.0 TLS not available due to temporary reason\r\n")
                                 << QStringLiteral("454 4.7.0 TLS not available");
        QTest::newRow("HELO-only server") << QByteArray("502 5.5.2 Error: command not recognized\r\n") << QByteArray()
                                          << QStringLiteral("STARTTLS");
    }

    void starttlsMissingOrRefused()
    {
        QFETCH(QByteArray, ehloReply);
        QFETCH(QByteArray, startTlsReply);
        QFETCH(QString, messagePart);
        ScriptedServer server(Greeting, {{"EHLO", ehloReply}, {"HELO", "250 scripted.test\r\n"},
                                         {"STARTTLS", startTlsReply}, {"AUTH", "235 2.7.0 Accepted\r\n"}});
        QVERIFY(server.start());
        SmtpClient client(settings(server, ConnectionSecurity::StartTls));
        ClientSpies spies(client);
        client.open(SmtpCredentials::password(QStringLiteral("alice"), QStringLiteral("secret")));
        QVERIFY(spies.waitForEndings(1));
        QCOMPARE(spies.failed.size(), 1);
        QVERIFY2(spies.lastError().userMessage.contains(messagePart), qPrintable(spies.lastError().userMessage));
        QVERIFY(spies.lastError().userMessage.contains(serverName(server)));
        QVERIFY(!received(server, "AUTH")); // nothing secret in clear text
        QVERIFY(!received(server, "MAIL"));
    }

    void authPlainInClearOnlyWhenAllowed()
    {
        ScriptedServer server(Greeting, QList<Step>{{"EHLO", "250-scripted.test\r\n250 AUTH LOGIN PLAIN\r\n"},
                                                    {"AUTH PLAIN", "235 2.7.0 Authentication successful\r\n"}}
                                            + transaction());
        QVERIFY(server.start());
        SmtpClient client(settings(server, ConnectionSecurity::None));
        ClientSpies spies(client);
        client.open(SmtpCredentials::password(QStringLiteral("alice"), QStringLiteral("secret")));
        QVERIFY(spies.waitForEndings(1));
        QCOMPARE(spies.opened.size(), 1);
        QVERIFY(received(server, "AUTH PLAIN AGFsaWNlAHNlY3JldA=="));
    }

    void authFailures_data()
    {
        QTest::addColumn<QByteArray>("ehloReply");
        QTest::addColumn<QByteArray>("authReply");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no usable mechanism") << QByteArray("250-x\r\n250 AUTH CRAM-MD5 GSSAPI\r\n") << QByteArray()
                                             << Error::Code::Authentication << QStringLiteral("CRAM-MD5 GSSAPI");
        QTest::newRow("no AUTH at all") << QByteArray("250 x\r\n") << QByteArray() << Error::Code::Authentication
                                        << QStringLiteral("sign-in");
        QTest::newRow("wrong password") << QByteArray("250-x\r\n250 AUTH PLAIN\r\n")
                                        << QByteArray("535 5.7.8 Error: authentication failed\r\n")
                                        << Error::Code::Authentication << QStringLiteral("535 5.7.8 Error: authentication failed");
        QTest::newRow("temporary failure") << QByteArray("250-x\r\n250 AUTH PLAIN\r\n")
                                           << QByteArray("454 4.7.0 Temporary authentication failure\r\n")
                                           << Error::Code::Server << QStringLiteral("454 4.7.0");
    }

    void authFailures()
    {
        QFETCH(QByteArray, ehloReply);
        QFETCH(QByteArray, authReply);
        QFETCH(Error::Code, code);
        QFETCH(QString, messagePart);
        ScriptedServer server(Greeting, {{"EHLO", ehloReply}, {"AUTH", authReply}});
        QVERIFY(server.start());
        SmtpClient client(settings(server));
        ClientSpies spies(client);
        client.open(SmtpCredentials::password(QStringLiteral("alice"), QStringLiteral("secret")));
        QVERIFY(spies.waitForEndings(1));
        QCOMPARE(spies.failed.size(), 1);
        QCOMPARE(spies.lastError().code, code);
        QVERIFY2(spies.lastError().userMessage.contains(messagePart), qPrintable(spies.lastError().userMessage));
    }

    void greetingRefused()
    {
        ScriptedServer server("554 5.3.2 scripted.test no service for you\r\n");
        QVERIFY(server.start());
        SmtpClient client(settings(server));
        ClientSpies spies(client);
        client.open();
        QVERIFY(spies.waitForEndings(1));
        QCOMPARE(spies.failed.size(), 1);
        QCOMPARE(spies.lastError().code, Error::Code::Server);
        QVERIFY(spies.lastError().userMessage.contains(QStringLiteral("554 5.3.2 scripted.test no service for you")));
        QVERIFY(server.receivedLines().isEmpty());
    }

    void unreadableReply()
    {
        ScriptedServer server(Greeting, {{"EHLO", "HTTP/1.1 400 Bad Request\r\n"}});
        QVERIFY(server.start());
        SmtpClient client(settings(server));
        ClientSpies spies(client);
        client.open();
        QVERIFY(spies.waitForEndings(1));
        QCOMPARE(spies.lastError().code, Error::Code::Protocol);
        QVERIFY(spies.lastError().detail.contains(QStringLiteral("line 2")));
    }

    void replyTimeout()
    {
        ScriptedServer server(Greeting); // never answers EHLO
        QVERIFY(server.start());
        SmtpClientSettings s = settings(server);
        s.replyTimeoutMs = 200;
        SmtpClient client(s);
        ClientSpies spies(client);
        client.open();
        QVERIFY(spies.waitForEndings(1));
        QCOMPARE(spies.failed.size(), 1);
        QCOMPARE(spies.lastError().code, Error::Code::Network);
        QVERIFY2(spies.lastError().userMessage.contains(QStringLiteral("EHLO")), qPrintable(spies.lastError().userMessage));
        QCOMPARE(client.state(), SmtpClient::State::Disconnected);
    }

    void serverShutdownWhileIdleClosesTheClient()
    {
        // RFC 5321 3.8: "421 ... closing transmission channel" may come at any time.
        ScriptedServer server(Greeting, QList<Step>{{"EHLO", "250 x\r\n"},
                                                    {".", "250 2.0.0 Ok\r\n421 4.4.2 scripted.test timeout\r\n", true}}
                                            + transaction());
        QVERIFY(server.start());
        SmtpClient client(settings(server));
        ClientSpies spies(client);
        QVERIFY(openClient(client, spies));
        client.send({Alice, {Bob}}, Message);
        QVERIFY(spies.closed.wait(5000));
        QCOMPARE(spies.sent.size(), 1);
        QCOMPARE(spies.failed.size(), 0);
        QCOMPARE(spies.closed.size(), 1);
        QCOMPARE(client.state(), SmtpClient::State::Disconnected);
    }

    void quitEndsTheSession()
    {
        ScriptedServer server(Greeting, QList<Step>{{"EHLO", "250 x\r\n"}} + transaction());
        QVERIFY(server.start());
        SmtpClient client(settings(server));
        ClientSpies spies(client);
        QVERIFY(openClient(client, spies));
        client.send({Alice, {Bob}}, Message);
        client.quit(); // waits for the send to end
        QVERIFY(spies.closed.wait(5000));
        QCOMPARE(spies.sent.size(), 1);
        QCOMPARE(spies.closed.size(), 1);
        QCOMPARE(server.receivedLines().last(), QByteArray("QUIT"));
    }
};

QTEST_GUILESS_MAIN(TestSmtpScriptedSession)
#include "tst_smtp_scripted_session.moc"
