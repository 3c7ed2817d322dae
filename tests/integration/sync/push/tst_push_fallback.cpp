// Push against a Dovecot that hides IDLE, QRESYNC and CONDSTORE (imap_capability): the watcher polls
// with NOOP (a short interval here), new mail still reaches the cache, and an EXPUNGE that names only a
// sequence number is resolved by diffing UIDs, so the cache drops exactly the expunged message.
#include "DovecotClient.h"
#include "PushTestSupport.h"

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

class TestPushFallback : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_dovecot.setExtraConfig(QStringLiteral("imap_capability = IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE AUTH=PLAIN"));
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        m_bob = dovecotAccount(m_dovecot, QStringLiteral("fallback-bob"), QStringLiteral("bob"));
        QVERIFY(storePassword(m_credentials, m_bob.secretKey(), QStringLiteral("secret")));
        for (const char *subject : {"Old one", "Old two", "Old three"})
            QVERIFY(deliverByLmtp(m_dovecot.ports().lmtp, "bob", testMessage(subject)));
        Database migrate;
        QVERIFY(!migrate.open(cachePath()));
        SyncCoordinator coordinator(cachePath(), m_credentials);
        QSignalSpy finished(&coordinator, &SyncCoordinator::accountFinished);
        coordinator.sync(m_bob);
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(1).value<std::optional<Error>>());
        QCOMPARE(cachedMessages(cachePath(), m_bob.id, QStringLiteral("INBOX")).size(), 3);
    }

    void pollsWithNoopWhenIdleIsMissing()
    {
        Sync::PushOptions options;
        options.pollIntervalMs = 200;
        ProtocolLog log;
        options.protocolLog = &log;
        SyncCoordinator coordinator(cachePath(), m_credentials);
        QSignalSpy mail(&coordinator, &SyncCoordinator::newMail);
        coordinator.startPush(m_bob, options);
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.connectionStatus(m_bob.id).state, ConnectionState::Online, 10000);

        QVERIFY(deliverByLmtp(m_dovecot.ports().lmtp, "bob", testMessage("Polled in")));
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(cachedBySubject(cachePath(), m_bob.id, QStringLiteral("INBOX"), QStringLiteral("Polled in")), 2000);
        qInfo("push (NOOP every 200 ms): delivery visible in the cache after %lld ms", clock.elapsed());
        QTRY_COMPARE_WITH_TIMEOUT(mail.size(), 1, 1000);
        QCOMPARE(mail.first().first().value<Sync::NewMail>().messages.value(0).subject, QStringLiteral("Polled in"));
        int noops = 0;
        for (const ProtocolLog::Entry &entry : log.entries()) {
            QVERIFY(!entry.text.endsWith(" IDLE"));
            noops += entry.direction == ProtocolLog::Direction::Sent && entry.text.endsWith(" NOOP");
        }
        QVERIFY(noops >= 1);

        // Another client expunges the middle old message: the server says "* n EXPUNGE" only.
        const auto two = cachedBySubject(cachePath(), m_bob.id, QStringLiteral("INBOX"), QStringLiteral("Old two"));
        QVERIFY(two);
        DovecotClient other(m_dovecot);
        QCOMPARE(other.connectAs(QStringLiteral("bob")), QString());
        QVERIFY(other.run(std::make_unique<Imap::SelectCommand>(QStringLiteral("INBOX"))).ok());
        using Mode = Imap::StoreCommand::Mode;
        const auto uid = Imap::SequenceSet::fromNumbers({two->uid});
        QVERIFY(other.run(std::make_unique<Imap::StoreCommand>(uid, Mode::Add, QList<QByteArray>{"\\Deleted"})).ok());
        QVERIFY(other.run(std::make_unique<Imap::ExpungeCommand>()).ok()); // plain EXPUNGE: no UIDPLUS here
        QTRY_VERIFY_WITH_TIMEOUT(!cachedBySubject(cachePath(), m_bob.id, QStringLiteral("INBOX"), QStringLiteral("Old two")), 3000);
        QStringList left;
        for (const MessageSummary &message : cachedMessages(cachePath(), m_bob.id, QStringLiteral("INBOX")))
            left << message.subject;
        left.sort();
        QCOMPARE(left, (QStringList{QStringLiteral("Old one"), QStringLiteral("Old three"), QStringLiteral("Polled in")}));
    }

private:
    QString cachePath() const { return m_profile.filePath(QStringLiteral("cache.sqlite")); }

    DovecotServer m_dovecot;
    QTemporaryDir m_profile;
    CredentialStore m_credentials{QStringLiteral("Kestrel-test")};
    AccountSettings m_bob;
};

QTEST_GUILESS_MAIN(TestPushFallback)
#include "tst_push_fallback.moc"
