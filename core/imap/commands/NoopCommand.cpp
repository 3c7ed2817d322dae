#include "imap/commands/NoopCommand.h"

namespace Kestrel::Imap {

QByteArray NoopCommand::name() const
{
    return m_kind == Kind::Noop ? QByteArrayLiteral("NOOP") : QByteArrayLiteral("CHECK");
}

bool NoopCommand::allowedIn(SessionState state) const
{
    return m_kind == Kind::Noop ? isConnectedState(state) : state == SessionState::Selected;
}

void NoopCommand::start(CommandContext &context)
{
    CommandContext::Outgoing out = context.begin();
    out.writer.atom(name());
    send(context, out);
}

} // namespace Kestrel::Imap
