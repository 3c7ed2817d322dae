// accounts.json: round trip, missing file, damaged file, newer format, and no secret ever written.
#include "account/AccountRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;

class TestAccountRepository : public QObject
{
    Q_OBJECT
private slots:
    void findsAnAccountByIdOnly()
    {
        AccountSettings work;
        work.id = QStringLiteral("acc-work");
        work.displayName = QStringLiteral("acc-home"); // a name is not an id
        AccountSettings home;
        home.id = QStringLiteral("acc-home");
        home.displayName = QStringLiteral("Home");
        const QList<AccountSettings> accounts{work, home};
        QCOMPARE(findAccount(accounts, QStringLiteral("acc-home")).value_or(AccountSettings{}).displayName,
                 QStringLiteral("Home"));
        QCOMPARE(findAccount(accounts, QStringLiteral("acc-work")).value_or(AccountSettings{}).id, QStringLiteral("acc-work"));
        QVERIFY(!findAccount(accounts, QStringLiteral("Home")));
        QVERIFY(!findAccount({}, QStringLiteral("acc-home")));
    }

    void roundTripsEveryField()
    {
        QTemporaryDir dir;
        const AccountRepository repository(dir.filePath(QStringLiteral("accounts.json")));
        AccountSettings alice;
        alice.id = QStringLiteral("a1");
        alice.displayName = QStringLiteral("Алиса (work)");
        alice.email = QStringLiteral("alice@example.test");
        alice.userName = QStringLiteral(R"(alice@example.test\shared)");
        alice.imap = {QStringLiteral("imap.example.test"), 993, ConnectionSecurity::Tls};
        alice.smtp = {QStringLiteral("smtp.example.test"), 587, ConnectionSecurity::StartTls};
        alice.trustedCertificates = {{QStringLiteral("imap.example.test"), 993, QByteArray(64, 'a')}};
        alice.enabled = false;
        AccountSettings bob = alice;
        bob.id = QStringLiteral("b2");
        bob.imap.security = ConnectionSecurity::None;
        bob.prefetch = AccountSettings::Prefetch::Everything;
        bob.prefetchDays = 7;
        bob.pushFolders = {QStringLiteral("INBOX"), QStringLiteral("Lists/Кестрел")};
        alice.prefetch = AccountSettings::Prefetch::None;

        QVERIFY(!repository.save({alice, bob}));
        QList<AccountSettings> loaded;
        QVERIFY(!repository.load(loaded));
        QCOMPARE(loaded.size(), 2);
        QVERIFY(loaded[0] == alice);
        QVERIFY(loaded[1] == bob);
    }

    void olderFilesGetTheDefaultPrefetch()
    {
        const AccountSettings old = AccountSettings::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}});
        QCOMPARE(old.prefetch, AccountSettings::Prefetch::Text);
        QCOMPARE(old.prefetchDays, 30);
        QCOMPARE(old.pushFolders, QStringList{QStringLiteral("INBOX")});
    }

    void missingFileIsEmpty()
    {
        QTemporaryDir dir;
        QList<AccountSettings> loaded{AccountSettings{}};
        QVERIFY(!AccountRepository(dir.filePath(QStringLiteral("none.json"))).load(loaded));
        QVERIFY(loaded.isEmpty());
    }

    void damagedOrNewerFileIsAClearError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("damaged") << QByteArray("{\"accounts\": [") << QStringLiteral("damaged");
        QTest::newRow("newer") << QByteArray(R"({"version": 99, "accounts": []})") << QStringLiteral("newer Kestrel");
    }

    void damagedOrNewerFileIsAClearError()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QList<AccountSettings> loaded;
        const auto error = AccountRepository(path).load(loaded);
        QVERIFY(error);
        QVERIFY2(error->userMessage.contains(expected), qPrintable(error->userMessage));
        QVERIFY(error->userMessage.contains(path));
    }

    void unknownSecurityNeverWeakens()
    {
        bool ok = true;
        QVERIFY(connectionSecurityFromString(QStringLiteral("bogus"), &ok) == ConnectionSecurity::Tls);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestAccountRepository)
#include "tst_account_repository.moc"
