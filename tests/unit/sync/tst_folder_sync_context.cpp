// FolderSyncContext's set of cached UIDs, on a real SQLite file: read only from the lowest UID a step
// asks about (a QRESYNC resync with nothing new reads none of it), widened on demand without losing what
// the steps changed meanwhile, and a count of cached messages that needs no set and stays current as
// messages are added and removed.
#include "../cache/CacheTestData.h"

#include "cache/MessageStore.h"
#include "imap/session/ImapSession.h"
#include "sync/folder/FolderSyncContext.h"
#include "sync/folder/LiveChanges.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Kestrel;
using namespace CacheTestData;
using Kestrel::Sync::FolderSyncContext;
using Kestrel::Sync::LiveChanges;

class TestFolderSyncContext : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countsWithoutReadingTheSet();
    void readsOnlyFromTheUidAskedFor();
    void wideningKeepsWhatChangedMeanwhile();
    void removingBelowTheReadPartStillRemoves();
    void forgettingReadsAgain();

private:
    QList<quint32> sorted(const QSet<quint32> &set) const;
    int storedCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
    std::unique_ptr<Imap::ImapSession> m_session; // never connected: the context only holds it
    std::unique_ptr<LiveChanges> m_live;
    std::unique_ptr<FolderSyncContext> m_context;
};

void TestFolderSyncContext::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const qint64 inbox = openWithInbox(m_db, m_dir->path());
    QList<MessageSummary> messages;
    for (quint32 uid = 1; uid <= 20; ++uid)
        messages << message(uid * 10, at(uid), QStringLiteral("Message %1").arg(uid * 10)); // UIDs 10, 20 ... 200
    CACHE_OK(MessageStore(m_db).upsertMessages(inbox, messages, FolderSyncState{7, 201, 1}));
    m_session = std::make_unique<Imap::ImapSession>(Imap::ConnectionSettings{});
    m_live = std::make_unique<LiveChanges>(m_session->mailbox(), QStringLiteral("INBOX"));
    m_context = std::make_unique<FolderSyncContext>(*m_session, m_db, *m_live);
    std::optional<FolderInfo> folder;
    CACHE_OK(FolderStore(m_db).folder(inbox, folder));
    QVERIFY(folder);
    m_context->folder = *folder;
}

void TestFolderSyncContext::cleanup()
{
    m_context.reset();
    m_live.reset();
    m_session.reset();
    m_db.close();
    m_dir.reset();
}

QList<quint32> TestFolderSyncContext::sorted(const QSet<quint32> &set) const
{
    QList<quint32> list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list;
}

int TestFolderSyncContext::storedCount()
{
    QList<quint32> uids;
    if (auto error = MessageStore(m_db).uids(m_context->folder.id, uids))
        return -1;
    return int(uids.size());
}

void TestFolderSyncContext::countsWithoutReadingTheSet()
{
    qsizetype count = -1;
    CACHE_OK(m_context->countCached(count));
    QCOMPARE(count, qsizetype(20));
    QVERIFY(m_context->cached().isEmpty()); // counted, not read

    m_context->addCached(210);
    CACHE_OK(m_context->countCached(count));
    QCOMPARE(count, qsizetype(21));
    CACHE_OK(m_context->remove({50, 60, 999})); // 999 is not cached
    QCOMPARE(m_context->counts.removed, 2);
    CACHE_OK(m_context->countCached(count));
    QCOMPARE(count, qsizetype(19));
    QCOMPARE(storedCount(), 18); // 210 was only announced, never stored here
}

void TestFolderSyncContext::readsOnlyFromTheUidAskedFor()
{
    CACHE_OK(m_context->loadCached(150));
    QCOMPARE(sorted(m_context->cached()), (QList<quint32>{150, 160, 170, 180, 190, 200}));
    QVERIFY(m_context->isCached(200));
    QVERIFY(!m_context->isCached(140)); // not read, though cached
    CACHE_OK(m_context->loadCached(180)); // already covered: nothing read again
    QCOMPARE(m_context->cached().size(), qsizetype(6));
    CACHE_OK(m_context->loadCached());
    QCOMPARE(m_context->cached().size(), qsizetype(20));
    qsizetype count = -1;
    CACHE_OK(m_context->countCached(count));
    QCOMPARE(count, qsizetype(20));
}

void TestFolderSyncContext::wideningKeepsWhatChangedMeanwhile()
{
    CACHE_OK(m_context->loadCached(150));
    m_context->addCached(210);
    CACHE_OK(m_context->remove({160}));
    CACHE_OK(m_context->loadCached(1));
    const QList<quint32> all = sorted(m_context->cached());
    QCOMPARE(all.size(), qsizetype(20)); // 20 cached, 160 gone, 210 added
    QVERIFY(all.contains(210));
    QVERIFY(!all.contains(160));
    QVERIFY(all.contains(10));
}

void TestFolderSyncContext::removingBelowTheReadPartStillRemoves()
{
    CACHE_OK(m_context->loadCached(150));
    CACHE_OK(m_context->remove({20, 170}));
    QCOMPARE(m_context->counts.removed, 2);
    QCOMPARE(storedCount(), 18);
    QVERIFY(!m_context->isCached(20));
    QVERIFY(!m_context->isCached(170));
    QVERIFY(m_context->isCached(30)); // the set now reaches down to the lowest UID removed...
    QVERIFY(!m_context->isCached(10)); // ...and no further
}

void TestFolderSyncContext::forgettingReadsAgain()
{
    CACHE_OK(m_context->loadCached());
    CACHE_OK(MessageStore(m_db).removeUids(m_context->folder.id, {10, 20})); // another writer
    QCOMPARE(m_context->cached().size(), qsizetype(20));
    m_context->forgetCached();
    QVERIFY(m_context->cached().isEmpty());
    CACHE_OK(m_context->loadCached());
    QCOMPARE(m_context->cached().size(), qsizetype(18));
}

QTEST_GUILESS_MAIN(TestFolderSyncContext)
#include "tst_folder_sync_context.moc"
