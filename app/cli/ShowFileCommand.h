#pragma once

#include "CliCommand.h"

namespace Kestrel::Cli {

// `show-file FILE.eml`: renders a local message as `show` does a cached one (headers, text, attachment
// list). Used on corpora of broken real-world mail: it must never crash.
class ShowFileCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::ShowFileCommand)
public:
    void run(CliContext &context) override;
};

} // namespace Kestrel::Cli
