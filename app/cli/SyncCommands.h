#pragma once

#include "CliCommand.h"

namespace Kestrel::Cli {

// `sync [ACCOUNT [FOLDER]]`: the folder list, then INBOX (or FOLDER) headers first into the cache.
class SyncCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::SyncCommand)
public:
    void run(CliContext &context) override;
};

// `folders [ACCOUNT]`: the cached folder list with the server's counts. Works offline.
class FoldersCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::FoldersCommand)
public:
    void run(CliContext &context) override;
};

// `list ACCOUNT FOLDER [--limit N]`: cached messages newest first (uid, flags, date, from, subject).
class ListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::ListCommand)
public:
    void run(CliContext &context) override;
};

} // namespace Kestrel::Cli
