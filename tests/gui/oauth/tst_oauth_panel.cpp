// "Sign in with Google/Microsoft" (issue 7): the panel shows only for those providers' addresses, and a
// click runs the browser sign-in to the end: the system browser is replaced by a URL handler that
// fetches the page like a browser would, and the tokens land in the (private) keychain.
#include "LoopbackBrowser.h"
#include "LoopbackOAuthServer.h"

#include "account/CredentialStore.h"
#include "account/oauth/OAuthTokenStore.h"
#include "accounts/oauth/OAuthSignInPanel.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Kestrel;

class TestOAuthPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
        QVERIFY(m_server.start());
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }

    void onlyGmailAndMicrosoftAddressesGetTheChoice()
    {
        OAuthSignInPanel panel(m_keychain);
        panel.setEmail(QStringLiteral("someone@gmail.com"));
        QVERIFY(panel.available());
        QCOMPARE(panel.findChild<QPushButton *>()->text(), QStringLiteral("Sign in with Google"));
        panel.setEmail(QStringLiteral("someone@outlook.com"));
        QCOMPARE(panel.findChild<QPushButton *>()->text(), QStringLiteral("Sign in with Microsoft"));
        AccountSettings account;
        panel.applyTo(account);
        QCOMPARE(account.authentication, AccountSettings::Authentication::OAuth2);
        QCOMPARE(OAuthProvider::fromAccount(account)->name, QStringLiteral("microsoft"));
        panel.setEmail(QStringLiteral("someone@example.org"));
        QVERIFY(!panel.available());
        QVERIFY(panel.isHidden());
    }

    void aClickSignsInThroughTheBrowserAndSavesTheTokens()
    {
        OAuthSignInPanel panel(m_keychain);
        panel.setEmail(QStringLiteral("alice@gmail.com"));
        panel.setProvider(OAuthProvider{QStringLiteral("google"), QUrl(m_server.authorizationUrl()),
                                        QUrl(m_server.tokenUrl()), QStringLiteral("panel-client"), {}, {}});
        AccountSettings account;
        account.id = QStringLiteral("panel-test-%1").arg(QCoreApplication::applicationPid());
        account.email = QStringLiteral("alice@gmail.com");
        QSignalSpy signedIn(&panel, &OAuthSignInPanel::signedIn);
        QSignalSpy failed(&panel, &OAuthSignInPanel::signInFailed);
        panel.signIn(account);
        QVERIFY(QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 20000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_browser.opened, 1);
        QCOMPARE(m_server.codeExchanges(), 1);
        std::optional<OAuthTokens> saved;
        bool done = false;
        OAuthTokenStore(m_keychain).load(account, [&](std::optional<OAuthTokens> tokens, std::optional<Error>) {
            saved = tokens;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(saved);
        QVERIFY(m_server.issuedTokens().contains(saved->refreshToken.toLatin1()));
        OAuthTokenStore(m_keychain).remove(account, [](std::optional<Error>) {});
    }

private:
    Test::LoopbackOAuthServer m_server{QStringLiteral("alice"), QStringLiteral("panel-client")};
    CredentialStore m_keychain{QStringLiteral("Kestrel-test-oauth-panel")};
    Kestrel::Test::LoopbackBrowser m_browser;
};

QTEST_MAIN(TestOAuthPanel)
#include "tst_oauth_panel.moc"
