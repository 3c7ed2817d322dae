// No keychain service (issue 7, "Secrets"): on a D-Bus session bus without a Secret Service the
// CredentialStore says so instead of failing vaguely or falling back to a file; the password typed into
// the prompt is held in memory for this session, asked for once, and the account syncs with it against
// the real Dovecot. Afterwards neither the home folder nor the profile holds the password, nor its
// base64, nor its SASL PLAIN form, and the protocol log has none of them either.
#include "DovecotServer.h"
#include "PrivateSessionBus.h"

#include "accounts/SessionPasswordHandler.h"
#include "accounts/SessionPasswordPrompt.h"

#include "account/CredentialStore.h"
#include "cache/Database.h"
#include "net/ProtocolLog.h"
#include "sync/SyncCoordinator.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Kestrel;
using namespace Kestrel::Ui;
using Kestrel::Test::DovecotServer;

namespace {

// Distinctive, so that finding it anywhere means it leaked (Dovecot's users get it through PASS).
const QString Password = QStringLiteral("Nk7fGrepMe20zq");
const QString Service = QStringLiteral("Kestrel-test-nokeychain");

QList<QByteArray> forbiddenForms(const QString &user)
{
    const QByteArray password = Password.toUtf8();
    const QByteArray name = user.toUtf8();
    const QByteArray plain = QByteArray(1, '\0') + name + QByteArray(1, '\0') + password;        // RFC 4616
    const QByteArray plainWithAuthzid = name + QByteArray(1, '\0') + name + QByteArray(1, '\0') + password;
    return {password, password.toBase64(), QByteArray(plain).toBase64(), QByteArray(plainWithAuthzid).toBase64()};
}

struct ReadResult {
    bool done = false;
    std::optional<QString> secret;
    std::optional<Error> error;
};

} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT
public:
    explicit TestNoKeychain(QString home)
        : m_home(std::move(home))
    {
    }

private slots:
    void initTestCase()
    {
        qputenv("PASS", Password.toUtf8()); // start-dovecot.sh gives every user this password
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        ProtocolLog::setApplicationLog(&m_log);
        m_account.id = QStringLiteral("no-keychain");
        m_account.displayName = QStringLiteral("Nowhere");
        m_account.userName = QStringLiteral("alice");
        m_account.imap = {QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, ConnectionSecurity::Tls};
        const QByteArray pin = QSslCertificate::fromPath(m_dovecot.certificatePath()).value(0).digest(QCryptographicHash::Sha256).toHex();
        m_account.trustedCertificates = {{QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, pin}};
        Database migrate;
        QVERIFY(!migrate.open(cachePath()));
    }

    void storeReportsNoKeychain()
    {
        CredentialStore store(Service);
        const ReadResult result = read(store, QStringLiteral("account:nothing-here"));
        QVERIFY(result.done);
        QVERIFY(!result.secret);
        QVERIFY(result.error);
        QVERIFY2(CredentialStore::isNoKeychain(*result.error), qPrintable(result.error->toString()));
        QVERIFY(result.error->userMessage.contains(QLatin1String("No keychain")));
        QVERIFY(result.error->userMessage.contains(QLatin1String("never written to disk")));
        QVERIFY(store.keychainMissing());
    }

    void writeKeepsTheSecretForThisSessionAndSaysSo()
    {
        CredentialStore store(Service);
        std::optional<Error> writeError;
        bool written = false;
        store.write(QStringLiteral("account:session-only"), QStringLiteral("typed once"), [&](std::optional<Error> error) {
            writeError = error;
            written = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
        QVERIFY(writeError && CredentialStore::isNoKeychain(*writeError)); // the caller learns it will not last
        CredentialStore other(Service); // another store of the process sees it too
        QCOMPARE(read(other, QStringLiteral("account:session-only")).secret, std::optional<QString>(QStringLiteral("typed once")));
        bool removed = false;
        other.remove(QStringLiteral("account:session-only"), [&](std::optional<Error> error) { removed = !error; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
        QVERIFY(!store.hasSessionSecret(QStringLiteral("account:session-only")));
    }

    void promptAsksOnceThenTheAccountSyncs()
    {
        CredentialStore credentials(Service);
        QList<AccountSettings> accounts{m_account};
        Sync::SyncCoordinator coordinator(cachePath(), credentials);
        QWidget window;
        SessionPasswordHandler handler(coordinator, credentials, [&] { return accounts; }, &window);
        QSignalSpy finished(&coordinator, &Sync::SyncCoordinator::accountFinished);

        coordinator.sync(m_account);
        QTRY_VERIFY_WITH_TIMEOUT(handler.promptFor(m_account.id) && handler.promptFor(m_account.id)->isVisible(), 10000);
        SessionPasswordPrompt *prompt = handler.promptFor(m_account.id);
        QVERIFY(!prompt->isModal());
        QVERIFY(prompt->reasonLabel()->text().contains(QLatin1String("No keychain"))); // says why
        QVERIFY(CredentialStore::isNoKeychain(*finished[0][1].value<std::optional<Error>>()));

        coordinator.sync(m_account); // a second sync meanwhile: the same prompt, not another
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(handler.promptsShown(), 1);

        QTest::keyClicks(prompt->passwordEdit(), Password);
        QTest::mouseClick(prompt->okButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
        const auto synced = finished[2][1].value<std::optional<Error>>();
        QVERIFY2(!synced, synced ? qPrintable(synced->toString()) : "");

        coordinator.sync(m_account); // the session remembers it: no prompt
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 30000);
        QVERIFY(!finished[3][1].value<std::optional<Error>>());
        QCOMPARE(handler.promptsShown(), 1);
    }

    void cancellingLeavesTheAccountOfflineWithoutAskingAgain()
    {
        CredentialStore credentials(Service);
        AccountSettings other = m_account;
        other.id = QStringLiteral("no-keychain-cancelled");
        QList<AccountSettings> accounts{other};
        Sync::SyncCoordinator coordinator(cachePath(), credentials);
        QWidget window;
        SessionPasswordHandler handler(coordinator, credentials, [&] { return accounts; }, &window);
        QSignalSpy status(&handler, &SessionPasswordHandler::statusMessage);
        QSignalSpy finished(&coordinator, &Sync::SyncCoordinator::accountFinished);
        coordinator.sync(other);
        QTRY_VERIFY_WITH_TIMEOUT(handler.promptFor(other.id), 10000);
        handler.promptFor(other.id)->reject();
        QCOMPARE(status.size(), 1);
        QVERIFY(status[0][0].toString().contains(QLatin1String("offline")));
        coordinator.sync(other);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(handler.promptsShown(), 1);
        QCOMPARE(status.size(), 2);
    }

    void thePasswordIsNowhereOnDiskNorInTheLog()
    {
        // The log saw the login (redacted), so it was recording while the password was used.
        const QList<ProtocolLog::Entry> entries = m_log.entries();
        QVERIFY(!entries.isEmpty());
        bool sawLogin = false;
        QByteArray logText;
        for (const ProtocolLog::Entry &entry : entries) {
            logText += entry.text + '\n';
            sawLogin = sawLogin || entry.text.contains("LOGIN") || entry.text.contains("AUTHENTICATE");
        }
        QVERIFY(sawLogin);
        const QList<QByteArray> forms = forbiddenForms(m_account.userName);
        for (const QByteArray &form : forms)
            QVERIFY2(!logText.contains(form), form.constData());

        int files = 0;
        for (const QString &root : {m_home, m_profile.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                ++files;
                const QByteArray content = file.readAll();
                for (const QByteArray &form : forms)
                    QVERIFY2(!content.contains(form), qPrintable(file.fileName()));
            }
        }
        QVERIFY(files > 0); // the cache file at least
    }

private:
    QString cachePath() const { return m_profile.filePath(QStringLiteral("cache.sqlite")); }

    static ReadResult read(CredentialStore &store, const QString &key)
    {
        ReadResult result;
        store.read(key, [&result](std::optional<QString> secret, std::optional<Error> error) {
            result.secret = secret;
            result.error = error;
            result.done = true;
        });
        (void)QTest::qWaitFor([&] { return result.done; }, 10000); // result.done tells the caller
        return result;
    }

    QString m_home;
    DovecotServer m_dovecot;
    QTemporaryDir m_profile{m_home + QStringLiteral("/profile-XXXXXX")};
    ProtocolLog m_log;
    AccountSettings m_account;
};

int main(int argc, char **argv)
{
    // A home of the test's own, so that anything written "somewhere in the user's files" is found.
    QTemporaryDir home;
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(variable, home.path().toLocal8Bit());
    Kestrel::Test::PrivateSessionBus bus;
    if (!bus.start()) {
        fprintf(stderr, "could not start a private D-Bus session bus (dbus-daemon)\n");
        return 1;
    }
    QApplication app(argc, argv);
    TestNoKeychain test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_no_keychain.moc"
