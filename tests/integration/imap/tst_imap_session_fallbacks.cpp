// ImapSession against a Dovecot whose imap_capability leaves out SASL-IR, MOVE, LIST-STATUS, ESEARCH,
// IDLE, UNSELECT, ID and NAMESPACE, so each fallback runs against a real server: AUTHENTICATE PLAIN
// without an initial response, LIST + one STATUS per mailbox, UID COPY + STORE + UID EXPUNGE instead of
// MOVE, plain SEARCH, NOOP polling instead of IDLE, EXAMINE of nowhere instead of UNSELECT, and
// LIST "" "" instead of NAMESPACE.
#include "DovecotClient.h"

#include "imap/commands/AppendCommand.h"
#include "imap/commands/CloseCommand.h"
#include "imap/commands/IdCommand.h"
#include "imap/commands/NamespaceCommand.h"
#include "imap/commands/StoreCommand.h"
#include "imap/commands/ListCommand.h"
#include "imap/commands/MailboxCommand.h"
#include "imap/commands/MoveCommand.h"
#include "imap/commands/SearchCommand.h"
#include "imap/commands/SelectCommand.h"
#include "imap/commands/StatusCommand.h"
#include "imap/session/IdleManager.h"

using namespace Kestrel;
using namespace Kestrel::Imap;
using Kestrel::Test::DovecotClient;
using Kestrel::Test::DovecotServer;

class TestImapSessionFallbacks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_dovecot.setExtraConfig(QStringLiteral(
            "imap_capability = IMAP4rev1 LITERAL+ UIDPLUS ENABLE CONDSTORE QRESYNC LIST-EXTENDED SPECIAL-USE\n"
            "auth_failure_delay = 0"));
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
    }

    void plainWithoutSaslIr()
    {
        DovecotClient client(m_dovecot);
        QVERIFY(client.open());
        QVERIFY(!client.session->capabilities().has("SASL-IR"));
        const auto result = client.run(std::make_unique<LoginCommand>(QStringLiteral("alice"), DovecotServer::password()));
        QVERIFY2(result.ok(), qPrintable(Test::describe(result)));
        QCOMPARE(result.mechanism, QByteArray("PLAIN"));
        const QByteArray log = client.logText();
        QVERIFY2(log.contains(" AUTHENTICATE PLAIN\n+ \n[redacted]\n"), log.constData());
        QVERIFY(!client.session->capabilities().has("MOVE"));
    }

    void listFallsBackToStatus()
    {
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("alice")), QString());
        QVERIFY(client.run(std::make_unique<AppendCommand>(QStringLiteral("Drafts"), Test::testMessage("draft"))).ok());
        auto list = std::make_unique<ListCommand>();
        list->setStatusItems(StatusItems(StatusItem::Messages) | StatusItem::UidNext);
        const auto result = client.run(std::move(list));
        QVERIFY(result.ok());
        QVERIFY(!result.listStatus);
        bool sawDrafts = false;
        for (const ListEntry &entry : result.mailboxes) {
            QVERIFY2(entry.status, qPrintable(entry.mailbox.name));
            if (entry.mailbox.name == QStringLiteral("Drafts")) {
                sawDrafts = true;
                QVERIFY(entry.mailbox.attributes.testFlag(MailboxAttribute::Drafts));
                QCOMPARE(*entry.status->messages, 1u);
            }
        }
        QVERIFY(sawDrafts);
        QVERIFY(client.logText().contains(" STATUS Drafts (MESSAGES UIDNEXT)"));
    }

    void moveFallsBackToCopyStoreExpunge()
    {
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("alice")), QString());
        const QString box = QStringLiteral("Outgoing");
        QVERIFY(client.run(std::make_unique<MailboxCommand>(MailboxCommand::Kind::Create, box)).ok());
        const quint32 keep = client.run(std::make_unique<AppendCommand>(box, Test::testMessage("keep"))).uid;
        const quint32 move = client.run(std::make_unique<AppendCommand>(box, Test::testMessage("move"))).uid;
        QVERIFY(client.run(std::make_unique<SelectCommand>(box)).ok());
        const auto moved = client.run(std::make_unique<MoveCommand>(SequenceSet::fromNumbers({move}), QStringLiteral("Trash")));
        QVERIFY2(moved.ok(), qPrintable(Test::describe(moved)));
        QVERIFY(moved.usedFallback);
        QVERIFY(!moved.leftFlaggedDeleted);
        QCOMPARE(moved.sourceUids.toList(), QList<quint32>{move});
        QVERIFY(client.logText().contains(QByteArray("UID EXPUNGE " + QByteArray::number(move))));
        const auto left = client.run(std::make_unique<SearchCommand>(SearchCriteria::all()));
        QVERIFY(left.ok()); // plain SEARCH: no ESEARCH offered
        QCOMPARE(left.numbers, QList<quint32>{keep});
        const auto trash = client.run(std::make_unique<StatusCommand>(QStringLiteral("Trash"), StatusItem::Messages));
        QCOMPARE(*trash.status.messages, 1u);
    }

    void unselectFallbackExpungesNothing()
    {
        // UNSELECT is hidden: the fallback EXAMINEs a mailbox that does not exist. A message marked
        // \Deleted must still be there afterwards (CLOSE would have expunged it).
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("alice")), QString());
        QVERIFY(!client.session->capabilities().has("UNSELECT"));
        const QString box = QStringLiteral("Unselected");
        QVERIFY(client.run(std::make_unique<MailboxCommand>(MailboxCommand::Kind::Create, box)).ok());
        const quint32 uid = client.run(std::make_unique<AppendCommand>(box, Test::testMessage("deleted, kept"))).uid;
        QVERIFY(client.run(std::make_unique<SelectCommand>(box)).ok());
        QVERIFY(client.run(std::make_unique<StoreCommand>(SequenceSet::fromNumbers({uid}), StoreCommand::Mode::Add,
                                                          QList<QByteArray>{"\\Deleted"})).ok());
        const auto unselected = client.run(std::make_unique<CloseCommand>(CloseCommand::Kind::Unselect));
        QVERIFY2(unselected.ok(), qPrintable(Test::describe(unselected)));
        QCOMPARE(client.session->state(), SessionState::Authenticated);
        const QByteArray examineNowhere = " EXAMINE " + CloseCommand::NowhereMailbox.toLatin1();
        QVERIFY(client.logText().contains(examineNowhere));
        const auto status = client.run(std::make_unique<StatusCommand>(box, StatusItem::Messages));
        QCOMPARE(*status.status.messages, 1u);
    }

    void namespaceAndIdWithoutTheExtensions()
    {
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("alice")), QString());
        const auto id = client.run(std::make_unique<IdCommand>());
        QVERIFY(id.ok());
        QVERIFY(!id.supported);
        QVERIFY(!client.session->capabilities().has("NAMESPACE"));
        const auto namespaces = client.run(std::make_unique<NamespaceCommand>());
        QVERIFY2(namespaces.ok(), qPrintable(Test::describe(namespaces)));
        QVERIFY(namespaces.synthesized);
        QCOMPARE(namespaces.namespaces.personal.size(), 1);
        QCOMPARE(namespaces.namespaces.personal.first().delimiter, std::optional<char>('/')); // the test bed's
        QVERIFY(client.logText().contains(" LIST \"\" \"\""));
    }

    void pollingSeesADeliveryWithoutIdle()
    {
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("bob")), QString());
        QVERIFY(!client.session->capabilities().has("IDLE"));
        const auto selected = client.run(std::make_unique<SelectCommand>(QStringLiteral("INBOX")));
        QVERIFY(selected.ok());
        quint32 exists = selected.mailbox.exists;
        QObject::connect(&client.session->mailbox(), &SelectedMailboxState::existsChanged, [&exists](quint32 n) { exists = n; });
        client.session->idle().setPollInterval(200);
        client.session->setIdleEnabled(true);
        QVERIFY(Test::deliverByLmtp(m_dovecot.ports().lmtp, "bob", Test::testMessage("Polled")));
        QTRY_COMPARE_WITH_TIMEOUT(exists, selected.mailbox.exists + 1, 2000);
        QVERIFY(client.logText().contains(" NOOP"));
        QVERIFY(!client.logText().contains(" IDLE"));
    }

private:
    DovecotServer m_dovecot;
};

QTEST_GUILESS_MAIN(TestImapSessionFallbacks)
#include "tst_imap_session_fallbacks.moc"
