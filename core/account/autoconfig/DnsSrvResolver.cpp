#include "account/autoconfig/DnsSrvResolver.h"

#include <QDnsLookup>

namespace Kestrel {

void DnsSrvResolver::lookup(const QString &name, QObject *context, Callback done)
{
    auto *dns = new QDnsLookup(QDnsLookup::SRV, name, context);
    if (!m_nameserver.isNull())
        dns->setNameserver(m_nameserver);
    QObject::connect(dns, &QDnsLookup::finished, context, [dns, done = std::move(done)] {
        QList<SrvRecord> records;
        if (dns->error() == QDnsLookup::NoError) {
            for (const QDnsServiceRecord &record : dns->serviceRecords())
                records.append({record.target(), record.port(), record.priority(), record.weight()});
        }
        dns->deleteLater();
        done(records);
    });
    dns->lookup();
}

} // namespace Kestrel
