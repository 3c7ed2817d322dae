#pragma once

#include "account/autoconfig/SrvResolver.h"
#include "common/ServerEndpoint.h"

#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

namespace Kestrel {

// Which servers a guess tries, most preferred first.
struct GuessCandidates {
    QList<ServerEndpoint> imap;
    QList<ServerEndpoint> smtp;
};

// How AccountDiscovery looks. The defaults are what the wizard uses; tests point the URLs and the
// guesses at loopback servers and hand in a resolver, and trust the test bed's certificate explicitly.
struct DiscoveryOptions {
    // Autoconfig files to fetch, most preferred first. Default: https://autoconfig.DOMAIN/mail/config-v1.1.xml
    // then https://DOMAIN/.well-known/autoconfig/mail/config-v1.1.xml (HTTPS only: the answer decides
    // where a password goes).
    std::function<QList<QUrl>(const QString &domain, const QString &emailAddress)> autoconfigUrls;
    // Default: the system's DNS through QDnsLookup.
    std::shared_ptr<SrvResolver> srvResolver;
    // Default: imap.DOMAIN and mail.DOMAIN on 993 (TLS) and 143 (STARTTLS); smtp.DOMAIN and mail.DOMAIN
    // on 465 (TLS) and 587 (STARTTLS).
    std::function<GuessCandidates(const QString &domain)> guesses;
    // Certificate authorities trusted in addition to the system's, for autoconfig and the probes.
    QList<QSslCertificate> extraCaCertificates;
    int httpTimeoutMs = 8000;
    int probeTimeoutMs = 4000; // a guess that does not greet by then is given up

    static QList<QUrl> standardAutoconfigUrls(const QString &domain, const QString &emailAddress);
    static GuessCandidates standardGuesses(const QString &domain);
};

} // namespace Kestrel
