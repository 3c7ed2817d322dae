#pragma once

#include "account/autoconfig/DiscoveredServers.h"

#include <QObject>

namespace Kestrel {

// One way of finding an address's servers (autoconfig XML, SRV records, live guesses). AccountDiscovery
// runs them side by side and ranks their answers. start() is called once; finished() follows exactly
// once, from the event loop, with whatever was found (possibly nothing).
class DiscoveryStep : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start(const QString &emailAddress) = 0;

signals:
    void finished(const Kestrel::DiscoveredServers &found);
};

} // namespace Kestrel
