// QSslSocket reaches the real Dovecot over implicit TLS and over STARTTLS, verifying its certificate
// against the test bed's own CA instead of ignoring errors.
#include "DovecotServer.h"
#include "SocketWait.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using namespace Kestrel::Test;

class TestTestbedImap : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
    }

    void implicitTlsCapability()
    {
        QSslSocket socket;
        trustTestbed(socket);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, QStringLiteral("localhost"));
        QVERIFY(waitForEncrypted(socket));
        QVERIFY(readUntil(socket, "* OK").startsWith("* OK"));
        socket.write("a1 CAPABILITY\r\n");
        const QByteArray reply = readUntil(socket, "a1 OK");
        QVERIFY2(reply.startsWith("* CAPABILITY IMAP4rev1"), reply.constData());
        QVERIFY(reply.contains(" IDLE"));
        QVERIFY(reply.contains("AUTH=PLAIN"));
        QVERIFY2(!reply.contains("STARTTLS"), "no STARTTLS is offered inside TLS");
    }

    void starttlsCapability()
    {
        QSslSocket socket;
        trustTestbed(socket);
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_dovecot.ports().imap);
        const QByteArray greeting = readUntil(socket, "* OK");
        QVERIFY2(greeting.contains("STARTTLS"), greeting.constData());
        socket.write("a1 STARTTLS\r\n");
        QVERIFY(!readUntil(socket, "a1 OK").isEmpty());
        socket.setPeerVerifyName(QStringLiteral("localhost"));
        socket.startClientEncryption();
        QVERIFY(waitForEncrypted(socket));
        socket.write("a2 CAPABILITY\r\n");
        const QByteArray reply = readUntil(socket, "a2 OK");
        QVERIFY2(reply.startsWith("* CAPABILITY IMAP4rev1"), reply.constData());
        QVERIFY2(!reply.contains("STARTTLS"), "capabilities are refreshed after STARTTLS");
    }

    void untrustedCertificateIsReported()
    {
        // Without the test CA the self-signed certificate must be rejected, not silently accepted.
        QSslSocket socket;
        QSignalSpy sslErrors(&socket, &QSslSocket::sslErrors);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, QStringLiteral("localhost"));
        QVERIFY(sslErrors.wait(5000));
        const auto errors = sslErrors.first().first().value<QList<QSslError>>();
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().error(), QSslError::SelfSignedCertificate);
        QVERIFY(!socket.isEncrypted());
    }

private:
    void trustTestbed(QSslSocket &socket) const
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(m_dovecot.certificatePath()));
        QVERIFY(!config.caCertificates().isEmpty());
        socket.setSslConfiguration(config);
    }

    DovecotServer m_dovecot;
};

QTEST_GUILESS_MAIN(TestTestbedImap)
#include "tst_testbed_imap.moc"
