#pragma once

#include "account/autoconfig/SrvResolver.h"

#include <QHostAddress>

namespace Kestrel {

// SrvResolver on QDnsLookup: the system's resolver, or one given name server (Qt 6.4 always asks it
// on port 53; tests run one on a private loopback address).
class DnsSrvResolver : public SrvResolver
{
public:
    DnsSrvResolver() = default;
    explicit DnsSrvResolver(QHostAddress nameserver)
        : m_nameserver(std::move(nameserver))
    {
    }

    void lookup(const QString &name, QObject *context, Callback done) override;

private:
    QHostAddress m_nameserver;
};

} // namespace Kestrel
