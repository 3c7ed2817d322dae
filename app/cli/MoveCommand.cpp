#include "MoveCommand.h"

#include "CliAccounts.h"
#include "CliRegistry.h"
#include "ReplayCommand.h"

#include "sync/actions/MessageActions.h"

namespace Kestrel::Cli {

namespace {
const CliRegistration<MoveCommand> moveRegistration({QStringLiteral("move")}, "  move ACCOUNT FOLDER UID TARGET", 41);
} // namespace

void MoveCommand::run(CliContext &context)
{
    const auto message = messageArguments(context, 4, QStringLiteral("move ACCOUNT FOLDER UID TARGET"));
    if (!message)
        return context.finish(2);
    const QString target = context.arguments.value(3);
    auto database = std::make_shared<Database>();
    if (!openCache(context, *database))
        return context.finish(1);
    Sync::MessageActions actions(*database, message->account.id);
    if (const auto error = actions.move(message->folder, {message->uid}, target)) {
        CliOutput::error(error->userMessage);
        return context.finish(1);
    }
    sendQueuedAction(context, message->account, database, actions.lastActionId(),
                     tr("Moved UID %1 from %2 to %3.").arg(message->uid).arg(message->folder, target));
}

} // namespace Kestrel::Cli
