// What a user action does at once, before any server is reached: the cache shows the result and the
// queue holds the action — both or neither. And the queue's notes for dropped actions.
#include "CacheTestData.h"

#include "cache/MessageListReader.h"
#include "cache/MessageStore.h"
#include "cache/OfflineQueue.h"
#include "sync/actions/ActionPayload.h"
#include "sync/actions/FolderActions.h"
#include "sync/actions/LocalUndo.h"
#include "sync/actions/MessageActions.h"
#include "sync/actions/ProvisionalUids.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Sync;
using namespace CacheTestData;

class TestSyncActionsLocalEffects : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        m_inbox = openWithInbox(*m_db, m_dir->path(), m_account);
        m_archive = addFolder(QStringLiteral("Archive"), SpecialUse::Archive);
        QList<MessageSummary> messages;
        for (quint32 uid = 1; uid <= 4; ++uid) {
            MessageSummary m = message(uid, at(uid * 60), QStringLiteral("Message %1").arg(uid));
            m.modSeq = 100 + uid;
            messages << m;
        }
        CACHE_OK(MessageStore(*m_db).upsertMessages(m_inbox, messages, FolderSyncState{77, 5, 104}));
        CACHE_OK(FolderStore(*m_db).updateCounts(m_inbox, 4, 4)); // as STATUS said: all unread
    }

    void flagChangeShowsAtOnceAndIsQueued()
    {
        MessageActions actions(*m_db, m_account);
        CACHE_OK(actions.changeFlags(QStringLiteral("INBOX"), {2, 3}, {QStringLiteral("\\Seen"), QStringLiteral("$Work")}, {}));
        QVERIFY(cached(m_inbox, 2)->flags.isSeen());
        QVERIFY(cached(m_inbox, 3)->flags.hasKeyword(QStringLiteral("$Work")));
        QCOMPARE(cached(m_inbox, 3)->modSeq, quint64(103)); // the server's MODSEQ stays until the server says
        QVERIFY(!cached(m_inbox, 1)->flags.isSeen());
        QCOMPARE(counts(m_inbox), qMakePair(4, 2)); // two read now
        CACHE_OK(actions.changeFlags(QStringLiteral("INBOX"), {3}, {QStringLiteral("\\Seen")}, {}));
        QCOMPARE(counts(m_inbox), qMakePair(4, 2)); // already read: no change
        CACHE_OK(OfflineQueue(*m_db).complete(actions.lastActionId()));

        const QueuedAction queued = onlyPending();
        QCOMPARE(queued.kind, ActionKind::Flags);
        QCOMPARE(queued.folder, QStringLiteral("INBOX"));
        QCOMPARE(queued.uidValidity, 77u);
        QCOMPARE(queued.uids, (QList<quint32>{2, 3}));
        QCOMPARE(queued.modSeq, quint64(103)); // the highest the user saw: UNCHANGEDSINCE at replay
        QCOMPARE(queued.addFlags, (QStringList{QStringLiteral("\\Seen"), QStringLiteral("$Work")}));
    }

    void moveShowsTheSameRowInTheTarget()
    {
        qint64 rowBefore = 0;
        CACHE_OK(MessageStore(*m_db).messageRowId(m_inbox, 2, rowBefore));
        MessageActions actions(*m_db, m_account);
        CACHE_OK(actions.move(QStringLiteral("INBOX"), {2}, QStringLiteral("Archive")));
        QVERIFY(!cached(m_inbox, 2));
        const auto moved = cached(m_archive, ProvisionalUids::Base);
        QVERIFY(moved);
        QCOMPARE(moved->id, rowBefore); // same row: its cached parts stay
        QCOMPARE(moved->subject, QStringLiteral("Message 2"));
        QCOMPARE(counts(m_inbox), qMakePair(3, 3));
        QCOMPARE(counts(m_archive), qMakePair(1, 1));

        CACHE_OK(actions.move(QStringLiteral("INBOX"), {3}, QStringLiteral("Archive")));
        QVERIFY(cached(m_archive, ProvisionalUids::Base + 1)); // stand-ins never collide

        QList<OfflineAction> pending;
        CACHE_OK(OfflineQueue(*m_db).peek(m_account, 10, pending));
        QCOMPARE(pending.size(), 2);
        const auto first = decodePayload(pending[0].kind, pending[0].payload);
        QVERIFY(first);
        QCOMPARE(first->kind, ActionKind::Move);
        QCOMPARE(first->target, QStringLiteral("Archive"));
        QCOMPARE(first->provisionalUids, QList<quint32>{ProvisionalUids::Base});
    }

    void copyLeavesTheOriginal()
    {
        MessageActions actions(*m_db, m_account);
        CACHE_OK(actions.copy(QStringLiteral("INBOX"), {4}, QStringLiteral("Archive")));
        QVERIFY(cached(m_inbox, 4));
        QCOMPARE(cached(m_archive, ProvisionalUids::Base)->subject, QStringLiteral("Message 4"));
        QCOMPARE(onlyPending().kind, ActionKind::Copy);
    }

    void deleteGoesToTrashWhenThereIsOne()
    {
        MessageActions actions(*m_db, m_account);
        CACHE_OK(actions.remove(QStringLiteral("INBOX"), {1}));
        QVERIFY(!cached(m_inbox, 1)); // no Trash folder: gone for good
        QueuedAction queued = onlyPending();
        QCOMPARE(queued.kind, ActionKind::Delete);
        QVERIFY(queued.target.isEmpty());

        const qint64 trash = addFolder(QStringLiteral("Trash"), SpecialUse::Trash);
        CACHE_OK(actions.remove(QStringLiteral("INBOX"), {2}));
        QVERIFY(!cached(m_inbox, 2));
        QVERIFY(cached(trash, ProvisionalUids::Base));
        QList<OfflineAction> pending;
        CACHE_OK(OfflineQueue(*m_db).peek(m_account, 10, pending));
        queued = *decodePayload(pending.last().kind, pending.last().payload);
        QCOMPARE(queued.kind, ActionKind::Delete);
        QCOMPARE(queued.target, QStringLiteral("Trash"));

        CACHE_OK(actions.remove(QStringLiteral("Trash"), {ProvisionalUids::Base})); // in Trash: for good
        QVERIFY(!cached(trash, ProvisionalUids::Base));
    }

    void aFailedActionChangesNothing()
    {
        MessageActions actions(*m_db, m_account);
        // UID 9 is not cached: the whole action (also UID 1's part of it) is refused.
        const auto error = actions.changeFlags(QStringLiteral("INBOX"), {1, 9}, {QStringLiteral("\\Seen")}, {});
        QVERIFY(error);
        QVERIFY2(error->userMessage.contains(QStringLiteral("UID 9")), qPrintable(error->userMessage));
        QVERIFY(!cached(m_inbox, 1)->flags.isSeen());
        QVERIFY(actions.move(QStringLiteral("INBOX"), {1}, QStringLiteral("Nowhere")));
        QVERIFY(cached(m_inbox, 1));
        QVERIFY(actions.move(QStringLiteral("Nowhere"), {1}, QStringLiteral("Archive")));
        int count = -1;
        CACHE_OK(OfflineQueue(*m_db).count(m_account, count));
        QCOMPARE(count, 0);
    }

    void folderOperations()
    {
        addFolder(QStringLiteral("Archive/2025"), SpecialUse::None);
        FolderActions folders(*m_db, m_account);
        CACHE_OK(folders.create(QStringLiteral("Receipts")));
        QVERIFY(folders.create(QStringLiteral("Receipts"))); // exists now
        CACHE_OK(folders.rename(QStringLiteral("Archive"), QStringLiteral("Old")));
        QVERIFY(folderId(QStringLiteral("Old")) == m_archive);
        QVERIFY(folderId(QStringLiteral("Old/2025")) != 0); // children follow, as RENAME moves them
        QVERIFY(folders.remove(QStringLiteral("INBOX")));
        CACHE_OK(folders.remove(QStringLiteral("Receipts")));
        QCOMPARE(folderId(QStringLiteral("Receipts")), 0);

        QList<OfflineAction> pending;
        CACHE_OK(OfflineQueue(*m_db).peek(m_account, 10, pending));
        QStringList kinds;
        for (const OfflineAction &action : std::as_const(pending))
            kinds << action.kind;
        QCOMPARE(kinds, (QStringList{QStringLiteral("create-folder"), QStringLiteral("rename-folder"), QStringLiteral("delete-folder")}));
        QCOMPARE(decodePayload(pending[1].kind, pending[1].payload)->target, QStringLiteral("Old"));
    }

    // What the server refused for good is taken back, so the cache shows the server's state again.
    void refusedActionsAreTakenBack()
    {
        MessageActions actions(*m_db, m_account);
        CACHE_OK(actions.changeFlags(QStringLiteral("INBOX"), {2}, {QStringLiteral("\\Seen")}, {QStringLiteral("$Nope")}));
        CACHE_OK(actions.move(QStringLiteral("INBOX"), {3}, QStringLiteral("Archive")));
        CACHE_OK(actions.remove(QStringLiteral("INBOX"), {4})); // no Trash: gone for good
        QList<OfflineAction> pending;
        CACHE_OK(OfflineQueue(*m_db).peek(m_account, 10, pending));
        QCOMPARE(pending.size(), 3);
        for (const OfflineAction &queued : std::as_const(pending))
            CACHE_OK(LocalUndo::undo(*m_db, m_account, *decodePayload(queued.kind, queued.payload)));

        QVERIFY(!cached(m_inbox, 2)->flags.isSeen());
        QCOMPARE(counts(m_inbox), qMakePair(3, 3)); // UID 4 is still away until the sync brings it
        QCOMPARE(cached(m_inbox, 3)->subject, QStringLiteral("Message 3"));
        QVERIFY(!cached(m_archive, ProvisionalUids::Base));
        std::optional<FolderInfo> inbox;
        CACHE_OK(FolderStore(*m_db).folder(m_inbox, inbox));
        QCOMPARE(inbox->sync.uidNext, 4u); // the next sync fetches UID 4 again
        QCOMPARE(inbox->sync.uidValidity, 77u);
    }

    void droppedActionsBecomeNotes()
    {
        OfflineQueue queue(*m_db);
        qint64 first = 0, second = 0;
        CACHE_OK(queue.enqueue(m_account, QStringLiteral("flags"), "{}", first));
        CACHE_OK(queue.enqueue(m_account, QStringLiteral("move"), "{}", second));
        CACHE_OK(queue.drop(first, QStringLiteral("UID 5 no longer exists")));
        QList<OfflineAction> actions;
        CACHE_OK(queue.peek(m_account, 10, actions));
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions[0].id, second); // the next one is first in line now
        int count = 0;
        CACHE_OK(queue.count(m_account, count));
        QCOMPARE(count, 1);
        CACHE_OK(queue.dropped(m_account, actions));
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions[0].kind, QStringLiteral("flags"));
        QCOMPARE(actions[0].lastError, QStringLiteral("UID 5 no longer exists"));

        CACHE_OK(queue.updatePayload(second, R"({"folder":"X"})"));
        CACHE_OK(queue.peek(m_account, 10, actions));
        QCOMPARE(actions[0].payload, QByteArray(R"({"folder":"X"})"));

        for (int i = 0; i < OfflineQueue::KeptDropped + 5; ++i) {
            qint64 id = 0;
            CACHE_OK(queue.enqueue(m_account, QStringLiteral("flags"), "{}", id));
            CACHE_OK(queue.drop(id, QStringLiteral("note %1").arg(i)));
        }
        CACHE_OK(queue.dropped(m_account, actions));
        QCOMPARE(actions.size(), OfflineQueue::KeptDropped); // only the newest notes are kept
        QCOMPARE(actions.last().lastError, QStringLiteral("note %1").arg(OfflineQueue::KeptDropped + 4));
        CACHE_OK(queue.clearDropped(m_account));
        CACHE_OK(queue.dropped(m_account, actions));
        QVERIFY(actions.isEmpty());
        CACHE_OK(queue.count(m_account, count));
        QCOMPARE(count, 1); // clearing notes leaves the line alone
    }

private:
    qint64 addFolder(const QString &name, SpecialUse role)
    {
        FolderInfo folder;
        folder.accountId = m_account;
        folder.name = name;
        folder.delimiter = QStringLiteral("/");
        folder.role = role;
        if (auto error = FolderStore(*m_db).upsertFolder(folder))
            qFatal("%s", qPrintable(error->toString()));
        return folder.id;
    }

    QPair<int, int> counts(qint64 folderId)
    {
        std::optional<FolderInfo> folder;
        FolderStore(*m_db).folder(folderId, folder);
        return folder ? qMakePair(int(folder->totalCount), int(folder->unreadCount)) : qMakePair(-1, -1);
    }

    qint64 folderId(const QString &name)
    {
        std::optional<FolderInfo> folder;
        FolderStore(*m_db).findFolder(m_account, name, folder);
        return folder ? folder->id : 0;
    }

    std::optional<MessageSummary> cached(qint64 folder, quint32 uid)
    {
        std::optional<MessageSummary> message;
        MessageListReader(*m_db).message(folder, uid, message);
        return message;
    }

    QueuedAction onlyPending()
    {
        QList<OfflineAction> pending;
        OfflineQueue(*m_db).peek(m_account, 10, pending);
        if (pending.size() != 1)
            qFatal("expected one queued action, found %d", int(pending.size()));
        return decodePayload(pending[0].kind, pending[0].payload).value_or(QueuedAction());
    }

    const QString m_account = QStringLiteral("acc-1");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_inbox = 0;
    qint64 m_archive = 0;
};

QTEST_GUILESS_MAIN(TestSyncActionsLocalEffects)
#include "tst_syncactions_local_effects.moc"
