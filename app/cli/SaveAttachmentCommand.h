#pragma once

#include "CliCommand.h"

namespace Kestrel::Cli {

// `save-attachment ACCOUNT FOLDER UID INDEX FILE [--offline]`: writes attachment INDEX (as `show` numbers
// them, from 1) to FILE: the sender's original bytes, transfer encoding removed. Fetched when the cache
// lacks it, unless --offline (exit code 3 then).
class SaveAttachmentCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::SaveAttachmentCommand)
public:
    void run(CliContext &context) override;
};

} // namespace Kestrel::Cli
