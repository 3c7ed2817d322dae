#pragma once

#include "CliCommand.h"

namespace Kestrel::Cli {

// `idle ACCOUNT [--seconds N]`: watches the account's INBOX with push (IDLE, or NOOP polling) and
// prints each new message as it is stored in the cache: "uid<TAB>from<TAB>subject", or with --json one
// object per line ({"event":"mail",...}; connection changes come as {"event":"status",...}). Exits 0
// after N seconds, or runs until interrupted; exits 1 when the server refuses the password.
class IdleCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::IdleCommand)
public:
    void run(CliContext &context) override;
};

} // namespace Kestrel::Cli
