// ImapSession against the real Dovecot with every extension it offers: authentication (SCRAM,
// PLAIN with SASL-IR, LOGIN, STARTTLS, a wrong password), LIST-STATUS with SPECIAL-USE, APPEND
// with APPENDUID, STATUS, SEARCH CHARSET UTF-8, SELECT (QRESYNC) after another client's changes,
// UID MOVE, UID STORE UNCHANGEDSINCE, IDLE seeing an LMTP delivery, COMPRESS=DEFLATE.
#include "DovecotClient.h"

#include "imap/commands/AppendCommand.h"
#include "imap/commands/CloseCommand.h"
#include "imap/commands/CompressCommand.h"
#include "imap/commands/EnableCommand.h"
#include "imap/commands/ExpungeCommand.h"
#include "imap/commands/FetchCommand.h"
#include "imap/commands/ListCommand.h"
#include "imap/commands/MailboxCommand.h"
#include "imap/commands/MoveCommand.h"
#include "imap/commands/SearchCommand.h"
#include "imap/commands/SelectCommand.h"
#include "imap/commands/StatusCommand.h"
#include "imap/commands/StoreCommand.h"

#include <QElapsedTimer>

using namespace Kestrel;
using namespace Kestrel::Imap;
using Kestrel::Test::DovecotClient;
using Kestrel::Test::DovecotServer;
using Mechanism = LoginCommand::Mechanism;

class TestImapSessionDovecot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_dovecot.setExtraConfig(QStringLiteral("auth_mechanisms = plain login scram-sha-256\nauth_failure_delay = 0"));
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
    }

    void loginMechanisms_data()
    {
        QTest::addColumn<int>("mechanism");
        QTest::addColumn<QByteArray>("used");
        QTest::addColumn<QByteArray>("logged");
        QTest::newRow("automatic: SCRAM-SHA-256") << int(Mechanism::Automatic) << QByteArray("SCRAM-SHA-256")
                                                  << QByteArray("AUTHENTICATE SCRAM-SHA-256 ");
        QTest::newRow("PLAIN with SASL-IR") << int(Mechanism::Plain) << QByteArray("PLAIN")
                                            << QByteArray("AUTHENTICATE PLAIN [redacted]");
        QTest::newRow("LOGIN") << int(Mechanism::Login) << QByteArray("LOGIN") << QByteArray("LOGIN alice [redacted]");
    }

    void loginMechanisms()
    {
        QFETCH(int, mechanism);
        QFETCH(QByteArray, used);
        QFETCH(QByteArray, logged);
        DovecotClient client(m_dovecot);
        QVERIFY(client.open());
        QVERIFY(client.session->capabilities().has("AUTH=SCRAM-SHA-256"));
        QVERIFY(!client.session->capabilities().has("MOVE")); // pre-login list
        const auto result = client.run(std::make_unique<LoginCommand>(QStringLiteral("alice"), DovecotServer::password(), Mechanism(mechanism)));
        QVERIFY2(result.ok(), qPrintable(Test::describe(result)));
        QCOMPARE(result.mechanism, used);
        QCOMPARE(client.session->state(), SessionState::Authenticated);
        QVERIFY(client.session->capabilities().has("MOVE")); // refreshed after login
        QVERIFY2(client.logText().contains(logged), client.logText().constData());
        QVERIFY(!client.logText().contains("secret"));
        QVERIFY(!client.logText().contains(QByteArray("\0alice\0secret", 13).toBase64()));
    }

    void startTlsThenLogin()
    {
        DovecotClient client(m_dovecot, ConnectionSecurity::StartTls);
        QCOMPARE(client.connectAs(QStringLiteral("alice")), QString());
        QVERIFY(client.logText().contains(" CAPABILITY")); // the pre-TLS greeting was not trusted
        QVERIFY(!client.session->capabilities().has("STARTTLS"));
    }

    void wrongPasswordQuotesTheServer()
    {
        DovecotClient client(m_dovecot);
        QVERIFY(client.open());
        const auto result = client.run(std::make_unique<LoginCommand>(QStringLiteral("alice"), QStringLiteral("wrong")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->code, Error::Code::Authentication);
        QVERIFY2(result.error->userMessage.contains(QStringLiteral("Authentication failed")), qPrintable(result.error->userMessage));
        QVERIFY(result.error->userMessage.contains(QStringLiteral("127.0.0.1:")));
        QCOMPARE(client.session->state(), SessionState::NotAuthenticated);
    }

    void listWithSpecialUseAndStatus()
    {
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("alice")), QString());
        auto list = std::make_unique<ListCommand>();
        list->setStatusItems(StatusItems(StatusItem::Messages) | StatusItem::Unseen | StatusItem::UidValidity);
        const auto result = client.run(std::move(list));
        QVERIFY(result.ok());
        QVERIFY(result.listStatus);
        bool sawSent = false;
        for (const ListEntry &entry : result.mailboxes) {
            if (entry.mailbox.name != QStringLiteral("Sent"))
                continue;
            sawSent = true;
            QVERIFY(entry.mailbox.attributes.testFlag(MailboxAttribute::Sent));
            QVERIFY(entry.status && entry.status->messages && entry.status->uidValidity);
        }
        QVERIFY(sawSent);
    }

    void appendStatusAndUtf8Search()
    {
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("alice")), QString());
        const QString box = QStringLiteral("Отчёты");
        QVERIFY(client.run(std::make_unique<MailboxCommand>(MailboxCommand::Kind::Create, box)).ok());
        const auto plain = client.run(std::make_unique<AppendCommand>(box, Test::testMessage("Lunch"), QList<QByteArray>{"\\Seen"}));
        QVERIFY(plain.ok());
        QVERIFY(plain.uidValidity != 0 && plain.uid != 0); // APPENDUID (RFC 4315)
        const QByteArray cyrillic = "=?UTF-8?B?" + QStringLiteral("Отчёт за март").toUtf8().toBase64() + "?=";
        const auto report = client.run(std::make_unique<AppendCommand>(box, Test::testMessage(cyrillic)));
        QCOMPARE(report.uid, plain.uid + 1);
        const auto status = client.run(std::make_unique<StatusCommand>(box));
        QVERIFY(status.ok());
        QCOMPARE(*status.status.messages, 2u);
        QCOMPARE(*status.status.unseen, 1u);
        QCOMPARE(*status.status.uidNext, report.uid + 1);
        QVERIFY(client.run(std::make_unique<SelectCommand>(box)).ok());
        const auto found = client.run(std::make_unique<SearchCommand>(SearchCriteria::subject(QStringLiteral("Отчёт"))));
        QVERIFY2(found.ok(), qPrintable(Test::describe(found)));
        QCOMPARE(found.numbers, QList<quint32>{report.uid});
        QVERIFY(client.logText().contains("CHARSET UTF-8"));
    }

    void qresyncSeesAnotherClientsChanges()
    {
        DovecotClient first(m_dovecot);
        QCOMPARE(first.connectAs(QStringLiteral("alice")), QString());
        const QString box = QStringLiteral("Resync");
        QVERIFY(first.run(std::make_unique<MailboxCommand>(MailboxCommand::Kind::Create, box)).ok());
        QList<quint32> uids;
        for (const char *subject : {"one", "two", "three"})
            uids << first.run(std::make_unique<AppendCommand>(box, Test::testMessage(subject))).uid;
        QCOMPARE(first.run(std::make_unique<EnableCommand>(QList<QByteArray>{"CONDSTORE", "QRESYNC"})).enabled.size(), 2);
        const auto before = first.run(std::make_unique<SelectCommand>(box));
        QVERIFY(before.ok() && before.mailbox.highestModSeq > 0);
        QVERIFY(first.run(std::make_unique<CloseCommand>(CloseCommand::Kind::Unselect)).ok());

        DovecotClient second(m_dovecot);
        QCOMPARE(second.connectAs(QStringLiteral("alice")), QString());
        QVERIFY(second.run(std::make_unique<SelectCommand>(box)).ok());
        using Mode = StoreCommand::Mode;
        QVERIFY(second.run(std::make_unique<StoreCommand>(SequenceSet::fromNumbers({uids[1]}), Mode::Add, QList<QByteArray>{"\\Flagged"})).ok());
        QVERIFY(second.run(std::make_unique<StoreCommand>(SequenceSet::fromNumbers({uids[2]}), Mode::Add, QList<QByteArray>{"\\Deleted"})).ok());
        QVERIFY(second.run(std::make_unique<ExpungeCommand>(SequenceSet::fromNumbers({uids[2]}))).ok());

        auto select = std::make_unique<SelectCommand>(box);
        select->setQresync({before.mailbox.uidValidity, before.mailbox.highestModSeq, SequenceSet::fromNumbers(uids)});
        const auto after = first.run(std::move(select));
        QVERIFY(after.ok() && after.qresync);
        QCOMPARE(after.vanished.toList(), QList<quint32>{uids[2]});
        QCOMPARE(after.changed.size(), 1);
        QCOMPARE(*after.changed.first().uid, uids[1]);
        QVERIFY(after.changed.first().flags->system.testFlag(SystemFlag::Flagged));
        QCOMPARE(after.mailbox.exists, 2u);
    }

    void moveAndConditionalStore()
    {
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("alice")), QString());
        const QString box = QStringLiteral("Moves");
        QVERIFY(client.run(std::make_unique<MailboxCommand>(MailboxCommand::Kind::Create, box)).ok());
        const quint32 a = client.run(std::make_unique<AppendCommand>(box, Test::testMessage("a"))).uid;
        const quint32 b = client.run(std::make_unique<AppendCommand>(box, Test::testMessage("b"))).uid;
        auto select = std::make_unique<SelectCommand>(box);
        select->setCondstore(true);
        const auto selected = client.run(std::move(select));
        QVERIFY(selected.ok());
        const auto moved = client.run(std::make_unique<MoveCommand>(SequenceSet::fromNumbers({a}), QStringLiteral("Trash")));
        QVERIFY2(moved.ok(), qPrintable(Test::describe(moved)));
        QVERIFY(!moved.usedFallback);
        QCOMPARE(moved.sourceUids.toList(), QList<quint32>{a});
        QCOMPARE(moved.destinationUids.count(), 1u);
        QTRY_COMPARE(client.session->mailbox().exists(), 1u);

        using Mode = StoreCommand::Mode;
        auto stale = std::make_unique<StoreCommand>(SequenceSet::fromNumbers({b}), Mode::Add, QList<QByteArray>{"\\Seen"});
        stale->setUnchangedSince(1); // older than the message's modseq
        const auto refused = client.run(std::move(stale));
        QVERIFY(refused.ok() && refused.conditional);
        QCOMPARE(refused.modified.toList(), QList<quint32>{b});
        auto current = std::make_unique<StoreCommand>(SequenceSet::fromNumbers({b}), Mode::Add, QList<QByteArray>{"\\Seen"});
        current->setUnchangedSince(selected.mailbox.highestModSeq + 100);
        const auto stored = client.run(std::move(current));
        QVERIFY(stored.ok() && stored.modified.isEmpty());
        QCOMPARE(stored.updated.size(), 1);
        QVERIFY(stored.updated.first().flags->system.testFlag(SystemFlag::Seen));
    }

    void idleSeesLmtpDeliveryWithinOneSecond()
    {
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("bob")), QString());
        const auto selected = client.run(std::make_unique<SelectCommand>(QStringLiteral("INBOX")));
        QVERIFY(selected.ok());
        quint32 exists = selected.mailbox.exists;
        QObject::connect(&client.session->mailbox(), &SelectedMailboxState::existsChanged, [&exists](quint32 n) { exists = n; });
        client.session->setIdleEnabled(true);
        QTRY_COMPARE_WITH_TIMEOUT(client.session->state(), SessionState::Idling, 5000);
        QVERIFY(Test::deliverByLmtp(m_dovecot.ports().lmtp, "bob", Test::testMessage("Ping")));
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(exists, selected.mailbox.exists + 1, 1000);
        qInfo("IDLE saw the delivery after %lld ms", clock.elapsed());
        const auto fetched = client.run(std::make_unique<FetchCommand>(SequenceSet::parse("1:*").value(), FetchItems().uid().envelope()));
        QVERIFY(fetched.ok()); // DONE, FETCH, then back to IDLE
        QCOMPARE(fetched.messages.last().envelope->subject, QByteArray("Ping"));
        QTRY_COMPARE_WITH_TIMEOUT(client.session->state(), SessionState::Idling, 5000);
    }

    void compressRoundTrip()
    {
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("alice")), QString());
        QVERIFY(client.run(std::make_unique<CompressCommand>()).ok());
        QVERIFY(client.logText().contains("COMPRESS=DEFLATE active"));
        QByteArray body;
        for (int i = 0; i < 5000; ++i)
            body += "Line " + QByteArray::number(i) + " of a long compressible message.\r\n";
        const QString box = QStringLiteral("Compressed");
        QVERIFY(client.run(std::make_unique<MailboxCommand>(MailboxCommand::Kind::Create, box)).ok());
        const QByteArray message = Test::testMessage("Big", body);
        const auto appended = client.run(std::make_unique<AppendCommand>(box, message));
        QVERIFY(appended.ok());
        QVERIFY(client.run(std::make_unique<SelectCommand>(box)).ok());
        const auto fetched = client.run(std::make_unique<FetchCommand>(SequenceSet::fromNumbers({appended.uid}), FetchItems().uid().bodyPeek()));
        QVERIFY(fetched.ok());
        QCOMPARE(fetched.messages.size(), 1);
        QCOMPARE(fetched.messages.first().findSection("")->data, message);
    }

private:
    DovecotServer m_dovecot;
};

QTEST_GUILESS_MAIN(TestImapSessionDovecot)
#include "tst_imap_session_dovecot.moc"
