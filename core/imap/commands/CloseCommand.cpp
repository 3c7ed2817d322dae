#include "imap/commands/CloseCommand.h"

#include "imap/session/Capabilities.h"
#include "imap/session/SelectedMailboxState.h"
#include "imap/session/SessionErrors.h"

namespace Kestrel::Imap {

QByteArray CloseCommand::name() const
{
    return m_kind == Kind::Close ? QByteArrayLiteral("CLOSE") : QByteArrayLiteral("UNSELECT");
}

void CloseCommand::start(CommandContext &context)
{
    if (m_kind == Kind::Unselect && !context.capabilities().has("UNSELECT")) {
        fail(SessionErrors::notSupported(context.serverName(), name()));
        return;
    }
    CommandContext::Outgoing out = context.begin();
    out.writer.atom(name());
    send(context, out);
}

void CloseCommand::tagged(const TaggedStatus &status, CommandContext &context)
{
    if (status.condition == StatusCondition::Ok) {
        context.mailbox().clear();
        context.setState(SessionState::Authenticated);
    }
    finish(status, context);
}

} // namespace Kestrel::Imap
