#pragma once

#include "CliCommand.h"

namespace Kestrel::Cli {

// `search QUERY [--account A] [--limit N]`: the local full-text index (subject, addresses, cached text),
// best matches first: account, folder, uid, date, from, subject. Works offline.
class SearchCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::SearchCommand)
public:
    void run(CliContext &context) override;
};

} // namespace Kestrel::Cli
