// The account editor's per-account options (issue 7), offscreen: sync window, IDLE folders, Sent /
// Drafts / Trash choices among the account's cached folders (read from a real SQLite cache off the GUI
// thread), identities with signatures; what the editor shows is what Finish saves to accounts.json.
#include "accounts/AccountListDialog.h"
#include "accounts/AccountOptionsForm.h"
#include "accounts/AccountSettingsForm.h"
#include "accounts/AccountStorage.h"
#include "accounts/AccountWizard.h"
#include "accounts/IdentitiesEditor.h"

#include "account/AccountRepository.h"
#include "account/CredentialStore.h"
#include "cache/AccountStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Ui;

namespace {

AccountSettings sample()
{
    AccountSettings account;
    account.id = QStringLiteral("options-test");
    account.displayName = QStringLiteral("Work");
    account.email = QStringLiteral("ann@example.test");
    account.userName = account.email;
    account.imap = {QStringLiteral("imap.example.test"), 993, ConnectionSecurity::Tls};
    account.smtp = {QStringLiteral("smtp.example.test"), 465, ConnectionSecurity::Tls};
    account.syncWindowDays = 30;
    account.pushFolders = {QStringLiteral("INBOX"), QStringLiteral("Lists")};
    account.sentFolder = QStringLiteral("Sent Items");
    account.identities = {{QStringLiteral("Ann"), QStringLiteral("ann@example.test"), QStringLiteral("Ann\nWork")}};
    return account;
}

QStringList boxItems(const QComboBox *box)
{
    QStringList items;
    for (int i = 0; i < box->count(); ++i)
        items << box->itemText(i);
    return items;
}

QStringList checkedFolders(const QListWidget *list)
{
    QStringList checked;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            checked << list->item(i)->text();
    }
    return checked;
}

} // namespace

class TestAccountOptions : public QObject
{
    Q_OBJECT
private slots:
    void formShowsAndReturnsTheOptions()
    {
        AccountSettingsForm form;
        form.setSettings(sample());
        form.setFolderChoices({QStringLiteral("INBOX"), QStringLiteral("Sent Items"), QStringLiteral("Drafts"),
                               QStringLiteral("Trash"), QStringLiteral("Lists"), QStringLiteral("Old")});
        AccountOptionsForm *options = form.options();
        QCOMPARE(options->syncWindowBox()->value(), 30);
        QCOMPARE(options->sentBox()->currentText(), QStringLiteral("Sent Items"));
        QCOMPARE(options->draftsBox()->currentIndex(), 0); // "Automatic"
        QCOMPARE(boxItems(options->trashBox()).mid(1), (QStringList{QStringLiteral("INBOX"), QStringLiteral("Sent Items"),
                                                                     QStringLiteral("Drafts"), QStringLiteral("Trash"),
                                                                     QStringLiteral("Lists"), QStringLiteral("Old")}));
        QCOMPARE(checkedFolders(options->pushFolderList()), (QStringList{QStringLiteral("INBOX"), QStringLiteral("Lists")}));

        options->syncWindowBox()->setValue(0);
        QCOMPARE(options->syncWindowBox()->text(), options->syncWindowBox()->specialValueText()); // "All mail"
        options->trashBox()->setCurrentText(QStringLiteral("Old"));
        options->sentBox()->setCurrentIndex(0);
        options->pushFolderList()->item(1)->setCheckState(Qt::Checked); // "Sent Items"
        options->pushFolderList()->findItems(QStringLiteral("Lists"), Qt::MatchExactly).value(0)->setCheckState(Qt::Unchecked);

        const AccountSettings edited = form.settings();
        QCOMPARE(edited.syncWindowDays, 0);
        QCOMPARE(edited.trashFolder, QStringLiteral("Old"));
        QCOMPARE(edited.sentFolder, QString());
        QCOMPARE(edited.draftsFolder, QString());
        QCOMPARE(edited.pushFolders, (QStringList{QStringLiteral("INBOX"), QStringLiteral("Sent Items")}));
        QCOMPARE(edited.identities, sample().identities);
    }

    void aChosenFolderNotCachedStaysChosen()
    {
        AccountSettingsForm form;
        form.setSettings(sample());
        form.setFolderChoices({QStringLiteral("INBOX")}); // "Sent Items" is not cached (yet)
        QCOMPARE(form.options()->sentBox()->currentText(), QStringLiteral("Sent Items"));
        QCOMPARE(form.settings().sentFolder, QStringLiteral("Sent Items"));
        QVERIFY(checkedFolders(form.options()->pushFolderList()).contains(QStringLiteral("Lists")));
    }

    void identitiesAreAddedEditedAndRemoved()
    {
        AccountSettingsForm form;
        form.setSettings(sample());
        IdentitiesEditor *identities = form.identities();
        QCOMPARE(identities->list()->count(), 1);
        QCOMPARE(identities->signatureEdit()->toPlainText(), QStringLiteral("Ann\nWork"));

        QTest::mouseClick(identities->addButton(), Qt::LeftButton);
        QCOMPARE(identities->list()->currentRow(), 1);
        QTest::keyClicks(identities->nameEdit(), QStringLiteral("Ann (Club)"));
        QTest::keyClicks(identities->emailEdit(), QStringLiteral("ann@club.test"));
        identities->signatureEdit()->setPlainText(QStringLiteral("See you at the club"));
        QCOMPARE(identities->list()->item(1)->text(), QStringLiteral("Ann (Club) <ann@club.test>"));
        // Going back shows the first one's fields, unchanged.
        identities->list()->setCurrentRow(0);
        QCOMPARE(identities->emailEdit()->text(), QStringLiteral("ann@example.test"));
        QCOMPARE(identities->signatureEdit()->toPlainText(), QStringLiteral("Ann\nWork"));

        QList<Identity> expected = sample().identities;
        expected << Identity{QStringLiteral("Ann (Club)"), QStringLiteral("ann@club.test"), QStringLiteral("See you at the club")};
        QCOMPARE(form.settings().identities, expected);

        QTest::mouseClick(identities->addButton(), Qt::LeftButton); // left without an address: not an identity
        QCOMPARE(form.settings().identities.size(), 2);
        identities->list()->setCurrentRow(0);
        QTest::mouseClick(identities->removeButton(), Qt::LeftButton);
        QCOMPARE(form.settings().identities.value(0).email, QStringLiteral("ann@club.test"));
        QCOMPARE(form.settings().identities.size(), 1);
    }

    void editorOffersTheCachedFoldersAndSavesTheChoice()
    {
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
        const QString accountsFile = dir.filePath(QStringLiteral("accounts.json"));
        const AccountSettings account = sample();
        {
            Database cache;
            QVERIFY(!cache.open(cachePath));
            QVERIFY(!AccountStore(cache).ensureAccount(account.id, account.displayName));
            for (const QString &name : {QStringLiteral("INBOX"), QStringLiteral("Archive"), QStringLiteral("Deleted Items")}) {
                FolderInfo folder;
                folder.accountId = account.id;
                folder.name = name;
                folder.delimiter = QStringLiteral("/");
                QVERIFY(!FolderStore(cache).upsertFolder(folder));
            }
        }
        QVERIFY(!AccountRepository(accountsFile).save({account}));
        CredentialStore credentials(QStringLiteral("Kestrel-test"));
        AccountStorage storage(accountsFile, cachePath, credentials);
        AccountListDialog dialog({account}, &storage);
        dialog.show();
        dialog.list()->setCurrentRow(0);
        QTest::mouseClick(dialog.editButton(), Qt::LeftButton);
        QVERIFY(dialog.wizard());
        QComboBox *trash = dialog.wizard()->form()->options()->trashBox();
        QTRY_VERIFY_WITH_TIMEOUT(trash->findText(QStringLiteral("Deleted Items")) >= 0, 10000);
        trash->setCurrentText(QStringLiteral("Deleted Items"));
        dialog.wizard()->form()->options()->syncWindowBox()->setValue(90);

        QSignalSpy saved(&storage, &AccountStorage::done);
        QSignalSpy changed(&dialog, &AccountListDialog::accountsChanged);
        dialog.wizard()->finishButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 10000);
        QList<AccountSettings> loaded;
        QVERIFY(!AccountRepository(accountsFile).load(loaded));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded[0].trashFolder, QStringLiteral("Deleted Items"));
        QCOMPARE(loaded[0].syncWindowDays, 90);
        QCOMPARE(loaded[0].identities, account.identities);
    }
};

QTEST_MAIN(TestAccountOptions)
#include "tst_account_options.moc"
