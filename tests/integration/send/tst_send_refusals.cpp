// Refusals a real server will not make on demand, from a scripted SMTP server (plain TCP on loopback;
// the Sent folder is the real Dovecot's): one recipient refused, SIZE exceeded, the server gone in the
// middle of DATA. Each leaves the message in the outbox with the server's reason.
#include "SendTestBed.h"
#include "ScriptedServer.h"

#include "cache/Database.h"
#include "send/OutboxSubmission.h"

#include <QTemporaryDir>

using namespace Kestrel;
using namespace Kestrel::Test;
using Step = ScriptedServer::Step;

namespace {

const QByteArray Greeting = "220 scripted.test ESMTP\r\n";

QList<Step> session(const QByteArray &ehlo, const QList<Step> &transaction)
{
    return QList<Step>{{"EHLO", ehlo}, {"AUTH", "235 2.7.0 Accepted\r\n"}} + transaction
        + QList<Step>{{"QUIT", "221 2.0.0 Bye\r\n", true}};
}

bool received(const ScriptedServer &server, const QByteArray &prefix)
{
    const QList<QByteArray> lines = server.receivedLines();
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QByteArray &line) { return line.startsWith(prefix); });
}

} // namespace

class TestSendRefusals : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<Error>();
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY(!m_db.open(m_dir.filePath(QStringLiteral("cache.sqlite"))));
    }

    void oneRecipientRefusedTheOthersGetItAndItWaitsForThatOne()
    {
        ScriptedServer server(Greeting, session("250-scripted.test\r\n250 AUTH PLAIN\r\n",
                                                {{"MAIL FROM", "250 2.1.0 Ok\r\n"},
                                                 {"RCPT TO:<bob@", "250 2.1.5 Ok\r\n"},
                                                 {"RCPT TO:<nobody@", "550 5.1.1 <nobody@example.test>: no such user\r\n"},
                                                 {"DATA", "354 Go ahead\r\n"},
                                                 {".", "250 2.0.0 Ok: queued as 77\r\n"}}));
        QVERIFY(server.start());
        const qint64 id = store({QStringLiteral("bob@example.test"), QStringLiteral("nobody@example.test")});
        const SendRun run = runSend(account(server), DovecotServer::password(), m_db);
        QVERIFY(run.finished);
        QCOMPARE(run.report.delivered, 1);
        QCOMPARE(run.refusals.size(), 1);
        QCOMPARE(run.refusals.first().size(), 1);
        QVERIFY(run.refusals.first().first().startsWith(QStringLiteral("nobody@example.test: 550 5.1.1")));
        std::optional<Send::OutboxEntry> entry;
        QVERIFY(!Send::OutboxStore(m_db).get(id, entry) && entry);
        QCOMPARE(entry->state, Send::OutboxState::Failed);
        QCOMPARE(entry->recipients, QStringList{QStringLiteral("nobody@example.test")});
        QVERIFY2(entry->lastError.contains(QStringLiteral("nobody@example.test")) && entry->lastError.contains(QStringLiteral("no such user")),
                 qPrintable(entry->lastError));
        QVERIFY(entry->filed); // Sent has the one copy already
        QCOMPARE(findByMessageId(m_dovecot, QStringLiteral("alice"), QStringLiteral("Sent"), entry->messageId).size(), 1);
        QVERIFY(!Send::OutboxStore(m_db).remove(id));
    }

    void sizeExceededIsRefusedBeforeUploading()
    {
        ScriptedServer server(Greeting, session("250-scripted.test\r\n250-SIZE 2000\r\n250 AUTH PLAIN\r\n",
                                                {{"MAIL FROM", "250 2.1.0 Ok\r\n"}}));
        QVERIFY(server.start());
        const qint64 id = store({QStringLiteral("bob@example.test")}, QByteArray(5000, 'x'));
        const SendRun run = runSend(account(server), DovecotServer::password(), m_db);
        QVERIFY(run.finished);
        QCOMPARE(run.failures.size(), 1);
        QVERIFY2(run.failures.first().userMessage.contains(QStringLiteral("accepts at most")), qPrintable(run.failures.first().userMessage));
        QVERIFY(!received(server, "MAIL FROM"));
        std::optional<Send::OutboxEntry> entry;
        QVERIFY(!Send::OutboxStore(m_db).get(id, entry) && entry);
        QCOMPARE(entry->state, Send::OutboxState::Failed); // waits for the user: it will not get smaller
        QVERIFY(!entry->lastError.isEmpty());
        QVERIFY(!Send::OutboxStore(m_db).remove(id));
    }

    // The server drops the connection while the message is still being uploaded: the final "." never
    // went out, so the message stays queued and is tried again (the 8 MB attachment outgrows the
    // loopback socket buffers, so the drop comes before the client has written the whole message).
    void serverGoneMidDataKeepsItQueued()
    {
        ScriptedServer server(Greeting, session("250-scripted.test\r\n250 AUTH PLAIN\r\n",
                                                {{"MAIL FROM", "250 2.1.0 Ok\r\n"},
                                                 {"RCPT TO", "250 2.1.5 Ok\r\n"},
                                                 {"DATA", "354 Go ahead\r\n"},
                                                 {"Subject:", "", true}}));
        QVERIFY(server.start());
        const qint64 id = store({QStringLiteral("bob@example.test")}, QByteArray(8 * 1024 * 1024, 'z'));
        const SendRun run = runSend(account(server), DovecotServer::password(), m_db);
        QVERIFY(run.finished);
        QCOMPARE(run.failures.size(), 1);
        QCOMPARE(run.failures.first().code, Error::Code::Network);
        QVERIFY(run.notes.isEmpty());
        std::optional<Send::OutboxEntry> entry;
        QVERIFY(!Send::OutboxStore(m_db).get(id, entry) && entry);
        QCOMPARE(entry->state, Send::OutboxState::Queued);
        QVERIFY(entry->nextAttempt.isValid());
        QVERIFY(!entry->lastError.isEmpty());
    }

private:
    AccountSettings account(const ScriptedServer &server)
    {
        AccountSettings settings = aliceAccount(m_dovecot, {QStringLiteral("127.0.0.1"), server.serverPort(), ConnectionSecurity::None});
        return settings;
    }

    qint64 store(const QStringList &to, const QByteArray &attachment = {})
    {
        OutgoingMessage message;
        message.accountId = QStringLiteral("send-alice");
        message.from = {QStringLiteral("Alice"), QStringLiteral("alice@example.test")};
        for (const QString &address : to)
            message.to.append({QString(), address});
        message.subject = QStringLiteral("scripted");
        message.body = QStringLiteral("Hello\n");
        if (!attachment.isEmpty())
            message.attachments = {{QStringLiteral("big.bin"), QStringLiteral("application/octet-stream"), attachment}};
        qint64 id = 0;
        return Send::OutboxSubmission::store(m_db, message, id) ? 0 : id;
    }

    DovecotServer m_dovecot;
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestSendRefusals)
#include "tst_send_refusals.moc"
