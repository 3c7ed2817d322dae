// What a real server will not do on demand: a connection that still looks up while its route is dead.
// IDLE is quiet by design, so only a probe notices: retryNow() (a network change) ends the IDLE with
// DONE (RFC 2177 3) to send a NOOP; the server never answers, the response timeout ends the session,
// and the watcher reconnects after its back-off and idles again.
//   S: * OK [CAPABILITY IMAP4rev1 IDLE] ready
//   C: a1 LOGIN ...            S: a1 OK [CAPABILITY IMAP4rev1 IDLE] in
//   C: a2 SELECT INBOX         S: * 0 EXISTS / [UIDVALIDITY 7] / [UIDNEXT 1] / a2 OK
//   C: a3 IDLE                 S: + idling
//   C: DONE                    S: (nothing: the route is gone)
#include "ScriptedServer.h"

#include "cache/Database.h"
#include "sync/push/FolderWatcher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;
using Kestrel::Test::ScriptedServer;
using Sync::ConnectionState;

class TestPushScripted : public QObject
{
    Q_OBJECT
private slots:
    void aNetworkChangeProbesAnIdleConnectionAndReconnectsWhenItIsDead()
    {
        ScriptedServer server("* OK [CAPABILITY IMAP4rev1 IDLE] ready\r\n",
                              {{"a1 LOGIN", "a1 OK [CAPABILITY IMAP4rev1 IDLE] in\r\n"},
                               {"a2 SELECT", "* 0 EXISTS\r\n* OK [UIDVALIDITY 7] v\r\n* OK [UIDNEXT 1] n\r\na2 OK [READ-WRITE] selected\r\n"},
                               {"a3 IDLE", "+ idling\r\n"}});
        QVERIFY(server.start());
        QTemporaryDir profile;
        Database database;
        QVERIFY(!database.open(profile.filePath(QStringLiteral("cache.sqlite"))));
        AccountSettings account;
        account.id = QStringLiteral("scripted");
        account.userName = QStringLiteral("carol");
        account.imap = {QStringLiteral("127.0.0.1"), server.serverPort(), ConnectionSecurity::None};
        Sync::PushOptions options;
        options.responseTimeoutMs = 300;
        options.backoff.initial = std::chrono::milliseconds(50);

        Sync::FolderWatcher watcher(account, QStringLiteral("pw"), QStringLiteral("INBOX"), database, options);
        QSignalSpy states(&watcher, &Sync::FolderWatcher::statusChanged);
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(server.receivedLines().contains("a3 IDLE"), 5000);
        QCOMPARE(watcher.status().state, ConnectionState::Online);
        QTest::qWait(1000); // well past the response timeout: an IDLE may rightly stay silent
        QCOMPARE(watcher.status().state, ConnectionState::Online);
        QVERIFY(!server.receivedLines().contains("DONE"));
        QCOMPARE(watcher.attempts(), 1);

        states.clear();
        watcher.retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(server.receivedLines().contains("DONE"), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.attempts(), 2, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.status().state, ConnectionState::Online, 3000);
        QCOMPARE(server.receivedLines().count("a3 IDLE"), 2);
        const auto offline = states.first().first().value<Sync::ConnectionStatus>();
        QCOMPARE(offline.state, ConnectionState::Offline);
        QVERIFY(offline.willRetry);
        QVERIFY(offline.error);
        QCOMPARE(offline.error->code, Error::Code::Network);
    }
};

QTEST_GUILESS_MAIN(TestPushScripted)
#include "tst_push_scripted.moc"
