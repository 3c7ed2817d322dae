#pragma once

#include "account/autoconfig/DiscoveryStep.h"
#include "account/autoconfig/SrvResolver.h"

#include <memory>

namespace Kestrel {

// RFC 6186 discovery: looks up _imaps._tcp, _imap._tcp, _submissions._tcp and _submission._tcp (RFC 8314
// 5.1) for the address's domain, all at once. Implicit TLS wins over STARTTLS (RFC 8314 3.3); among
// records of one name the lowest priority, then the highest weight. A target of "." says the service
// is not offered (RFC 6186 3.4). The user name is the whole address (RFC 6186 4).
class SrvDiscovery : public DiscoveryStep
{
    Q_OBJECT
public:
    explicit SrvDiscovery(std::shared_ptr<SrvResolver> resolver, QObject *parent = nullptr);

    void start(const QString &emailAddress) override;

    // The best usable record, or nullopt when there is none.
    static std::optional<SrvRecord> best(const QList<SrvRecord> &records);

private:
    struct Service {
        QString label; // "_imaps._tcp"
        bool imap = true;
        ConnectionSecurity security = ConnectionSecurity::Tls;
        std::optional<QList<SrvRecord>> records; // nullopt until answered
    };
    void finishIfAnswered();
    std::optional<DiscoveredServer> pick(bool imap) const;

    std::shared_ptr<SrvResolver> m_resolver;
    QString m_emailAddress;
    QList<Service> m_services;
    bool m_finished = false;
};

} // namespace Kestrel
