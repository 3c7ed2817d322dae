#include "imap/commands/ImapCommand.h"

#include "imap/session/SessionErrors.h"

namespace Kestrel::Imap {
namespace {

constexpr qsizetype MaxQuotedCommand = 300; // of a command line quoted in an error's detail

} // namespace

bool isConnectedState(SessionState state)
{
    return state == SessionState::NotAuthenticated || state == SessionState::Authenticated
        || state == SessionState::Selected;
}

bool ImapCommand::allowedIn(SessionState state) const
{
    return state == SessionState::Authenticated || state == SessionState::Selected;
}

bool ImapCommand::untagged(const Response &, CommandContext &)
{
    return false;
}

void ImapCommand::tagged(const TaggedStatus &status, CommandContext &context)
{
    finish(status, context);
}

void ImapCommand::continuation(const ContinuationRequest &, CommandContext &)
{
}

void ImapCommand::finish(const TaggedStatus &status, CommandContext &context)
{
    result().status = status;
    if (status.condition == StatusCondition::Ok) {
        complete();
        return;
    }
    fail(SessionErrors::refused(context.serverName(), name(), status, m_lastSent, context.currentFrame().bytes));
}

void ImapCommand::complete()
{
    m_finished = true;
}

void ImapCommand::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    result().error = error;
}

void ImapCommand::deliver()
{
    if (m_delivered)
        return;
    m_delivered = true;
    m_finished = true;
    invokeCallback();
}

QByteArray ImapCommand::send(CommandContext &context, CommandContext::Outgoing &command, const QByteArray &logText)
{
    const CommandWriter::Command finished = command.writer.finish();
    m_lastSent = logText.isEmpty() ? finished.chunks.value(0).left(MaxQuotedCommand).trimmed() : logText;
    context.send(command.tag, finished, logText);
    return command.tag;
}

} // namespace Kestrel::Imap
