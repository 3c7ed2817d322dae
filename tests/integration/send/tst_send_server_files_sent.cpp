// A server that files sent mail itself (Gmail, which says so with X-GM-EXT-1): no APPEND to Sent, or
// the user would see every message twice. Dovecot is made to announce the capability.
#include "SendTestBed.h"
#include "SmtpSink.h"

#include "cache/Database.h"
#include "send/OutboxSubmission.h"

#include <QTemporaryDir>

using namespace Kestrel;
using namespace Kestrel::Test;

class TestSendServerFilesSent : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<Error>();
        m_dovecot.setExtraConfig(QStringLiteral("imap_capability = +X-GM-EXT-1\n"));
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY2(m_sink.start(m_dovecot.certificatePath(), m_dovecot.keyPath()), qPrintable(m_sink.errorString()));
        QVERIFY(!m_db.open(m_dir.filePath(QStringLiteral("cache.sqlite"))));
        RawImapClient raw; // the premise: a logged-in client is told
        QVERIFY(raw.connectTo(m_dovecot.ports().imap) && raw.login(QStringLiteral("alice"), DovecotServer::password()));
        QVERIFY(raw.command("CAPABILITY").untagged.value(0).contains("X-GM-EXT-1"));
        raw.logout();
    }

    void noCopyIsAppended()
    {
        const AccountSettings account = aliceAccount(m_dovecot, {QStringLiteral("127.0.0.1"), m_sink.starttlsPort(), ConnectionSecurity::StartTls});
        OutgoingMessage message;
        message.accountId = account.id;
        message.from = {QStringLiteral("Alice"), account.email};
        message.to = {{QString(), QStringLiteral("bob@example.test")}};
        message.subject = QStringLiteral("filed by the server");
        message.body = QStringLiteral("Hi\n");
        qint64 id = 0;
        QVERIFY(!Send::OutboxSubmission::store(m_db, message, id));
        std::optional<Send::OutboxEntry> entry;
        QVERIFY(!Send::OutboxStore(m_db).get(id, entry) && entry);
        const SendRun run = runSend(account, DovecotServer::password(), m_db);
        QVERIFY(run.finished);
        QVERIFY2(run.failures.isEmpty(), qPrintable(run.failures.value(0).toString()));
        QCOMPARE(run.report.completed, 1);
        QCOMPARE(m_sink.storedMessages().size(), 1);
        QCOMPARE(findByMessageId(m_dovecot, QStringLiteral("alice"), QStringLiteral("Sent"), entry->messageId).size(), 0);
        QCOMPARE(outboxCount(m_db, account.id), 0);
    }

private:
    DovecotServer m_dovecot;
    SmtpSink m_sink;
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestSendServerFilesSent)
#include "tst_send_server_files_sent.moc"
