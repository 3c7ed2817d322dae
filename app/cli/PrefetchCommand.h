#pragma once

#include "CliCommand.h"

namespace Kestrel::Cli {

// `prefetch ACCOUNT [FOLDER] [--days N] [--everything]`: the background prefetch run once, in the
// foreground: the text (or with --everything every part) of FOLDER's (default INBOX) messages of the
// last N days (default 30) into the cache, so that `show --offline` and `search` find them.
class PrefetchCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::PrefetchCommand)
public:
    void run(CliContext &context) override;
};

} // namespace Kestrel::Cli
