// Account discovery against real servers on loopback: autoconfig XML from an HTTPS server that presents
// the test bed's self-signed certificate (trusted explicitly, never by ignoring errors), SRV records
// from a DNS server on 127.53.x.y:53 through QDnsLookup, and guesses probed live against Dovecot.
#include "DovecotServer.h"
#include "FreePort.h"
#include "HttpsFileServer.h"
#include "LoopbackDnsServer.h"

#include "account/autoconfig/AccountDiscovery.h"
#include "account/autoconfig/AutoconfigFetcher.h"
#include "account/autoconfig/DnsSrvResolver.h"
#include "account/autoconfig/SrvDiscovery.h"

#include "DiscoveryPrinting.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Kestrel;
using Kestrel::Test::DovecotServer;
using Kestrel::Test::HttpsFileServer;
using Kestrel::Test::LoopbackDnsServer;

Q_DECLARE_METATYPE(Kestrel::DiscoveredServers)

namespace {

const QString Address = QStringLiteral("ann@corp.example");

QByteArray configXml(const QString &imapHost, quint16 imapPort, const QString &smtpHost, quint16 smtpPort)
{
    return QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="corp.example">
    <domain>corp.example</domain>
    <incomingServer type="imap">
      <hostname>%1</hostname><port>%2</port><socketType>SSL</socketType>
      <authentication>password-cleartext</authentication><username>%EMAILLOCALPART%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>%3</hostname><port>%4</port><socketType>STARTTLS</socketType>
      <authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>)")
        .arg(imapHost)
        .arg(imapPort)
        .arg(smtpHost)
        .arg(smtpPort)
        .toUtf8();
}

DiscoveredServers waitForResult(AccountDiscovery &discovery, const QString &address, int timeoutMs = 15000)
{
    QSignalSpy finished(&discovery, &AccountDiscovery::finished);
    discovery.start(address);
    if (!finished.wait(timeoutMs))
        return {};
    return finished.first().first().value<DiscoveredServers>();
}

} // namespace

class TestAccountDiscovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<Kestrel::DiscoveredServers>();
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        m_ca = QSslCertificate::fromPath(m_dovecot.certificatePath());
        QCOMPARE(m_ca.size(), 1);
        QVERIFY2(m_dns.start(), qPrintable(m_dns.errorString()));
        m_closedPort = Kestrel::Test::freeLoopbackPorts(1).first(); // nothing listens there
    }

    void autoconfigWinsOverSrvAndGuesses()
    {
        HttpsFileServer https(m_dovecot.certificatePath(), m_dovecot.keyPath());
        https.setFile("/mail/config-v1.1.xml",
                      configXml(QStringLiteral("localhost"), 993, QStringLiteral("smtp.corp.example"), 587));
        QVERIFY(https.start());
        m_dns.addSrv(QStringLiteral("_imaps._tcp.both.example"), {0, 1, 1993, QStringLiteral("srv.both.example")});
        DiscoveryOptions options = baseOptions();
        options.autoconfigUrls = [&](const QString &, const QString &) { return QList<QUrl>{url(https)}; };
        options.guesses = [&](const QString &) { return dovecotGuesses(); };
        AccountDiscovery discovery(options);
        const DiscoveredServers found = waitForResult(discovery, QStringLiteral("ann@both.example"));
        QVERIFY(found.isComplete());
        QCOMPARE(found.imap->source, DiscoverySource::Autoconfig);
        QCOMPARE(found.imap->endpoint, ServerEndpoint(QStringLiteral("localhost"), 993, ConnectionSecurity::Tls));
        QCOMPARE(found.imap->userName, QStringLiteral("ann"));
        QCOMPARE(found.smtp->endpoint, ServerEndpoint(QStringLiteral("smtp.corp.example"), 587, ConnectionSecurity::StartTls));
        QVERIFY(https.requests().value(0).startsWith("/mail/config-v1.1.xml"));
    }

    void theWellKnownUrlAnswersWhenTheAutoconfigHostHasNothing()
    {
        HttpsFileServer https(m_dovecot.certificatePath(), m_dovecot.keyPath());
        https.setFile("/.well-known/autoconfig/mail/config-v1.1.xml",
                      configXml(QStringLiteral("imap.corp.example"), 993, QStringLiteral("smtp.corp.example"), 587));
        QVERIFY(https.start());
        const QList<QUrl> urls = DiscoveryOptions::standardAutoconfigUrls(QStringLiteral("corp.example"), Address);
        QCOMPARE(urls.value(0).toString(),
                 QStringLiteral("https://autoconfig.corp.example/mail/config-v1.1.xml?emailaddress=ann@corp.example"));
        QCOMPARE(urls.value(1).toString(), QStringLiteral("https://corp.example/.well-known/autoconfig/mail/config-v1.1.xml"));
        // The same two paths, on the loopback server.
        AutoconfigFetcher fetcher({onServer(https, urls[0]), onServer(https, urls[1])}, m_ca, 5000);
        QSignalSpy finished(&fetcher, &DiscoveryStep::finished);
        fetcher.start(Address);
        QVERIFY(finished.wait(10000));
        const auto found = finished.first().first().value<DiscoveredServers>();
        QVERIFY(found.isComplete());
        QCOMPARE(found.imap->endpoint.host, QStringLiteral("imap.corp.example"));
        QCOMPARE(https.requests().size(), 2);
        QVERIFY(fetcher.failures().value(0).contains(QLatin1String("Not Found"), Qt::CaseInsensitive));
    }

    void anUntrustedCertificateIsNotIgnored()
    {
        HttpsFileServer https(m_dovecot.certificatePath(), m_dovecot.keyPath());
        https.setFile("/mail/config-v1.1.xml",
                      configXml(QStringLiteral("evil.example"), 993, QStringLiteral("evil.example"), 587));
        QVERIFY(https.start());
        AutoconfigFetcher fetcher({url(https)}, {}, 5000); // the self-signed certificate is not trusted
        QSignalSpy finished(&fetcher, &DiscoveryStep::finished);
        fetcher.start(Address);
        QVERIFY(finished.wait(10000));
        const auto found = finished.first().first().value<DiscoveredServers>();
        QVERIFY(!found.imap && !found.smtp);
        QVERIFY2(!fetcher.failures().value(0).isEmpty(), "the TLS failure is reported");
    }

    void srvRecordsComeThroughRealDns()
    {
        m_dns.addSrv(QStringLiteral("_imaps._tcp.srv.example"), {10, 0, 1993, QStringLiteral("backup.srv.example")});
        m_dns.addSrv(QStringLiteral("_imaps._tcp.srv.example"), {0, 5, 993, QStringLiteral("imap.srv.example")});
        m_dns.addSrv(QStringLiteral("_imap._tcp.srv.example"), {0, 0, 143, QStringLiteral("plain.srv.example")});
        m_dns.addSrv(QStringLiteral("_submissions._tcp.srv.example"), {0, 0, 0, QStringLiteral(".")});
        m_dns.addSrv(QStringLiteral("_submission._tcp.srv.example"), {0, 0, 587, QStringLiteral("smtp.srv.example")});
        SrvDiscovery srv(std::make_shared<DnsSrvResolver>(m_dns.address()));
        QSignalSpy finished(&srv, &DiscoveryStep::finished);
        srv.start(QStringLiteral("ann@srv.example"));
        QVERIFY(finished.wait(10000));
        const auto found = finished.first().first().value<DiscoveredServers>();
        QVERIFY(found.isComplete());
        QCOMPARE(found.imap->endpoint, ServerEndpoint(QStringLiteral("imap.srv.example"), 993, ConnectionSecurity::Tls));
        QCOMPARE(found.smtp->endpoint, ServerEndpoint(QStringLiteral("smtp.srv.example"), 587, ConnectionSecurity::StartTls));
        QCOMPARE(found.imap->source, DiscoverySource::Srv);
        QCOMPARE(found.imap->userName, QStringLiteral("ann@srv.example"));
        QVERIFY(m_dns.questions().contains(QStringLiteral("_submissions._tcp.srv.example")));
    }

    void srvIsUsedWhenThereIsNoAutoconfig()
    {
        m_dns.addSrv(QStringLiteral("_imaps._tcp.dns.example"), {0, 0, 993, QStringLiteral("imap.dns.example")});
        m_dns.addSrv(QStringLiteral("_submission._tcp.dns.example"), {0, 0, 587, QStringLiteral("smtp.dns.example")});
        DiscoveryOptions options = baseOptions();
        options.guesses = [&](const QString &) { return dovecotGuesses(); };
        AccountDiscovery discovery(options);
        const DiscoveredServers found = waitForResult(discovery, QStringLiteral("ann@dns.example"));
        QVERIFY(found.isComplete());
        QCOMPARE(found.imap->source, DiscoverySource::Srv);
        QCOMPARE(found.smtp->source, DiscoverySource::Srv);
        QCOMPARE(found.imap->endpoint.host, QStringLiteral("imap.dns.example"));
    }

    void guessesTakeTheMostPreferredServerThatGreets()
    {
        DiscoveryOptions options = baseOptions();
        options.autoconfigUrls = [](const QString &, const QString &) { return QList<QUrl>{}; };
        options.guesses = [&](const QString &) { return dovecotGuesses(); };
        AccountDiscovery discovery(options);
        const DiscoveredServers found = waitForResult(discovery, Address);
        QVERIFY(found.isComplete());
        QCOMPARE(found.imap->source, DiscoverySource::Guess);
        // The closed port comes first and fails; the implicit-TLS port is preferred over STARTTLS.
        QCOMPARE(found.imap->endpoint, local(m_dovecot.ports().imaps, ConnectionSecurity::Tls));
        QCOMPARE(found.smtp->endpoint, local(m_dovecot.ports().submissions, ConnectionSecurity::Tls));
        QCOMPARE(found.imap->userName, Address);
    }

    void aGuessWithAnUntrustedCertificateDoesNotCount()
    {
        DiscoveryOptions options = baseOptions();
        options.extraCaCertificates.clear();
        options.autoconfigUrls = [](const QString &, const QString &) { return QList<QUrl>{}; };
        options.guesses = [&](const QString &) { return dovecotGuesses(); };
        AccountDiscovery discovery(options);
        const DiscoveredServers found = waitForResult(discovery, Address);
        QVERIFY(!found.imap && !found.smtp);
    }

    void guessesFailFast()
    {
        QTcpServer silent; // accepts connections and never greets
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        DiscoveryOptions options = baseOptions();
        options.probeTimeoutMs = 1000;
        options.autoconfigUrls = [](const QString &, const QString &) { return QList<QUrl>{}; };
        options.guesses = [&](const QString &) {
            return GuessCandidates{{local(m_closedPort, ConnectionSecurity::Tls), local(silent.serverPort(), ConnectionSecurity::Tls)},
                                   {local(silent.serverPort(), ConnectionSecurity::StartTls)}};
        };
        AccountDiscovery discovery(options);
        QElapsedTimer clock;
        clock.start();
        const DiscoveredServers found = waitForResult(discovery, Address, 10000);
        const qint64 elapsed = clock.elapsed();
        QVERIFY(!found.imap && !found.smtp);
        QVERIFY2(elapsed < 3000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
        qInfo("nothing found after %lld ms (probe timeout 1000 ms)", elapsed);
    }

    void presetsNeedNoNetwork()
    {
        DiscoveryOptions options = baseOptions();
        bool askedForUrls = false;
        options.autoconfigUrls = [&](const QString &, const QString &) {
            askedForUrls = true;
            return QList<QUrl>{};
        };
        AccountDiscovery discovery(options);
        QSignalSpy finished(&discovery, &AccountDiscovery::finished);
        discovery.start(QStringLiteral("ann@fastmail.com"));
        QVERIFY(finished.wait(1000));
        const auto found = finished.first().first().value<DiscoveredServers>();
        QCOMPARE(found.imap->source, DiscoverySource::Preset);
        QVERIFY(!askedForUrls);
    }

private:
    // Every test's own resolver: the loopback DNS, never the machine's.
    DiscoveryOptions baseOptions() const
    {
        DiscoveryOptions options;
        options.srvResolver = std::make_shared<DnsSrvResolver>(m_dns.address());
        options.extraCaCertificates = m_ca;
        options.probeTimeoutMs = 3000;
        options.httpTimeoutMs = 3000;
        options.autoconfigUrls = [this](const QString &, const QString &) {
            return QList<QUrl>{QUrl(QStringLiteral("https://localhost:%1/none.xml").arg(m_closedPort))};
        };
        options.guesses = [](const QString &) { return GuessCandidates{}; };
        return options;
    }

    static ServerEndpoint local(quint16 port, ConnectionSecurity security)
    {
        return {QStringLiteral("localhost"), port, security}; // the test certificate's name
    }

    GuessCandidates dovecotGuesses() const
    {
        const auto &ports = m_dovecot.ports();
        return {{local(m_closedPort, ConnectionSecurity::Tls), local(ports.imaps, ConnectionSecurity::Tls),
                 local(ports.imap, ConnectionSecurity::StartTls)},
                {local(m_closedPort, ConnectionSecurity::Tls), local(ports.submissions, ConnectionSecurity::Tls),
                 local(ports.submission, ConnectionSecurity::StartTls)}};
    }

    static QUrl url(const HttpsFileServer &server, const QString &path = QStringLiteral("/mail/config-v1.1.xml"))
    {
        return QUrl(QStringLiteral("https://localhost:%1%2").arg(server.serverPort()).arg(path));
    }

    static QUrl onServer(const HttpsFileServer &server, QUrl standard)
    {
        standard.setHost(QStringLiteral("localhost"));
        standard.setPort(server.serverPort());
        return standard;
    }

    DovecotServer m_dovecot;
    LoopbackDnsServer m_dns;
    QList<QSslCertificate> m_ca;
    quint16 m_closedPort = 0;
};

QTEST_GUILESS_MAIN(TestAccountDiscovery)
#include "tst_account_discovery.moc"
