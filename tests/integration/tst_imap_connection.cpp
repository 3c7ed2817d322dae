// ImapConnection against the real Dovecot (implicit TLS, STARTTLS, certificate trust) and against a
// scripted server for what Dovecot never does (STARTTLS injection, BYE greeting, cleartext PREAUTH).
#include "DovecotServer.h"
#include "ScriptedServer.h"

#include "imap/session/ImapConnection.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Imap;
using Kestrel::Test::DovecotServer;
using Kestrel::Test::ScriptedServer;

Q_DECLARE_METATYPE(Kestrel::Error)
Q_DECLARE_METATYPE(Kestrel::CertificateProblem)
Q_DECLARE_METATYPE(Kestrel::Imap::Frame)

namespace {

QByteArray certificateFingerprint(const QString &path)
{
    return TlsTrust::fingerprint(QSslCertificate::fromPath(path).value(0));
}

} // namespace

class TestImapConnection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<Kestrel::Error>();
        qRegisterMetaType<Kestrel::CertificateProblem>();
        qRegisterMetaType<Kestrel::Imap::Frame>();
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
    }

    void implicitTlsWithPinnedCertificate()
    {
        ImapConnection connection(settings(m_dovecot.ports().imaps, ConnectionSecurity::Tls, true));
        QSignalSpy opened(&connection, &ImapConnection::opened);
        connection.open();
        QVERIFY(opened.wait(5000));
        QVERIFY(opened.first().first().value<Frame>().bytes.startsWith("* OK"));
        QVERIFY(connection.isEncrypted());
        QCOMPARE(connection.state(), ImapConnection::State::Open);
    }

    void unpinnedSelfSignedCertificateIsRejected()
    {
        ImapConnection connection(settings(m_dovecot.ports().imaps, ConnectionSecurity::Tls, false));
        QSignalSpy rejected(&connection, &ImapConnection::certificateRejected);
        QSignalSpy failed(&connection, &ImapConnection::failed);
        QSignalSpy opened(&connection, &ImapConnection::opened);
        connection.open();
        QVERIFY(failed.wait(5000));
        QCOMPARE(rejected.size(), 1);
        const auto problem = rejected.first().first().value<CertificateProblem>();
        QCOMPARE(problem.sha256, certificateFingerprint(m_dovecot.certificatePath()));
        QCOMPARE(problem.port, m_dovecot.ports().imaps);
        QVERIFY(!problem.errors.isEmpty());
        QCOMPARE(failed.first().first().value<Error>().code, Error::Code::Tls);
        QCOMPARE(opened.size(), 0);
    }

    void aPinForAnotherPortDoesNotCount()
    {
        ConnectionSettings s = settings(m_dovecot.ports().imaps, ConnectionSecurity::Tls, true);
        s.pinnedCertificates.first().port = m_dovecot.ports().imap;
        ImapConnection connection(s);
        QSignalSpy failed(&connection, &ImapConnection::failed);
        connection.open();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<Error>().code, Error::Code::Tls);
    }

    void starttlsUpgradesBeforeAnyCommand()
    {
        ImapConnection connection(settings(m_dovecot.ports().imap, ConnectionSecurity::StartTls, true));
        QSignalSpy opened(&connection, &ImapConnection::opened);
        QSignalSpy frames(&connection, &ImapConnection::frameReceived);
        connection.open();
        QVERIFY(opened.wait(5000));
        QVERIFY(connection.isEncrypted());
        connection.send("a1 CAPABILITY\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 2, 5000);
        const QByteArray capability = frames.at(0).first().value<Frame>().bytes;
        QVERIFY2(capability.startsWith("* CAPABILITY "), capability.constData());
        QVERIFY(!capability.contains("STARTTLS"));
        QVERIFY(frames.at(1).first().value<Frame>().bytes.startsWith("a1 OK"));
    }

    void refusedConnectionNamesTheServer()
    {
        ScriptedServer closedPort("");
        QVERIFY(closedPort.start());
        const quint16 port = closedPort.serverPort();
        closedPort.close(); // nothing listens there now
        ImapConnection connection(settings(port, ConnectionSecurity::Tls, false));
        QSignalSpy failed(&connection, &ImapConnection::failed);
        connection.open();
        QVERIFY(failed.wait(5000));
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.code, Error::Code::Network);
        QVERIFY2(error.userMessage.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(error.userMessage));
    }

    void scriptedFailures_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<QByteArray>("startTlsReply");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("injection after STARTTLS OK") << QByteArray("* OK ready\r\n")
            << QByteArray("S0 OK begin TLS\r\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\r\n")
            << QStringLiteral("unexpected data");
        QTest::newRow("STARTTLS refused") << QByteArray("* OK ready\r\n") << QByteArray("S0 BAD unknown command\r\n")
                                          << QStringLiteral("STARTTLS");
        QTest::newRow("cleartext PREAUTH") << QByteArray("* PREAUTH welcome\r\n") << QByteArray()
                                           << QStringLiteral("STARTTLS");
        QTest::newRow("BYE greeting") << QByteArray("* BYE too many connections\r\n") << QByteArray()
                                      << QStringLiteral("refused");
    }

    void scriptedFailures()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(QByteArray, startTlsReply);
        QFETCH(QString, messagePart);
        ScriptedServer server(greeting, {{"S0 STARTTLS", startTlsReply}});
        QVERIFY(server.start());
        ImapConnection connection(settings(server.serverPort(), ConnectionSecurity::StartTls, false));
        QSignalSpy failed(&connection, &ImapConnection::failed);
        QSignalSpy opened(&connection, &ImapConnection::opened);
        connection.open();
        QVERIFY(failed.wait(5000));
        const Error error = failed.first().first().value<Error>();
        QVERIFY2(error.userMessage.contains(messagePart), qPrintable(error.toString()));
        QCOMPARE(opened.size(), 0);
        QCOMPARE(connection.state(), ImapConnection::State::Disconnected);
    }

private:
    ConnectionSettings settings(quint16 port, ConnectionSecurity security, bool pin) const
    {
        ConnectionSettings s;
        s.endpoint = {QStringLiteral("127.0.0.1"), port, security};
        if (pin)
            s.pinnedCertificates = {{QStringLiteral("127.0.0.1"), port, certificateFingerprint(m_dovecot.certificatePath())}};
        s.connectTimeoutMs = 5000;
        return s;
    }

    DovecotServer m_dovecot;
};

QTEST_GUILESS_MAIN(TestImapConnection)
#include "tst_imap_connection.moc"
