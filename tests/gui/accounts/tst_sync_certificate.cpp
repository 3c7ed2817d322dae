// A TLS error met by a background sync (issue 7) opens the same non-modal certificate prompt as the
// wizard: against the real Dovecot and its self-signed certificate, through SyncCoordinator. Trusting
// pins the certificate and the sync succeeds; after the server's certificate changes the next sync asks
// again; declining leaves the account offline with a status saying why, and is not asked again.
#include "DovecotServer.h"

#include "accounts/CertificatePrompt.h"
#include "accounts/SyncCertificateHandler.h"

#include "account/CredentialStore.h"
#include "cache/Database.h"
#include "net/TlsTrust.h"
#include "sync/SyncCoordinator.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Kestrel;
using namespace Kestrel::Ui;
using Kestrel::Test::DovecotServer;

class TestSyncCertificate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        m_account.id = QStringLiteral("sync-certificate");
        m_account.displayName = QStringLiteral("Pinned");
        m_account.userName = QStringLiteral("alice");
        m_account.imap = {QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, ConnectionSecurity::Tls};
        QVERIFY(storePassword(m_account.secretKey(), DovecotServer::password()));
        Database migrate;
        QVERIFY(!migrate.open(cachePath()));
    }

    void trustingPinsAndSyncs()
    {
        QList<AccountSettings> accounts{m_account};
        Sync::SyncCoordinator coordinator(cachePath(), m_credentials);
        QWidget window;
        SyncCertificateHandler handler(coordinator, [&] { return accounts; }, &window);
        connect(&handler, &SyncCertificateHandler::accountsChanged, this, [&](const QList<AccountSettings> &changed) { accounts = changed; });
        QSignalSpy finished(&coordinator, &Sync::SyncCoordinator::accountFinished);

        coordinator.sync(accounts[0]);
        QTRY_VERIFY_WITH_TIMEOUT(handler.promptFor(m_account.id) && handler.promptFor(m_account.id)->isVisible(), 20000);
        CertificatePrompt *prompt = handler.promptFor(m_account.id);
        QVERIFY(!prompt->isModal());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished[0][1].value<std::optional<Error>>()->code, Error::Code::Tls);
        const QByteArray expected = serverFingerprint();
        QCOMPARE(prompt->problem().sha256, expected);
        QCOMPARE(prompt->problem().port, m_dovecot.ports().imaps);
        QVERIFY(prompt->detailsText().contains(CertificatePrompt::formatFingerprint(expected)));
        QVERIFY(prompt->detailsText().contains(QLatin1String("localhost"))); // subject and issuer: self-signed
        QVERIFY(!prompt->problem().errors.isEmpty());

        QTest::mouseClick(prompt->trustButton(), Qt::LeftButton);
        QCOMPARE(accounts[0].trustedCertificates.size(), 1);
        QCOMPARE(accounts[0].trustedCertificates[0].sha256, expected);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        const auto result = finished[1][1].value<std::optional<Error>>();
        QVERIFY2(!result, result ? qPrintable(result->toString()) : "");
        m_account = accounts[0]; // pinned, for the next test
    }

    void aChangedCertificateAsksAgainAndDecliningStaysOffline()
    {
        // A new key and certificate on the same host and port (start-dovecot.sh makes them when missing).
        m_dovecot.stop();
        QVERIFY(QFile::remove(m_dovecot.keyPath()) && QFile::remove(m_dovecot.certificatePath()));
        QVERIFY2(m_dovecot.restart(), qPrintable(m_dovecot.errorString()));
        const QByteArray changed = serverFingerprint();
        QVERIFY(changed != m_account.trustedCertificates.value(0).sha256);

        QList<AccountSettings> accounts{m_account};
        Sync::SyncCoordinator coordinator(cachePath(), m_credentials);
        QWidget window;
        SyncCertificateHandler handler(coordinator, [&] { return accounts; }, &window);
        QSignalSpy accountsChanged(&handler, &SyncCertificateHandler::accountsChanged);
        QSignalSpy status(&handler, &SyncCertificateHandler::statusMessage);
        QSignalSpy finished(&coordinator, &Sync::SyncCoordinator::accountFinished);

        coordinator.sync(accounts[0]);
        QTRY_VERIFY_WITH_TIMEOUT(handler.promptFor(m_account.id), 20000);
        QCOMPARE(handler.promptFor(m_account.id)->problem().sha256, changed);
        handler.promptFor(m_account.id)->reject(); // "Do not trust"
        QCOMPARE(status.size(), 1);
        QVERIFY(status[0][0].toString().contains(QLatin1String("offline")));
        QVERIFY(status[0][0].toString().contains(QLatin1String("not trusted")));
        QCOMPARE(accountsChanged.size(), 0);

        // The next sync meets the same certificate: no second prompt, the same status.
        QTRY_VERIFY(!coordinator.isSyncing(m_account.id));
        coordinator.sync(accounts[0]);
        QTRY_COMPARE_WITH_TIMEOUT(status.size(), 2, 20000);
        QVERIFY(!handler.promptFor(m_account.id));
        QCOMPARE(finished.last()[1].value<std::optional<Error>>()->code, Error::Code::Tls);
        QCOMPARE(accounts[0].trustedCertificates.size(), 1); // still only the old pin
    }

private:
    QString cachePath() const { return m_profile.filePath(QStringLiteral("cache.sqlite")); }

    QByteArray serverFingerprint() const
    {
        return TlsTrust::fingerprint(QSslCertificate::fromPath(m_dovecot.certificatePath()).value(0));
    }

    bool storePassword(const QString &key, const QString &password)
    {
        bool done = false, ok = false;
        m_credentials.write(key, password, [&](std::optional<Error> error) {
            ok = !error;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 10000) && ok;
    }

    DovecotServer m_dovecot;
    QTemporaryDir m_profile;
    CredentialStore m_credentials{QStringLiteral("Kestrel-test")};
    AccountSettings m_account;
};

QTEST_MAIN(TestSyncCertificate)
#include "tst_sync_certificate.moc"
