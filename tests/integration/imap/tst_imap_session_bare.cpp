// ImapSession against a Dovecot that announces plain IMAP4rev1 and nothing else (imap_capability), the
// oldest kind of server Kestrel still meets: MOVE without UIDPLUS must copy and flag \Deleted but never
// EXPUNGE (that would remove other clients' deleted mail), STORE is unconditional without CONDSTORE,
// BINARY.PEEK becomes BODY.PEEK, APPEND waits for the server's continuation (no LITERAL+), and LIST
// runs without LIST-EXTENDED.
#include "DovecotClient.h"

#include "imap/commands/AppendCommand.h"
#include "imap/commands/FetchCommand.h"
#include "imap/commands/ListCommand.h"
#include "imap/commands/MailboxCommand.h"
#include "imap/commands/MoveCommand.h"
#include "imap/commands/SelectCommand.h"
#include "imap/commands/StatusCommand.h"
#include "imap/commands/StoreCommand.h"

using namespace Kestrel;
using namespace Kestrel::Imap;
using Kestrel::Test::DovecotClient;
using Kestrel::Test::DovecotServer;

class TestImapSessionBare : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_dovecot.setExtraConfig(QStringLiteral("imap_capability = IMAP4rev1\nauth_failure_delay = 0"));
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
    }

    void moveWithoutUidplusNeverExpunges()
    {
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("alice")), QString());
        QVERIFY(!client.session->capabilities().has("UIDPLUS") && !client.session->capabilities().has("MOVE"));
        const QString box = QStringLiteral("Bare");
        QVERIFY(client.run(std::make_unique<MailboxCommand>(MailboxCommand::Kind::Create, box)).ok());
        // APPEND without LITERAL+. (Dovecot still sends APPENDUID, unannounced; nothing relies on it.)
        const auto appended = client.run(std::make_unique<AppendCommand>(box, Test::testMessage("move me")));
        QVERIFY2(appended.ok(), qPrintable(Test::describe(appended)));
        QVERIFY(client.logText().contains("}\n+ ")); // a synchronizing literal: "{n}" then the server's "+"
        QVERIFY(client.run(std::make_unique<AppendCommand>(box, Test::testMessage("someone else's"), QList<QByteArray>{"\\Deleted"})).ok());

        const auto selected = client.run(std::make_unique<SelectCommand>(box));
        QCOMPARE(selected.mailbox.exists, 2u);
        const quint32 first = selected.mailbox.uidNext - 2;
        const auto moved = client.run(std::make_unique<MoveCommand>(SequenceSet::fromNumbers({first}), QStringLiteral("Trash")));
        QVERIFY2(moved.ok(), qPrintable(Test::describe(moved)));
        QVERIFY(moved.usedFallback);
        QVERIFY(moved.leftFlaggedDeleted);
        QVERIFY2(!client.logText().contains(" EXPUNGE"), client.logText().constData());
        const auto status = client.run(std::make_unique<StatusCommand>(box, StatusItem::Messages));
        QCOMPARE(*status.status.messages, 2u); // both still there: the other client's \Deleted one too
    }

    void storeIsUnconditionalAndBinaryBecomesBody()
    {
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("bob")), QString());
        QVERIFY(client.run(std::make_unique<AppendCommand>(QStringLiteral("INBOX"), Test::testMessage("plain", "Body text.\r\n"))).ok());
        const auto selected = client.run(std::make_unique<SelectCommand>(QStringLiteral("INBOX")));
        QVERIFY(selected.ok());
        const quint32 uid = selected.mailbox.uidNext - 1;
        auto store = std::make_unique<StoreCommand>(SequenceSet::fromNumbers({uid}), StoreCommand::Mode::Add, QList<QByteArray>{"\\Flagged"});
        store->setUnchangedSince(1);
        const auto stored = client.run(std::move(store));
        QVERIFY(stored.ok());
        QVERIFY(!stored.conditional);
        QVERIFY(!client.logText().contains("UNCHANGEDSINCE"));
        const auto fetched = client.run(std::make_unique<FetchCommand>(SequenceSet::fromNumbers({uid}), FetchItems().uid().flags().binaryPeek("1")));
        QVERIFY2(fetched.ok(), qPrintable(Test::describe(fetched)));
        QVERIFY(client.logText().contains("BODY.PEEK[1]"));
        QVERIFY(!client.logText().contains("BINARY"));
        QCOMPARE(fetched.messages.size(), 1);
        QVERIFY(fetched.messages.first().flags->system.testFlag(SystemFlag::Flagged));
        const BodySection *body = fetched.messages.first().findSection("1");
        QVERIFY(body);
        QCOMPARE(body->data, QByteArray("Body text.\r\n"));
    }

    void listWithoutExtensions()
    {
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("alice")), QString());
        auto list = std::make_unique<ListCommand>();
        list->setStatusItems(StatusItem::Messages);
        const auto result = client.run(std::move(list));
        QVERIFY2(result.ok(), qPrintable(Test::describe(result)));
        QVERIFY(!result.listStatus);
        QVERIFY(!client.logText().contains("RETURN"));
        QVERIFY(result.mailboxes.size() >= 5); // INBOX and the test bed's special-use folders
        for (const ListEntry &entry : result.mailboxes)
            QVERIFY2(entry.status || entry.mailbox.attributes.testFlag(MailboxAttribute::NoSelect), qPrintable(entry.mailbox.name));
    }

private:
    DovecotServer m_dovecot;
};

QTEST_GUILESS_MAIN(TestImapSessionBare)
#include "tst_imap_session_bare.moc"
