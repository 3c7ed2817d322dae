#pragma once

#include "CliCommand.h"

#include "account/AccountSettings.h"
#include "cache/Database.h"
#include "send/AccountSend.h"

#include <functional>
#include <memory>

namespace Kestrel::Cli {

// `send ACCOUNT --to ADDR --subject S --body-file F [--cc ADDR] [--bcc ADDR] [--attach FILE]...`:
// stores the message in the outbox (nothing is lost from then on), then sends what waits for the
// account, files the Sent copy and prints what happened. Exit 0: sent, or queued because the server is
// unreachable for now (it goes out with the next send or `outbox flush`); 1: refused (it stays in the
// outbox with the reason, see `outbox`); 2: bad arguments (nothing stored).
class SendCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::SendCommand)
public:
    void run(CliContext &context) override;
};

// Reads the account's password from the keychain and drains its outbox (Send::AccountSend), printing
// each message's fate; `done` gets the report (a keychain failure: no run, report.sentError says why).
void drainOutbox(CliContext &context, const AccountSettings &account, std::shared_ptr<Database> database,
                 std::function<void(const Send::SendReport &report)> done, qint64 onlyId = 0);

} // namespace Kestrel::Cli
