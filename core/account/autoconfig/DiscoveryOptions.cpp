#include "account/autoconfig/DiscoveryOptions.h"

#include <QUrlQuery>

namespace Kestrel {

QList<QUrl> DiscoveryOptions::standardAutoconfigUrls(const QString &domain, const QString &emailAddress)
{
    // The provider's own autoconfig host gets the address (so that it may answer per user), the
    // well-known URL on the domain itself does not need it.
    QUrl provider(QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(domain));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("emailaddress"), emailAddress);
    provider.setQuery(query);
    return {provider, QUrl(QStringLiteral("https://%1/.well-known/autoconfig/mail/config-v1.1.xml").arg(domain))};
}

GuessCandidates DiscoveryOptions::standardGuesses(const QString &domain)
{
    using S = ConnectionSecurity;
    GuessCandidates candidates;
    for (const QString &prefix : {QStringLiteral("imap."), QStringLiteral("mail.")}) {
        candidates.imap.append({prefix + domain, 993, S::Tls});
        candidates.imap.append({prefix + domain, 143, S::StartTls});
    }
    for (const QString &prefix : {QStringLiteral("smtp."), QStringLiteral("mail.")}) {
        candidates.smtp.append({prefix + domain, 465, S::Tls});
        candidates.smtp.append({prefix + domain, 587, S::StartTls});
    }
    return candidates;
}

} // namespace Kestrel
