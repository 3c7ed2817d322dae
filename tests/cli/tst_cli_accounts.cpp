// kestrel-cli account add / accounts / account remove: settings in the profile, the password only in
// the keychain (gnome-keyring of scripts/test's private D-Bus session).
#include "CliRunner.h"

#include "account/CredentialStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Kestrel::CredentialStore;
using Kestrel::Test::runCli;

namespace {

const QByteArray Password = "Sekr3t-пароль-${unique}";

QStringList addArguments(const QString &profile, const QString &name)
{
    return {QStringLiteral("--profile"), profile, QStringLiteral("account"), QStringLiteral("add"),
            QStringLiteral("--name"), name, QStringLiteral("--email"), QStringLiteral("alice@example.test"),
            QStringLiteral("--user"), QStringLiteral("alice"),
            QStringLiteral("--imap-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--imap-port"), QStringLiteral("993"),
            QStringLiteral("--imap-security"), QStringLiteral("tls"),
            QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--smtp-port"), QStringLiteral("587"),
            QStringLiteral("--smtp-security"), QStringLiteral("starttls"),
            QStringLiteral("--trust-certificate"), QStringLiteral("AB:CD:EF"), QStringLiteral("--password-stdin")};
}

std::optional<QString> keychainRead(const QString &key)
{
    CredentialStore store;
    std::optional<QString> result;
    bool done = false;
    store.read(key, [&](std::optional<QString> secret, std::optional<Kestrel::Error>) {
        result = secret;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("keychain read timed out");
    return result;
}

} // namespace

class TestCliAccounts : public QObject
{
    Q_OBJECT
private slots:
    void addListRemove()
    {
        QTemporaryDir profile;
        const auto added = runCli(addArguments(profile.path(), QStringLiteral("Work mail")), Password + "\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(added.out.contains("work-mail"));

        const auto duplicate = runCli(addArguments(profile.path(), QStringLiteral("Work mail")), Password + "\n");
        QCOMPARE(duplicate.exitCode, 2);
        QVERIFY(duplicate.err.contains("already exists"));

        const auto listed = runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("--json"), QStringLiteral("accounts")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray accounts = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject account = accounts.first().toObject();
        QCOMPARE(account.value(QStringLiteral("id")).toString(), QStringLiteral("work-mail"));
        QCOMPARE(account.value(QStringLiteral("imap")).toObject().value(QStringLiteral("port")).toInt(), 993);
        QCOMPARE(account.value(QStringLiteral("trustedCertificates")).toArray().first().toObject()
                     .value(QStringLiteral("sha256")).toString(), QStringLiteral("abcdef"));
        QVERIFY(!listed.out.contains(Password));

        QCOMPARE(keychainRead(QStringLiteral("account:work-mail")), std::optional<QString>(QString::fromUtf8(Password)));
        assertProfileHasNoPassword(profile.path());

        const auto removed = runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("account"),
                                     QStringLiteral("remove"), QStringLiteral("Work mail")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(keychainRead(QStringLiteral("account:work-mail")), std::optional<QString>());
        const auto empty = runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("--json"), QStringLiteral("accounts")});
        QCOMPARE(QJsonDocument::fromJson(empty.out).array().size(), 0);
    }

    void badArgumentsAreClearErrors()
    {
        QTemporaryDir profile;
        QStringList args = addArguments(profile.path(), QStringLiteral("x"));
        args[args.indexOf(QStringLiteral("tls"))] = QStringLiteral("ssl3");
        const auto result = runCli(args, Password + "\n");
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("--imap-security"), result.err.constData());
        const auto unknown = runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("Usage:"));
        QStringList badPrefetch = addArguments(profile.path(), QStringLiteral("y"));
        badPrefetch << QStringLiteral("--prefetch") << QStringLiteral("all");
        const auto prefetch = runCli(badPrefetch, Password + "\n");
        QCOMPARE(prefetch.exitCode, 2);
        QVERIFY2(prefetch.err.contains("--prefetch is none, text or everything"), prefetch.err.constData());
    }

    void prefetchSettingIsStored()
    {
        QTemporaryDir profile;
        QStringList args = addArguments(profile.path(), QStringLiteral("Prefetching"));
        args << QStringLiteral("--prefetch") << QStringLiteral("everything") << QStringLiteral("--prefetch-days") << QStringLiteral("7");
        QCOMPARE(runCli(args, Password + "\n").exitCode, 0);
        const auto listed = runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("--json"), QStringLiteral("accounts")});
        QVERIFY2(listed.out.contains("\"prefetch\": \"everything\"") && listed.out.contains("\"prefetchDays\": 7"), listed.out.constData());
        runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Prefetching")});
    }

private:
    void assertProfileHasNoPassword(const QString &profile)
    {
        QDirIterator it(profile, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(Password), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files >= 1); // accounts.json at least
    }
};

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
