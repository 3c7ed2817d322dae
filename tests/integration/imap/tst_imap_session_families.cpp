// The command families that tst_imap_session_dovecot does not cover, each against the real Dovecot:
// mailbox lifecycle (CREATE, SUBSCRIBE, LSUB, RENAME, UNSUBSCRIBE, DELETE), EXAMINE, CHECK, UID COPY
// with COPYUID, plain EXPUNGE, CLOSE, FETCH (CHANGEDSINCE VANISHED), BINARY.PEEK, ID, NAMESPACE,
// APPEND with flags and an internal date, and LOGOUT.
#include "DovecotClient.h"

#include "imap/commands/AppendCommand.h"
#include "imap/commands/CloseCommand.h"
#include "imap/commands/CopyCommand.h"
#include "imap/commands/EnableCommand.h"
#include "imap/commands/ExpungeCommand.h"
#include "imap/commands/FetchCommand.h"
#include "imap/commands/IdCommand.h"
#include "imap/commands/ListCommand.h"
#include "imap/commands/LogoutCommand.h"
#include "imap/commands/MailboxCommand.h"
#include "imap/commands/NamespaceCommand.h"
#include "imap/commands/NoopCommand.h"
#include "imap/commands/SelectCommand.h"
#include "imap/commands/StatusCommand.h"
#include "imap/commands/StoreCommand.h"

#include <QTimeZone>

using namespace Kestrel;
using namespace Kestrel::Imap;
using Kestrel::Test::DovecotClient;
using Kestrel::Test::DovecotServer;

namespace {

QStringList names(const ListResult &result)
{
    QStringList out;
    for (const ListEntry &entry : result.mailboxes)
        out << entry.mailbox.name;
    return out;
}

QStringList listed(DovecotClient &client, const QString &pattern, bool subscribedOnly)
{
    auto list = std::make_unique<ListCommand>(pattern);
    list->setSubscribedOnly(subscribedOnly);
    list->setSpecialUse(false);
    return names(client.run(std::move(list)));
}

// A multipart message whose second part is base64 binary data.
QByteArray messageWithAttachment(const QByteArray &attachment)
{
    return "From: Carol <carol@example.org>\r\nTo: alice@example.org\r\nSubject: binary\r\n"
           "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
           "--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
           "--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + attachment.toBase64() + "\r\n--b--\r\n";
}

} // namespace

class TestImapSessionFamilies : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
    }

    void mailboxLifecycle()
    {
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("alice")), QString());
        using Kind = MailboxCommand::Kind;
        const QString old = QStringLiteral("Lifecycle/Старое"), renamed = QStringLiteral("Lifecycle/Новое & Co");
        QVERIFY(client.run(std::make_unique<MailboxCommand>(Kind::Create, old)).ok());
        QVERIFY(client.run(std::make_unique<MailboxCommand>(Kind::Subscribe, old)).ok());
        QVERIFY(listed(client, QStringLiteral("Lifecycle/*"), true).contains(old));
        QVERIFY(client.run(std::make_unique<MailboxCommand>(Kind::Rename, old, renamed)).ok());
        QStringList all = listed(client, QStringLiteral("Lifecycle/*"), false);
        QVERIFY2(all.contains(renamed) && !all.contains(old), qPrintable(all.join(QLatin1Char(','))));
        QVERIFY(client.run(std::make_unique<MailboxCommand>(Kind::Subscribe, renamed)).ok());
        QVERIFY(client.run(std::make_unique<MailboxCommand>(Kind::Unsubscribe, renamed)).ok());
        QVERIFY(!listed(client, QStringLiteral("Lifecycle/*"), true).contains(renamed));
        QVERIFY(client.run(std::make_unique<MailboxCommand>(Kind::Delete, renamed)).ok());
        QVERIFY(!listed(client, QStringLiteral("Lifecycle/*"), false).contains(renamed));
        const auto missing = client.run(std::make_unique<MailboxCommand>(Kind::Delete, renamed));
        QVERIFY(!missing.ok()); // NO [NONEXISTENT], quoted in the error
        QVERIFY(missing.error->userMessage.contains(QStringLiteral("127.0.0.1")) || !missing.error->detail.isEmpty());
    }

    void examineCheckCopyExpungeClose()
    {
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("alice")), QString());
        const QString box = QStringLiteral("Families"), copies = QStringLiteral("Copies");
        QVERIFY(client.run(std::make_unique<MailboxCommand>(MailboxCommand::Kind::Create, box)).ok());
        QVERIFY(client.run(std::make_unique<MailboxCommand>(MailboxCommand::Kind::Create, copies)).ok());
        QList<quint32> uids;
        for (const char *subject : {"first", "second", "third"})
            uids << client.run(std::make_unique<AppendCommand>(box, Test::testMessage(subject))).uid;

        const auto examined = client.run(std::make_unique<SelectCommand>(box, SelectCommand::Mode::Examine));
        QVERIFY(examined.ok());
        QVERIFY(examined.mailbox.readOnly);
        QCOMPARE(examined.mailbox.exists, 3u);

        QVERIFY(client.run(std::make_unique<SelectCommand>(box)).ok());
        QVERIFY(client.run(std::make_unique<NoopCommand>(NoopCommand::Kind::Check)).ok());
        const auto copied = client.run(std::make_unique<CopyCommand>(SequenceSet::fromNumbers({uids[1]}), copies));
        QVERIFY2(copied.ok(), qPrintable(Test::describe(copied)));
        QVERIFY(copied.uidValidity != 0);
        QCOMPARE(copied.sourceUids.toList(), QList<quint32>{uids[1]});
        QCOMPARE(copied.destinationUids.toList().size(), 1);

        QVERIFY(client.run(std::make_unique<StoreCommand>(SequenceSet::fromNumbers({uids[0]}), StoreCommand::Mode::Add,
                                                          QList<QByteArray>{"\\Deleted"})).ok());
        const auto expunged = client.run(std::make_unique<ExpungeCommand>()); // plain EXPUNGE
        QVERIFY(expunged.ok());
        QCOMPARE(expunged.expungedSequences, QList<quint32>{1});
        QCOMPARE(client.session->mailbox().snapshot().exists, 2u);

        QVERIFY(client.run(std::make_unique<StoreCommand>(SequenceSet::fromNumbers({uids[1]}), StoreCommand::Mode::Add,
                                                          QList<QByteArray>{"\\Deleted"})).ok());
        QVERIFY(client.run(std::make_unique<CloseCommand>(CloseCommand::Kind::Close)).ok());
        QCOMPARE(client.session->state(), SessionState::Authenticated);
        const auto status = client.run(std::make_unique<StatusCommand>(box, StatusItem::Messages));
        QCOMPARE(*status.status.messages, 1u); // CLOSE expunged the second
        const auto copiesStatus = client.run(std::make_unique<StatusCommand>(copies, StatusItem::Messages));
        QCOMPARE(*copiesStatus.status.messages, 1u);
    }

    void fetchChangedSinceWithVanished()
    {
        DovecotClient first(m_dovecot);
        QCOMPARE(first.connectAs(QStringLiteral("bob")), QString());
        QCOMPARE(first.run(std::make_unique<EnableCommand>(QList<QByteArray>{"QRESYNC"})).enabled.size(), 1);
        const QString box = QStringLiteral("Changes");
        QVERIFY(first.run(std::make_unique<MailboxCommand>(MailboxCommand::Kind::Create, box)).ok());
        QList<quint32> uids;
        for (const char *subject : {"a", "b", "c"})
            uids << first.run(std::make_unique<AppendCommand>(box, Test::testMessage(subject))).uid;
        const auto selected = first.run(std::make_unique<SelectCommand>(box));
        QVERIFY(selected.ok() && selected.mailbox.highestModSeq > 0);
        // Away while the other client works, as a client that synced earlier is: a selected session
        // would hear of the expunge as it happens instead of through VANISHED (EARLIER).
        QVERIFY(first.run(std::make_unique<CloseCommand>(CloseCommand::Kind::Unselect)).ok());

        DovecotClient second(m_dovecot);
        QCOMPARE(second.connectAs(QStringLiteral("bob")), QString());
        QVERIFY(second.run(std::make_unique<SelectCommand>(box)).ok());
        QVERIFY(second.run(std::make_unique<StoreCommand>(SequenceSet::fromNumbers({uids[0]}), StoreCommand::Mode::Add,
                                                          QList<QByteArray>{"\\Flagged"})).ok());
        QVERIFY(second.run(std::make_unique<StoreCommand>(SequenceSet::fromNumbers({uids[2]}), StoreCommand::Mode::Add,
                                                          QList<QByteArray>{"\\Deleted"})).ok());
        QVERIFY(second.run(std::make_unique<ExpungeCommand>(SequenceSet::fromNumbers({uids[2]}))).ok());

        QVERIFY(first.run(std::make_unique<SelectCommand>(box)).ok());
        auto fetch = std::make_unique<FetchCommand>(SequenceSet::fromNumbers(uids), FetchItems().uid().flags());
        fetch->setChangedSince(selected.mailbox.highestModSeq, true);
        const auto changed = first.run(std::move(fetch));
        QVERIFY2(changed.ok(), qPrintable(Test::describe(changed)));
        QVERIFY(changed.changedSinceUsed);
        QCOMPARE(changed.vanished.toList(), QList<quint32>{uids[2]});
        QCOMPARE(changed.messages.size(), 1);
        QCOMPARE(*changed.messages.first().uid, uids[0]);
        QVERIFY(changed.messages.first().flags->system.testFlag(SystemFlag::Flagged));
    }

    void binaryFetchDecodesOnTheServer()
    {
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("bob")), QString());
        QVERIFY(client.session->capabilities().has("BINARY"));
        QByteArray attachment(5000, Qt::Uninitialized);
        for (int i = 0; i < attachment.size(); ++i)
            attachment[i] = char((i * 7919) & 0xff); // every byte value, NUL and CR/LF included
        const quint32 uid = client.run(std::make_unique<AppendCommand>(QStringLiteral("INBOX"), messageWithAttachment(attachment))).uid;
        QVERIFY(client.run(std::make_unique<SelectCommand>(QStringLiteral("INBOX"))).ok());
        const auto fetched = client.run(std::make_unique<FetchCommand>(SequenceSet::fromNumbers({uid}), FetchItems().uid().binaryPeek("2")));
        QVERIFY2(fetched.ok(), qPrintable(Test::describe(fetched)));
        QCOMPARE(fetched.messages.size(), 1);
        const BodySection *section = fetched.messages.first().findSection("2", BodySection::Kind::Binary);
        QVERIFY(section);
        QCOMPARE(section->data, attachment);
        QVERIFY(client.logText().contains("BINARY.PEEK[2]"));
    }

    void appendWithFlagsAndDate()
    {
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("bob")), QString());
        const QDateTime date(QDate(2021, 3, 4), QTime(5, 6, 7), QTimeZone(2 * 3600));
        const auto appended = client.run(std::make_unique<AppendCommand>(QStringLiteral("INBOX"), Test::testMessage("dated"),
                                                                          QList<QByteArray>{"\\Seen", "$Work"}, date));
        QVERIFY2(appended.ok() && appended.uid, qPrintable(Test::describe(appended)));
        QVERIFY(client.run(std::make_unique<SelectCommand>(QStringLiteral("INBOX"), SelectCommand::Mode::Examine)).ok());
        const auto fetched = client.run(std::make_unique<FetchCommand>(SequenceSet::fromNumbers({appended.uid}),
                                                                        FetchItems().uid().flags().internalDate()));
        QCOMPARE(fetched.messages.size(), 1);
        const FetchResponse &message = fetched.messages.first();
        QCOMPARE(message.internalDate, date.toUTC());
        QVERIFY(message.flags->system.testFlag(SystemFlag::Seen));
        QVERIFY(message.flags->keywords.contains("$Work"));
    }

    void idNamespaceAndLogout()
    {
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("alice")), QString());
        const auto id = client.run(std::make_unique<IdCommand>(QList<QPair<QByteArray, QByteArray>>{{"name", "Kestrel"}}));
        QVERIFY(id.ok() && id.supported);
        bool dovecot = false;
        for (const auto &[field, value] : id.server)
            dovecot |= field.compare("name", Qt::CaseInsensitive) == 0 && value.contains("Dovecot");
        QVERIFY(dovecot);
        const auto namespaces = client.run(std::make_unique<NamespaceCommand>());
        QVERIFY(namespaces.ok() && !namespaces.synthesized);
        QCOMPARE(namespaces.namespaces.personal.value(0).prefix, QString());
        QCOMPARE(namespaces.namespaces.personal.value(0).delimiter, std::optional<char>('/'));
        QSignalSpy closed(client.session.get(), &ImapSession::closed);
        QSignalSpy failed(client.session.get(), &ImapSession::failed);
        QVERIFY(client.run(std::make_unique<LogoutCommand>()).ok());
        QVERIFY(closed.count() == 1 || closed.wait(2000));
        QCOMPARE(failed.count(), 0);
    }

private:
    DovecotServer m_dovecot;
};

QTEST_GUILESS_MAIN(TestImapSessionFamilies)
#include "tst_imap_session_families.moc"
