// "Test connection" (issue 7) against the real Dovecot (IMAP) and the test bed's SMTP server: a good
// login, a wrong password, an untrusted certificate with its details, an unreachable server, and a
// user name with a backslash (Exchange shared mailbox) sent exactly as typed.
#include "DovecotServer.h"
#include "FreePort.h"
#include "SmtpSink.h"

#include "account/ConnectionTest.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kestrel;
using Kestrel::Test::DovecotServer;
using Kestrel::Test::SmtpSink;

Q_DECLARE_METATYPE(Kestrel::ConnectionTestResult)

class TestConnectionTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<Kestrel::ConnectionTestResult>();
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY2(m_sink.start(m_dovecot.certificatePath(), m_dovecot.keyPath()), qPrintable(m_sink.errorString()));
        m_fingerprint = TlsTrust::fingerprint(QSslCertificate::fromPath(m_dovecot.certificatePath()).value(0));
    }

    void theRightPasswordLogsInToBoth()
    {
        ConnectionTest test(account(true), DovecotServer::password());
        QVERIFY(run(test));
        QVERIFY2(test.imapResult()->ok(), qPrintable(describe(*test.imapResult())));
        QVERIFY2(test.smtpResult()->ok(), qPrintable(describe(*test.smtpResult())));
        QVERIFY(!test.imapResult()->mechanism.isEmpty());
        QVERIFY(!test.imapResult()->certificate);
    }

    void aWrongPasswordIsNamedAndTheServerQuoted()
    {
        ConnectionTest test(account(true), QStringLiteral("not-the-password"));
        QVERIFY(run(test));
        const Error imap = test.imapResult()->error.value_or(Error{});
        const Error smtp = test.smtpResult()->error.value_or(Error{});
        QCOMPARE(imap.code, Error::Code::Authentication);
        QCOMPARE(smtp.code, Error::Code::Authentication);
        // Dovecot's own words, and which server said them.
        QVERIFY2(imap.userMessage.contains(QLatin1String("Authentication failed")), qPrintable(imap.userMessage));
        QVERIFY2(imap.userMessage.contains(QStringLiteral("127.0.0.1:%1").arg(m_dovecot.ports().imaps)),
                 qPrintable(imap.userMessage));
        QVERIFY2(smtp.userMessage.contains(QLatin1String("535")) || smtp.detail.contains(QLatin1String("535")),
                 qPrintable(smtp.toString()));
        QVERIFY(!imap.toString().contains(QLatin1String("not-the-password")));
        QVERIFY(!smtp.toString().contains(QLatin1String("not-the-password")));
    }

    void anUntrustedCertificateComesWithItsDetails()
    {
        ConnectionTest test(account(false), DovecotServer::password());
        QVERIFY(run(test));
        for (const auto *result : {&*test.imapResult(), &*test.smtpResult()}) {
            QVERIFY(result->error);
            QCOMPARE(result->error->code, Error::Code::Tls);
            QVERIFY(result->certificate);
            QCOMPARE(result->certificate->sha256, m_fingerprint);
            QCOMPARE(result->certificate->host, QStringLiteral("127.0.0.1"));
            QVERIFY(!result->certificate->errors.isEmpty());
            QVERIFY(!result->certificate->describeErrors().isEmpty());
            QCOMPARE(result->certificate->chain.value(0).subjectInfo(QSslCertificate::CommonName).value(0),
                     QStringLiteral("localhost"));
        }
        QCOMPARE(test.imapResult()->certificate->port, m_dovecot.ports().imaps);
        QCOMPARE(test.smtpResult()->certificate->port, m_sink.tlsPort());
    }

    void anUnreachableServerSaysSo()
    {
        AccountSettings settings = account(true);
        const quint16 closed = Kestrel::Test::freeLoopbackPorts(1).first();
        settings.imap.port = closed;
        settings.smtp.port = closed;
        ConnectionTest test(settings, DovecotServer::password());
        QVERIFY(run(test));
        for (const auto *result : {&*test.imapResult(), &*test.smtpResult()}) {
            QVERIFY(result->error);
            QCOMPARE(result->error->code, Error::Code::Network);
            QVERIFY2(result->error->userMessage.contains(QStringLiteral("127.0.0.1:%1").arg(closed)),
                     qPrintable(result->error->userMessage));
            QVERIFY(!result->certificate);
        }
    }

    void aSharedMailboxUserNameReachesTheServerAsTyped()
    {
        // Dovecot has no such user, so it refuses it, which proves the name went out and was looked up
        // rather than rejected by Kestrel; the refusal is an authentication error naming the server.
        AccountSettings settings = account(true);
        settings.userName = QStringLiteral(R"(alice@example.test\shared)");
        ConnectionTest test(settings, DovecotServer::password());
        QVERIFY(run(test));
        QCOMPARE(test.imapResult()->error.value_or(Error{}).code, Error::Code::Authentication);
        QCOMPARE(test.smtpResult()->error.value_or(Error{}).code, Error::Code::Authentication);
    }

private:
    static QString describe(const ConnectionTestResult &result)
    {
        return result.error ? result.error->toString() : QStringLiteral("ok");
    }

    AccountSettings account(bool pinned) const
    {
        AccountSettings settings;
        settings.id = QStringLiteral("t1");
        settings.email = QStringLiteral("alice@example.test");
        settings.userName = QStringLiteral("alice");
        settings.imap = {QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, ConnectionSecurity::Tls};
        settings.smtp = {QStringLiteral("127.0.0.1"), m_sink.tlsPort(), ConnectionSecurity::Tls};
        if (pinned) {
            settings.trustedCertificates = {{QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, m_fingerprint},
                                            {QStringLiteral("127.0.0.1"), m_sink.tlsPort(), m_fingerprint}};
        }
        return settings;
    }

    static bool run(ConnectionTest &test)
    {
        QSignalSpy finished(&test, &ConnectionTest::finished);
        QSignalSpy imap(&test, &ConnectionTest::imapFinished);
        QSignalSpy smtp(&test, &ConnectionTest::smtpFinished);
        test.setTimeout(10000);
        test.start();
        return finished.wait(20000) && imap.size() == 1 && smtp.size() == 1 && test.imapResult() && test.smtpResult();
    }

    DovecotServer m_dovecot;
    SmtpSink m_sink;
    QByteArray m_fingerprint;
};

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connection_test.moc"
