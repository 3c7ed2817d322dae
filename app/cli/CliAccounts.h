#pragma once

#include "CliCommand.h"

#include "account/AccountSettings.h"
#include "cache/Database.h"

#include <optional>

namespace Kestrel::Cli {

// Shared look-ups of the commands that work on one account's cache.
std::optional<AccountSettings> findAccount(const CliContext &context, const QString &nameOrId);
QList<AccountSettings> loadAccounts(const CliContext &context);
// Opens the profile's cache (creating and migrating it when needed); prints the error when it fails.
bool openCache(const CliContext &context, Database &database);

} // namespace Kestrel::Cli
