// The folder the user chose for a role wins over the server's SPECIAL-USE folder while it exists and is
// selectable; otherwise the automatic choice stays (a deleted choice never loses a message).
#include "CacheTestData.h"

#include "cache/MessageStore.h"
#include "sync/FolderFromList.h"
#include "sync/actions/MessageActions.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;
using namespace CacheTestData;

namespace {

Imap::ListEntry entry(const QString &name, Imap::MailboxAttributes attributes = {})
{
    Imap::ListEntry e;
    e.mailbox.name = name;
    e.mailbox.rawName = name.toUtf8();
    e.mailbox.delimiter = '/';
    e.mailbox.attributes = attributes;
    return e;
}

const QString account = QStringLiteral("acc-1");

} // namespace

class TestFolderRoleOverrides : public QObject
{
    Q_OBJECT
private slots:
    void listLookupPrefersTheChosenFolder_data()
    {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("expected");
        QTest::newRow("automatic: the \\Sent folder") << QString() << QStringLiteral("Sent Messages");
        QTest::newRow("chosen and present") << QStringLiteral("Archive/Outgoing") << QStringLiteral("Archive/Outgoing");
        QTest::newRow("chosen, then deleted") << QStringLiteral("Gone") << QStringLiteral("Sent Messages");
        QTest::newRow("chosen but \\Noselect") << QStringLiteral("Archive") << QStringLiteral("Sent Messages");
        QTest::newRow("names compare exactly") << QStringLiteral("archive/outgoing") << QStringLiteral("Sent Messages");
    }

    void listLookupPrefersTheChosenFolder()
    {
        QFETCH(QString, chosen);
        QFETCH(QString, expected);
        using A = Imap::MailboxAttribute;
        const QList<Imap::ListEntry> list{entry(QStringLiteral("INBOX")), entry(QStringLiteral("Sent")),
                                          entry(QStringLiteral("Sent Messages"), A::Sent),
                                          entry(QStringLiteral("Archive"), A::NoSelect),
                                          entry(QStringLiteral("Archive/Outgoing"))};
        QCOMPARE(Sync::specialUseFolder(account, list, SpecialUse::Sent, QStringLiteral("Sent"), chosen), expected);
    }

    void listLookupWithoutSpecialUseFallsBackToTheName()
    {
        const QList<Imap::ListEntry> list{entry(QStringLiteral("INBOX")), entry(QStringLiteral("drafts")),
                                          entry(QStringLiteral("Work"))};
        QCOMPARE(Sync::specialUseFolder(account, list, SpecialUse::Drafts, QStringLiteral("Drafts")), QStringLiteral("drafts"));
        QCOMPARE(Sync::specialUseFolder(account, list, SpecialUse::Drafts, QStringLiteral("Drafts"), QStringLiteral("Work")),
                 QStringLiteral("Work"));
        QCOMPARE(Sync::specialUseFolder(account, {entry(QStringLiteral("INBOX"))}, SpecialUse::Drafts, QStringLiteral("Drafts")),
                 QString());
    }

    void deleteGoesToTheChosenTrash_data()
    {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("expected");
        QTest::newRow("automatic: the \\Trash folder") << QString() << QStringLiteral("Trash");
        QTest::newRow("chosen") << QStringLiteral("Deleted Items") << QStringLiteral("Deleted Items");
        QTest::newRow("chosen, not cached") << QStringLiteral("Bin") << QStringLiteral("Trash");
    }

    void deleteGoesToTheChosenTrash()
    {
        QFETCH(QString, chosen);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        Database db;
        const qint64 inbox = openWithInbox(db, dir.path(), account);
        QHash<QString, qint64> ids;
        for (const auto &[name, role] : {std::pair{QStringLiteral("Trash"), SpecialUse::Trash},
                                         std::pair{QStringLiteral("Deleted Items"), SpecialUse::None}}) {
            FolderInfo folder;
            folder.accountId = account;
            folder.name = name;
            folder.delimiter = QStringLiteral("/");
            folder.role = role;
            folder.sync = {9, 1, 1};
            CACHE_OK(FolderStore(db).upsertFolder(folder));
            ids.insert(name, folder.id);
        }
        CACHE_OK(MessageStore(db).upsertMessages(inbox, {message(7, at(7), QStringLiteral("Old news"))}, FolderSyncState{5, 8, 0}));

        Sync::MessageActions actions(db, account);
        actions.setTrashFolder(chosen);
        CACHE_OK(actions.remove(QStringLiteral("INBOX"), {7}));

        QList<quint32> left;
        CACHE_OK(MessageStore(db).uids(inbox, left));
        QVERIFY(left.isEmpty());
        for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
            QList<quint32> there;
            CACHE_OK(MessageStore(db).uids(it.value(), there));
            QCOMPARE(there.size(), it.key() == expected ? 1 : 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestFolderRoleOverrides)
#include "tst_folder_role_overrides.moc"
