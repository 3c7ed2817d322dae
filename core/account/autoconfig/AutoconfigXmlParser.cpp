#include "account/autoconfig/AutoconfigXmlParser.h"

#include <QXmlStreamReader>

namespace Kestrel {
namespace {

QString expand(QString text, const QString &address)
{
    const QString localPart = address.section(QLatin1Char('@'), 0, 0);
    const QString domain = address.section(QLatin1Char('@'), -1);
    text.replace(QLatin1String("%EMAILADDRESS%"), address);
    text.replace(QLatin1String("%EMAILLOCALPART%"), localPart);
    text.replace(QLatin1String("%EMAILDOMAIN%"), domain);
    return text.trimmed();
}

std::optional<ConnectionSecurity> securityOf(const QString &socketType)
{
    if (socketType.compare(QLatin1String("SSL"), Qt::CaseInsensitive) == 0
        || socketType.compare(QLatin1String("TLS"), Qt::CaseInsensitive) == 0)
        return ConnectionSecurity::Tls;
    if (socketType.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0)
        return ConnectionSecurity::StartTls;
    return std::nullopt; // "plain": never chosen automatically, the user may still type it in
}

// Kestrel signs in with a password (SCRAM, PLAIN or LOGIN). An entry that lists no method at all is
// taken to mean the usual password login.
bool takesPassword(const QStringList &methods)
{
    if (methods.isEmpty())
        return true;
    for (const QString &method : methods) {
        if (method.startsWith(QLatin1String("password-"), Qt::CaseInsensitive)
            || method.compare(QLatin1String("plain"), Qt::CaseInsensitive) == 0
            || method.compare(QLatin1String("secure"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

AutoconfigXmlParser::Result AutoconfigXmlParser::parse(const QByteArray &xml, const QString &emailAddress)
{
    Result result;
    QXmlStreamReader reader(xml);
    bool sawClientConfig = false;
    while (reader.readNextStartElement()) {
        if (!sawClientConfig) {
            if (reader.name() != QLatin1String("clientConfig"))
                break;
            sawClientConfig = true;
            continue; // descend into clientConfig
        }
        if (reader.name() != QLatin1String("emailProvider")) {
            reader.skipCurrentElement(); // webMail, oAuth2, clientConfigUpdate, ...
            continue;
        }
        while (reader.readNextStartElement()) {
            const bool incoming = reader.name() == QLatin1String("incomingServer");
            if (!incoming && reader.name() != QLatin1String("outgoingServer")) {
                reader.skipCurrentElement();
                continue;
            }
            const Server server = readServer(reader);
            std::optional<DiscoveredServer> &slot = incoming ? result.servers.imap : result.servers.smtp;
            const QLatin1String wanted = incoming ? QLatin1String("imap") : QLatin1String("smtp");
            if (!slot && server.type == wanted)
                slot = usable(server, emailAddress);
        }
    }
    if (reader.hasError() || !sawClientConfig) {
        result.servers = {};
        result.error = reader.hasError()
            ? tr("The settings file is not valid XML (line %1: %2).").arg(reader.lineNumber()).arg(reader.errorString())
            : tr("The settings file is not a mail client configuration.");
    } else if (!result.servers.imap && !result.servers.smtp) {
        result.error = tr("The settings file lists no encrypted IMAP or SMTP server.");
    }
    return result;
}

AutoconfigXmlParser::Server AutoconfigXmlParser::readServer(QXmlStreamReader &reader)
{
    Server server;
    server.type = reader.attributes().value(QLatin1String("type")).toString().toLower();
    while (reader.readNextStartElement()) {
        const auto name = reader.name();
        if (name == QLatin1String("hostname"))
            server.hostname = reader.readElementText();
        else if (name == QLatin1String("port"))
            server.port = reader.readElementText().trimmed().toInt();
        else if (name == QLatin1String("socketType"))
            server.socketType = reader.readElementText().trimmed();
        else if (name == QLatin1String("username"))
            server.userName = reader.readElementText();
        else if (name == QLatin1String("authentication"))
            server.authentication << reader.readElementText().trimmed();
        else
            reader.skipCurrentElement();
    }
    return server;
}

std::optional<DiscoveredServer> AutoconfigXmlParser::usable(const Server &server, const QString &emailAddress)
{
    const std::optional<ConnectionSecurity> security = securityOf(server.socketType);
    const QString host = expand(server.hostname, emailAddress);
    if (!security || host.isEmpty() || server.port <= 0 || server.port > 65535
        || !takesPassword(server.authentication))
        return std::nullopt;
    return DiscoveredServer{{host, quint16(server.port), *security}, expand(server.userName, emailAddress),
                            DiscoverySource::Autoconfig};
}

} // namespace Kestrel
