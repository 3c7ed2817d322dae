// Push through SyncCoordinator (each account on its own thread) against the real Dovecot: an LMTP
// delivery is in the cache within 1 s, flag changes and expunges by another client follow; a server
// restart on the same port is survived; a network change skips the back-off; a refused password stops
// retrying; and an account whose server is dead or silent never holds up another.
#include "DovecotClient.h"
#include "DovecotCrash.h"
#include "FreePort.h"
#include "PushTestSupport.h"
#include "ScriptedServer.h"

#include "imap/commands/ExpungeCommand.h"
#include "imap/commands/SelectCommand.h"
#include "imap/commands/StoreCommand.h"
#include "net/ProtocolLog.h"
#include "sync/SyncCoordinator.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Kestrel;
using namespace Kestrel::Test;
using Sync::ConnectionState;
using Sync::SyncCoordinator;

class TestPushWatcher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        m_bob = dovecotAccount(m_dovecot, QStringLiteral("push-bob"), QStringLiteral("bob"));
        m_alice = dovecotAccount(m_dovecot, QStringLiteral("push-alice"), QStringLiteral("alice"));
        QVERIFY(storePassword(m_credentials, m_bob.secretKey(), QStringLiteral("secret")));
        QVERIFY(storePassword(m_credentials, m_alice.secretKey(), QStringLiteral("secret")));
        QVERIFY(deliverByLmtp(m_dovecot.ports().lmtp, "bob", testMessage("Before push")));
        Database migrate;
        QVERIFY(!migrate.open(cachePath()));
        SyncCoordinator coordinator(cachePath(), m_credentials);
        QSignalSpy finished(&coordinator, &SyncCoordinator::accountFinished);
        coordinator.syncAll({m_bob, m_alice});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        for (const auto &call : std::as_const(finished))
            QVERIFY(!call[1].value<std::optional<Error>>());
        QVERIFY(cachedBySubject(cachePath(), m_bob.id, QStringLiteral("INBOX"), QStringLiteral("Before push")));
    }

    void lmtpDeliveryIsInTheCacheWithinOneSecond()
    {
        SyncCoordinator coordinator(cachePath(), m_credentials);
        QSignalSpy mail(&coordinator, &SyncCoordinator::newMail);
        coordinator.startPush(m_bob);
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.connectionStatus(m_bob.id).state, ConnectionState::Online, 10000);

        const qint64 latency = deliverAndWait(m_bob.id, "bob", QStringLiteral("Pushed one"));
        qInfo("push: LMTP delivery visible in the cache after %lld ms", latency);
        QVERIFY2(latency >= 0 && latency <= 1000, qPrintable(QString::number(latency)));
        QTRY_COMPARE_WITH_TIMEOUT(mail.size(), 1, 1000);
        const auto event = mail.first().first().value<Sync::NewMail>();
        QCOMPARE(event.accountId, m_bob.id);
        QCOMPARE(event.folder, QStringLiteral("INBOX"));
        QCOMPARE(event.messages.size(), 1);
        QCOMPARE(event.messages.first().subject, QStringLiteral("Pushed one"));
        QCOMPARE(event.messages.first().from.value(0).email, QStringLiteral("carol@example.org"));
    }

    void idleRenewalKeepsTheConnection()
    {
        Sync::PushOptions options;
        options.idleRenewMs = 200; // DONE and a new IDLE five times a second
        ProtocolLog log;
        options.protocolLog = &log;
        SyncCoordinator coordinator(cachePath(), m_credentials);
        QSignalSpy states(&coordinator, &SyncCoordinator::connectionStateChanged);
        coordinator.startPush(m_bob, options);
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.connectionStatus(m_bob.id).state, ConnectionState::Online, 10000);
        QTest::qWait(1500);
        QCOMPARE(states.size(), 2); // connecting, online: no drop
        const qint64 latency = deliverAndWait(m_bob.id, "bob", QStringLiteral("Between renewals"));
        QVERIFY2(latency >= 0 && latency <= 1000, qPrintable(QString::number(latency)));
        QCOMPARE(states.size(), 2);
        int idles = 0, dones = 0;
        for (const ProtocolLog::Entry &entry : log.entries()) {
            if (entry.direction == ProtocolLog::Direction::Sent) {
                idles += entry.text.endsWith(" IDLE");
                dones += entry.text == "DONE";
            }
            QVERIFY(!entry.text.contains("secret")); // LOGIN is redacted
        }
        QVERIFY2(idles >= 5 && dones >= 4, qPrintable(QStringLiteral("%1 IDLE, %2 DONE").arg(idles).arg(dones)));
    }

    void flagChangesAndExpungesByAnotherClientReachTheCache()
    {
        SyncCoordinator coordinator(cachePath(), m_credentials);
        coordinator.startPush(m_bob);
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.connectionStatus(m_bob.id).state, ConnectionState::Online, 10000);
        const auto message = cachedBySubject(cachePath(), m_bob.id, QStringLiteral("INBOX"), QStringLiteral("Before push"));
        QVERIFY(message);
        QVERIFY(!message->flags.system.testFlag(MessageFlag::Flagged));

        DovecotClient other(m_dovecot);
        QCOMPARE(other.connectAs(QStringLiteral("bob")), QString());
        QVERIFY(other.run(std::make_unique<Imap::SelectCommand>(QStringLiteral("INBOX"))).ok());
        using Mode = Imap::StoreCommand::Mode;
        const auto uid = Imap::SequenceSet::fromNumbers({message->uid});
        QVERIFY(other.run(std::make_unique<Imap::StoreCommand>(uid, Mode::Add, QList<QByteArray>{"\\Flagged"})).ok());
        QTRY_VERIFY_WITH_TIMEOUT(cachedBySubject(cachePath(), m_bob.id, QStringLiteral("INBOX"), QStringLiteral("Before push"))
                                     ->flags.system.testFlag(MessageFlag::Flagged), 2000);

        QVERIFY(other.run(std::make_unique<Imap::StoreCommand>(uid, Mode::Add, QList<QByteArray>{"\\Deleted"})).ok());
        QVERIFY(other.run(std::make_unique<Imap::ExpungeCommand>(uid)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!cachedBySubject(cachePath(), m_bob.id, QStringLiteral("INBOX"), QStringLiteral("Before push")), 2000);
    }

    void reconnectsAfterTheServerRestartsOnTheSamePort()
    {
        Sync::PushOptions options;
        options.backoff.initial = std::chrono::milliseconds(500);
        SyncCoordinator coordinator(cachePath(), m_credentials);
        QSignalSpy states(&coordinator, &SyncCoordinator::connectionStateChanged);
        coordinator.startPush(m_bob, options);
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.connectionStatus(m_bob.id).state, ConnectionState::Online, 10000);

        // A graceful stop: Dovecot's imap processes outlive the master and say BYE some 8-10 s later.
        m_dovecot.stop();
        QTRY_VERIFY_WITH_TIMEOUT(coordinator.connectionStatus(m_bob.id).state != ConnectionState::Online, 20000);
        QVERIFY(QTest::qWaitFor([&] { return coordinator.connectionStatus(m_bob.id).state == ConnectionState::Offline; }, 5000));
        const Sync::ConnectionStatus offline = coordinator.connectionStatus(m_bob.id);
        QVERIFY(offline.willRetry);
        QVERIFY(offline.error);
        QVERIFY2(m_dovecot.restart(), qPrintable(m_dovecot.errorString()));
        QElapsedTimer clock;
        clock.start();
        // Back-off from 0.5 s, doubling, +-20 %: back well within 15 s of the restart.
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.connectionStatus(m_bob.id).state, ConnectionState::Online, 15000);
        qInfo("push: online again %lld ms after the server came back", clock.elapsed());

        const qint64 latency = deliverAndWait(m_bob.id, "bob", QStringLiteral("After restart"));
        qInfo("push: delivery after reconnect visible after %lld ms", latency);
        QVERIFY2(latency >= 0 && latency <= 1000, qPrintable(QString::number(latency)));
    }

    void aNetworkChangeRetriesWithoutWaitingOutTheBackoff()
    {
        Sync::PushOptions options;
        options.backoff.initial = std::chrono::minutes(2); // only retryNow() can bring it back in time
        SyncCoordinator coordinator(cachePath(), m_credentials);
        coordinator.startPush(m_bob, options);
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.connectionStatus(m_bob.id).state, ConnectionState::Online, 10000);
        QVERIFY(DovecotCrash::kill(m_dovecot)); // connections drop at once, as on a dead route
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.connectionStatus(m_bob.id).state, ConnectionState::Offline, 5000);
        QVERIFY2(m_dovecot.restart(), qPrintable(m_dovecot.errorString()));
        QTest::qWait(1000);
        QCOMPARE(coordinator.connectionStatus(m_bob.id).state, ConnectionState::Offline); // still waiting
        QElapsedTimer clock;
        clock.start();
        coordinator.retryNow(); // what NetworkChangeWatch calls when reachability changes
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.connectionStatus(m_bob.id).state, ConnectionState::Online, 3000);
        qInfo("push: online %lld ms after the network change", clock.elapsed());
    }

    void aRefusedPasswordStopsRetrying()
    {
        AccountSettings wrong = dovecotAccount(m_dovecot, QStringLiteral("push-wrong"), QStringLiteral("alice"));
        QVERIFY(storePassword(m_credentials, wrong.secretKey(), QStringLiteral("not the password")));
        Sync::PushOptions options;
        options.backoff.initial = std::chrono::milliseconds(50); // a storm would show at once
        SyncCoordinator coordinator(cachePath(), m_credentials);
        QSignalSpy states(&coordinator, &SyncCoordinator::connectionStateChanged);
        coordinator.startPush(wrong, options);
        // Dovecot answers a wrong password after its auth_failure_delay (2 s).
        QTRY_VERIFY_WITH_TIMEOUT(coordinator.connectionStatus(wrong.id).error.has_value(), 15000);
        const Sync::ConnectionStatus status = coordinator.connectionStatus(wrong.id);
        QVERIFY(status.error);
        QCOMPARE(status.error->code, Error::Code::Authentication);
        QVERIFY(!status.willRetry);
        QVERIFY(!status.error->userMessage.isEmpty());
        const qsizetype changes = states.size();
        QTest::qWait(3000);
        QCOMPARE(states.size(), changes); // no further attempt
        int connecting = 0;
        for (const auto &call : std::as_const(states))
            connecting += call[1].value<Sync::ConnectionStatus>().state == ConnectionState::Connecting;
        QCOMPARE(connecting, 1);
    }

    void aFolderTheServerRefusesIsSaidOnceAndTheOthersArePushed()
    {
        Sync::PushOptions options;
        options.folders = {QStringLiteral("INBOX"), QStringLiteral("No Such Folder")};
        options.backoff.initial = std::chrono::milliseconds(50); // a reconnect loop would show at once
        SyncCoordinator coordinator(cachePath(), m_credentials);
        QSignalSpy states(&coordinator, &SyncCoordinator::connectionStateChanged);
        coordinator.startPush(m_alice, options);
        QTRY_VERIFY_WITH_TIMEOUT(!coordinator.connectionStatus(m_alice.id).warning.isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.connectionStatus(m_alice.id).state, ConnectionState::Online, 10000);
        const Sync::ConnectionStatus status = coordinator.connectionStatus(m_alice.id);
        QVERIFY(!status.error);
        QVERIFY2(status.warning.contains(QStringLiteral("No Such Folder")), qPrintable(status.warning));
        const qsizetype changes = states.size();
        QTest::qWait(1500);
        QCOMPARE(states.size(), changes); // the refused folder is not retried

        const qint64 latency = deliverAndWait(m_alice.id, "alice", QStringLiteral("Beside a missing folder"));
        QVERIFY2(latency >= 0 && latency <= 1000, qPrintable(QString::number(latency)));
    }

    void aDeadOrSilentAccountNeverHoldsUpAnother()
    {
        // One account's server port is closed, another's accepts and never says a word.
        ScriptedServer silent(QByteArray{});
        QVERIFY(silent.start());
        AccountSettings dead = dovecotAccount(m_dovecot, QStringLiteral("push-dead"), QStringLiteral("bob"));
        dead.imap.port = freeLoopbackPorts(1).first();
        AccountSettings mute = dovecotAccount(m_dovecot, QStringLiteral("push-mute"), QStringLiteral("bob"));
        mute.imap = {QStringLiteral("127.0.0.1"), silent.serverPort(), ConnectionSecurity::None};
        QVERIFY(storePassword(m_credentials, dead.secretKey(), QStringLiteral("secret")));
        QVERIFY(storePassword(m_credentials, mute.secretKey(), QStringLiteral("secret")));

        SyncCoordinator coordinator(cachePath(), m_credentials);
        coordinator.startPushAll({dead, mute, m_alice});
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.connectionStatus(m_alice.id).state, ConnectionState::Online, 10000);
        const qint64 latency = deliverAndWait(m_alice.id, "alice", QStringLiteral("Despite the others"));
        qInfo("push: delivery beside a dead and a silent account visible after %lld ms", latency);
        QVERIFY2(latency >= 0 && latency <= 1000, qPrintable(QString::number(latency)));

        const Sync::ConnectionStatus deadStatus = coordinator.connectionStatus(dead.id);
        QCOMPARE(deadStatus.state, ConnectionState::Offline);
        QVERIFY(deadStatus.willRetry);
        QVERIFY(deadStatus.error);
        QCOMPARE(coordinator.connectionStatus(mute.id).state, ConnectionState::Connecting);
    }

    void mailThatArrivedWhileNobodyWatchedIsFetchedOnConnect()
    {
        QVERIFY(deliverByLmtp(m_dovecot.ports().lmtp, "bob", testMessage("Missed one")));
        QVERIFY(deliverByLmtp(m_dovecot.ports().lmtp, "bob", testMessage("Missed two")));
        SyncCoordinator coordinator(cachePath(), m_credentials);
        QSignalSpy mail(&coordinator, &SyncCoordinator::newMail);
        coordinator.startPush(m_bob);
        QTRY_COMPARE_WITH_TIMEOUT(mail.size(), 1, 10000);
        // Exactly these two: the UIDNEXT the watcher stored earlier keeps older mail from coming again.
        QStringList subjects;
        for (const MessageSummary &message : mail.first().first().value<Sync::NewMail>().messages)
            subjects << message.subject;
        subjects.sort();
        QCOMPARE(subjects, (QStringList{QStringLiteral("Missed one"), QStringLiteral("Missed two")}));
        QVERIFY(cachedBySubject(cachePath(), m_bob.id, QStringLiteral("INBOX"), QStringLiteral("Missed two")));
    }

    void aLongAbsenceIsLeftToAFullSync()
    {
        for (const char *subject : {"Away one", "Away two", "Away three"})
            QVERIFY(deliverByLmtp(m_dovecot.ports().lmtp, "bob", testMessage(subject)));
        Sync::PushOptions options;
        options.catchUpLimit = 2; // three missed: more than the watcher fetches itself
        SyncCoordinator coordinator(cachePath(), m_credentials);
        QSignalSpy mail(&coordinator, &SyncCoordinator::newMail);
        QSignalSpy finished(&coordinator, &SyncCoordinator::accountFinished);
        coordinator.startPush(m_bob, options);
        QVERIFY(finished.wait(15000)); // the sync the watcher asked for
        QVERIFY(!finished.first().at(1).value<std::optional<Error>>());
        for (const char *subject : {"Away one", "Away two", "Away three"})
            QVERIFY(cachedBySubject(cachePath(), m_bob.id, QStringLiteral("INBOX"), QString::fromLatin1(subject)));
        QCOMPARE(mail.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.connectionStatus(m_bob.id).state, ConnectionState::Online, 10000);
        const qint64 latency = deliverAndWait(m_bob.id, "bob", QStringLiteral("After the full sync"));
        QVERIFY2(latency >= 0 && latency <= 1000, qPrintable(QString::number(latency)));
    }

    void anAccountNeverSyncedIsSyncedThenPushed()
    {
        const AccountSettings fresh = dovecotAccount(m_dovecot, QStringLiteral("push-fresh"), QStringLiteral("bob"));
        QVERIFY(storePassword(m_credentials, fresh.secretKey(), QStringLiteral("secret")));
        SyncCoordinator coordinator(cachePath(), m_credentials);
        QSignalSpy finished(&coordinator, &SyncCoordinator::accountFinished);
        coordinator.startPush(fresh);
        QVERIFY(finished.wait(15000)); // INBOX was not in the cache: the watcher asked for a sync
        QVERIFY(!finished.first().at(1).value<std::optional<Error>>());
        QVERIFY(cachedBySubject(cachePath(), fresh.id, QStringLiteral("INBOX"), QStringLiteral("Missed one")));
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.connectionStatus(fresh.id).state, ConnectionState::Online, 10000);
        const qint64 latency = deliverAndWait(fresh.id, "bob", QStringLiteral("Into the new cache"));
        QVERIFY2(latency >= 0 && latency <= 1000, qPrintable(QString::number(latency)));
        QTest::qWait(500);
        QCOMPARE(finished.size(), 1); // stored by the watcher itself, not by another full sync
    }

private:
    QString cachePath() const { return m_profile.filePath(QStringLiteral("cache.sqlite")); }

    // Delivers by LMTP and returns the milliseconds until the message is visible in the cache from this
    // thread's own connection (-1: not within 3 s).
    qint64 deliverAndWait(const QString &accountId, const QByteArray &user, const QString &subject)
    {
        if (!deliverByLmtp(m_dovecot.ports().lmtp, user, testMessage(subject.toUtf8())))
            return -1;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 3000) {
            if (cachedBySubject(cachePath(), accountId, QStringLiteral("INBOX"), subject))
                return clock.elapsed();
            QTest::qWait(5);
        }
        return -1;
    }

    DovecotServer m_dovecot;
    QTemporaryDir m_profile;
    CredentialStore m_credentials{QStringLiteral("Kestrel-test")};
    AccountSettings m_bob, m_alice;
};

QTEST_GUILESS_MAIN(TestPushWatcher)
#include "tst_push_watcher.moc"
