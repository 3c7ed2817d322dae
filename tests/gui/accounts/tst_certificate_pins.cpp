// The pin bookkeeping behind the certificate prompt: one pin per host and port (a new certificate
// replaces the old pin), applied to every account that uses that server, and the fingerprint as shown.
#include "accounts/CertificatePrompt.h"

#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Ui;

class TestCertificatePins : public QObject
{
    Q_OBJECT
private slots:
    void aNewPinReplacesTheOldOneForTheSameServerOnly()
    {
        const TrustedCertificate old{QStringLiteral("mail.example.test"), 993, QByteArray(64, 'a')};
        const TrustedCertificate other{QStringLiteral("mail.example.test"), 465, QByteArray(64, 'b')};
        const TrustedCertificate renewed{QStringLiteral("MAIL.example.test"), 993, QByteArray(64, 'c')};
        const QList<TrustedCertificate> pins = CertificatePrompt::withPin({old, other}, renewed);
        QCOMPARE(pins.size(), 2);
        QVERIFY(pins.contains(other));
        QVERIFY(pins.contains(renewed));
        QVERIFY(!pins.contains(old));
    }

    void pinsGoToEveryAccountOnThatServer()
    {
        AccountSettings a, b, c;
        a.imap = {QStringLiteral("mail.example.test"), 993, ConnectionSecurity::Tls};
        b.smtp = {QStringLiteral("mail.example.test"), 993, ConnectionSecurity::Tls};
        c.imap = {QStringLiteral("mail.example.test"), 143, ConnectionSecurity::StartTls};
        QList<AccountSettings> accounts{a, b, c};
        const TrustedCertificate pin{QStringLiteral("mail.example.test"), 993, QByteArray(64, 'd')};
        QVERIFY(CertificatePrompt::pinInAccounts(accounts, pin));
        QCOMPARE(accounts[0].trustedCertificates, QList<TrustedCertificate>{pin});
        QCOMPARE(accounts[1].trustedCertificates, QList<TrustedCertificate>{pin});
        QVERIFY(accounts[2].trustedCertificates.isEmpty());
        QVERIFY(!CertificatePrompt::pinInAccounts(accounts, pin)); // already there: nothing to save
    }

    void fingerprintsAreShownAsColonSeparatedPairs()
    {
        QCOMPARE(CertificatePrompt::formatFingerprint("0a1bff"), QStringLiteral("0A:1B:FF"));
    }
};

QTEST_MAIN(TestCertificatePins)
#include "tst_certificate_pins.moc"
