#include "account/autoconfig/SrvDiscovery.h"

#include <algorithm>

namespace Kestrel {

SrvDiscovery::SrvDiscovery(std::shared_ptr<SrvResolver> resolver, QObject *parent)
    : DiscoveryStep(parent)
    , m_resolver(std::move(resolver))
{
}

void SrvDiscovery::start(const QString &emailAddress)
{
    m_emailAddress = emailAddress;
    const QString domain = emailAddress.section(QLatin1Char('@'), -1).toLower();
    using S = ConnectionSecurity;
    // Most preferred first within each kind: pick() walks this order.
    m_services = {{QStringLiteral("_imaps._tcp"), true, S::Tls, {}},
                  {QStringLiteral("_imap._tcp"), true, S::StartTls, {}},
                  {QStringLiteral("_submissions._tcp"), false, S::Tls, {}},
                  {QStringLiteral("_submission._tcp"), false, S::StartTls, {}}};
    for (int i = 0; i < m_services.size(); ++i) {
        m_resolver->lookup(m_services[i].label + QLatin1Char('.') + domain, this,
                           [this, i](const QList<SrvRecord> &records) {
                               m_services[i].records = records;
                               finishIfAnswered();
                           });
    }
}

std::optional<SrvRecord> SrvDiscovery::best(const QList<SrvRecord> &records)
{
    QList<SrvRecord> usable;
    for (const SrvRecord &record : records) {
        if (record.port != 0 && !record.target.isEmpty() && record.target != QLatin1String("."))
            usable.append(record);
    }
    if (usable.isEmpty())
        return std::nullopt;
    // RFC 2782 picks among equal priorities at random, weighted; a wizard that proposes one server
    // wants the same answer every time, so it takes the heaviest.
    return *std::min_element(usable.cbegin(), usable.cend(), [](const SrvRecord &a, const SrvRecord &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.weight > b.weight;
    });
}

std::optional<DiscoveredServer> SrvDiscovery::pick(bool imap) const
{
    for (const Service &service : m_services) {
        if (service.imap != imap || !service.records)
            continue;
        if (const std::optional<SrvRecord> record = best(*service.records)) {
            QString host = record->target;
            if (host.endsWith(QLatin1Char('.')))
                host.chop(1); // DNS names are absolute; host names in settings are not
            return DiscoveredServer{{host, record->port, service.security}, m_emailAddress, DiscoverySource::Srv};
        }
    }
    return std::nullopt;
}

void SrvDiscovery::finishIfAnswered()
{
    if (m_finished)
        return;
    for (const Service &service : std::as_const(m_services)) {
        if (!service.records)
            return;
    }
    m_finished = true;
    emit finished({pick(true), pick(false)});
}

} // namespace Kestrel
