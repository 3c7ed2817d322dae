#pragma once

#include "CliCommand.h"

namespace Kestrel::Cli {

// `flag ACCOUNT FOLDER UID [+|-]FLAG`: sets (+, the default) or clears (-) seen, flagged, answered,
// deleted, draft or a keyword in the cache at once, queues it, and sends it when the server answers.
class FlagCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::FlagCommand)
public:
    void run(CliContext &context) override;
};

} // namespace Kestrel::Cli
