#pragma once

// How QCOMPARE prints the discovery's value types when they differ (found by argument-dependent lookup).
#include "account/autoconfig/DiscoveredServers.h"

#include <QTest>

namespace Kestrel {

inline char *toString(const ServerEndpoint &endpoint)
{
    return QTest::toString(QStringLiteral("%1:%2 (%3)").arg(endpoint.host).arg(endpoint.port).arg(Kestrel::toString(endpoint.security)));
}

inline char *toString(DiscoverySource source)
{
    static const char *const names[] = {"Preset", "Autoconfig", "Srv", "Guess"};
    return qstrdup(names[int(source)]);
}

} // namespace Kestrel
