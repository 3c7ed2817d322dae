#include "DeleteCommand.h"

#include "CliAccounts.h"
#include "CliRegistry.h"
#include "ReplayCommand.h"

#include "sync/actions/MessageActions.h"

namespace Kestrel::Cli {

namespace {
const CliRegistration<DeleteCommand> deleteRegistration({QStringLiteral("delete")}, "  delete ACCOUNT FOLDER UID", 42);
} // namespace

void DeleteCommand::run(CliContext &context)
{
    const auto message = messageArguments(context, 3, QStringLiteral("delete ACCOUNT FOLDER UID"));
    if (!message)
        return context.finish(2);
    auto database = std::make_shared<Database>();
    if (!openCache(context, *database))
        return context.finish(1);
    Sync::MessageActions actions(*database, message->account.id);
    actions.setTrashFolder(message->account.trashFolder);
    if (const auto error = actions.remove(message->folder, {message->uid})) {
        CliOutput::error(error->userMessage);
        return context.finish(1);
    }
    sendQueuedAction(context, message->account, database, actions.lastActionId(),
                     tr("Deleted UID %1 in %2.").arg(message->uid).arg(message->folder));
}

} // namespace Kestrel::Cli
