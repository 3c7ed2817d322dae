#pragma once

#include "common/ServerEndpoint.h"

#include <QString>

#include <optional>

namespace Kestrel {

// Where a discovered setting came from, in the order the wizard prefers them (issue 7): a built-in
// preset, the provider's autoconfig XML, RFC 6186 SRV records, then a live-probed guess.
enum class DiscoverySource { Preset, Autoconfig, Srv, Guess };

// One server the wizard found for incoming (IMAP) or outgoing (SMTP submission) mail. `userName` is
// what to log in with, already expanded from the address (empty: the user must type it).
struct DiscoveredServer {
    ServerEndpoint endpoint;
    QString userName;
    DiscoverySource source = DiscoverySource::Guess;

    bool operator==(const DiscoveredServer &) const = default;
};

// What discovery found for one address. Either side may be missing: the wizard then asks for it.
struct DiscoveredServers {
    std::optional<DiscoveredServer> imap;
    std::optional<DiscoveredServer> smtp;

    bool isComplete() const { return imap.has_value() && smtp.has_value(); }
};

} // namespace Kestrel
