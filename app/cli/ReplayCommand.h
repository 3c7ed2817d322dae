#pragma once

#include "CliCommand.h"

#include "account/AccountSettings.h"
#include "cache/Database.h"

#include <memory>
#include <optional>

namespace Kestrel::Cli {

// `replay [ACCOUNT]`: sends the queued offline actions of each account (or of ACCOUNT) now, in order.
class ReplayCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::ReplayCommand)
public:
    void run(CliContext &context) override;
};

// ACCOUNT FOLDER UID, the leading arguments of flag / move / delete; prints `usage` when they are wrong.
struct MessageArguments {
    AccountSettings account;
    QString folder;
    quint32 uid = 0;
};
std::optional<MessageArguments> messageArguments(const CliContext &context, int count, const QString &usage);

// After flag / move / delete queued action `actionId` (already applied to the cache): tries to send
// the account's queue at once, with the keychain's password. Unreachable server: "queued", exit 0;
// the action dropped (its message is gone on the server) or refused: the reason, exit 1.
void sendQueuedAction(CliContext &context, const AccountSettings &account, std::shared_ptr<Database> database,
                      qint64 actionId, const QString &sentText);

} // namespace Kestrel::Cli
