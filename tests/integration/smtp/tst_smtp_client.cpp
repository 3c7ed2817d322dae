// SmtpClient against the test bed's SMTP server (aiosmtpd): STARTTLS + AUTH PLAIN, implicit TLS +
// AUTH LOGIN, wrong password, untrusted certificate, 8BITMIME, two messages on one connection. The
// server's stored copy must equal the normalised input byte for byte.
#include "SmtpTestSupport.h"

#include "DovecotServer.h"
#include "SmtpSink.h"

#include "net/ProtocolLog.h"
#include "smtp/SmtpDataEncoder.h"

using namespace Kestrel;
using namespace Kestrel::Smtp;
using Kestrel::Test::ClientSpies;
using Kestrel::Test::DovecotServer;
using Kestrel::Test::SmtpSink;

namespace {

const QString Alice = QStringLiteral("alice@example.test");
const QString Bob = QStringLiteral("bob@example.test");

QByteArray messageWith(const QByteArray &subject, const QByteArray &body)
{
    return "From: alice@example.test\nTo: bob@example.test\nSubject: " + subject + "\nMessage-ID: <" + subject
         + "@example.test>\n\n" + body;
}

QByteArray logText(const ProtocolLog &log)
{
    QByteArray text;
    for (const ProtocolLog::Entry &entry : log.entries())
        text += entry.text + '\n';
    return text;
}

} // namespace

class TestSmtpClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Kestrel::Test::registerSmtpMetaTypes();
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY2(m_sink.start(m_dovecot.certificatePath(), m_dovecot.keyPath()), qPrintable(m_sink.errorString()));
        m_fingerprint = TlsTrust::fingerprint(QSslCertificate::fromPath(m_dovecot.certificatePath()).value(0));
    }

    void starttlsWithAuthPlainDeliversByteExact()
    {
        ProtocolLog log;
        SmtpClient client(settings(m_sink.starttlsPort(), ConnectionSecurity::StartTls, &log));
        ClientSpies spies(client);
        client.open(SmtpCredentials::password(QStringLiteral("alice"), DovecotServer::password()));
        QVERIFY(spies.waitForEndings(1));
        QVERIFY2(spies.failed.isEmpty(), qPrintable(spies.lastError().toString()));
        QVERIFY(client.isEncrypted());
        QVERIFY(!client.capabilities().startTls); // the EHLO after STARTTLS no longer offers it

        // LF-only input, a line with a leading dot and one that is only a dot: sent as CRLF, stuffed.
        const QByteArray message = messageWith("plain", "line one\n.leading dot\n.\nlast line without newline");
        const qsizetype before = m_sink.storedMessages().size();
        client.send({Alice, {Bob}}, message);
        QVERIFY(spies.waitForEndings(2));
        QVERIFY2(spies.failed.isEmpty(), qPrintable(spies.lastError().toString()));
        const SmtpSendResult result = spies.lastResult();
        QCOMPARE(result.recipients.size(), 1);
        QVERIFY(result.recipients.first().isAccepted());
        QVERIFY(!result.isPartial());
        QCOMPARE(result.dataReply.code, 250);
        QVERIFY(!result.queueId.isEmpty());

        const QList<SmtpSink::StoredMessage> stored = m_sink.storedMessages();
        QCOMPARE(stored.size(), before + 1);
        QCOMPARE(stored.last().raw, SmtpDataEncoder::normalizeLineEndings(message));
        QVERIFY(stored.last().envelope.contains("\"auth_user\": \"alice\""));
        QVERIFY(stored.last().envelope.contains("\"tls\": true"));
        QVERIFY(stored.last().envelope.contains(Bob.toUtf8()));
        QCOMPARE(result.queueId, QStringLiteral("%1").arg(stored.size(), 6, 10, QLatin1Char('0'))); // "stored as 000001"

        client.quit();
        QVERIFY(spies.closed.wait(5000));
        QCOMPARE(spies.endings(), 2);
        QCOMPARE(client.state(), SmtpClient::State::Disconnected);

        const QByteArray traffic = logText(log);
        QVERIFY2(traffic.contains("AUTH PLAIN [redacted]"), traffic.constData());
        QVERIFY(!traffic.contains("secret"));
        QVERIFY(!traffic.contains(QByteArray("\0alice\0secret", 13).toBase64()));
        QVERIFY(traffic.indexOf("STARTTLS") < traffic.indexOf("AUTH PLAIN"));
    }

    void implicitTlsWithAuthLoginDeliversByteExact()
    {
        ProtocolLog log;
        SmtpClientSettings s = settings(m_sink.tlsPort(), ConnectionSecurity::Tls, &log);
        s.authMechanisms = {"LOGIN"};
        SmtpClient client(s);
        ClientSpies spies(client);
        client.open(SmtpCredentials::password(QStringLiteral("bob"), DovecotServer::password()));
        QVERIFY(spies.waitForEndings(1));
        QVERIFY2(spies.failed.isEmpty(), qPrintable(spies.lastError().toString()));
        QVERIFY(client.isEncrypted());

        const QByteArray message = messageWith("login", "Hello Alice,\r\n..two dots\r\nbye\r\n");
        const qsizetype before = m_sink.storedMessages().size();
        client.send({Bob, {Alice}}, message);
        QVERIFY(spies.waitForEndings(2));
        QVERIFY2(spies.failed.isEmpty(), qPrintable(spies.lastError().toString()));
        const QList<SmtpSink::StoredMessage> stored = m_sink.storedMessages();
        QCOMPARE(stored.size(), before + 1);
        QCOMPARE(stored.last().raw, SmtpDataEncoder::normalizeLineEndings(message));
        QVERIFY(stored.last().envelope.contains("\"auth_user\": \"bob\""));

        const QByteArray traffic = logText(log);
        QVERIFY2(traffic.contains("AUTH LOGIN\n"), traffic.constData());
        QCOMPARE(traffic.count("[redacted]"), 2); // the user name and the password
        QVERIFY(!traffic.contains(QByteArray("secret").toBase64()));
    }

    void wrongPasswordIsAnAuthenticationError()
    {
        SmtpClient client(settings(m_sink.starttlsPort(), ConnectionSecurity::StartTls));
        ClientSpies spies(client);
        client.open(SmtpCredentials::password(QStringLiteral("alice"), QStringLiteral("wrong")));
        QVERIFY(spies.waitForEndings(1));
        QCOMPARE(spies.failed.size(), 1);
        const Error error = spies.lastError();
        QCOMPARE(error.code, Error::Code::Authentication);
        QVERIFY2(error.userMessage.contains(serverName(m_sink.starttlsPort())), qPrintable(error.userMessage));
        QVERIFY2(error.userMessage.contains(QStringLiteral("535")), qPrintable(error.userMessage));
        QVERIFY2(error.userMessage.contains(QStringLiteral("Authentication credentials invalid")), qPrintable(error.userMessage));
        QVERIFY(error.detail.contains(QStringLiteral("AUTH PLAIN")));
        QCOMPARE(client.state(), SmtpClient::State::Disconnected);
        QCOMPARE(spies.opened.size(), 0);
    }

    void untrustedCertificateIsRejectedAndNothingIsSent()
    {
        const qsizetype before = m_sink.storedMessages().size();
        ProtocolLog log;
        SmtpClient client(settings(m_sink.tlsPort(), ConnectionSecurity::Tls, &log, false));
        ClientSpies spies(client);
        client.open(SmtpCredentials::password(QStringLiteral("alice"), DovecotServer::password()));
        QVERIFY(spies.waitForEndings(1));
        QCOMPARE(spies.rejected.size(), 1);
        QCOMPARE(spies.failed.size(), 1);
        const auto problem = spies.rejected.first().first().value<CertificateProblem>();
        QCOMPARE(problem.sha256, m_fingerprint);
        QCOMPARE(problem.port, m_sink.tlsPort());
        QVERIFY(!problem.errors.isEmpty());
        QCOMPARE(spies.lastError().code, Error::Code::Tls);
        QVERIFY(spies.lastError().userMessage.contains(serverName(m_sink.tlsPort())));
        client.send({Alice, {Bob}}, messageWith("never", "must not arrive\n"));
        QVERIFY(spies.failed.wait(5000)); // not connected
        QCOMPARE(m_sink.storedMessages().size(), before);
        QVERIFY(!logText(log).contains("AUTH"));
    }

    void untrustedCertificateAfterStarttls()
    {
        SmtpClient client(settings(m_sink.starttlsPort(), ConnectionSecurity::StartTls, nullptr, false));
        ClientSpies spies(client);
        client.open(SmtpCredentials::password(QStringLiteral("alice"), DovecotServer::password()));
        QVERIFY(spies.waitForEndings(1));
        QCOMPARE(spies.rejected.size(), 1);
        QCOMPARE(spies.failed.size(), 1);
        QCOMPARE(spies.lastError().code, Error::Code::Tls);
    }

    void eightBitBodyUsesEightBitMime()
    {
        ProtocolLog log;
        SmtpClient client(settings(m_sink.starttlsPort(), ConnectionSecurity::StartTls, &log));
        ClientSpies spies(client);
        client.open(SmtpCredentials::password(QStringLiteral("alice"), DovecotServer::password()));
        QVERIFY(spies.waitForEndings(1));
        QVERIFY(client.capabilities().eightBitMime);
        const QByteArray message = "From: alice@example.test\r\nTo: bob@example.test\r\nSubject: 8bit\r\n"
                                   "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
                                   "Content-Transfer-Encoding: 8bit\r\n\r\n"
                                   "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82, \xc4\x81\xc4\x8d\xc4\x93!\r\n";
        const qsizetype before = m_sink.storedMessages().size();
        client.send({Alice, {Bob}}, message);
        QVERIFY(spies.waitForEndings(2));
        QVERIFY2(spies.failed.isEmpty(), qPrintable(spies.lastError().toString()));
        QVERIFY(spies.lastResult().usedEightBitMime);
        QVERIFY(!spies.lastResult().usedSmtpUtf8);
        QCOMPARE(m_sink.storedMessages().size(), before + 1);
        QCOMPARE(m_sink.storedMessages().last().raw, message);
        const QByteArray mailFrom = "MAIL FROM:<alice@example.test> SIZE=" + QByteArray::number(message.size())
                                  + " BODY=8BITMIME";
        QVERIFY2(logText(log).contains(mailFrom), logText(log).constData());
    }

    void twoMessagesOnOneConnection()
    {
        ProtocolLog log;
        SmtpClient client(settings(m_sink.starttlsPort(), ConnectionSecurity::StartTls, &log));
        ClientSpies spies(client);
        client.open(SmtpCredentials::password(QStringLiteral("alice"), DovecotServer::password()));
        QVERIFY(spies.waitForEndings(1));
        const qsizetype before = m_sink.storedMessages().size();
        const QByteArray first = messageWith("first", "one\r\n");
        const QByteArray second = messageWith("second", "two\r\n");
        client.send({Alice, {Bob}}, first);
        QVERIFY(spies.waitForEndings(2));
        client.send({Alice, {Bob, Alice}}, second);
        QVERIFY(spies.waitForEndings(3));
        QVERIFY2(spies.failed.isEmpty(), qPrintable(spies.lastError().toString()));
        QCOMPARE(spies.sent.size(), 2);
        QCOMPARE(spies.lastResult().accepted().size(), 2);
        const QList<SmtpSink::StoredMessage> stored = m_sink.storedMessages();
        QCOMPARE(stored.size(), before + 2);
        QCOMPARE(stored.at(before).raw, SmtpDataEncoder::normalizeLineEndings(first));
        QCOMPARE(stored.at(before + 1).raw, SmtpDataEncoder::normalizeLineEndings(second));
        const QByteArray traffic = logText(log);
        QCOMPARE(traffic.count("connecting to"), 1);
        QCOMPARE(traffic.count("RSET"), 1); // between the two transactions
        const qsizetype firstMail = traffic.indexOf("MAIL FROM");
        const qsizetype reset = traffic.indexOf("RSET");
        QVERIFY(firstMail < reset && reset < traffic.indexOf("MAIL FROM", firstMail + 1));
        client.quit();
        QVERIFY(spies.closed.wait(5000));
    }

private:
    static QString serverName(quint16 port) { return QStringLiteral("127.0.0.1:%1").arg(port); }

    SmtpClientSettings settings(quint16 port, ConnectionSecurity security, ProtocolLog *log = nullptr,
                                bool pin = true) const
    {
        SmtpClientSettings s;
        s.endpoint = {QStringLiteral("127.0.0.1"), port, security};
        if (pin)
            s.pinnedCertificates = {{QStringLiteral("127.0.0.1"), port, m_fingerprint}};
        s.connectTimeoutMs = 5000;
        s.replyTimeoutMs = 5000;
        s.dataEndTimeoutMs = 5000;
        s.log = log;
        return s;
    }

    DovecotServer m_dovecot;
    SmtpSink m_sink;
    QByteArray m_fingerprint;
};

QTEST_GUILESS_MAIN(TestSmtpClient)
#include "tst_smtp_client.moc"
