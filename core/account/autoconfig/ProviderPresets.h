#pragma once

#include "account/autoconfig/DiscoveredServers.h"

#include <QString>

#include <optional>

namespace Kestrel {

// Built-in settings of the big providers (Gmail, Outlook/Office 365, Yandex, Mail.ru, mailbox.org, iCloud,
// Fastmail), keyed by the address's domain: no network needed, so these are answered first and for sure.
class ProviderPresets
{
public:
    // nullopt when the address's domain belongs to none of them.
    static std::optional<DiscoveredServers> find(const QString &emailAddress);
};

} // namespace Kestrel
