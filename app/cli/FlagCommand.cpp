#include "FlagCommand.h"

#include "CliAccounts.h"
#include "CliRegistry.h"
#include "ReplayCommand.h"

#include "sync/actions/FlagNames.h"
#include "sync/actions/MessageActions.h"

namespace Kestrel::Cli {

namespace {
const CliRegistration<FlagCommand> flagRegistration({QStringLiteral("flag")}, "  flag ACCOUNT FOLDER UID [+|-]FLAG", 40);
} // namespace

void FlagCommand::run(CliContext &context)
{
    const QString usage = QStringLiteral("flag ACCOUNT FOLDER UID [+|-]FLAG");
    const auto message = messageArguments(context, 4, usage);
    if (!message)
        return context.finish(2);
    QString word = context.arguments.value(3);
    const bool clear = word.startsWith(QLatin1Char('-'));
    if (clear || word.startsWith(QLatin1Char('+')))
        word.remove(0, 1);
    const std::optional<QString> flag = Sync::imapFlagFromWord(word);
    if (!flag) {
        CliOutput::error(tr("\"%1\" is not a flag: use seen, flagged, answered, deleted, draft or a keyword without"
                            " spaces or brackets.").arg(word));
        return context.finish(2);
    }
    auto database = std::make_shared<Database>();
    if (!openCache(context, *database))
        return context.finish(1);
    Sync::MessageActions actions(*database, message->account.id);
    const QStringList flags{*flag};
    if (const auto error = actions.changeFlags(message->folder, {message->uid}, clear ? QStringList() : flags,
                                               clear ? flags : QStringList())) {
        CliOutput::error(error->userMessage);
        return context.finish(1);
    }
    const QString done = clear ? tr("Cleared %1 on UID %2 in %3.") : tr("Set %1 on UID %2 in %3.");
    sendQueuedAction(context, message->account, database, actions.lastActionId(),
                     done.arg(*flag).arg(message->uid).arg(message->folder));
}

} // namespace Kestrel::Cli
