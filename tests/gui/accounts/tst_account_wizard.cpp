// The account wizard, offscreen, end to end against real servers on loopback: the address is looked up
// (autoconfig XML from an HTTPS server presenting the test bed's certificate, which the discovery trusts
// explicitly), the found values fill the form, "Test connection" meets Dovecot's and the SMTP server's
// self-signed certificate, the non-modal prompt shows its details, trusting it pins it and the test then
// logs in; a pin that no longer matches asks again. Plus manual mode and the shared-mailbox user name.
#include "DovecotServer.h"
#include "HttpsFileServer.h"
#include "SmtpSink.h"

#include "account/CredentialStore.h"
#include "accounts/AccountSettingsForm.h"
#include "accounts/AccountWizard.h"
#include "accounts/CertificatePrompt.h"
#include "accounts/ServerSettingsEditor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Ui;
using Kestrel::Test::DovecotServer;
using Kestrel::Test::HttpsFileServer;
using Kestrel::Test::SmtpSink;

Q_DECLARE_METATYPE(Kestrel::AccountSettings)

class TestAccountWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<Kestrel::AccountSettings>();
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY2(m_sink.start(m_dovecot.certificatePath(), m_dovecot.keyPath()), qPrintable(m_sink.errorString()));
        m_https = std::make_unique<HttpsFileServer>(m_dovecot.certificatePath(), m_dovecot.keyPath());
        m_https->setFile("/mail/config-v1.1.xml", QStringLiteral(R"(<clientConfig version="1.1"><emailProvider id="corp.example">
  <incomingServer type="imap"><hostname>localhost</hostname><port>%1</port><socketType>SSL</socketType>
    <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication></incomingServer>
  <outgoingServer type="smtp"><hostname>localhost</hostname><port>%2</port><socketType>SSL</socketType>
    <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>)").arg(m_dovecot.ports().imaps).arg(m_sink.tlsPort()).toUtf8());
        QVERIFY(m_https->start());
        m_fingerprint = TlsTrust::fingerprint(QSslCertificate::fromPath(m_dovecot.certificatePath()).value(0));
    }

    void foundSettingsTestCertificateTrustAndFinish()
    {
        AccountWizard wizard(m_keychain, options());
        wizard.show();
        QTest::keyClicks(wizard.nameEdit(), QStringLiteral("Alice"));
        QTest::keyClicks(wizard.emailEdit(), QStringLiteral("alice@corp.example"));
        QTest::keyClicks(wizard.passwordEdit(), DovecotServer::password());
        QTest::mouseClick(wizard.nextButton(), Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), 1); // the form is there at once, filled in when the answer comes
        QTRY_COMPARE_WITH_TIMEOUT(wizard.form()->imapEditor()->hostEdit()->text(), QStringLiteral("localhost"), 10000);
        QCOMPARE(wizard.form()->imapEditor()->portBox()->value(), int(m_dovecot.ports().imaps));
        QCOMPARE(wizard.form()->smtpEditor()->portBox()->value(), int(m_sink.tlsPort()));
        QCOMPARE(wizard.form()->userNameEdit()->text(), QStringLiteral("alice"));
        QVERIFY(wizard.statusLabel()->text().contains(QLatin1String("configuration file")));

        QTest::mouseClick(wizard.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.certificatePrompt() && wizard.certificatePrompt()->isVisible(), 10000);
        CertificatePrompt *prompt = wizard.certificatePrompt();
        QVERIFY(!prompt->isModal());
        QCOMPARE(prompt->problem().host, QStringLiteral("localhost"));
        QVERIFY(prompt->detailsText().contains(QLatin1String("Subject: localhost")));
        QVERIFY(prompt->detailsText().contains(CertificatePrompt::formatFingerprint(m_fingerprint)));
        QVERIFY(prompt->detailsText().contains(QLatin1String("Valid until:")));
        QVERIFY(prompt->trustButton()->text().contains(QStringLiteral("localhost:%1").arg(prompt->problem().port)));
        const quint16 firstPort = prompt->problem().port;
        QTest::mouseClick(prompt->trustButton(), Qt::LeftButton);
        // The other server's certificate (same file, other port) is asked about too; trust it as well.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.certificatePrompt() && wizard.certificatePrompt()->problem().port != firstPort, 10000);
        QTest::mouseClick(wizard.certificatePrompt()->trustButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.imapResultLabel()->text().contains(QLatin1String("logged in")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.smtpResultLabel()->text().contains(QLatin1String("logged in")), 10000);
        const auto pins = wizard.form()->settings().trustedCertificates;
        QCOMPARE(pins.size(), 2);
        QVERIFY(pins.contains(TrustedCertificate{QStringLiteral("localhost"), m_dovecot.ports().imaps, m_fingerprint}));

        QSignalSpy ready(&wizard, &AccountWizard::accountReady);
        QTest::mouseClick(wizard.finishButton(), Qt::LeftButton);
        QCOMPARE(ready.size(), 1);
        const auto settings = ready.first().at(0).value<AccountSettings>();
        QCOMPARE(ready.first().at(1).toString(), DovecotServer::password());
        QVERIFY(!settings.id.isEmpty());
        QCOMPARE(settings.displayName, QStringLiteral("Alice"));
        QCOMPARE(settings.trustedCertificates, pins);
        QVERIFY(wizard.passwordEdit()->text().isEmpty()); // not kept in the widget after handing it over
    }

    void aCertificateThatNoLongerMatchesItsPinAsksAgain()
    {
        AccountWizard wizard(m_keychain, options());
        AccountSettings settings = pinnedAccount();
        settings.trustedCertificates.first().sha256 = QByteArray(64, 'f'); // the server's certificate changed
        wizard.setAccount(settings);
        wizard.show();
        QTest::keyClicks(wizard.passwordEdit(), DovecotServer::password());
        QTest::mouseClick(wizard.nextButton(), Qt::LeftButton);
        QTest::mouseClick(wizard.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.certificatePrompt() && wizard.certificatePrompt()->isVisible(), 10000);
        QCOMPARE(wizard.certificatePrompt()->problem().sha256, m_fingerprint);
        QVERIFY(wizard.imapResultLabel()->text().contains(QLatin1String("not trusted"))
                || wizard.imapResultLabel()->text().contains(QLatin1String("certificate")));
        QTest::mouseClick(wizard.certificatePrompt()->trustButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.imapResultLabel()->text().contains(QLatin1String("logged in")), 10000);
        const auto pins = wizard.form()->settings().trustedCertificates;
        QCOMPARE(pins.size(), 2); // the stale pin was replaced, not kept beside the new one
        QVERIFY(!pins.contains(settings.trustedCertificates.first()));
    }

    void aWrongPasswordShowsWhatTheServerSaid()
    {
        AccountWizard wizard(m_keychain, options());
        wizard.setAccount(pinnedAccount());
        wizard.show();
        QTest::keyClicks(wizard.passwordEdit(), QStringLiteral("wrong"));
        QTest::mouseClick(wizard.nextButton(), Qt::LeftButton);
        QTest::mouseClick(wizard.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.imapResultLabel()->text().contains(QLatin1String("Authentication failed")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.smtpResultLabel()->text().contains(QLatin1String("connecting")), 10000);
        QVERIFY(!wizard.smtpResultLabel()->text().contains(QLatin1String("logged in")));
        QVERIFY(!wizard.certificatePrompt());
    }

    void manualModeSkipsTheSearchAndKeepsTheUserNameAsTyped()
    {
        AccountWizard wizard(m_keychain, options());
        wizard.show();
        QTest::keyClicks(wizard.emailEdit(), QStringLiteral("alice@corp.example"));
        QTest::keyClicks(wizard.passwordEdit(), DovecotServer::password());
        QTest::mouseClick(wizard.manualButton(), Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), 1);
        QVERIFY(wizard.form()->imapEditor()->hostEdit()->text().isEmpty());
        QTest::qWait(300); // nothing may arrive later: no search was started
        QVERIFY(wizard.form()->imapEditor()->hostEdit()->text().isEmpty());
        wizard.form()->userNameEdit()->clear();
        QTest::keyClicks(wizard.form()->userNameEdit(), QStringLiteral(R"(alice@corp.example\shared)"));
        QTest::keyClicks(wizard.form()->imapEditor()->hostEdit(), QStringLiteral("imap.corp.example"));
        QTest::keyClicks(wizard.form()->smtpEditor()->hostEdit(), QStringLiteral("smtp.corp.example"));
        QSignalSpy ready(&wizard, &AccountWizard::accountReady);
        QTest::mouseClick(wizard.finishButton(), Qt::LeftButton);
        QCOMPARE(ready.size(), 1);
        const auto settings = ready.first().at(0).value<AccountSettings>();
        QCOMPARE(settings.userName, QStringLiteral(R"(alice@corp.example\shared)"));
        QCOMPARE(settings.imap, ServerEndpoint(QStringLiteral("imap.corp.example"), 993, ConnectionSecurity::Tls));
        QCOMPARE(settings.smtp.port, quint16(465));
    }

    void editingChangesTheOfflineOptionAndKeepsTheRest()
    {
        AccountWizard wizard(m_keychain, options());
        AccountSettings settings = pinnedAccount();
        settings.identities = {{QStringLiteral("Alice"), QStringLiteral("alice@corp.example"), QStringLiteral("A.")}};
        settings.prefetch = AccountSettings::Prefetch::Text;
        wizard.setAccount(settings);
        wizard.show();
        QTest::mouseClick(wizard.nextButton(), Qt::LeftButton);
        QCOMPARE(wizard.form()->prefetchBox()->currentData().toInt(), int(AccountSettings::Prefetch::Text));
        wizard.form()->prefetchBox()->setCurrentIndex(
            wizard.form()->prefetchBox()->findData(int(AccountSettings::Prefetch::Everything)));
        wizard.form()->prefetchDaysBox()->setValue(7);
        QSignalSpy ready(&wizard, &AccountWizard::accountReady);
        QTest::mouseClick(wizard.finishButton(), Qt::LeftButton); // no password typed: the saved one stays
        QCOMPARE(ready.size(), 1);
        QVERIFY(ready.first().at(1).toString().isEmpty());
        AccountSettings expected = settings;
        expected.prefetch = AccountSettings::Prefetch::Everything;
        expected.prefetchDays = 7;
        QVERIFY(ready.first().at(0).value<AccountSettings>() == expected);
    }

    void missingValuesAreNamedNotGuessed()
    {
        AccountWizard wizard(m_keychain, options());
        wizard.show();
        QTest::keyClicks(wizard.emailEdit(), QStringLiteral("alice"));
        QTest::mouseClick(wizard.nextButton(), Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), 0); // an address without a domain cannot be looked up
        QVERIFY(wizard.identityHint()->text().contains(QLatin1String("ann@example.org")));
        QTest::keyClicks(wizard.emailEdit(), QStringLiteral("@corp.example"));
        QTest::mouseClick(wizard.manualButton(), Qt::LeftButton);
        QSignalSpy ready(&wizard, &AccountWizard::accountReady);
        QTest::mouseClick(wizard.finishButton(), Qt::LeftButton);
        QCOMPARE(ready.size(), 0);
        QVERIFY(wizard.statusLabel()->text().contains(QLatin1String("IMAP")));
    }

private:
    DiscoveryOptions options() const
    {
        DiscoveryOptions options;
        options.extraCaCertificates = QSslCertificate::fromPath(m_dovecot.certificatePath()); // the HTTPS server's
        const quint16 port = m_https->serverPort();
        options.autoconfigUrls = [port](const QString &, const QString &) {
            return QList<QUrl>{QUrl(QStringLiteral("https://localhost:%1/mail/config-v1.1.xml").arg(port))};
        };
        options.srvResolver = std::make_shared<NoSrv>();
        options.guesses = [](const QString &) { return GuessCandidates{}; };
        return options;
    }

    AccountSettings pinnedAccount() const
    {
        AccountSettings settings;
        settings.id = QStringLiteral("a1");
        settings.displayName = QStringLiteral("Alice");
        settings.email = QStringLiteral("alice@corp.example");
        settings.userName = QStringLiteral("alice");
        settings.imap = {QStringLiteral("localhost"), m_dovecot.ports().imaps, ConnectionSecurity::Tls};
        settings.smtp = {QStringLiteral("localhost"), m_sink.tlsPort(), ConnectionSecurity::Tls};
        settings.trustedCertificates = {{QStringLiteral("localhost"), m_dovecot.ports().imaps, m_fingerprint},
                                        {QStringLiteral("localhost"), m_sink.tlsPort(), m_fingerprint}};
        return settings;
    }

    // SRV discovery is covered with a real DNS server in tst_account_discovery; here it answers "none"
    // so that nothing leaves the machine.
    struct NoSrv : SrvResolver {
        void lookup(const QString &, QObject *context, Callback done) override
        {
            QMetaObject::invokeMethod(context, [done] { done({}); }, Qt::QueuedConnection);
        }
    };

    CredentialStore m_keychain{QStringLiteral("Kestrel-test-wizard")};
    DovecotServer m_dovecot;
    SmtpSink m_sink;
    std::unique_ptr<HttpsFileServer> m_https;
    QByteArray m_fingerprint;
};

QTEST_MAIN(TestAccountWizard)
#include "tst_account_wizard.moc"
