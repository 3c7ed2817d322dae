// LOGINDISABLED against the real Dovecot (RFC 3501 6.2.3, 7.2.1): a client it does not consider local
// (reached through LoopbackRelay from 127.0.0.2) gets LOGINDISABLED and no AUTH= mechanism before TLS.
// Over an explicitly allowed unencrypted connection Kestrel must refuse to send the password; after
// STARTTLS it must refresh the capabilities, see the mechanisms, and log in.
#include "DovecotClient.h"
#include "LoopbackRelay.h"

using namespace Kestrel;
using namespace Kestrel::Imap;
using Kestrel::Test::DovecotClient;
using Kestrel::Test::DovecotServer;
using Kestrel::Test::LoopbackRelay;

namespace {

// A DovecotClient aimed at the relay instead of Dovecot's own port.
std::unique_ptr<DovecotClient> clientThroughRelay(const DovecotServer &dovecot, const LoopbackRelay &relay,
                                                  ConnectionSecurity security)
{
    auto client = std::make_unique<DovecotClient>(dovecot, security);
    ConnectionSettings settings;
    settings.endpoint = {QStringLiteral("127.0.0.1"), relay.port(), security};
    const QSslCertificate certificate = QSslCertificate::fromPath(dovecot.certificatePath()).value(0);
    settings.pinnedCertificates = {{QStringLiteral("127.0.0.1"), relay.port(), TlsTrust::fingerprint(certificate)}};
    settings.connectTimeoutMs = 5000;
    client->session = std::make_unique<ImapSession>(settings);
    client->session->setProtocolLog(&client->log, QStringLiteral("test"));
    client->session->setResponseTimeout(10000);
    return client;
}

} // namespace

class TestImapSessionLoginDisabled : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
    }

    void unencryptedConnectionNeverSendsThePassword()
    {
        LoopbackRelay relay(m_dovecot.ports().imap);
        auto client = clientThroughRelay(m_dovecot, relay, ConnectionSecurity::None);
        QVERIFY(client->open());
        QVERIFY2(client->session->capabilities().has("LOGINDISABLED"), client->logText().constData());
        const auto result = client->run(std::make_unique<LoginCommand>(QStringLiteral("alice"), DovecotServer::password()));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->code, Error::Code::Authentication);
        QVERIFY2(result.error->userMessage.contains(QStringLiteral("127.0.0.1")), qPrintable(result.error->userMessage));
        const QByteArray log = client->logText();
        QVERIFY2(!log.contains(" LOGIN ") && !log.contains(" AUTHENTICATE "), log.constData());
        QVERIFY(!log.contains(DovecotServer::password().toUtf8()));
    }

    void startTlsRefreshesCapabilitiesAndLogsIn()
    {
        LoopbackRelay relay(m_dovecot.ports().imap);
        auto client = clientThroughRelay(m_dovecot, relay, ConnectionSecurity::StartTls);
        QVERIFY(client->open());
        // Through the relay Dovecot drops LOGINDISABLED and offers AUTH= only on a TLS connection (the
        // first test shows the cleartext side), so these two prove STARTTLS ran and CAPABILITY was re-read.
        QVERIFY2(!client->session->capabilities().has("LOGINDISABLED"), client->logText().constData());
        QVERIFY(client->session->capabilities().hasAuth("PLAIN"));
        const auto result = client->run(std::make_unique<LoginCommand>(QStringLiteral("alice"), DovecotServer::password()));
        QVERIFY2(result.ok(), qPrintable(Test::describe(result)));
    }

private:
    DovecotServer m_dovecot;
};

QTEST_GUILESS_MAIN(TestImapSessionLoginDisabled)
#include "tst_imap_session_logindisabled.moc"
