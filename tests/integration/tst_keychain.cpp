// A password round-trips through CredentialStore -> QtKeychain -> Secret Service (gnome-keyring in the
// dbus session that scripts/test starts).
#include "account/CredentialStore.h"

#include <QTest>
#include <QUuid>

using Kestrel::CredentialStore;
using Kestrel::Error;

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void passwordRoundTrips()
    {
        CredentialStore store(QStringLiteral("Kestrel-test"));
        const QString key = QStringLiteral("imap:alice@example.test:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString password = QStringLiteral("pä$$ wörd ключ");

        bool written = false;
        store.write(key, password, [&](std::optional<Error> error) {
            QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
            written = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);

        std::optional<QString> readBack;
        bool read = false;
        store.read(key, [&](std::optional<QString> secret, std::optional<Error> error) {
            QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
            readBack = secret;
            read = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(read, 10000);
        QCOMPARE(readBack, std::optional<QString>(password));

        bool removed = false;
        store.remove(key, [&](std::optional<Error> error) {
            QVERIFY(!error);
            removed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);

        bool readAgain = false;
        store.read(key, [&](std::optional<QString> secret, std::optional<Error> error) {
            QVERIFY(!error);
            QVERIFY2(!secret, "a removed entry is gone");
            readAgain = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(readAgain, 10000);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
