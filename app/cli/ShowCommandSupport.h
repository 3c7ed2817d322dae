#pragma once

#include "CliCommand.h"

#include "account/AccountSettings.h"
#include "cache/Database.h"
#include "common/Error.h"
#include "common/FolderInfo.h"
#include "common/MessageSummary.h"

#include <functional>
#include <memory>
#include <optional>

namespace Kestrel::Cli {

// A cached message named on the command line as ACCOUNT FOLDER UID (show, save-attachment).
struct CliMessage {
    AccountSettings account;
    FolderInfo folder;
    MessageSummary summary; // with its bodyStructure
};

// The exit code of a command that needed something the cache lacks while --offline.
constexpr int ExitNotCached = 3;

class ShowCommandSupport
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Cli::ShowCommandSupport)
public:
    // Looks the message up in the cache; on failure prints why and sets `exitCode`.
    static std::optional<CliMessage> findMessage(const CliContext &context, Database &database, const QStringList &args,
                                                 int &exitCode);
    // Makes the cache hold what is wanted (the text to show, or attachment `attachmentIndex`, 0-based),
    // fetching what is missing with the account's password from the keychain (nothing with `offline`),
    // then finishes the command with the exit code of `fromCache`, which works from the cache alone
    // (and so also says what is still missing). A failed fetch finishes it with 1.
    static void fetchThen(CliContext &context, const std::shared_ptr<Database> &database, const CliMessage &message,
                          std::optional<int> attachmentIndex, bool offline, std::function<int()> fromCache);
};

} // namespace Kestrel::Cli
