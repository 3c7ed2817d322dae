#pragma once

#include "CliCommand.h"

namespace Kestrel::Cli {

// `delete ACCOUNT FOLDER UID`: to Trash when the account has one, otherwise \Deleted and (with UIDPLUS)
// expunged by UID. Applied to the cache at once, queued, and sent when the server answers.
class DeleteCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::DeleteCommand)
public:
    void run(CliContext &context) override;
};

} // namespace Kestrel::Cli
