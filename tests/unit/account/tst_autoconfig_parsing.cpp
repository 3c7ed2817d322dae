// The offline parts of account discovery: built-in presets, the autoconfig XML reader (on files in the
// shape providers publish, tests/unit/account/autoconfig-samples) and the choice among SRV records.
#include "account/autoconfig/AutoconfigXmlParser.h"
#include "account/autoconfig/ProviderPresets.h"
#include "account/autoconfig/SrvDiscovery.h"

#include "DiscoveryPrinting.h"

#include <QFile>
#include <QTest>

using namespace Kestrel;

namespace {

QByteArray sample(const char *name)
{
    QFile file(QStringLiteral(KESTREL_AUTOCONFIG_SAMPLES "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ServerEndpoint endpoint(const char *host, quint16 port, ConnectionSecurity security)
{
    return {QLatin1String(host), port, security};
}

} // namespace

class TestAutoconfigParsing : public QObject
{
    Q_OBJECT
private slots:
    void presetsCoverTheBigProviders_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("imapHost");
        QTest::addColumn<QString>("smtpHost");
        QTest::addColumn<quint16>("smtpPort");
        QTest::newRow("gmail") << "ann@gmail.com" << "imap.gmail.com" << "smtp.gmail.com" << quint16(465);
        QTest::newRow("googlemail") << "ann@GoogleMail.com" << "imap.gmail.com" << "smtp.gmail.com" << quint16(465);
        QTest::newRow("outlook") << "ann@outlook.com" << "outlook.office365.com" << "smtp.office365.com" << quint16(587);
        QTest::newRow("hotmail") << "ann@hotmail.com" << "outlook.office365.com" << "smtp.office365.com" << quint16(587);
        QTest::newRow("yandex") << "ann@yandex.ru" << "imap.yandex.com" << "smtp.yandex.com" << quint16(465);
        QTest::newRow("mail.ru") << "ann@bk.ru" << "imap.mail.ru" << "smtp.mail.ru" << quint16(465);
        QTest::newRow("mailbox.org") << "ann@mailbox.org" << "imap.mailbox.org" << "smtp.mailbox.org" << quint16(465);
        QTest::newRow("icloud") << "ann@icloud.com" << "imap.mail.me.com" << "smtp.mail.me.com" << quint16(587);
        QTest::newRow("fastmail") << "ann@fastmail.com" << "imap.fastmail.com" << "smtp.fastmail.com" << quint16(465);
    }

    void presetsCoverTheBigProviders()
    {
        QFETCH(QString, address);
        QFETCH(QString, imapHost);
        QFETCH(QString, smtpHost);
        QFETCH(quint16, smtpPort);
        const std::optional<DiscoveredServers> found = ProviderPresets::find(address);
        QVERIFY(found && found->isComplete());
        QCOMPARE(found->imap->endpoint, ServerEndpoint(imapHost, 993, ConnectionSecurity::Tls));
        QCOMPARE(found->smtp->endpoint.host, smtpHost);
        QCOMPARE(found->smtp->endpoint.port, smtpPort);
        QVERIFY(found->smtp->endpoint.security == (smtpPort == 465 ? ConnectionSecurity::Tls : ConnectionSecurity::StartTls));
        QCOMPARE(found->imap->source, DiscoverySource::Preset);
        QCOMPARE(found->smtp->userName, address);
    }

    void iCloudLogsInToImapWithTheLocalPart()
    {
        const auto found = ProviderPresets::find(QStringLiteral("ann.lee@me.com"));
        QVERIFY(found);
        QCOMPARE(found->imap->userName, QStringLiteral("ann.lee"));
        QCOMPARE(found->smtp->userName, QStringLiteral("ann.lee@me.com"));
    }

    void otherDomainsHaveNoPreset()
    {
        QVERIFY(!ProviderPresets::find(QStringLiteral("ann@example.org")));
        QVERIFY(!ProviderPresets::find(QStringLiteral("ann@notgmail.com")));
        QVERIFY(!ProviderPresets::find(QStringLiteral("gmail.com")));
    }

    void readsImapAndSmtpSkippingPopAndExchange()
    {
        const auto result = AutoconfigXmlParser::parse(sample("microsoft-style.xml"), QStringLiteral("ann@example-outlook.test"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.servers.isComplete());
        QCOMPARE(result.servers.imap->endpoint, endpoint("outlook.example-outlook.test", 993, ConnectionSecurity::Tls));
        QCOMPARE(result.servers.smtp->endpoint, endpoint("smtp.example-outlook.test", 587, ConnectionSecurity::StartTls));
        QCOMPARE(result.servers.imap->userName, QStringLiteral("ann@example-outlook.test"));
        QCOMPARE(result.servers.imap->source, DiscoverySource::Autoconfig);
    }

    void expandsTheLocalPart()
    {
        const auto result = AutoconfigXmlParser::parse(sample("apple-style.xml"), QStringLiteral("ann.lee@example-cloud.test"));
        QVERIFY(result.servers.isComplete());
        QCOMPARE(result.servers.imap->userName, QStringLiteral("ann.lee"));
        QCOMPARE(result.servers.smtp->userName, QStringLiteral("ann.lee@example-cloud.test"));
    }

    void skipsPlainTextAndOAuthOnlyEntriesAndExpandsTheDomain()
    {
        const auto result = AutoconfigXmlParser::parse(sample("hosting-style.xml"), QStringLiteral("bo@shop.example"));
        QVERIFY(result.servers.isComplete());
        QCOMPARE(result.servers.imap->endpoint, endpoint("mail.shop.example", 143, ConnectionSecurity::StartTls));
        QCOMPARE(result.servers.smtp->endpoint, endpoint("smtp.shop.example", 465, ConnectionSecurity::Tls));
        QCOMPARE(result.servers.smtp->userName, QStringLiteral("bo"));
    }

    void popOnlyProviderGivesNothingAndSaysWhy()
    {
        const auto result = AutoconfigXmlParser::parse(sample("pop-only.xml"), QStringLiteral("a@example-pop.test"));
        QVERIFY(!result.servers.imap && !result.servers.smtp);
        QVERIFY(!result.error.isEmpty());
    }

    void brokenFilesAreErrorsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html page") << QByteArray("<html><body>Not found</body></html>");
        QTest::newRow("truncated") << sample("apple-style.xml").left(300);
        QTest::newRow("port out of range") << QByteArray(
            "<clientConfig><emailProvider><incomingServer type=\"imap\"><hostname>h</hostname><port>99999</port>"
            "<socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>");
    }

    void brokenFilesAreErrorsNotCrashes()
    {
        QFETCH(QByteArray, xml);
        const auto result = AutoconfigXmlParser::parse(xml, QStringLiteral("a@b.example"));
        QVERIFY(!result.servers.imap && !result.servers.smtp);
        QVERIFY(!result.error.isEmpty());
    }

    void srvPrefersLowPriorityThenHeavyWeightAndHonoursDot()
    {
        const QList<SrvRecord> records{{QStringLiteral("b.example."), 993, 20, 100},
                                       {QStringLiteral("a.example."), 993, 10, 5},
                                       {QStringLiteral("c.example."), 994, 10, 50}};
        QCOMPARE(SrvDiscovery::best(records)->target, QStringLiteral("c.example."));
        QVERIFY(!SrvDiscovery::best({{QStringLiteral("."), 0, 0, 0}}));
        QVERIFY(!SrvDiscovery::best({}));
    }
};

QTEST_GUILESS_MAIN(TestAutoconfigParsing)
#include "tst_autoconfig_parsing.moc"
