#pragma once

#include "CliOutput.h"

#include "account/Profile.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Kestrel::Cli {

// What every command gets: the profile, the output, its own arguments (after the command words), and
// `finish` to call exactly once with the process exit code, possibly later from the event loop.
struct CliContext {
    Profile profile;
    CliOutput output;
    QStringList arguments;
    std::function<void(int exitCode)> finish;
};

// A subcommand of kestrel-cli. Asynchronous commands return from run() at once and call finish later.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual void run(CliContext &context) = 0;
};

} // namespace Kestrel::Cli
