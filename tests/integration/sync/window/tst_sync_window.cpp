// Only mail of the last N days is synced and kept (issue 7's sync window): messages with old internal
// dates interleaved with new ones, changes by a second client, then the window narrowed, widened and
// switched off. After each sync the cache must hold exactly the server's messages inside the window,
// with the server's flags (ServerSnapshot against CacheSnapshot, restricted to those UIDs).
#include "SyncFixture.h"

using namespace Kestrel;
using namespace Kestrel::Test;

namespace {
const QString folder = QStringLiteral("Window");
} // namespace

#define QVERIFY_WINDOW_EQUAL(...)                                                                                      \
    do {                                                                                                               \
        const QString difference = windowDifference(QList<quint32>__VA_ARGS__);                                      \
        QVERIFY2(difference.isEmpty(), qPrintable(difference));                                                        \
    } while (false)

class TestSyncWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(SyncFixture::capabilityConfig(KESTREL_SYNC_MODE)), qPrintable(m_fixture.dovecot().errorString()));
        // UIDs 1..8 in this order: the window is about dates, not UIDs.
        QVERIFY(append({-400, -400, -400, -3, -3, -100, -100, 0}));
    }

    void firstSyncKeepsOnlyTheWindow()
    {
        QCOMPARE(sync(30), QString());
        QCOMPARE(cachedUids(), (QList<quint32>{4, 5, 8}));
        QVERIFY_WINDOW_EQUAL({4, 5, 8});
        QVERIFY(!m_fixture.cachedFolder(folder)->sync.whole); // older mail is on the server only
    }

    void changesInsideAndOutsideTheWindow()
    {
        RawImapClient client;
        QVERIFY2(m_fixture.other(client), qPrintable(client.lastError()));
        QVERIFY(client.command("SELECT " + RawImapClient::quoted(folder)).ok);
        QVERIFY(client.command("UID STORE 4 +FLAGS (\\Flagged)").ok);
        QVERIFY(client.command("UID STORE 2 +FLAGS (\\Seen)").ok);
        QVERIFY(client.command("UID STORE 5 +FLAGS (\\Deleted)").ok);
        QVERIFY(client.command("UID EXPUNGE 5").ok);
        client.logout();
        QVERIFY(append({0})); // UID 9

        QCOMPARE(sync(30), QString());
        QCOMPARE(cachedUids(), (QList<quint32>{4, 8, 9}));
        QVERIFY_WINDOW_EQUAL({4, 8, 9});
        QVERIFY(cached(4).contains(QStringLiteral("\\Flagged")));
    }

    void widerWindowBringsOlderMail()
    {
        QCOMPARE(sync(200), QString());
        QCOMPARE(cachedUids(), (QList<quint32>{4, 6, 7, 8, 9}));
        QVERIFY_WINDOW_EQUAL({4, 6, 7, 8, 9});
    }

    void narrowerWindowDropsIt()
    {
        QCOMPARE(sync(30), QString());
        QCOMPARE(cachedUids(), (QList<quint32>{4, 8, 9}));
        QVERIFY_WINDOW_EQUAL({4, 8, 9});
    }

    void noWindowSyncsTheWholeFolder()
    {
        QCOMPARE(sync(0), QString());
        QCOMPARE(cachedUids(), (QList<quint32>{1, 2, 3, 4, 6, 7, 8, 9}));
        const QString difference = m_fixture.diff(folder);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY(cached(2).contains(QStringLiteral("\\Seen"))); // changed while it was outside the window

        QVERIFY(m_fixture.cachedFolder(folder)->sync.whole); // later resyncs need not count the cache

        // And the ordinary resync goes on from there.
        QVERIFY(append({-1000}));
        QCOMPARE(sync(0), QString());
        QCOMPARE(cachedUids().size(), 9);
        const QString after = m_fixture.diff(folder);
        QVERIFY2(after.isEmpty(), qPrintable(after));
        QVERIFY(m_fixture.cachedFolder(folder)->sync.whole);
    }

    // A folder once whole that a window narrows again must be checked again when the window goes: the
    // older mail the window dropped comes back.
    void wholeFolderNarrowedThenWidenedAgain()
    {
        QCOMPARE(sync(30), QString());
        QCOMPARE(cachedUids(), (QList<quint32>{4, 8, 9}));
        QVERIFY(!m_fixture.cachedFolder(folder)->sync.whole);
        QCOMPARE(sync(0), QString());
        QCOMPARE(cachedUids(), (QList<quint32>{1, 2, 3, 4, 6, 7, 8, 9, 10}));
        const QString difference = m_fixture.diff(folder);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY(m_fixture.cachedFolder(folder)->sync.whole);
    }

private:
    // Each message's internal date is today plus `days[i]` days (never in the future).
    bool append(const QList<int> &days)
    {
        RawImapClient client;
        if (!m_fixture.other(client))
            return false;
        client.command("CREATE " + RawImapClient::quoted(folder));
        for (int offset : days) {
            const int n = ++m_appended;
            const QByteArray message = "From: Carol <carol@example.org>\r\nTo: alice@example.org\r\nSubject: Window "
                + QByteArray::number(n) + "\r\nMessage-ID: <window." + QByteArray::number(n) + "@kestrel.test>\r\n\r\nBody "
                + QByteArray::number(n) + "\r\n";
            const QDateTime when = QDateTime::currentDateTimeUtc().addDays(offset).addSecs(offset == 0 ? -60 : 0);
            if (!client.append(folder, {message}, {}, when))
                return false;
        }
        client.logout();
        return true;
    }

    // An empty string when the sync succeeded, else its error.
    QString sync(int windowDays)
    {
        AccountSettings account = m_fixture.account();
        account.syncWindowDays = windowDays;
        Sync::AccountSync::Options options;
        options.folders = {folder};
        Sync::AccountSync sync(account, DovecotServer::password(), m_fixture.database());
        std::optional<std::optional<Error>> result;
        QObject::connect(&sync, &Sync::AccountSync::finished, &sync, [&](const std::optional<Error> &error) { result.emplace(error); });
        sync.start(options);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 40000))
            return QStringLiteral("the sync did not finish in 40 s");
        return *result ? (*result)->toString() : QString();
    }

    QList<quint32> cachedUids()
    {
        const FolderSnapshot cache = CacheSnapshot::read(m_fixture.database(), m_fixture.accountId(), folder);
        return cache.messages.keys();
    }

    QStringList cached(quint32 uid)
    {
        return CacheSnapshot::read(m_fixture.database(), m_fixture.accountId(), folder).messages.value(uid).flags;
    }

    // The server's messages with `uids` against the cache: the same messages, the same flags.
    QString windowDifference(const QList<quint32> &uids)
    {
        FolderSnapshot server = m_fixture.server(folder);
        if (!server.error.isEmpty())
            return server.error;
        for (quint32 uid : server.messages.keys()) {
            if (!uids.contains(uid))
                server.messages.remove(uid);
        }
        if (server.messages.size() != uids.size())
            return QStringLiteral("the server lacks some of the expected UIDs");
        return FolderSnapshot::diff(server, CacheSnapshot::read(m_fixture.database(), m_fixture.accountId(), folder));
    }

    SyncFixture m_fixture;
    int m_appended = 0;
};

QTEST_GUILESS_MAIN(TestSyncWindow)
#include "tst_sync_window.moc"
