// FolderTreeModel over a real SQLite cache: accounts side by side, nesting by delimiter, special-use
// order, unread sums, the All Inboxes node, dropping dragged messages, and QAbstractItemModelTester's checks.
#include "cache/AccountStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "models/FolderTreeModel.h"
#include "models/MessageDragData.h"
#include "models/MessageListModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;

namespace {

// Two rows of a message list as a drag sees them: messages 41 and 42 of one folder of Alice's.
class DraggedRows : public QAbstractListModel
{
public:
    explicit DraggedRows(qint64 folderId)
        : m_folderId(folderId)
    {
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        switch (role) {
        case MessageListModel::MessageRowIdRole: return qint64(100 + index.row());
        case MessageListModel::AccountIdRole: return QStringLiteral("alice");
        case MessageListModel::FolderIdRole: return m_folderId;
        case MessageListModel::UidRole: return 41u + uint(index.row());
        default: return {};
        }
    }

private:
    qint64 m_folderId;
};

} // namespace

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

        QCOMPARE(model.rowCount(), 3); // All Inboxes, Alice, Bob
        const QModelIndex aliceIndex = model.index(1, 0);
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
        QCOMPARE(model.index(0, 0, model.index(2, 0)).data(FolderTreeModel::UnreadCountRole).toUInt(), 3u);
    }

    void allInboxesListsEveryAccountsInbox()
    {
        FolderTreeModel model(m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts({account(QStringLiteral("alice")), account(QStringLiteral("bob"))});
        const QModelIndex all = model.index(0, 0);
        QCOMPARE(all, model.unifiedInboxIndex());
        QCOMPARE(all.data().toString(), QStringLiteral("All Inboxes"));
        QVERIFY(all.data(FolderTreeModel::IsUnifiedInboxRole).toBool());
        QVERIFY(!all.data(FolderTreeModel::IsAccountRole).toBool());
        QCOMPARE(all.data(FolderTreeModel::UnreadCountRole).toUInt(), 10u); // 7 + 3
        const QList<qint64> ids = all.data(FolderTreeModel::FolderIdsRole).value<QList<qint64>>();
        QCOMPARE(ids.size(), 2);
        QCOMPARE(model.folder(ids[0])->accountId, QStringLiteral("alice"));
        QCOMPARE(model.folder(ids[1])->accountId, QStringLiteral("bob"));
        QCOMPARE(model.folder(ids[1])->name, QStringLiteral("INBOX"));

        model.setAccounts({account(QStringLiteral("alice"))}); // one account: its Inbox is enough
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.unifiedInboxIndex().isValid());
        QVERIFY(model.index(0, 0).data(FolderTreeModel::IsAccountRole).toBool());
    }

    // The Outbox node: absent until the window has an outbox, then last at the top level; its count
    // changes without a reset (the selection stays), and a reload keeps it.
    void outboxNodeCountsWaitingMessages()
    {
        FolderTreeModel model(m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AccountSettings alice, bob;
        alice.id = QStringLiteral("alice");
        bob.id = QStringLiteral("bob");
        model.setAccounts({alice, bob});
        QVERIFY(!model.outboxIndex().isValid());
        QCOMPARE(model.rowCount(), 3);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setOutboxCount(0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        const QModelIndex outbox = model.outboxIndex();
        QCOMPARE(outbox.row(), 3);
        QCOMPARE(outbox.data().toString(), QStringLiteral("Outbox"));
        QVERIFY(outbox.data(FolderTreeModel::IsOutboxRole).toBool());
        QVERIFY(!outbox.data(FolderTreeModel::IsAccountRole).toBool());
        QCOMPARE(outbox.data(FolderTreeModel::UnreadCountRole).toUInt(), 0u);
        QVERIFY(!model.index(1, 0).data(FolderTreeModel::IsOutboxRole).toBool());
        QVERIFY(!model.flags(outbox).testFlag(Qt::ItemIsDropEnabled));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setOutboxCount(2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), outbox);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(outbox.data(FolderTreeModel::UnreadCountRole).toUInt(), 2u);
        model.setOutboxCount(2);
        QCOMPARE(changed.size(), 1); // no change, no signal

        model.reload();
        QCOMPARE(model.outboxIndex().row(), model.rowCount() - 1);
        QCOMPARE(model.outboxIndex().data(FolderTreeModel::UnreadCountRole).toUInt(), 2u);
        QCOMPARE(model.unifiedInboxIndex().row(), 0);
    }

    void messagesDropOntoAFolderOfTheirAccount()
    {
        FolderTreeModel model(m_reader);
        model.setAccounts({account(QStringLiteral("alice")), account(QStringLiteral("bob"))});
        const QModelIndex aliceIndex = model.index(1, 0);
        const QModelIndex inbox = model.index(0, 0, aliceIndex);
        const QModelIndex trash = model.index(2, 0, aliceIndex);
        const QModelIndex lists = model.index(3, 0, aliceIndex); // implied parent: not a folder
        const QModelIndex bobInbox = model.index(0, 0, model.index(2, 0));
        QVERIFY(model.flags(trash).testFlag(Qt::ItemIsDropEnabled));
        QVERIFY(!model.flags(lists).testFlag(Qt::ItemIsDropEnabled));

        // What a message list's drag carries: the rows' account, folder and UID.
        DraggedRows source(inbox.data(FolderTreeModel::FolderIdRole).toLongLong());
        std::unique_ptr<QMimeData> data(MessageDragData::encode({source.index(0, 0), source.index(1, 0), source.index(1, 0)}));
        QVERIFY(data);
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, trash));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, inbox));    // where they are
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, bobInbox)); // another account
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, lists));

        QSignalSpy dropped(&model, &FolderTreeModel::messagesDropped);
        QVERIFY(model.dropMimeData(data.get(), Qt::CopyAction, -1, -1, trash));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped[0][0].value<FolderInfo>().name, QStringLiteral("Trash"));
        const auto messages = dropped[0][1].value<QList<DraggedMessage>>();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[1].uid, 42u);
        QCOMPARE(dropped[0][2].value<Qt::DropAction>(), Qt::CopyAction);
        QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, bobInbox));
        QCOMPARE(dropped.size(), 1);
    }

    // Last: it changes the cache the other cases read.
    void countsChangingKeepTheNodesAndWhatTheViewHolds()
    {
        FolderTreeModel model(m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts({account(QStringLiteral("alice")), account(QStringLiteral("bob"))});
        const QModelIndex aliceIndex = model.index(1, 0);
        const QPersistentModelIndex kestrel = model.index(0, 0, model.index(4, 0, aliceIndex)); // Projects/Kestrel
        QCOMPARE(kestrel.data(FolderTreeModel::UnreadCountRole).toUInt(), 4u);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        // What a sync does many times: counts change, the folders stay. A view's expanded and current
        // folders (persistent indexes) must survive it.
        QVERIFY(!FolderStore(m_writer).updateCounts(kestrel.data(FolderTreeModel::FolderIdRole).toLongLong(), 40, 9));
        model.reload();
        QCOMPARE(resets.count(), 0);
        QVERIFY(changes.count() > 0);
        QVERIFY(kestrel.isValid());
        QCOMPARE(kestrel.data(FolderTreeModel::UnreadCountRole).toUInt(), 9u);
        QCOMPARE(model.index(1, 0).data(FolderTreeModel::UnreadCountRole).toUInt(), 19u); // 14 - 4 + 9

        // A new folder changes the tree's shape: then it is rebuilt.
        addFolder(QStringLiteral("bob"), QStringLiteral("Receipts"), SpecialUse::None, 1);
        model.reload();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(model.index(2, 0)), 2);
    }

private:
    static AccountSettings account(const QString &id)
    {
        AccountSettings settings;
        settings.id = id;
        settings.displayName = id;
        return settings;
    }

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
