// An OAuth2 account used the way the application uses it, with no password in the keychain at all:
// the Outbox sends through Dovecot's submission with XOAUTH2/OAUTHBEARER, SyncCoordinator syncs it on its
// worker thread after the first access token has run out (so the token is refreshed on the way), and
// its push connection, dropped by a server restart after the provider forgot every token, reconnects
// with a freshly refreshed one and then reports new mail; kestrel-cli sync works for it too. Real Dovecot (oauth2 passdb introspecting
// against the loopback authorization server), real keyring, real SQLite cache.
#include "DovecotServer.h"
#include "LoopbackOAuthServer.h"
#include "SmtpSink.h"

#include "account/AccountRepository.h"
#include "account/ConnectionTest.h"
#include "account/CredentialStore.h"
#include "account/oauth/OAuthProvider.h"
#include "account/oauth/OAuthSignIn.h"
#include "account/oauth/OAuthTokenBroker.h"
#include "account/oauth/OAuthTokenSource.h"
#include "account/oauth/OAuthTokenStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "net/TlsTrust.h"
#include "send/Outbox.h"
#include "accounts/AccountStorage.h"
#include "sync/SyncCoordinator.h"

#include <QFile>
#include <QProcess>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Test;

Q_DECLARE_METATYPE(Kestrel::Error)
Q_DECLARE_METATYPE(Kestrel::ConnectionTestResult)

namespace {
const QString ClientId = QStringLiteral("kestrel-wire-client");
// The first access token lives this long: fresh for the first send (the refresh margin is 60 s),
// inside the margin ten seconds later, so the sync that follows has to refresh it.
constexpr int FirstTokenSeconds = 70;
} // namespace

class TestOAuthWire : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<Kestrel::Error>();
        qRegisterMetaType<Kestrel::OAuthTokens>();
        qRegisterMetaType<Kestrel::ConnectionTestResult>();
        QVERIFY(m_authServer.start());
        QVERIFY(m_dir.isValid());
        const QString confPath = m_dir.filePath(QStringLiteral("dovecot-oauth2.conf.ext"));
        QFile conf(confPath);
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("introspection_mode = post\nintrospection_url = " + m_authServer.introspectionUrl().toUtf8()
                   + "\nusername_attribute = email\nactive_attribute = active\nactive_value = true\n");
        conf.close();
        const QString oauthConfig = QStringLiteral("auth_mechanisms = plain login xoauth2 oauthbearer\n"
                                                   "passdb {\n  driver = oauth2\n  args = %1\n}\n").arg(confPath);
        m_dovecot.setExtraConfig(oauthConfig);
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        // Submission relays to the sink, which delivers into Dovecot over LMTP: a sent message arrives.
        const QString lmtp = QStringLiteral("127.0.0.1:%1").arg(m_dovecot.ports().lmtp);
        QVERIFY2(m_sink.start(m_dovecot.certificatePath(), m_dovecot.keyPath(), lmtp), qPrintable(m_sink.errorString()));
        m_dovecot.setExtraConfig(oauthConfig + QStringLiteral("submission_relay_port = %1\n").arg(m_sink.relayPort()));
        QVERIFY2(m_dovecot.restart(), qPrintable(m_dovecot.errorString()));

        const QByteArray pin = TlsTrust::fingerprint(QSslCertificate::fromPath(m_dovecot.certificatePath()).value(0));
        m_account.id = QStringLiteral("oauth-wire-%1").arg(QCoreApplication::applicationPid());
        m_account.displayName = QStringLiteral("Alice (OAuth2)");
        m_account.email = QStringLiteral("alice@example.test");
        m_account.userName = QStringLiteral("alice");
        m_account.imap = {QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, ConnectionSecurity::Tls};
        m_account.smtp = {QStringLiteral("127.0.0.1"), m_dovecot.ports().submissions, ConnectionSecurity::Tls};
        m_account.trustedCertificates = {{QStringLiteral("127.0.0.1"), m_account.imap.port, pin},
                                         {QStringLiteral("127.0.0.1"), m_account.smtp.port, pin}};
        m_account.authentication = AccountSettings::Authentication::OAuth2;
        m_account.oauth = OAuthProvider{QStringLiteral("loopback"), QUrl(m_authServer.authorizationUrl()),
                                        QUrl(m_authServer.tokenUrl()), ClientId, QString(), {QStringLiteral("mail")}}
                              .toJson();
        m_cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));

        m_authServer.setExpiresInSeconds(FirstTokenSeconds);
        QVERIFY(signIn());
        m_authServer.setExpiresInSeconds(3600); // refreshed tokens last
        QVERIFY2(!keychainPassword(), "the account must have no password: only the OAuth2 path can work");
    }

    void cleanupTestCase()
    {
        bool done = false;
        OAuthTokenStore(m_keychain).remove(m_account, [&](std::optional<Error>) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }

    void theOutboxSendsWithTheAccessToken()
    {
        const int refreshes = m_authServer.refreshes();
        QVERIFY(send(QStringLiteral("first, over XOAUTH2")));
        QCOMPARE(m_authServer.refreshes(), refreshes); // the first token was still fresh
        QVERIFY(m_authServer.acceptedIntrospections() > 0);
    }

    void theCoordinatorSyncsAfterTheTokenRanOut()
    {
        // Wait until the first token is inside the refresh margin: it "expired" for Kestrel.
        QVERIFY(QTest::qWaitFor([this] { return QDateTime::currentDateTimeUtc() > m_signedInAt.addSecs(FirstTokenSeconds - 59); },
                                20000));
        const int refreshes = m_authServer.refreshes();
        Sync::SyncCoordinator coordinator(m_cachePath, m_keychain);
        QSignalSpy finished(&coordinator, &Sync::SyncCoordinator::accountFinished);
        coordinator.sync(m_account);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 40000);
        const auto error = finished.first().at(1).value<std::optional<Error>>();
        QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
        QCOMPARE(m_authServer.refreshes(), refreshes + 1);
        QVERIFY(inboxCount() >= 1); // the message sent above, delivered to alice and now in the cache
    }

    void pushReconnectsWithAFreshTokenAndReportsNewMail()
    {
        Sync::SyncCoordinator coordinator(m_cachePath, m_keychain);
        QSignalSpy newMail(&coordinator, &Sync::SyncCoordinator::newMail);
        Sync::PushOptions options;
        options.backoff.initial = std::chrono::milliseconds(300);
        options.backoff.jitter = 0;
        coordinator.startPush(m_account, options);
        QTRY_VERIFY_WITH_TIMEOUT(coordinator.connectionStatus(m_account.id).state == Sync::ConnectionState::Online, 30000);

        // The provider forgets every access token (Kestrel's still looks fresh) and the server drops the
        // connection: the reconnect is refused once, refreshes, and logs in with the new token.
        const int refreshes = m_authServer.refreshes();
        const int rejected = m_authServer.rejectedIntrospections();
        m_authServer.expireAccessTokens();
        QVERIFY2(m_dovecot.restart(), qPrintable(m_dovecot.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_authServer.refreshes() == refreshes + 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(coordinator.connectionStatus(m_account.id).state == Sync::ConnectionState::Online, 30000);
        QVERIFY(m_authServer.rejectedIntrospections() >= rejected + 1);
        const auto status = coordinator.connectionStatus(m_account.id);
        QVERIFY2(!status.error, qPrintable(status.error ? status.error->toString() : QString()));

        QVERIFY(send(QStringLiteral("second, pushed")));
        QTRY_VERIFY_WITH_TIMEOUT(!newMail.isEmpty(), 30000);
        QCOMPARE(newMail.first().first().value<Sync::NewMail>().accountId, m_account.id);
        coordinator.stopPush(m_account.id);
    }

    void sendingRefreshesARefusedTokenOnceAndRetries()
    {
        // The provider forgets every access token while Kestrel's still looks fresh: submission answers
        // 535, the outbox refreshes once, logs in again and delivers (before: the message failed).
        m_authServer.expireAccessTokens();
        const int refreshes = m_authServer.refreshes();
        const int rejected = m_authServer.rejectedIntrospections();
        QVERIFY(send(QStringLiteral("third, after a refused token")));
        QCOMPARE(m_authServer.refreshes(), refreshes + 1);
        QVERIFY(m_authServer.rejectedIntrospections() >= rejected + 1);
    }

    void twoSourcesRefreshingAtOnceSpendTheRefreshTokenOnce()
    {
        // Like the sync's and the outbox's sources, both told to refresh in the same moment.
        OAuthTokenSource sync(m_keychain), outbox(m_keychain);
        QList<QString> tokens;
        const auto collect = [&](std::optional<QString> token, std::optional<Error> error) {
            QVERIFY2(token, qPrintable(error ? error->toString() : QString()));
            tokens << *token;
        };
        const int refreshes = m_authServer.refreshes();
        sync.accessToken(m_account, true, collect);
        outbox.accessToken(m_account, true, collect);
        QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 2, 20000);
        QCOMPARE(m_authServer.refreshes(), refreshes + 1);
        QCOMPARE(tokens[0], tokens[1]);
        const std::optional<OAuthTokens> before = loadTokens(m_account);
        QVERIFY(before);
        QCOMPARE(before->accessToken, tokens[0]);
        // A later refusal of that token refreshes again: the gate holds one refresh at a time, not all.
        outbox.accessToken(m_account, true, collect);
        QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 3, 20000);
        QCOMPARE(m_authServer.refreshes(), refreshes + 2);
        QVERIFY(tokens[2] != tokens[0]);
        // A source that read the keychain before that refresh saved (here: a keychain still holding the
        // earlier tokens) and is refused is handed the new token instead of spending the refresh token.
        CredentialStore staleKeychain(QStringLiteral("Kestrel-test-oauth-wire-stale"));
        bool saved = false;
        OAuthTokenStore(staleKeychain).save(m_account, *before, [&](std::optional<Error> error) { saved = !error; });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 10000);
        OAuthTokenSource late(staleKeychain);
        late.accessToken(m_account, true, collect);
        QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 4, 20000);
        QCOMPARE(tokens[3], tokens[2]);
        QCOMPARE(m_authServer.refreshes(), refreshes + 2);
        bool removed = false;
        OAuthTokenStore(staleKeychain).remove(m_account, [&](std::optional<Error>) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
    }

    void theConnectionTestLogsInWithTheToken()
    {
        OAuthTokenSource source(m_keychain); // what the wizard's sign-in offers for the new account
        OAuthTokenBroker::offer(m_account.id, &source);
        ConnectionTest test(m_account, QString()); // no password at all
        QSignalSpy imap(&test, &ConnectionTest::imapFinished);
        QSignalSpy smtp(&test, &ConnectionTest::smtpFinished);
        test.start();
        QTRY_VERIFY_WITH_TIMEOUT(imap.size() == 1 && smtp.size() == 1, 30000);
        const auto imapResult = imap.first().first().value<ConnectionTestResult>();
        const auto smtpResult = smtp.first().first().value<ConnectionTestResult>();
        QVERIFY2(imapResult.ok(), qPrintable(imapResult.error ? imapResult.error->toString() : QString()));
        QCOMPARE(imapResult.mechanism, QByteArray("OAUTHBEARER"));
        QVERIFY2(smtpResult.ok(), qPrintable(smtpResult.error ? smtpResult.error->toString() : QString()));
    }

    void removingTheAccountRemovesItsTokens()
    {
        AccountSettings other = m_account;
        other.id += QStringLiteral("-removed");
        bool saved = false;
        OAuthTokenStore(m_keychain).save(other, OAuthTokens{QStringLiteral("a"), QStringLiteral("r"),
                                                            QDateTime::currentDateTimeUtc().addSecs(3600)},
                                         [&](std::optional<Error> error) { saved = !error; });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 10000);
        Ui::AccountStorage storage(m_dir.filePath(QStringLiteral("accounts.json")), QString(), m_keychain);
        storage.remove(other);
        QTRY_VERIFY_WITH_TIMEOUT(!loadTokens(other), 10000);
    }

    // Last: it leaves the provider with none of the tokens the test's own keychain entry holds.
    void kestrelCliSyncsTheAccountAndRefreshesARefusedToken()
    {
        // The CLI's profile and keychain service ("Kestrel", in this run's private keyring).
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QVERIFY(!AccountRepository(profile.filePath(QStringLiteral("accounts.json"))).save({m_account}));
        CredentialStore cliKeychain(QStringLiteral("Kestrel"));
        std::optional<OAuthTokens> tokens;
        bool done = false;
        OAuthTokenStore(m_keychain).load(m_account, [&](std::optional<OAuthTokens> loaded, std::optional<Error>) {
            tokens = loaded;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(tokens);
        done = false;
        OAuthTokenStore(cliKeychain).save(m_account, *tokens, [&](std::optional<Error> error) { done = !error; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);

        m_authServer.expireAccessTokens(); // the CLI's first attempt is refused, then it refreshes
        const int refreshes = m_authServer.refreshes();
        // Not a blocking wait: the authorization server answers from this process's event loop.
        QProcess cli;
        cli.start(QStringLiteral(KESTREL_CLI), {QStringLiteral("--profile"), profile.path(), QStringLiteral("sync")});
        QVERIFY(QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 60000));
        const QByteArray out = cli.readAllStandardOutput(), err = cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, err.constData());
        QVERIFY2(out.contains("new,"), out.constData());
        QCOMPARE(m_authServer.refreshes(), refreshes + 1);

        done = false;
        OAuthTokenStore(cliKeychain).remove(m_account, [&](std::optional<Error>) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }

private:
    bool signIn()
    {
        OAuthSignIn flow(OAuthProvider::fromAccount(m_account).value());
        connect(&flow, &OAuthSignIn::openBrowser, this, [this](const QUrl &url) {
            QNetworkReply *reply = m_browser.get(QNetworkRequest(url)); // the "system browser"
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        QSignalSpy succeeded(&flow, &OAuthSignIn::succeeded);
        QSignalSpy failed(&flow, &OAuthSignIn::failed);
        flow.start(20);
        if (!QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, 20000) || succeeded.isEmpty())
            return false;
        m_signedInAt = QDateTime::currentDateTimeUtc();
        bool saved = false;
        OAuthTokenStore(m_keychain).save(m_account, succeeded.first().first().value<OAuthTokens>(),
                                         [&](std::optional<Error> error) { saved = !error; });
        return QTest::qWaitFor([&] { return saved; }, 10000);
    }

    std::optional<OAuthTokens> loadTokens(const AccountSettings &account)
    {
        std::optional<OAuthTokens> tokens;
        bool done = false;
        OAuthTokenStore(m_keychain).load(account, [&](std::optional<OAuthTokens> loaded, std::optional<Error>) {
            tokens = loaded;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return tokens;
    }

    std::optional<QString> keychainPassword()
    {
        std::optional<QString> password;
        bool done = false;
        m_keychain.read(m_account.secretKey(), [&](std::optional<QString> secret, std::optional<Error>) {
            password = secret;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return password;
    }

    // Sends alice a message through the Outbox; true when it was delivered and filed.
    bool send(const QString &subject)
    {
        Send::Outbox outbox(m_cachePath, m_keychain);
        QSignalSpy completed(&outbox, &Send::Outbox::completed);
        QSignalSpy failed(&outbox, &Send::Outbox::failed);
        OutgoingMessage message;
        message.accountId = m_account.id;
        message.from = {QStringLiteral("Alice"), m_account.email};
        message.to = {{QStringLiteral("Alice"), m_account.email}};
        message.subject = subject;
        message.body = QStringLiteral("Sent with an OAuth2 access token.\n");
        const qsizetype before = m_sink.storedMessages().size();
        outbox.submit(m_account, message);
        if (!QTest::qWaitFor([&] { return !completed.isEmpty() || !failed.isEmpty(); }, 40000) || !failed.isEmpty()) {
            qWarning("send failed: %s", failed.isEmpty() ? "timeout" : qPrintable(failed.first().at(1).value<Error>().toString()));
            return false;
        }
        return m_sink.storedMessages().size() == before + 1;
    }

    int inboxCount()
    {
        Database db;
        if (db.open(m_cachePath, Database::Access::ReadOnly))
            return -1;
        std::optional<FolderInfo> inbox;
        if (FolderStore(db).findFolder(m_account.id, QStringLiteral("INBOX"), inbox) || !inbox)
            return -1;
        return int(inbox->totalCount);
    }

    LoopbackOAuthServer m_authServer{QStringLiteral("alice"), ClientId};
    DovecotServer m_dovecot;
    SmtpSink m_sink;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_browser;
    CredentialStore m_keychain{QStringLiteral("Kestrel-test-oauth-wire")};
    AccountSettings m_account;
    QString m_cachePath;
    QDateTime m_signedInAt;
};

QTEST_GUILESS_MAIN(TestOAuthWire)
#include "tst_oauth_wire.moc"
