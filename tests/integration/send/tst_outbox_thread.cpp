// Outbox, the GUI's door: the calling thread only posts work (the password comes from the real
// keyring), storing and sending happen on the outbox's thread, and the results come back as signals.
#include "SendTestBed.h"
#include "SmtpSink.h"

#include "account/CredentialStore.h"
#include "send/Outbox.h"

#include <QTemporaryDir>
#include <QThread>

using namespace Kestrel;
using namespace Kestrel::Test;

class TestOutboxThread : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<Error>();
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY2(m_sink.start(m_dovecot.certificatePath(), m_dovecot.keyPath()), qPrintable(m_sink.errorString()));
        m_account = aliceAccount(m_dovecot, {QStringLiteral("127.0.0.1"), m_sink.starttlsPort(), ConnectionSecurity::StartTls});
        m_account.id = QStringLiteral("outbox-thread-alice");
        bool written = false;
        m_credentials.write(m_account.secretKey(), DovecotServer::password(), [&written](std::optional<Error> error) {
            QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
            written = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
    }

    void submitSendsOnTheOutboxThreadAndReports()
    {
        Send::Outbox outbox(m_dir.filePath(QStringLiteral("cache.sqlite")), m_credentials);
        QSignalSpy submitted(&outbox, &Send::Outbox::submitted);
        QSignalSpy completed(&outbox, &Send::Outbox::completed);
        QSignalSpy failed(&outbox, &Send::Outbox::failed);
        OutgoingMessage message;
        message.accountId = m_account.id;
        message.from = {QStringLiteral("Alice"), m_account.email};
        message.to = {{QStringLiteral("Bob"), QStringLiteral("bob@example.test")}};
        message.subject = QStringLiteral("from the window");
        message.body = QStringLiteral("Sent without blocking the window.\n");
        const qsizetype before = m_sink.storedMessages().size();
        const quint64 ticket = outbox.submit(m_account, message);
        QCOMPARE(submitted.size(), 0); // nothing happened on this thread yet
        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, 10000);
        QCOMPARE(submitted.first().at(0).value<quint64>(), ticket);
        const qint64 id = submitted.first().at(1).toLongLong();
        QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 30000);
        QCOMPARE(completed.first().at(0).toLongLong(), id);
        QVERIFY(failed.isEmpty());
        QCOMPARE(m_sink.storedMessages().size(), before + 1);
    }

    void badInputIsReportedAndNotStored()
    {
        Send::Outbox outbox(m_dir.filePath(QStringLiteral("cache.sqlite")), m_credentials);
        QSignalSpy refused(&outbox, &Send::Outbox::submitFailed);
        QSignalSpy submitted(&outbox, &Send::Outbox::submitted);
        OutgoingMessage message;
        message.accountId = m_account.id;
        message.from = {QStringLiteral("Alice"), m_account.email};
        message.subject = QStringLiteral("nobody");
        const quint64 ticket = outbox.submit(m_account, message);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
        QCOMPARE(refused.first().at(0).value<quint64>(), ticket);
        QVERIFY(!refused.first().at(1).value<Error>().userMessage.isEmpty());
        QVERIFY(submitted.isEmpty());
    }

private:
    DovecotServer m_dovecot;
    SmtpSink m_sink;
    QTemporaryDir m_dir;
    CredentialStore m_credentials{QStringLiteral("Kestrel-test-outbox")};
    AccountSettings m_account;
};

QTEST_GUILESS_MAIN(TestOutboxThread)
#include "tst_outbox_thread.moc"
