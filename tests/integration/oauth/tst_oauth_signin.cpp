// OAuth2 for Gmail/Microsoft-style accounts (issue 7), end to end on loopback: the authorization-code
// flow with PKCE through a "browser" (an HTTP client following the redirect), tokens saved in the real
// keychain, IMAP AUTHENTICATE OAUTHBEARER / XOAUTH2 and SMTP AUTH XOAUTH2 against the real Dovecot
// (oauth2 passdb, introspection), automatic refresh on expiry and on the server's refusal (one retry),
// and a revoked refresh token ending in a clear "sign in again".
#include "OAuthTestBed.h"

#include "account/CredentialStore.h"
#include "account/oauth/OAuthSignIn.h"
#include "account/oauth/OAuthTokenSource.h"
#include "account/oauth/OAuthTokenStore.h"
#include "imap/commands/LoginCommand.h"
#include "imap/session/ImapSession.h"
#include "net/ProtocolLog.h"
#include "net/TlsTrust.h"
#include "smtp/SmtpClient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Kestrel;
using Kestrel::Test::OAuthTestBed;

Q_DECLARE_METATYPE(Kestrel::Error)

#define QVERIFY_NO_ERROR(expression)                                                                          \
    do {                                                                                                      \
        const std::optional<Kestrel::Error> error_ = (expression);                                            \
        QVERIFY2(!error_, qPrintable(error_ ? error_->toString() : QString()));                              \
    } while (false)

class TestOAuthSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<Kestrel::Error>();
        qRegisterMetaType<Kestrel::OAuthTokens>();
        QString error;
        QVERIFY2(m_bed.start(&error), qPrintable(error));
        m_fingerprint = TlsTrust::fingerprint(QSslCertificate::fromPath(m_bed.dovecot.certificatePath()).value(0));
        m_account.id = QStringLiteral("oauth-test-%1").arg(QCoreApplication::applicationPid());
        m_account.email = QStringLiteral("alice@example.test");
        m_account.userName = QStringLiteral("alice");
        m_account.imap = {QStringLiteral("127.0.0.1"), m_bed.dovecot.ports().imaps, ConnectionSecurity::Tls};
        m_account.smtp = {QStringLiteral("127.0.0.1"), m_bed.dovecot.ports().submissions, ConnectionSecurity::Tls};
        m_account.trustedCertificates = {{QStringLiteral("127.0.0.1"), m_account.imap.port, m_fingerprint},
                                         {QStringLiteral("127.0.0.1"), m_account.smtp.port, m_fingerprint}};
        m_account.authentication = AccountSettings::Authentication::OAuth2;
        m_account.oauth = m_bed.provider().toJson();
    }

    void cleanupTestCase()
    {
        bool done = false;
        OAuthTokenStore(m_keychain).remove(m_account, [&](std::optional<Error>) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }

    void theProviderRoundTripsThroughTheAccountJson()
    {
        const AccountSettings reread = AccountSettings::fromJson(m_account.toJson());
        QCOMPARE(OAuthProvider::fromAccount(reread), std::optional<OAuthProvider>(m_bed.provider()));
        QVERIFY(!OAuthProvider::fromJson(QJsonObject{}));
        QCOMPARE(OAuthProvider::forEmail(QStringLiteral("Someone@GMail.com"))->name, QStringLiteral("google"));
        QCOMPARE(OAuthProvider::forEmail(QStringLiteral("x@outlook.com"))->name, QStringLiteral("microsoft"));
        QVERIFY(!OAuthProvider::forEmail(QStringLiteral("x@example.org")));
    }

    void theBrowserSignInUsesPkceAndSavesTokensInTheKeychain()
    {
        const OAuthTokens tokens = signIn();
        QVERIFY(!tokens.accessToken.isEmpty());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QVERIFY(tokens.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
        QCOMPARE(m_bed.authServer.codeExchanges(), 1); // the server checked the PKCE verifier
        QVERIFY2(m_bed.lastPage().contains("Kestrel is signed in"), m_bed.lastPage().constData());
        QCOMPARE(loadTokens(), std::optional<OAuthTokens>(tokens));
        // The account's own JSON (accounts.json) holds endpoints, never a token.
        const QByteArray accountJson = QJsonDocument(m_account.toJson()).toJson();
        QVERIFY(!accountJson.contains(tokens.accessToken.toUtf8()));
        QVERIFY(!accountJson.contains(tokens.refreshToken.toUtf8()));
    }

    void aWrongPkceVerifierIsRefused()
    {
        // The server stands in for Google here: a code redeemed with another verifier gets nothing.
        OAuthSignIn signIn(m_bed.provider());
        connect(&signIn, &OAuthSignIn::openBrowser, this, [this](const QUrl &url) {
            QUrl tampered = url;
            QUrlQuery query(url);
            query.removeAllQueryItems(QStringLiteral("code_challenge"));
            query.addQueryItem(QStringLiteral("code_challenge"),
                               QString::fromLatin1(OAuthSignIn::pkceChallenge(OAuthSignIn::makePkceVerifier())));
            tampered.setQuery(query);
            m_bed.browse(tampered);
        });
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.start(20);
        QVERIFY(failed.wait(20000));
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.code, Error::Code::Authentication);
        QVERIFY2(m_bed.authServer.lastRefusal().contains("PKCE"), m_bed.authServer.lastRefusal().constData());
    }

    void imapLogsInWithOAuthBearerAndXOAuth2()
    {
        signIn();
        const QString token = loadTokens()->accessToken;
        QCOMPARE(imapLogin(Imap::LoginCommand::withAccessToken(m_account.userName, token)).value_or(QByteArray("failed")),
                 QByteArray("OAUTHBEARER"));
        QCOMPARE(imapLogin(std::make_unique<Imap::LoginCommand>(m_account.userName, token,
                                                                 Imap::LoginCommand::Mechanism::XOAuth2))
                     .value_or(QByteArray("failed")),
                 QByteArray("XOAUTH2"));
        // Neither the protocol log nor the error detail ever shows the token.
        for (const ProtocolLog::Entry &entry : m_log.entries())
            QVERIFY2(!entry.text.contains(token.toUtf8()), entry.text.constData());
    }

    void aWrongTokenIsAnAuthenticationError()
    {
        const std::optional<Error> error = imapLoginError(QStringLiteral("not-a-token"));
        QVERIFY(error);
        QCOMPARE(error->code, Error::Code::Authentication);
    }

    void smtpLogsInWithXOAuth2()
    {
        signIn();
        for (const QByteArray &mechanism : {QByteArray("XOAUTH2"), QByteArray("OAUTHBEARER")}) {
            Smtp::SmtpClientSettings settings;
            settings.endpoint = m_account.smtp;
            settings.pinnedCertificates = m_account.trustedCertificates;
            settings.authMechanisms = {mechanism};
            settings.connectTimeoutMs = settings.replyTimeoutMs = 10000;
            settings.log = &m_log;
            Smtp::SmtpClient client(settings);
            QSignalSpy opened(&client, &Smtp::SmtpClient::opened);
            QSignalSpy failed(&client, &Smtp::SmtpClient::failed);
            client.open(Smtp::SmtpCredentials::oauth2(m_account.userName, loadTokens()->accessToken));
            QVERIFY(QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 15000));
            QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<Error>().toString()));
            client.quit();
        }
    }

    void anExpiringTokenIsRefreshedBeforeLoggingIn()
    {
        m_bed.authServer.setExpiresInSeconds(30); // inside the refresh margin: refreshed before use
        signIn();
        m_bed.authServer.setExpiresInSeconds(3600);
        const int refreshes = m_bed.authServer.refreshes();
        const int rejected = m_bed.authServer.rejectedIntrospections();
        const QString before = loadTokens()->accessToken;
        QVERIFY_NO_ERROR(sourcedLogin());
        QCOMPARE(m_bed.authServer.refreshes(), refreshes + 1);
        QCOMPARE(m_bed.authServer.rejectedIntrospections(), rejected); // the old token was never tried
        const OAuthTokens after = *loadTokens();
        QVERIFY(after.accessToken != before);
        QVERIFY(!after.refreshToken.isEmpty()); // kept although the refresh answer did not repeat it
        // A second login uses the saved, now fresh token without refreshing again.
        QVERIFY_NO_ERROR(sourcedLogin());
        QCOMPARE(m_bed.authServer.refreshes(), refreshes + 1);
    }

    void aTokenTheServerRefusesIsRefreshedOnceAndTheLoginRetried()
    {
        signIn();
        m_bed.authServer.expireAccessTokens(); // revoked early: Kestrel still thinks it fresh
        const int refreshes = m_bed.authServer.refreshes();
        const int rejected = m_bed.authServer.rejectedIntrospections();
        QVERIFY_NO_ERROR(sourcedLogin());
        QCOMPARE(m_bed.authServer.refreshes(), refreshes + 1);
        QCOMPARE(m_bed.authServer.rejectedIntrospections(), rejected + 1);
    }

    void aRevokedRefreshTokenAsksToSignInAgain()
    {
        signIn();
        m_bed.authServer.expireAccessTokens();
        m_bed.authServer.revokeRefreshTokens();
        const std::optional<Error> error = sourcedLogin();
        QVERIFY(error);
        QCOMPARE(error->code, Error::Code::Authentication);
        QVERIFY2(error->userMessage.contains(QLatin1String("sign in again")), qPrintable(error->toString()));
        QVERIFY2(error->userMessage.contains(QLatin1String("127.0.0.1")), qPrintable(error->toString()));
    }

    void noSavedTokensAsksToSignIn()
    {
        AccountSettings other = m_account;
        other.id += QStringLiteral("-never-signed-in");
        OAuthTokenSource source(m_keychain);
        std::optional<Error> result;
        bool done = false;
        source.accessToken(other, false, [&](std::optional<QString> token, std::optional<Error> error) {
            QVERIFY(!token);
            result = error;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(result);
        QVERIFY2(result->userMessage.contains(QLatin1String("sign in again")), qPrintable(result->toString()));
    }

private:
    OAuthTokens signIn()
    {
        OAuthSignIn signIn(m_bed.provider());
        connect(&signIn, &OAuthSignIn::openBrowser, this, [this](const QUrl &url) { m_bed.browse(url); });
        QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.start(20);
        if (!QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, 20000) || succeeded.isEmpty()) {
            qWarning("sign-in failed: %s", qPrintable(failed.value(0).value(0).value<Error>().toString()));
            return {};
        }
        const OAuthTokens tokens = succeeded.first().first().value<OAuthTokens>();
        bool saved = false;
        OAuthTokenStore(m_keychain).save(m_account, tokens, [&](std::optional<Error> error) {
            if (error)
                qWarning("keychain: %s", qPrintable(error->toString()));
            saved = !error;
        });
        if (!QTest::qWaitFor([&] { return saved; }, 10000))
            qWarning("keychain write did not end");
        if (!QTest::qWaitFor([this] { return !m_bed.lastPage().isEmpty(); }, 5000)) // the browser shows the page
            qWarning("the browser got no page");
        return tokens;
    }

    std::optional<OAuthTokens> loadTokens()
    {
        std::optional<OAuthTokens> loaded;
        bool done = false;
        OAuthTokenStore(m_keychain).load(m_account, [&](std::optional<OAuthTokens> tokens, std::optional<Error>) {
            loaded = tokens;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("keychain read did not end");
        return loaded;
    }

    // Connects and runs `login`; the mechanism used, or nullopt (m_lastError says why).
    std::optional<QByteArray> imapLogin(std::unique_ptr<Imap::LoginCommand> login)
    {
        Imap::ConnectionSettings settings;
        settings.endpoint = m_account.imap;
        settings.pinnedCertificates = m_account.trustedCertificates;
        Imap::ImapSession session(settings);
        session.setProtocolLog(&m_log, QStringLiteral("oauth-test"));
        std::optional<QByteArray> mechanism;
        bool done = false;
        m_lastError.reset();
        connect(&session, &Imap::ImapSession::failed, this, [&](const Error &error) {
            if (!done) // the login's own error comes first; aborting afterwards is no news
                m_lastError = error;
            done = true;
        });
        connect(&session, &Imap::ImapSession::connected, this, [&] {
            session.run(std::move(login), this, [&](const Imap::LoginResult &result) {
                if (result.ok())
                    mechanism = result.mechanism;
                else
                    m_lastError = result.error;
                done = true;
            });
        });
        session.open();
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            m_lastError = Error::make(Error::Code::Network, QStringLiteral("test: no answer in 15 s"));
        session.disconnect(this);
        session.abort();
        return mechanism;
    }

    std::optional<Error> imapLoginError(const QString &token)
    {
        return imapLogin(Imap::LoginCommand::withAccessToken(m_account.userName, token)) ? std::nullopt : m_lastError;
    }

    // The way the application logs in: a token from the keychain (refreshed when needed) and one retry.
    std::optional<Error> sourcedLogin()
    {
        OAuthTokenSource source(m_keychain);
        std::optional<Error> result;
        bool done = false;
        source.signIn(m_account,
                      [this](const QString &token, OAuthTokenSource::DoneCallback attemptDone) {
                          attemptDone(imapLoginError(token));
                      },
                      [&](std::optional<Error> error) {
                          result = error;
                          done = true;
                      });
        if (!QTest::qWaitFor([&] { return done; }, 40000))
            return Error::make(Error::Code::Network, QStringLiteral("test: sign-in did not end in 40 s"));
        return result;
    }

    OAuthTestBed m_bed;
    CredentialStore m_keychain{QStringLiteral("Kestrel-test-oauth")};
    ProtocolLog m_log;
    AccountSettings m_account;
    QByteArray m_fingerprint;
    std::optional<Error> m_lastError;
};

QTEST_GUILESS_MAIN(TestOAuthSignIn)
#include "tst_oauth_signin.moc"
