// A message sent over STARTTLS with AUTH PLAIN to the test bed's SMTP server is stored byte-exact.
#include "DovecotServer.h"
#include "SmtpSink.h"
#include "SocketWait.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using namespace Kestrel::Test;

class TestTestbedSmtp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The sink reuses a certificate made the same way as Dovecot's; start Dovecot only for its files.
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY2(m_sink.start(m_dovecot.certificatePath(), m_dovecot.keyPath()), qPrintable(m_sink.errorString()));
    }

    void messageIsStoredByteExact()
    {
        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(m_dovecot.certificatePath()));
        socket.setSslConfiguration(config);
        socket.setPeerVerifyName(QStringLiteral("localhost"));
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_sink.starttlsPort());
        QVERIFY(!readUntil(socket, "220 ").isEmpty());
        socket.write("EHLO client.test\r\n");
        QVERIFY(readUntil(socket, "250 ").contains("STARTTLS"));
        socket.write("STARTTLS\r\n");
        QVERIFY(!readUntil(socket, "220 ").isEmpty());
        socket.startClientEncryption();
        QVERIFY(waitForEncrypted(socket));
        socket.write("EHLO client.test\r\n");
        QVERIFY(readUntil(socket, "250 ").contains("AUTH"));
        socket.write("AUTH PLAIN " + QByteArray("\0alice\0secret", 13).toBase64() + "\r\n");
        QVERIFY(!readUntil(socket, "235 ").isEmpty());
        socket.write("MAIL FROM:<alice@example.test>\r\nRCPT TO:<bob@example.test>\r\n");
        QVERIFY(!readUntil(socket, "250 ").isEmpty());
        socket.write("DATA\r\n");
        QVERIFY(!readUntil(socket, "354 ").isEmpty());

        const QByteArray message = "From: alice@example.test\r\nTo: bob@example.test\r\nSubject: exact\r\n\r\n"
                                   "line one\r\n.a line that starts with a dot\r\n\xd0\x9f\xd1\x80\xd0\xb8 8-bit\r\n";
        QByteArray stuffed = message;
        stuffed.replace("\r\n.", "\r\n..");
        socket.write(stuffed + ".\r\n");
        QVERIFY(!readUntil(socket, "250 ").isEmpty());
        socket.write("QUIT\r\n");
        readUntil(socket, "221 ");

        QTRY_COMPARE_WITH_TIMEOUT(m_sink.storedMessages().size(), 1, 5000);
        const SmtpSink::StoredMessage stored = m_sink.storedMessages().first();
        QCOMPARE(stored.raw, message);
        QVERIFY(stored.envelope.contains("\"auth_user\": \"alice\""));
        QVERIFY(stored.envelope.contains("bob@example.test"));
    }

private:
    DovecotServer m_dovecot;
    SmtpSink m_sink;
};

QTEST_GUILESS_MAIN(TestTestbedSmtp)
#include "tst_testbed_smtp.moc"
