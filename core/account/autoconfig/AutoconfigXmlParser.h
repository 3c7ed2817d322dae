#pragma once

#include "account/autoconfig/DiscoveredServers.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QXmlStreamReader;

namespace Kestrel {

// Reads a Thunderbird autoconfig file (config-v1.1.xml, the "clientConfig" format of Thunderbird's ISPDB
// and of autoconfig.DOMAIN) into the IMAP and SMTP servers Kestrel can use. Of several servers of a
// kind, the first listed that is encrypted (SSL or STARTTLS) and takes a password wins; POP3, Exchange,
// plain-text and OAuth2-only entries are skipped. %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN%
// are expanded from the address. No I/O: AutoconfigFetcher gets the bytes.
class AutoconfigXmlParser
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::AutoconfigXmlParser)
public:
    struct Result {
        DiscoveredServers servers; // source: DiscoverySource::Autoconfig
        QString error;             // translated; set when the file is not a usable clientConfig
    };

    static Result parse(const QByteArray &xml, const QString &emailAddress);

private:
    struct Server {
        QString type;
        QString hostname;
        int port = 0;
        QString socketType;
        QString userName;
        QStringList authentication;
    };
    static Server readServer(QXmlStreamReader &reader);
    static std::optional<DiscoveredServer> usable(const Server &server, const QString &emailAddress);
};

} // namespace Kestrel
