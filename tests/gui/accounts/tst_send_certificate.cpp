// A TLS error met while SENDING (issue 7) opens the same non-modal certificate prompt as sync's: the
// outbox meets the SMTP server's self-signed certificate (the project's SMTP sink with the test bed's
// certificate, on loopback), SendCertificateHandler finds the message's account in the outbox, fetches
// the certificate and asks; trusting pins it in the account and the message is sent again and arrives.
// Declining leaves the message in the outbox with its reason and is not asked about again.
#include "DovecotServer.h"
#include "SmtpSink.h"

#include "accounts/CertificatePrompt.h"
#include "accounts/SendCertificateHandler.h"

#include "account/CredentialStore.h"
#include "cache/Database.h"
#include "net/TlsTrust.h"
#include "send/Outbox.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Kestrel;
using namespace Kestrel::Ui;
using Kestrel::Test::DovecotServer;
using Kestrel::Test::SmtpSink;

Q_DECLARE_METATYPE(Kestrel::Error)

class TestSendCertificate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<Kestrel::Error>();
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY2(m_sink.start(m_dovecot.certificatePath(), m_dovecot.keyPath()), qPrintable(m_sink.errorString()));
        m_fingerprint = TlsTrust::fingerprint(QSslCertificate::fromPath(m_dovecot.certificatePath()).value(0));
        m_account.id = QStringLiteral("send-certificate");
        m_account.displayName = QStringLiteral("Sender");
        m_account.email = QStringLiteral("alice@example.test");
        m_account.userName = QStringLiteral("alice");
        m_account.imap = {QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, ConnectionSecurity::Tls};
        m_account.smtp = {QStringLiteral("127.0.0.1"), m_sink.tlsPort(), ConnectionSecurity::Tls};
        // IMAP (for the Sent copy) is trusted already; only the SMTP server's certificate is unknown.
        m_account.trustedCertificates = {{QStringLiteral("127.0.0.1"), m_account.imap.port, m_fingerprint}};
        bool stored = false;
        m_credentials.write(m_account.secretKey(), DovecotServer::password(), [&](std::optional<Error> error) { stored = !error; });
        QTRY_VERIFY_WITH_TIMEOUT(stored, 10000);
        QVERIFY(m_dir.isValid());
        Database migrate;
        QVERIFY(!migrate.open(cachePath()));
    }

    void cleanupTestCase() { m_credentials.remove(m_account.secretKey(), [](std::optional<Error>) {}); }

    void decliningLeavesTheMessageWithItsReason()
    {
        QList<AccountSettings> accounts{m_account};
        Send::Outbox outbox(cachePath(), m_credentials);
        QWidget window;
        SendCertificateHandler handler(outbox, cachePath(), [&] { return accounts; }, &window);
        QSignalSpy status(&handler, &SendCertificateHandler::statusMessage);
        QSignalSpy failed(&outbox, &Send::Outbox::failed);
        outbox.submit(accounts[0], message(QStringLiteral("declined")));
        QTRY_VERIFY_WITH_TIMEOUT(prompt(handler) && prompt(handler)->isVisible(), 20000);
        QCOMPARE(failed.first().at(1).value<Error>().code, Error::Code::Tls);
        m_declinedId = failed.first().at(0).toLongLong();
        prompt(handler)->reject();
        QTRY_COMPARE_WITH_TIMEOUT(status.size(), 1, 5000);
        QVERIFY(status.first().first().toString().contains(QLatin1String("not trusted")));
        QVERIFY(accounts[0].trustedCertificates.size() == 1); // nothing pinned
        outbox.retry(accounts[0], m_declinedId); // the same certificate again: no second prompt
        QTRY_COMPARE_WITH_TIMEOUT(status.size(), 2, 20000);
        QVERIFY(!prompt(handler));
        QCOMPARE(m_sink.storedMessages().size(), 0);
    }

    void trustingPinsTheSmtpCertificateAndSendsAgain()
    {
        QList<AccountSettings> accounts{m_account};
        Send::Outbox outbox(cachePath(), m_credentials);
        QWidget window;
        SendCertificateHandler handler(outbox, cachePath(), [&] { return accounts; }, &window);
        connect(&handler, &SendCertificateHandler::accountsChanged, this,
                [&](const QList<AccountSettings> &changed) { accounts = changed; });
        QSignalSpy completed(&outbox, &Send::Outbox::completed);
        outbox.submit(accounts[0], message(QStringLiteral("trusted")));
        QTRY_VERIFY_WITH_TIMEOUT(prompt(handler) && prompt(handler)->isVisible(), 20000);
        CertificatePrompt *asked = prompt(handler);
        QVERIFY(!asked->isModal());
        QCOMPARE(asked->problem().port, m_sink.tlsPort());
        QCOMPARE(asked->problem().sha256, m_fingerprint);
        QVERIFY(asked->detailsText().contains(CertificatePrompt::formatFingerprint(m_fingerprint)));
        QCOMPARE(completed.size(), 0);
        QCOMPARE(m_sink.storedMessages().size(), 0);

        QTest::mouseClick(asked->trustButton(), Qt::LeftButton);
        QVERIFY(accounts[0].trustedCertificates.contains(
            TrustedCertificate{QStringLiteral("127.0.0.1"), m_sink.tlsPort(), m_fingerprint}));
        QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 30000); // delivered and filed in Sent
        QCOMPARE(m_sink.storedMessages().size(), 1);
    }

private:
    CertificatePrompt *prompt(const SendCertificateHandler &handler) const
    {
        return handler.promptFor(QStringLiteral("127.0.0.1"), m_sink.tlsPort());
    }

    OutgoingMessage message(const QString &subject) const
    {
        OutgoingMessage message;
        message.accountId = m_account.id;
        message.from = {QStringLiteral("Alice"), m_account.email};
        message.to = {{QStringLiteral("Bob"), QStringLiteral("bob@example.test")}};
        message.subject = subject;
        message.body = QStringLiteral("Sent after trusting the certificate.\n");
        return message;
    }

    QString cachePath() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }

    DovecotServer m_dovecot;
    SmtpSink m_sink;
    QTemporaryDir m_dir;
    CredentialStore m_credentials{QStringLiteral("Kestrel-test-send-certificate")};
    AccountSettings m_account;
    QByteArray m_fingerprint;
    qint64 m_declinedId = 0;
};

QTEST_MAIN(TestSendCertificate)
#include "tst_send_certificate.moc"
