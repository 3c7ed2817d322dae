// The outbox end to end on real servers: the test bed's SMTP server (delivering into Dovecot over LMTP)
// and Dovecot's Sent folder. Crash points are reproduced by leaving the outbox row in the state a
// process killed at that point leaves behind (kestrel-cli's crash tests kill a real process).
#include "SendTestBed.h"
#include "SmtpSink.h"

#include "cache/Database.h"
#include "cache/OfflineQueue.h"
#include "mime/MessageReader.h"
#include "send/OutboxSubmission.h"
#include "sync/actions/ReplayLock.h"

#include <KMime/Message>

#include <QTemporaryDir>

using namespace Kestrel;
using namespace Kestrel::Test;

namespace {

QByteArray pdfBytes()
{
    QByteArray data("%PDF-1.4\n");
    for (int i = 0; i < 5000; ++i)
        data.append(char(i * 7 % 256));
    return data;
}

OutgoingMessage twoAttachments(const QString &accountId)
{
    OutgoingMessage message;
    message.accountId = accountId;
    message.from = {QStringLiteral("Алиса"), QStringLiteral("alice@example.test")};
    message.to = {{QStringLiteral("Bob Bērziņš"), QStringLiteral("bob@example.test")}};
    message.subject = QStringLiteral("Отчёт — ziņojums 2026");
    message.body = QStringLiteral("Привет, Bob!\nHere are both files.\n");
    message.attachments = {{QStringLiteral("отчёт.pdf"), QStringLiteral("application/pdf"), pdfBytes()},
                           {QStringLiteral("piezīmes.txt"), QStringLiteral("text/plain"), QByteArray("šī ir piezīme\n")}};
    return message;
}

} // namespace

class TestAccountSend : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<Error>();
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        const QString lmtp = QStringLiteral("127.0.0.1:%1").arg(m_dovecot.ports().lmtp);
        QVERIFY2(m_sink.start(m_dovecot.certificatePath(), m_dovecot.keyPath(), lmtp), qPrintable(m_sink.errorString()));
        m_account = aliceAccount(m_dovecot, {QStringLiteral("127.0.0.1"), m_sink.starttlsPort(), ConnectionSecurity::StartTls});
        QVERIFY(!m_db.open(m_dir.filePath(QStringLiteral("cache.sqlite"))));
    }

    void sendsOnceToTheServerSentAndTheRecipient()
    {
        const OutgoingMessage message = twoAttachments(m_account.id);
        qint64 id = 0;
        QVERIFY(!Send::OutboxSubmission::store(m_db, message, id));
        std::optional<Send::OutboxEntry> entry;
        QVERIFY(!Send::OutboxStore(m_db).get(id, entry) && entry);
        const QByteArray messageId = entry->messageId;
        const qsizetype before = m_sink.storedMessages().size();

        const SendRun run = runSend(m_account, DovecotServer::password(), m_db);
        QVERIFY(run.finished);
        QVERIFY2(run.failures.isEmpty(), qPrintable(run.failures.value(0).toString()));
        QCOMPARE(run.report.delivered, 1);
        QCOMPARE(run.report.completed, 1);
        QCOMPARE(outboxCount(m_db, m_account.id), 0);

        // The server's stored copy parses back to what was written.
        QCOMPARE(m_sink.storedMessages().size(), before + 1);
        const QByteArray raw = m_sink.storedMessages().last().raw;
        const Mime::MessageView view = Mime::MessageReader::read(raw);
        QCOMPARE(view.subject, message.subject);
        QCOMPARE(view.from, QStringLiteral("Алиса <alice@example.test>"));
        QCOMPARE(view.to, QStringList{QStringLiteral("Bob Bērziņš <bob@example.test>")});
        QCOMPARE(view.plainText.trimmed(), message.body.trimmed());
        QCOMPARE(view.messageId, messageId);
        QCOMPARE(view.attachments.size(), 2);
        QCOMPARE(view.attachments[0].fileName, QStringLiteral("отчёт.pdf"));
        QCOMPARE(view.attachments[1].fileName, QStringLiteral("piezīmes.txt"));
        KMime::Message parsed;
        parsed.setContent(KMime::CRLFtoLF(raw));
        parsed.parse();
        QCOMPARE(parsed.contents().size(), 3);
        QCOMPARE(parsed.contents()[1]->decodedContent(), pdfBytes());
        QCOMPARE(parsed.contents()[2]->decodedContent(), QByteArray("šī ir piezīme\n"));
        QVERIFY(m_sink.storedMessages().last().envelope.contains("bob@example.test"));

        // Exactly one copy in Sent, seen; and the recipient got it over LMTP.
        QByteArray flags;
        QCOMPARE(findByMessageId(m_dovecot, QStringLiteral("alice"), QStringLiteral("Sent"), messageId, &flags).size(), 1);
        QVERIFY2(flags.contains("\\Seen"), flags.constData());
        QCOMPARE(findByMessageId(m_dovecot, QStringLiteral("bob"), QStringLiteral("INBOX"), messageId).size(), 1);

        // Running again sends nothing more.
        const SendRun again = runSend(m_account, DovecotServer::password(), m_db);
        QCOMPARE(again.report.delivered, 0);
        QCOMPARE(m_sink.storedMessages().size(), before + 1);
        QCOMPARE(findByMessageId(m_dovecot, QStringLiteral("alice"), QStringLiteral("Sent"), messageId).size(), 1);
    }

    // Killed after "data-committed" was stored (the final dot may have gone out): not sent again, one
    // Sent copy, and the user is told the delivery is unconfirmed.
    void dataCommittedIsNotSentAgain()
    {
        const qint64 id = store(QStringLiteral("committed"));
        QVERIFY(!Send::OutboxStore(m_db).setState(id, Send::OutboxState::DataCommitted));
        const QByteArray messageId = messageIdOf(id);
        const qsizetype before = m_sink.storedMessages().size();
        const SendRun run = runSend(m_account, DovecotServer::password(), m_db);
        QVERIFY(run.finished);
        QCOMPARE(m_sink.storedMessages().size(), before);
        QCOMPARE(run.notes.size(), 1);
        QVERIFY(run.notes.first().contains(QStringLiteral("not known")));
        QCOMPARE(findByMessageId(m_dovecot, QStringLiteral("alice"), QStringLiteral("Sent"), messageId).size(), 1);
        QCOMPARE(outboxCount(m_db, m_account.id), 0);
    }

    // Killed after MAIL FROM but before the dot: sent (once) on restart.
    void sendingIsSentAgain()
    {
        const qint64 id = store(QStringLiteral("half way"));
        QVERIFY(!Send::OutboxStore(m_db).setState(id, Send::OutboxState::Sending));
        const QByteArray messageId = messageIdOf(id);
        const qsizetype before = m_sink.storedMessages().size();
        const SendRun run = runSend(m_account, DovecotServer::password(), m_db);
        QCOMPARE(run.report.delivered, 1);
        QCOMPARE(m_sink.storedMessages().size(), before + 1);
        QCOMPARE(findByMessageId(m_dovecot, QStringLiteral("alice"), QStringLiteral("Sent"), messageId).size(), 1);
    }

    // Killed after the APPEND but before it was recorded: the Message-ID search finds the copy.
    void deliveredAndAlreadyInSentIsNotAppendedTwice()
    {
        const qint64 id = store(QStringLiteral("already filed"));
        QVERIFY(!Send::OutboxStore(m_db).markDelivered(id));
        std::optional<Send::OutboxEntry> entry;
        QVERIFY(!Send::OutboxStore(m_db).get(id, entry) && entry);
        RawImapClient raw;
        QVERIFY(raw.connectTo(m_dovecot.ports().imap) && raw.login(QStringLiteral("alice"), DovecotServer::password()));
        QVERIFY(raw.append(QStringLiteral("Sent"), {entry->message}, "\\Seen"));
        raw.logout();
        const qsizetype before = m_sink.storedMessages().size();
        const SendRun run = runSend(m_account, DovecotServer::password(), m_db);
        QCOMPARE(run.report.completed, 1);
        QCOMPARE(m_sink.storedMessages().size(), before);
        QCOMPARE(findByMessageId(m_dovecot, QStringLiteral("alice"), QStringLiteral("Sent"), entry->messageId).size(), 1);
    }

    void replyQueuesAnsweredOnTheOriginal()
    {
        OutgoingMessage message = twoAttachments(m_account.id);
        message.attachments.clear();
        message.origin = OutgoingMessage::Origin::Reply;
        message.originFolder = QStringLiteral("INBOX");
        message.originUid = 7;
        message.inReplyTo = QStringLiteral("<orig@example.test>");
        qint64 id = 0;
        QVERIFY(!Send::OutboxSubmission::store(m_db, message, id));
        int queuedBefore = 0;
        QVERIFY(!OfflineQueue(m_db).count(m_account.id, queuedBefore));
        const SendRun run = runSend(m_account, DovecotServer::password(), m_db);
        QCOMPARE(run.report.completed, 1);
        QList<OfflineAction> actions;
        QVERIFY(!OfflineQueue(m_db).peek(m_account.id, 100, actions));
        QCOMPARE(actions.size(), queuedBefore + 1);
        QVERIFY(actions.last().payload.contains("\\\\Answered"));
        QVERIFY(actions.last().payload.contains("INBOX"));
    }

    void wrongPasswordKeepsTheMessageWithAClearReason()
    {
        const qint64 id = store(QStringLiteral("wrong password"));
        const qsizetype before = m_sink.storedMessages().size();
        const SendRun run = runSend(m_account, QStringLiteral("not the password"), m_db);
        QVERIFY(run.finished);
        QCOMPARE(run.failures.size(), 1);
        QCOMPARE(run.failures.first().code, Error::Code::Authentication);
        QCOMPARE(m_sink.storedMessages().size(), before);
        std::optional<Send::OutboxEntry> entry;
        QVERIFY(!Send::OutboxStore(m_db).get(id, entry) && entry);
        QCOMPARE(entry->state, Send::OutboxState::Failed);
        QVERIFY2(entry->lastError.contains(QStringLiteral("password")), qPrintable(entry->lastError));
        // The user fixes the password and retries: it goes out once.
        QVERIFY(!Send::OutboxStore(m_db).retry(id));
        QCOMPARE(runSend(m_account, DovecotServer::password(), m_db).report.completed, 1);
        QCOMPARE(m_sink.storedMessages().size(), before + 1);
    }

    void unreachableServerKeepsItQueuedWithBackOff()
    {
        AccountSettings offline = m_account;
        offline.smtp.port = 1; // nothing listens there
        const qint64 id = store(QStringLiteral("offline"));
        const SendRun run = runSend(offline, DovecotServer::password(), m_db);
        QVERIFY(run.finished);
        QCOMPARE(run.failures.size(), 1);
        QCOMPARE(run.failures.first().code, Error::Code::Network);
        std::optional<Send::OutboxEntry> entry;
        QVERIFY(!Send::OutboxStore(m_db).get(id, entry) && entry);
        QCOMPARE(entry->state, Send::OutboxState::Queued);
        QVERIFY(entry->nextAttempt > QDateTime::currentDateTimeUtc());
        QVERIFY(!Send::OutboxStore(m_db).remove(id));
    }

    // Another process (the GUI beside a kestrel-cli) holds the account's send lock: this run leaves the
    // message to it instead of sending it a second time.
    void anotherSenderHoldsTheLock()
    {
        const qint64 id = store(QStringLiteral("elsewhere"));
        const qsizetype before = m_sink.storedMessages().size();
        {
            Sync::ReplayLock other(m_db.filePath(), QStringLiteral("send:") + m_account.id);
            QVERIFY(other.tryLock());
            const SendRun run = runSend(m_account, DovecotServer::password(), m_db);
            QVERIFY(run.finished);
            QVERIFY(run.report.sendingElsewhere);
            QCOMPARE(m_sink.storedMessages().size(), before);
        }
        QCOMPARE(runSend(m_account, DovecotServer::password(), m_db).report.completed, 1);
        QCOMPARE(m_sink.storedMessages().size(), before + 1);
        std::optional<Send::OutboxEntry> entry;
        QVERIFY(!Send::OutboxStore(m_db).get(id, entry));
        QVERIFY(!entry);
    }

    void noSmtpServerWaitsForTheUser()
    {
        AccountSettings noSmtp = m_account;
        noSmtp.smtp.host.clear();
        const qint64 id = store(QStringLiteral("no server"));
        const SendRun run = runSend(noSmtp, DovecotServer::password(), m_db);
        QCOMPARE(run.failures.size(), 1);
        QVERIFY(run.failures.first().userMessage.contains(QStringLiteral("no outgoing (SMTP) server")));
        std::optional<Send::OutboxEntry> entry;
        QVERIFY(!Send::OutboxStore(m_db).get(id, entry) && entry);
        QCOMPARE(entry->state, Send::OutboxState::Failed);
        QVERIFY(!Send::OutboxStore(m_db).remove(id));
    }

    void badInputIsRefusedBeforeStoring()
    {
        OutgoingMessage message = twoAttachments(m_account.id);
        message.to = {{QString(), QStringLiteral("not an address")}};
        qint64 id = 0;
        const auto error = Send::OutboxSubmission::store(m_db, message, id);
        QVERIFY(error);
        QVERIFY(error->userMessage.contains(QStringLiteral("not an address")));
        message.to.clear();
        QVERIFY(Send::OutboxSubmission::store(m_db, message, id));
        QCOMPARE(id, 0);
    }

private:
    qint64 store(const QString &subject)
    {
        OutgoingMessage message = twoAttachments(m_account.id);
        message.subject = subject;
        message.attachments.clear();
        qint64 id = 0;
        const auto error = Send::OutboxSubmission::store(m_db, message, id);
        return error ? 0 : id;
    }

    QByteArray messageIdOf(qint64 id)
    {
        std::optional<Send::OutboxEntry> entry;
        Send::OutboxStore(m_db).get(id, entry);
        return entry ? entry->messageId : QByteArray();
    }

    DovecotServer m_dovecot;
    SmtpSink m_sink;
    QTemporaryDir m_dir;
    Database m_db;
    AccountSettings m_account;
};

QTEST_GUILESS_MAIN(TestAccountSend)
#include "tst_account_send.moc"
