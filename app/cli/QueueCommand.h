#pragma once

#include "CliCommand.h"

namespace Kestrel::Cli {

// `queue [ACCOUNT]`: the offline actions waiting for their server, oldest first (account, kind, when,
// attempts, last error, what they do), then the notes of dropped actions. Works offline.
class QueueCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::QueueCommand)
public:
    void run(CliContext &context) override;
};

} // namespace Kestrel::Cli
