// FolderTreeModel over a real SQLite cache: accounts side by side, nesting by delimiter, special-use
// order, unread sums, and QAbstractItemModelTester's checks.
#include "cache/AccountStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "models/FolderTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;

class TestFolderTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        QVERIFY(!m_writer.open(path));
        addFolder(QStringLiteral("alice"), QStringLiteral("Trash"), SpecialUse::Trash, 0);
        addFolder(QStringLiteral("alice"), QStringLiteral("Projects/Kestrel"), SpecialUse::None, 4);
        addFolder(QStringLiteral("alice"), QStringLiteral("INBOX"), SpecialUse::Inbox, 7);
        addFolder(QStringLiteral("alice"), QStringLiteral("Projects"), SpecialUse::None, 1);
        addFolder(QStringLiteral("alice"), QStringLiteral("Sent"), SpecialUse::Sent, 0);
        addFolder(QStringLiteral("alice"), QStringLiteral("Lists/debian-devel"), SpecialUse::None, 2); // "Lists" implied
        addFolder(QStringLiteral("bob"), QStringLiteral("INBOX"), SpecialUse::Inbox, 3);
        QVERIFY(!m_reader.open(path, Database::Access::ReadOnly));
    }

    void accountsSideBySideWithNestedFolders()
    {
        FolderTreeModel model(m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AccountSettings alice, bob;
        alice.id = QStringLiteral("alice");
        alice.displayName = QStringLiteral("Alice (work)");
        bob.id = QStringLiteral("bob");
        bob.displayName = QStringLiteral("Bob (home)");
        model.setAccounts({alice, bob});

        QCOMPARE(model.rowCount(), 2);
        const QModelIndex aliceIndex = model.index(0, 0);
        QCOMPARE(aliceIndex.data().toString(), alice.displayName);
        QVERIFY(aliceIndex.data(FolderTreeModel::IsAccountRole).toBool());
        QCOMPARE(aliceIndex.data(FolderTreeModel::UnreadCountRole).toUInt(), 14u);

        QStringList top;
        for (int row = 0; row < model.rowCount(aliceIndex); ++row)
            top << model.index(row, 0, aliceIndex).data().toString();
        QCOMPARE(top, (QStringList{QStringLiteral("Inbox"), QStringLiteral("Sent"), QStringLiteral("Trash"),
                                   QStringLiteral("Lists"), QStringLiteral("Projects")}));

        const QModelIndex projects = model.index(4, 0, aliceIndex);
        QCOMPARE(model.rowCount(projects), 1);
        const QModelIndex kestrel = model.index(0, 0, projects);
        QCOMPARE(kestrel.data().toString(), QStringLiteral("Kestrel"));
        QCOMPARE(kestrel.data(FolderTreeModel::FullNameRole).toString(), QStringLiteral("Projects/Kestrel"));
        QCOMPARE(kestrel.data(FolderTreeModel::UnreadCountRole).toUInt(), 4u);
        QCOMPARE(model.parent(kestrel), projects);

        const QModelIndex lists = model.index(3, 0, aliceIndex);
        QCOMPARE(lists.data(FolderTreeModel::FolderIdRole).toLongLong(), 0); // implied parent, not a folder
        QVERIFY(!lists.data(FolderTreeModel::IsSelectableRole).toBool());

        const QModelIndex found = model.indexOfFolder(kestrel.data(FolderTreeModel::FolderIdRole).toLongLong());
        QCOMPARE(found, kestrel);
        QCOMPARE(model.index(0, 0, model.index(1, 0)).data(FolderTreeModel::UnreadCountRole).toUInt(), 3u);
    }

private:
    void addFolder(const QString &account, const QString &name, SpecialUse role, quint32 unread)
    {
        QVERIFY(!AccountStore(m_writer).ensureAccount(account, account));
        FolderInfo folder;
        folder.accountId = account;
        folder.name = name;
        folder.delimiter = QStringLiteral("/");
        folder.role = role;
        QVERIFY(!FolderStore(m_writer).upsertFolder(folder));
        QVERIFY(!FolderStore(m_writer).updateCounts(folder.id, unread * 2, unread));
    }

    QTemporaryDir m_dir;
    Database m_writer;
    Database m_reader;
};

QTEST_GUILESS_MAIN(TestFolderTreeModel)
#include "tst_folder_tree_model.moc"
