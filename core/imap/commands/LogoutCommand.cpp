#include "imap/commands/LogoutCommand.h"

namespace Kestrel::Imap {

void LogoutCommand::start(CommandContext &context)
{
    context.setState(SessionState::Logout);
    CommandContext::Outgoing out = context.begin();
    out.writer.atom("LOGOUT");
    send(context, out);
}

bool LogoutCommand::untagged(const Response &response, CommandContext &)
{
    const auto *status = std::get_if<UntaggedStatus>(&response);
    if (!status || status->condition != StatusCondition::Bye)
        return false;
    m_byeReceived = true;
    return true;
}

void LogoutCommand::tagged(const TaggedStatus &status, CommandContext &context)
{
    finish(status, context);
    context.setState(SessionState::Disconnected); // the session closes the connection
}

void LogoutCommand::connectionLost(const Error &error)
{
    if (m_byeReceived)
        complete();
    else
        fail(error);
}

} // namespace Kestrel::Imap
