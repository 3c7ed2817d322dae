#pragma once

#include "CliCommand.h"

#include "account/AccountSettings.h"
#include "account/CredentialStore.h"
#include "cache/Database.h"

#include <optional>

namespace Kestrel::Cli {

// Shared look-ups of the commands that work on one account's cache.
std::optional<AccountSettings> findAccount(const CliContext &context, const QString &nameOrId);
QList<AccountSettings> loadAccounts(const CliContext &context);
// Opens the profile's cache (creating and migrating it when needed); prints the error when it fails.
bool openCache(const CliContext &context, Database &database);
// The secret an account logs in with, as CredentialStore::read answers it. An OAuth2 account has no
// password: it gets an empty one, and its logins fetch (and refresh) tokens from the keychain through
// OAuthTokenBroker, so a missing password is no error for it.
void readLoginSecret(CredentialStore &credentials, const AccountSettings &account, CredentialStore::ReadCallback done);

} // namespace Kestrel::Cli
