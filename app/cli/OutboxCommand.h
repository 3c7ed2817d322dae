#pragma once

#include "CliCommand.h"

#include "cache/Database.h"
#include "send/OutboxEntry.h"

#include <memory>
#include <optional>

namespace Kestrel::Cli {

// `outbox [ACCOUNT]`: what waits to be sent, with its state and the last error.
// `outbox flush [ACCOUNT]`: sends it now (each account, or ACCOUNT), files the Sent copies.
// `outbox retry ID`: a failed message is sent again now (after the user fixed the cause).
// `outbox delete ID`: removes a message from the outbox without sending it.
class OutboxCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::OutboxCommand)
public:
    void run(CliContext &context) override;

private:
    void list(CliContext &context);
    void flush(CliContext &context);
    void retry(CliContext &context);
    void remove(CliContext &context);
    std::optional<Send::OutboxEntry> entryArgument(CliContext &context, std::shared_ptr<Database> database);
};

} // namespace Kestrel::Cli
