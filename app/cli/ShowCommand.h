#pragma once

#include "CliCommand.h"

namespace Kestrel::Cli {

// `show ACCOUNT FOLDER UID [--offline]`: a cached message's headers, text and attachment list. The text
// is fetched when the cache lacks it, unless --offline (then a missing text is an error, exit code 3).
class ShowCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::ShowCommand)
public:
    void run(CliContext &context) override;
};

} // namespace Kestrel::Cli
