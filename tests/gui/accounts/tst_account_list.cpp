// The account list, offscreen, on a real profile: accounts.json, a real SQLite cache file and the real
// keyring (gnome-keyring in the test's D-Bus session). Remove asks first and then deletes the cached
// rows and the keychain entry; Cancel deletes nothing; Disable and reordering are saved at once.
#include "accounts/AccountListDialog.h"
#include "accounts/AccountSettingsForm.h"
#include "accounts/AccountStorage.h"
#include "accounts/AccountWizard.h"
#include "accounts/ServerSettingsEditor.h"

#include "account/AccountRepository.h"
#include "account/CredentialStore.h"
#include "cache/AccountStore.h"
#include "cache/Database.h"

#include <QDirIterator>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Kestrel;
using namespace Kestrel::Ui;

class TestAccountList : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_credentials = std::make_unique<CredentialStore>(QStringLiteral("Kestrel-test"));
        m_accounts.clear();
        const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces); // keyring entries of this run only
        for (const QString &name : {QStringLiteral("Work"), QStringLiteral("Home"), QStringLiteral("Club")}) {
            AccountSettings account;
            account.id = name.toLower() + QLatin1Char('-') + run;
            account.displayName = name;
            account.email = name.toLower() + QStringLiteral("@example.test");
            account.userName = account.email;
            account.imap = {QStringLiteral("imap.example.test"), 993, ConnectionSecurity::Tls};
            account.smtp = {QStringLiteral("smtp.example.test"), 465, ConnectionSecurity::Tls};
            m_accounts << account;
        }
        QVERIFY(!AccountRepository(accountsFile()).save(m_accounts));
        Database cache;
        QVERIFY(!cache.open(cachePath()));
        for (const AccountSettings &account : std::as_const(m_accounts)) {
            QVERIFY(!AccountStore(cache).ensureAccount(account.id, account.displayName));
            QVERIFY(writeSecret(account.secretKey(), QStringLiteral("pw-") + account.displayName));
        }
    }

    void cleanup()
    {
        for (const AccountSettings &account : std::as_const(m_accounts))
            m_credentials->remove(account.secretKey(), [](std::optional<Error>) {});
        QTest::qWait(200); // let the keyring take the removals before the next test's writes
    }

    void removeAsksThenDeletesCacheRowsAndKeychainEntry()
    {
        AccountStorage storage(accountsFile(), cachePath(), *m_credentials);
        AccountListDialog dialog(m_accounts, &storage);
        dialog.show();
        dialog.list()->setCurrentRow(1); // Home
        QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        QVERIFY(dialog.confirmation() && dialog.confirmation()->isVisible());
        QVERIFY(dialog.confirmation()->text().contains(QLatin1String("Home")));
        QCOMPARE(dialog.accounts().size(), 3); // nothing happens before the answer
        QSignalSpy done(&storage, &AccountStorage::done);
        QTest::mouseClick(dialog.confirmation()->button(QMessageBox::Yes), Qt::LeftButton);
        QCOMPARE(dialog.accounts().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 2, 10000); // accounts.json saved, cache rows deleted

        QCOMPARE(cachedIds(), (QStringList{m_accounts[2].id, m_accounts[0].id})); // sorted: club-, work-
        QCOMPARE(readSecret(m_accounts[1].secretKey()), std::optional<QString>());
        QCOMPARE(readSecret(m_accounts[0].secretKey()), std::optional<QString>(QStringLiteral("pw-Work")));
        QList<AccountSettings> saved;
        QVERIFY(!AccountRepository(accountsFile()).load(saved));
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved[1].displayName, QStringLiteral("Club"));
    }

    void cancellingTheConfirmationRemovesNothing()
    {
        AccountStorage storage(accountsFile(), cachePath(), *m_credentials);
        AccountListDialog dialog(m_accounts, &storage);
        dialog.show();
        dialog.list()->setCurrentRow(0);
        QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        QVERIFY(dialog.confirmation());
        QTest::mouseClick(dialog.confirmation()->button(QMessageBox::Cancel), Qt::LeftButton);
        QTest::qWait(300);
        QCOMPARE(dialog.accounts().size(), 3);
        QCOMPARE(cachedIds().size(), 3);
        QCOMPARE(readSecret(m_accounts[0].secretKey()), std::optional<QString>(QStringLiteral("pw-Work")));
    }

    void disableAndReorderAreSaved()
    {
        AccountStorage storage(accountsFile(), cachePath(), *m_credentials);
        AccountListDialog dialog(m_accounts, &storage);
        QSignalSpy changed(&dialog, &AccountListDialog::accountsChanged);
        QSignalSpy done(&storage, &AccountStorage::done);
        dialog.show();
        dialog.list()->setCurrentRow(2); // Club
        QTest::mouseClick(dialog.enableButton(), Qt::LeftButton);
        QCOMPARE(dialog.enableButton()->text(), QStringLiteral("&Enable"));
        QVERIFY(dialog.list()->item(2)->text().contains(QLatin1String("disabled")));
        QVERIFY(dialog.upButton()->isEnabled());
        QTest::mouseClick(dialog.upButton(), Qt::LeftButton);
        QTest::mouseClick(dialog.upButton(), Qt::LeftButton);
        QVERIFY(!dialog.upButton()->isEnabled()); // at the top now
        QCOMPARE(changed.size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 3, 10000);
        QList<AccountSettings> saved;
        QVERIFY(!AccountRepository(accountsFile()).load(saved));
        QCOMPARE(saved.size(), 3);
        QCOMPARE(saved[0].displayName, QStringLiteral("Club"));
        QVERIFY(!saved[0].enabled);
        QCOMPARE(saved[1].displayName, QStringLiteral("Work"));
        QVERIFY(saved[1].enabled);
    }

    void anAddedAccountsPasswordGoesOnlyToTheKeychain()
    {
        AccountStorage storage(accountsFile(), cachePath(), *m_credentials);
        AccountListDialog dialog(m_accounts, &storage);
        QSignalSpy done(&storage, &AccountStorage::done);
        dialog.show();
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        AccountWizard *wizard = dialog.wizard();
        QVERIFY(wizard && wizard->isVisible());
        const QString password = QStringLiteral("Pa55-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTest::keyClicks(wizard->emailEdit(), QStringLiteral("new@example.test"));
        QTest::keyClicks(wizard->passwordEdit(), password);
        QTest::mouseClick(wizard->manualButton(), Qt::LeftButton);
        QTest::keyClicks(wizard->form()->imapEditor()->hostEdit(), QStringLiteral("imap.example.test"));
        QTest::keyClicks(wizard->form()->smtpEditor()->hostEdit(), QStringLiteral("smtp.example.test"));
        QTest::mouseClick(wizard->finishButton(), Qt::LeftButton);
        QCOMPARE(dialog.accounts().size(), 4);
        const AccountSettings added = dialog.accounts().last();
        m_accounts << added; // cleaned up with the others
        QCOMPARE(added.email, QStringLiteral("new@example.test"));
        QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 2, 10000); // keychain written, accounts.json saved
        QCOMPARE(readSecret(added.secretKey()), std::optional<QString>(password));
        QDirIterator files(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY(checked >= 2); // accounts.json and the cache at least
    }

private:
    QString accountsFile() const { return m_dir->filePath(QStringLiteral("accounts.json")); }
    QString cachePath() const { return m_dir->filePath(QStringLiteral("cache.sqlite")); }

    QStringList cachedIds() const
    {
        Database cache;
        if (cache.open(cachePath()))
            return {QStringLiteral("<cannot open>")};
        QList<AccountStore::Entry> entries;
        AccountStore(cache).accounts(entries);
        QStringList ids;
        for (const auto &entry : entries)
            ids << entry.id;
        ids.sort();
        return ids;
    }

    bool writeSecret(const QString &key, const QString &secret)
    {
        bool ok = false, finished = false;
        m_credentials->write(key, secret, [&](std::optional<Error> error) {
            ok = !error;
            finished = true;
        });
        return QTest::qWaitFor([&] { return finished; }, 10000) && ok;
    }

    std::optional<QString> readSecret(const QString &key)
    {
        std::optional<QString> secret = QStringLiteral("<no answer>");
        bool finished = false;
        m_credentials->read(key, [&](std::optional<QString> value, std::optional<Error>) {
            secret = value;
            finished = true;
        });
        if (!QTest::qWaitFor([&] { return finished; }, 10000))
            return QStringLiteral("<keyring did not answer>");
        return secret;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CredentialStore> m_credentials;
    QList<AccountSettings> m_accounts;
};

QTEST_MAIN(TestAccountList)
#include "tst_account_list.moc"
