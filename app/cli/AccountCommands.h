#pragma once

#include "CliCommand.h"

namespace Kestrel {
class CredentialStore;
}

namespace Kestrel::Cli {

// `account add ...`: settings go to accounts.json, the password (read from stdin with --password-stdin)
// only to the keychain.
class AccountAddCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::AccountAddCommand)
public:
    void run(CliContext &context) override;
};

// `accounts`: one line (or JSON object) per account, never with a secret.
class AccountListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::AccountListCommand)
public:
    void run(CliContext &context) override;
};

// `account remove NAME`: removes the settings and the keychain entry.
class AccountRemoveCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::AccountRemoveCommand)
public:
    void run(CliContext &context) override;
};

} // namespace Kestrel::Cli
