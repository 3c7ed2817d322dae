// The account wizard's OAuth2 sign-in (issue 7), offscreen, end to end: a Gmail address shows "Sign in
// with Google"; the click runs the browser sign-in against the loopback authorization server (the system
// browser is a URL handler that follows the redirect like a browser), the tokens land in the real keyring
// under the id the account will get, Test connection logs in to Dovecot's IMAP and submission with the
// token (oauth2 passdb introspecting against that server) and no password; Finish through the account
// list saves an OAuth2 account with no password entry in the keychain, and the application's sync
// (SyncCoordinator, its own token source reading the keychain) then syncs it. A refused sign-in shows why.
#include "LoopbackBrowser.h"
#include "OAuthTestBed.h"

#include "account/AccountRepository.h"
#include "account/CredentialStore.h"
#include "account/oauth/OAuthTokenStore.h"
#include "accounts/AccountListDialog.h"
#include "accounts/AccountSettingsForm.h"
#include "accounts/AccountStorage.h"
#include "accounts/AccountWizard.h"
#include "accounts/ServerSettingsEditor.h"
#include "accounts/oauth/OAuthSignInPanel.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "net/TlsTrust.h"
#include "sync/SyncCoordinator.h"

#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Ui;
using Kestrel::Test::OAuthTestBed;

Q_DECLARE_METATYPE(Kestrel::Error)

class TestWizardOAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<Kestrel::Error>();
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
        QString error;
        QVERIFY2(m_bed.start(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
        m_pin = TlsTrust::fingerprint(QSslCertificate::fromPath(m_bed.dovecot.certificatePath()).value(0));
        QVERIFY(putMessageInInbox());
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }

    void aGmailAddressSignsInTestsSyncsAndStoresNoPassword()
    {
        AccountStorage storage(m_dir.filePath(QStringLiteral("accounts.json")), m_dir.filePath(QStringLiteral("cache.sqlite")),
                               m_keychain);
        AccountListDialog dialog({}, &storage);
        QSignalSpy saved(&storage, &AccountStorage::done);
        QSignalSpy storageFailed(&storage, &AccountStorage::failed);
        dialog.show();
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        AccountWizard *wizard = dialog.wizard();
        QVERIFY(wizard);
        QVERIFY(wizard->oauthPanel()->isHidden());
        QTest::keyClicks(wizard->nameEdit(), QStringLiteral("Alice"));
        QTest::keyClicks(wizard->emailEdit(), QStringLiteral("alice@gmail.com"));
        QVERIFY(wizard->oauthPanel()->isVisible()); // the address's provider signs in with OAuth2
        auto *signInButton = wizard->oauthPanel()->findChild<QPushButton *>();
        QCOMPARE(signInButton->text(), QStringLiteral("Sign in with Google"));
        // Google is unreachable from tests: the same panel, pointed at the loopback authorization server.
        wizard->oauthPanel()->setProvider(m_bed.provider());

        const int exchanges = m_bed.authServer.codeExchanges();
        QTest::mouseClick(signInButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->signedIn(), 20000);
        QCOMPARE(m_browser.opened, 1);
        QCOMPARE(m_bed.authServer.codeExchanges(), exchanges + 1);
        QVERIFY(wizard->identityHint()->text().contains(QLatin1String("no password")));

        // No password typed. Manual mode: the test servers are not Gmail's.
        QTest::mouseClick(wizard->manualButton(), Qt::LeftButton);
        AccountSettings settings = wizard->form()->settings();
        settings.userName = QStringLiteral("alice");
        settings.imap = {QStringLiteral("127.0.0.1"), m_bed.dovecot.ports().imaps, ConnectionSecurity::Tls};
        settings.smtp = {QStringLiteral("127.0.0.1"), m_bed.dovecot.ports().submissions, ConnectionSecurity::Tls};
        settings.trustedCertificates = {{QStringLiteral("127.0.0.1"), settings.imap.port, m_pin},
                                        {QStringLiteral("127.0.0.1"), settings.smtp.port, m_pin}};
        wizard->form()->setSettings(settings);

        const int accepted = m_bed.authServer.acceptedIntrospections();
        QTest::mouseClick(wizard->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->imapResultLabel()->text().contains(QLatin1String("logged in")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->smtpResultLabel()->text().contains(QLatin1String("logged in")), 20000);
        QVERIFY2(wizard->imapResultLabel()->text().contains(QLatin1String("OAUTHBEARER"))
                     || wizard->imapResultLabel()->text().contains(QLatin1String("XOAUTH2")),
                 qPrintable(wizard->imapResultLabel()->text()));
        QVERIFY(m_bed.authServer.acceptedIntrospections() >= accepted + 2); // IMAP and SMTP took the token

        QTest::mouseClick(wizard->finishButton(), Qt::LeftButton);
        QCOMPARE(dialog.accounts().size(), 1);
        const AccountSettings added = dialog.accounts().first();
        QCOMPARE(added.authentication, AccountSettings::Authentication::OAuth2);
        QCOMPARE(OAuthProvider::fromAccount(added), std::optional<OAuthProvider>(m_bed.provider()));
        QTRY_VERIFY_WITH_TIMEOUT(saved.size() >= 1, 10000); // accounts.json
        QTest::qWait(200); // a password write, were there one, would have ended by now too
        QCOMPARE(storageFailed.size(), 0);
        QCOMPARE(saved.size(), 1); // only accounts.json: no keychain write happened
        QVERIFY(!readSecret(added.secretKey()));
        QVERIFY(tokensOf(added)); // the tokens are under the id the account got
        QList<AccountSettings> onDisk;
        QVERIFY(!AccountRepository(m_dir.filePath(QStringLiteral("accounts.json"))).load(onDisk));
        QCOMPARE(onDisk.size(), 1);
        QCOMPARE(onDisk.first().authentication, AccountSettings::Authentication::OAuth2);
        dialog.close();

        // The application's sync, with nothing from the wizard alive: its own token source, the keychain.
        Sync::SyncCoordinator coordinator(m_dir.filePath(QStringLiteral("cache.sqlite")), m_keychain);
        QSignalSpy finished(&coordinator, &Sync::SyncCoordinator::accountFinished);
        coordinator.sync(added);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 40000);
        const auto error = finished.first().at(1).value<std::optional<Error>>();
        QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
        QCOMPARE(inboxCount(added.id), 1);

        done([&](auto callback) { OAuthTokenStore(m_keychain).remove(added, callback); });
    }

    void aRefusedSignInSaysWhyAndStillAsksForAPasswordOrASignIn()
    {
        AccountWizard wizard(m_keychain);
        wizard.show();
        QTest::keyClicks(wizard.emailEdit(), QStringLiteral("alice@outlook.com"));
        QVERIFY(wizard.oauthPanel()->isVisible());
        OAuthProvider noTokenEndpoint = m_bed.provider();
        noTokenEndpoint.tokenUrl = QUrl(m_bed.authServer.baseUrl() + QStringLiteral("/gone")); // answers 404
        wizard.oauthPanel()->setProvider(noTokenEndpoint);
        QSignalSpy failed(wizard.oauthPanel(), &OAuthSignInPanel::signInFailed);
        QTest::mouseClick(wizard.oauthPanel()->findChild<QPushButton *>(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QVERIFY(!wizard.signedIn());
        QVERIFY2(wizard.identityHint()->text().startsWith(QLatin1String("The sign-in did not work: ")),
                 qPrintable(wizard.identityHint()->text()));
        QVERIFY(wizard.identityHint()->text().contains(failed.first().first().value<Error>().userMessage));
        QTest::mouseClick(wizard.manualButton(), Qt::LeftButton);
        QTest::keyClicks(wizard.form()->imapEditor()->hostEdit(), QStringLiteral("127.0.0.1"));
        QTest::keyClicks(wizard.form()->smtpEditor()->hostEdit(), QStringLiteral("127.0.0.1"));
        QSignalSpy ready(&wizard, &AccountWizard::accountReady);
        QTest::mouseClick(wizard.finishButton(), Qt::LeftButton);
        QCOMPARE(ready.size(), 0);
        QVERIFY2(wizard.statusLabel()->text().contains(QLatin1String("Sign in")), qPrintable(wizard.statusLabel()->text()));
    }

private:
    // Calls `start` with a completion callback and waits (event loop running) until it was called.
    void done(const std::function<void(std::function<void(std::optional<Error>)>)> &start)
    {
        bool finished = false;
        start([&](std::optional<Error>) { finished = true; });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
    }

    std::optional<QString> readSecret(const QString &key)
    {
        std::optional<QString> secret;
        bool finished = false;
        m_keychain.read(key, [&](std::optional<QString> value, std::optional<Error>) {
            secret = value;
            finished = true;
        });
        (void)QTest::qWaitFor([&] { return finished; }, 10000);
        return secret;
    }

    std::optional<OAuthTokens> tokensOf(const AccountSettings &account)
    {
        std::optional<OAuthTokens> tokens;
        bool finished = false;
        OAuthTokenStore(m_keychain).load(account, [&](std::optional<OAuthTokens> loaded, std::optional<Error>) {
            tokens = loaded;
            finished = true;
        });
        (void)QTest::qWaitFor([&] { return finished; }, 10000);
        return tokens;
    }

    // One message in alice's INBOX, written as a delivery agent would.
    bool putMessageInInbox()
    {
        const QString dir = m_bed.dovecot.maildir(QStringLiteral("alice"));
        for (const char *sub : {"cur", "new", "tmp"}) {
            if (!QDir().mkpath(dir + QLatin1Char('/') + QLatin1String(sub)))
                return false;
        }
        const QByteArray message = "From: Bob <bob@example.test>\r\nTo: alice@gmail.com\r\nSubject: hello\r\n"
                                   "Message-ID: <wizard-oauth@example.test>\r\n\r\nSynced with a token.\r\n";
        QFile file(dir + QStringLiteral("/new/1793600000.M1P1.kestrel"));
        if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size())
            return false;
        file.close();
        // Dovecot's mail user when the tests run as root (as the other tests do).
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("nobody:nogroup"),
                                                    m_bed.dovecot.directory() + QStringLiteral("/home")});
        return true;
    }

    int inboxCount(const QString &accountId)
    {
        Database db;
        if (db.open(m_dir.filePath(QStringLiteral("cache.sqlite")), Database::Access::ReadOnly))
            return -1;
        std::optional<FolderInfo> inbox;
        if (FolderStore(db).findFolder(accountId, QStringLiteral("INBOX"), inbox) || !inbox)
            return -1;
        return int(inbox->totalCount);
    }

    OAuthTestBed m_bed;
    QTemporaryDir m_dir;
    CredentialStore m_keychain{QStringLiteral("Kestrel-test-wizard-oauth")};
    Kestrel::Test::LoopbackBrowser m_browser;
    QByteArray m_pin;
};

QTEST_MAIN(TestWizardOAuth)
#include "tst_wizard_oauth.moc"
