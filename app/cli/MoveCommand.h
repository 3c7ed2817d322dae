#pragma once

#include "CliCommand.h"

namespace Kestrel::Cli {

// `move ACCOUNT FOLDER UID TARGET`: moves the message in the cache at once, queues the move, and sends
// it when the server answers.
class MoveCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::MoveCommand)
public:
    void run(CliContext &context) override;
};

} // namespace Kestrel::Cli
